import { defineRule } from '../src/engine/rule.ts';
import { STREAMING_SUBRESOURCES, grantsVerbOn } from '../src/rbac/match.ts';
import { roleLabel } from '../src/rbac/objects.ts';
import { principalLabel } from '../src/rbac/subjects.ts';
import { coveredByVerb, subjectScopes } from '../src/rbac/effective.ts';
import type { Grant } from '../src/rbac/graph.ts';
import { missingVerbOffer } from '../src/fix/offers.ts';
import { objectKey } from '../src/model/describe.ts';

/**
 * The effective version of LP101 (exec-subresource-verb-mismatch): a subject's grants are the union
 * of every binding that reaches it in a namespace (its own name, or its groups), as the RBAC
 * authorizer computes them (kubernetes/kubernetes pkg/registry/rbac/validation/rule.go,
 * VisitRulesFor). A role that has both verbs is fine on its own; two roles that each have one verb
 * complete each other; a role with only `create` bound next to nothing else is the incident.
 * Verb facts: see rules/exec-subresource-verb-mismatch.ts (requestinfo.go, kubernetes#78741, KEP-4006).
 */
const namesSubresource = (resources: readonly string[], sub: string): boolean => resources.some((r) => r === `pods/${sub}` || r === `*/${sub}`);

export default defineRule({
  meta: {
    code: 'LP102',
    name: 'effective-exec-verb-mismatch',
    severity: 'error',
    category: 'rbac',
    description: 'A subject can `create` but not `get` (or the reverse) pods/exec, pods/attach or pods/portforward in a namespace, across all its bindings.',
    securitySeverity: 5.0,
    tags: ['rbac', 'reliability', 'exec', 'effective'],
    messages: {
      mismatch:
        '{subject} can `{has}` but not `{missing}` pods/{sub} {scope}, through this binding ({role}, which grants `{has}` at {roleWhere}){also}. {why} Grant `{missing}` on pods/{sub} next to `{has}` in {fixRole}.',
    },
    yieldsTo: {
      codes: ['LP101'],
      why: 'When the role that grants the one verb is in the manifests and `exec-subresource-verb-mismatch` (LP101) reports it for the same subresource and missing verb, that role finding carries the root cause and this binding finding is folded into it as a related location. Reported on its own when no single role explains the gap (the verbs come from different roles, or from a built-in role), or when LP101 is off.',
    },
    docs: {
      whatItDoes:
        "For every subject (user, group, service account) and every namespace where bindings reach it, takes the union of all the rules that apply — the subject's own bindings and those of its groups (`system:serviceaccounts`, `system:serviceaccounts:<ns>`, `system:authenticated`) — and flags a subject that ends up with `create` but not `get`, or `get` but not `create`, on `pods/exec`, `pods/attach` or `pods/portforward`. One finding lands on each binding that contributes the verb it has, naming the subject, the namespace, the missing verb and the roles (with file:line) that grant the other verb. ClusterRoleBindings count in every namespace.",
      whyItMatters:
        "What a client can do depends on every binding together, not one role: a role with only `create` is harmless when another bound role adds `get`, and two roles that each look complete cannot help a subject that is bound to only one of them. WebSocket exec/attach/portforward (kubectl 1.30+, the JavaScript and Python clients) is authorized as `get`, SPDY as `create`, and from Kubernetes 1.35 the WebSocket upgrade needs both, so a subject holding only one of them sees 403s that clients often hide (the incident: `WebSocket connection failed (empty error)`).",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: mcp-homelab, namespace: pihole }
subjects:
- kind: ServiceAccount      # can create but not get pods/exec in pihole
  name: mcp-homelab
  namespace: mcp-homelab
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: mcp-homelab }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: mcp-homelab }
rules:
- apiGroups: [""]
  resources: ["pods/exec"]
  verbs: ["create"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: mcp-homelab }
rules:
- apiGroups: [""]
  resources: ["pods/exec"]
  verbs: ["create", "get"]`,
      references: [
        'https://github.com/kubernetes/kubernetes/blob/master/pkg/registry/rbac/validation/rule.go',
        'https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/apiserver/pkg/endpoints/request/requestinfo.go',
        'https://github.com/kubernetes/kubernetes/issues/78741',
        'https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/#AuthorizePodWebsocketUpgradeCreatePermission',
        'https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-subjects',
      ],
      notes:
        'Name-restricted grants (`resourceNames`) count for the names they list. A verb that reaches the subresource only through resources `*` is not counted as an exec grant (read-everything roles such as the Argo CD server role have that shape; `wildcard-grant` reports them). LP101 (`exec-subresource-verb-mismatch`) checks each role on its own; this rule checks what bindings add up to, so a role with one verb can be reported by LP101 and its bindings by this rule. Suppress on the binding.',
    },
  },
  checkModel(ctx) {
    const graph = ctx.model.rbac;
    const reported = new Map<string, { grant: Grant; data: Record<string, string>; scopes: string[] }>();
    for (const scope of subjectScopes(graph)) {
      // (a subresource no grant of the scope names has no givers below: skipped without the filters)
      for (const sub of STREAMING_SUBRESOURCES.filter((s) => scope.grants.some((g) => namesSubresource(g.rule.rule.resources ?? [], s)))) {
        for (const [has, missing] of [['create', 'get'], ['get', 'create']] as const) {
          // Only grants that name the subresource (`pods/exec`, `*\/exec`) count as meant: a verb that
          // reaches it through `*` alone is the wildcard's doing (wildcard-grant, and LP101's note).
          const givers = scope.grants.filter((g) => namesSubresource(g.rule.rule.resources ?? [], sub) && grantsVerbOn(g.rule.rule, has, '', 'pods', sub) && !coveredByVerb(scope.grants, g, missing, '', 'pods', sub));
          const giverLabels = [...new Set(givers.map((g) => `${roleLabel(g.rule.source)} (${g.rule.source.object ? ctx.where(g.rule.source.object, ['rules', g.rule.index]) : 'built-in'})`))];
          for (const g of givers) {
            const key = `${g.binding.object.render?.root ?? ''}\0${g.binding.object.file.path}\0${g.binding.object.documentIndex}\0${g.binding.object.rootPath.join('.')}\0${g.subjectIndex}\0${sub}\0${missing}`;
            const scopeText = scope.namespace || '*';
            const prev = reported.get(key);
            if (prev) {
              if (!prev.scopes.includes(scopeText)) prev.scopes.push(scopeText);
              continue;
            }
            const src = g.rule.source;
            const roleWhere = src.object ? ctx.where(src.object, ['rules', g.rule.index]) : 'built-in';
            reported.set(key, {
              grant: g,
              scopes: [scopeText],
              data: {
                subject: principalLabel(scope.principal),
                has,
                missing,
                sub,
                role: roleLabel(g.role),
                roleWhere: src !== g.role ? `${roleLabel(src)} ${roleWhere}` : roleWhere,
                fixRole: roleLabel(src),
                also: (() => {
                  const own = `${roleLabel(src)} (${roleWhere})`;
                  const others = giverLabels.filter((l) => l !== own);
                  return others.length ? `; \`${has}\` also comes from ${others.join(', ')}` : '';
                })(),
                why:
                  missing === 'get'
                    ? 'WebSocket clients (kubectl ≥ 1.30, the JavaScript and Python clients) are authorized as `get` and get 403.'
                    : 'SPDY clients are authorized as `create`, and from Kubernetes 1.35 the WebSocket upgrade needs `create` too.',
              },
            });
          }
        }
      }
    }
    for (const r of reported.values()) {
      const named = r.scopes.filter((s) => s !== '*');
      const scope = r.scopes.includes('*') ? 'cluster-wide (through a ClusterRoleBinding)' : named.length === 1 ? `in namespace ${named[0]}` : `in namespaces ${named.join(', ')}`;
      // The edit goes where the verb is missing: the rule that grants the other one, in its own role.
      const src = r.grant.rule.source;
      const offer = src.object ? missingVerbOffer(r.grant.rule.rule, r.grant.rule.index, r.data.missing as 'get' | 'create', r.data.sub!, src.object) : {};
      ctx.report({
        object: r.grant.binding.object,
        path: ['subjects', r.grant.subjectIndex],
        messageId: 'mismatch',
        data: { ...r.data, scope },
        ...offer,
        ...(src.object ? { cause: `exec:${objectKey(src.object)}:${r.data.sub}:${r.data.missing}` } : {}),
      });
    }
  },
});
