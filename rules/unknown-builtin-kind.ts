import { defineRule } from '../src/engine/rule.ts';
import { unknownBuiltinKind } from '../src/model/api-versions.ts';
import { groupOf } from '../src/model/workloads.ts';

/** Facts: src/model/api-versions.ts (the kinds of each built-in API group). */
export default defineRule({
  meta: {
    code: 'LP031',
    name: 'unknown-builtin-kind',
    severity: 'error',
    category: 'input',
    description: 'An object names a kind its built-in API group does not have (`apps/v1` `Deamonset`).',
    securitySeverity: 4.0,
    tags: ['input', 'kind'],
    messages: {
      unknown:
        '{apiVersion} has no kind `{kind}`{nearest}: the API server rejects the object ("no matches for kind"), so it never runs, and leastpriv cannot audit what it would have been. Fix the kind.',
    },
    docs: {
      whatItDoes:
        'Flags an object whose `apiVersion` is a built-in API group (core `v1`, `apps`, `batch`, `rbac.authorization.k8s.io`, `networking.k8s.io`, …) and whose `kind` is none of that group\'s kinds, with the nearest known kind when one is close (`Deamonset` → `DaemonSet`). Kinds are matched exactly, as the API server does. `List` and `<Kind>List` wrappers are accepted.',
      whyItMatters:
        'A typo in the kind makes `kubectl apply` fail, and every other linter skips an object it does not know: the DaemonSet nobody audited is also the one nobody deployed, and the one running in the cluster is an older, unreviewed version.',
      example: `apiVersion: apps/v1
kind: Deamonset`,
      useInstead: `apiVersion: apps/v1
kind: DaemonSet`,
      references: ['https://kubernetes.io/docs/reference/kubernetes-api/'],
    },
  },
  checkObject(obj, ctx) {
    const u = unknownBuiltinKind(groupOf(obj.apiVersion), obj.kind);
    if (!u) return;
    ctx.report({ object: obj, path: ['kind'], messageId: 'unknown', data: { apiVersion: obj.apiVersion, kind: obj.kind, nearest: u.nearest ? ` (did you mean \`${u.nearest}\`?)` : '' } });
  },
});
