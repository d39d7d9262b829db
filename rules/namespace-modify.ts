import { defineRule } from '../src/engine/rule.ts';
import { grantCheck, SCOPE_NOTE, type GrantSpec } from '../src/rbac/grant-check.ts';

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
      notes: SCOPE_NOTE,
    },
  },
  checkObject: grantCheck(SPECS),
});
