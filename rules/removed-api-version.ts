import { defineRule } from '../src/engine/rule.ts';
import { objectLabel } from '../src/model/describe.ts';
import { removedVersion } from '../src/model/api-versions.ts';
import { parseVersion, LATEST } from '../src/pss/version.ts';

/** Facts: src/model/api-versions.ts (Kubernetes' Deprecated API Migration Guide). */
export default defineRule({
  meta: {
    code: 'LP030',
    name: 'removed-api-version',
    severity: 'error',
    category: 'input',
    description: 'An object uses an API version the API server no longer serves (extensions/v1beta1, apps/v1beta2, …).',
    securitySeverity: 4.0,
    tags: ['input', 'api-version', 'deprecation'],
    messages: {
      removed:
        '{object} uses {apiVersion}, which the API server no longer serves since Kubernetes v1.{removedIn}: `kubectl apply` fails with "no matches for kind". Use {replacement}. leastpriv audits it as the {replacement} {kind} it stands for, so its other findings still hold.',
      gone: '{object} uses {apiVersion}, which the API server no longer serves since Kubernetes v1.{removedIn}, and the kind has no successor: `kubectl apply` fails. Remove it (PodSecurityPolicy: use Pod Security admission).',
    },
    docs: {
      whatItDoes:
        'Flags an object whose `apiVersion` and `kind` the API server no longer serves at the run\'s `--kube-version` (default: the newest), with the release that stopped serving it and the version to use: DaemonSet/Deployment/ReplicaSet in `extensions/v1beta1` and everything in `apps/v1beta1`/`apps/v1beta2` (v1.16), Ingress and the RBAC, webhook, CRD v1beta1 versions (v1.22), `batch/v1beta1` CronJob and `policy/v1beta1` (v1.25), and the others of the Deprecated API Migration Guide. Workloads under a removed version are still audited as the current kind (`extensions/v1beta1` DaemonSet as an `apps/v1` DaemonSet), so a privileged, hostPID DaemonSet written in an old version is not a silent pass.',
      whyItMatters:
        'Such a manifest no longer applies: a GitOps controller reports a failed sync, and the object that runs in the cluster is whatever was there before — not what the repository says. Old charts and copied examples keep these versions alive for years, and other linters skip them silently because they do not know the kind.',
      example: `apiVersion: extensions/v1beta1
kind: DaemonSet
metadata: { name: node-agent }`,
      useInstead: `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: node-agent }
spec:
  selector: { matchLabels: { app: node-agent } }   # required in apps/v1`,
      references: ['https://kubernetes.io/docs/reference/using-api/deprecation-guide/', 'https://kubernetes.io/blog/2019/07/18/api-deprecations-in-1-16/'],
      notes: 'Follows `--kube-version`: with `--kube-version v1.15`, `extensions/v1beta1` DaemonSets are still served and not reported.',
    },
  },
  checkObject(obj, ctx) {
    const r = removedVersion(obj.apiVersion, obj.kind);
    if (!r) return;
    const target = parseVersion(ctx.kubeVersion) ?? LATEST;
    if (target.minor < r.removedIn) return;
    ctx.report({
      object: obj,
      path: ['apiVersion'],
      messageId: r.replacement ? 'removed' : 'gone',
      data: { object: objectLabel(obj), apiVersion: obj.apiVersion, removedIn: r.removedIn, replacement: r.replacement, kind: obj.kind },
    });
  },
});
