import { defineRule } from '../src/engine/rule.ts';
import { riskyRules, type GrantSpec } from '../src/rbac/grant-check.ts';
import { roleLabel } from '../src/rbac/objects.ts';
import { scaled } from '../src/rbac/scope.ts';

/** What this rule looks for (facts: https://kubernetes.io/docs/concepts/security/rbac-good-practices/#token-request). */
const SPECS: readonly GrantSpec[] = [{ verbs: ['create'], group: '', resource: 'serviceaccounts', subresource: 'token' }];

export default defineRule({
  meta: {
    code: 'LP107',
    name: 'serviceaccount-token-create',
    severity: 'warning',
    category: 'rbac',
    description: "A role grants `create` on `serviceaccounts/token`.",
    securitySeverity: 7.0,
    tags: ["rbac", "escalation", "tokens"],
    messages: {
      grant: "{role} grants {grants} ({scope}): a subject can mint tokens for the service accounts in reach and act with their permissions. Restrict it with resourceNames to the service accounts it must issue tokens for.",
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole that grants `create` on `serviceaccounts/token` (the TokenRequest API). Severity follows scope. Rules with `*` are reported by `wildcard-grant`.",
      whyItMatters: "The RBAC good practices page (\"Token request\") warns that a subject that can create tokens for existing service accounts can issue itself a token of any of them, including service accounts bound to more privileged roles, without touching a Secret.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: token-issuer }
rules:
- apiGroups: [""]
  resources: ["serviceaccounts/token"]
  verbs: ["create"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: token-issuer, namespace: ci }
rules:
- apiGroups: [""]
  resources: ["serviceaccounts/token"]
  resourceNames: ["deployer"]
  verbs: ["create"]`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#token-request",
        "https://kubernetes.io/docs/reference/kubernetes-api/authentication-resources/token-request-v1/"
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
