import { defineRule } from '../src/engine/rule.ts';
import { riskyRules, type GrantSpec } from '../src/rbac/grant-check.ts';
import { roleLabel } from '../src/rbac/objects.ts';
import { scaled } from '../src/rbac/scope.ts';

/** What this rule looks for (facts: https://kubernetes.io/docs/concepts/security/rbac-good-practices/#namespace-modification). */
const SPECS: readonly GrantSpec[] = [{ verbs: ['update', 'patch'], group: '', resource: 'namespaces' }];

export default defineRule({
  meta: {
    code: 'LP114',
    name: 'namespace-modify',
    severity: 'warning',
    category: 'rbac',
    description: "A role can update or patch Namespaces.",
    securitySeverity: 6.0,
    tags: ["rbac", "escalation", "admission"],
    messages: {
      grant: "{role} grants {grants} ({scope}). Whoever changes a namespace's labels changes which policies apply to it: Pod Security admission levels (`pod-security.kubernetes.io/enforce`), network policies and admission webhooks that select namespaces by label. Restrict it with resourceNames, or let an administrator own namespace labels.",
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole that grants `update` or `patch` on `namespaces`. Severity follows scope. Rules with `*` are reported by `wildcard-grant`.",
      whyItMatters: "The RBAC good practices page (\"Namespace modification\") warns that users who can patch Namespace objects can change their labels, and so escape Pod Security admission, NetworkPolicies or admission policies that select namespaces by label.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: ns-editor }
rules:
- apiGroups: [""]
  resources: ["namespaces"]
  verbs: ["get", "patch"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: ns-reader }
rules:
- apiGroups: [""]
  resources: ["namespaces"]
  verbs: ["get"]`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#namespace-modification",
        "https://kubernetes.io/docs/concepts/security/pod-security-admission/"
],
      notes: 'Severity is scaled by scope: the configured severity when a ClusterRoleBinding (directly or through an aggregating role) makes the grant cluster-wide, one step lower for a Role, a ClusterRole bound only by RoleBindings, or a role not bound in the manifests. Suppress on the role rule with a reason when the grant is needed.',
    },
  },
  checkObject(obj, ctx) {
    for (const hit of riskyRules(obj, ctx.model, SPECS)) {
      ctx.report({
        object: obj,
        path: ['rules', hit.index, 'verbs'],
        messageId: 'grant',
        severity: scaled(ctx.severity, hit.scope.scope),
        data: { role: roleLabel(obj), grants: hit.grants.join(', '), scope: hit.scope.text },
      });
    }
  },
});
