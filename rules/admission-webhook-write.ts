import { defineRule } from '../src/engine/rule.ts';
import { riskyRules, type GrantSpec } from '../src/rbac/grant-check.ts';
import { roleLabel } from '../src/rbac/objects.ts';
import { scaled } from '../src/rbac/scope.ts';

/** What this rule looks for (facts: https://kubernetes.io/docs/concepts/security/rbac-good-practices/#control-admission-webhooks). */
const SPECS: readonly GrantSpec[] = [
  { verbs: ['create', 'update', 'patch', 'delete', 'deletecollection'], group: 'admissionregistration.k8s.io', resource: 'validatingwebhookconfigurations' },
  { verbs: ['create', 'update', 'patch', 'delete', 'deletecollection'], group: 'admissionregistration.k8s.io', resource: 'mutatingwebhookconfigurations' },
];

export default defineRule({
  meta: {
    code: 'LP109',
    name: 'admission-webhook-write',
    severity: 'warning',
    category: 'rbac',
    description: "A role can create, change or delete validating or mutating admission webhook configurations.",
    securitySeverity: 7.5,
    tags: ["rbac", "escalation", "admission"],
    messages: {
      grant: "{role} grants {grants} ({scope}). Whoever controls an admission webhook sees every object sent to it (Secrets included), can rewrite objects on their way in (mutating) or switch policy checks off. Restrict it with resourceNames to the webhook configurations the controller owns.",
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole that grants a write verb (create, update, patch, delete, deletecollection) on `validatingwebhookconfigurations` or `mutatingwebhookconfigurations`. Severity follows scope. Rules with `*` are reported by `wildcard-grant`.",
      whyItMatters: "The RBAC good practices page (\"Control admission webhooks\") notes that users who can control validating or mutating webhooks can read objects admitted to the cluster and, with mutating webhooks, change them: inject sidecars, drop security settings, or disable the webhooks that enforce policy. Controllers that inject CA bundles (cert-manager's cainjector) legitimately patch them; name them with resourceNames where the chart allows.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: injector }
rules:
- apiGroups: ["admissionregistration.k8s.io"]
  resources: ["mutatingwebhookconfigurations"]
  verbs: ["get", "update", "patch"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: injector }
rules:
- apiGroups: ["admissionregistration.k8s.io"]
  resources: ["mutatingwebhookconfigurations"]
  resourceNames: ["my-operator-webhook"]
  verbs: ["get", "update", "patch"]`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#control-admission-webhooks",
        "https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/"
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
