import { defineRule } from '../src/engine/rule.ts';
import { grantCheck, SCOPE_NOTE, type GrantSpec } from '../src/rbac/grant-check.ts';

/** What this rule looks for (facts: https://kubernetes.io/docs/concepts/security/rbac-good-practices/#control-admission-webhooks). */
const SPECS: readonly GrantSpec[] = [
  { verbs: ['create', 'update', 'patch', 'delete', 'deletecollection'], group: 'admissionregistration.k8s.io', resource: 'validatingwebhookconfigurations', clusterScoped: true },
  { verbs: ['create', 'update', 'patch', 'delete', 'deletecollection'], group: 'admissionregistration.k8s.io', resource: 'mutatingwebhookconfigurations', clusterScoped: true },
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
      notes: SCOPE_NOTE,
    },
  },
  checkObject: grantCheck(SPECS),
});
