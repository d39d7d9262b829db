import { defineRule } from '../src/engine/rule.ts';
import { grantCheck, SCOPE_NOTE, type GrantSpec } from '../src/rbac/grant-check.ts';

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
      notes: SCOPE_NOTE,
    },
  },
  checkObject: grantCheck(SPECS),
});
