import { defineRule } from '../src/engine/rule.ts';

const REF_RBAC = 'https://kubernetes.io/docs/reference/access-authn-authz/rbac/';
const REF_SAR = 'https://kubernetes.io/docs/reference/access-authn-authz/authorization/#checking-api-access';

/**
 * Reported by `leastpriv verify` (src/live/verify), which needs a cluster: no check of its own in
 * `audit`. Codes LP9xx are reserved for live verification.
 */
export default defineRule({
  meta: {
    code: 'LP901',
    name: 'live-access-denied',
    severity: 'error',
    category: 'rbac',
    description: 'The manifests grant a permission that the cluster denies.',
    securitySeverity: 5.0,
    tags: ['live', 'rbac'],
    messages: {
      denied:
        '{subject} may {action} according to this rule, but the API server denies it ({via}): the manifest is not applied, or the cluster runs an older copy. Apply it (kubectl apply) or find what overrides it.',
    },
    docs: {
      whatItDoes: 'Asks the API server (SubjectAccessReview, or SelfSubjectAccessReview under impersonation) about every permission that a bound Role or ClusterRole in the manifests grants, and reports each one the cluster denies.',
      whyItMatters: 'A permission that exists in git but not in the cluster is the gap behind "it works on my branch": tools that depend on it fail at run time, often with an error that hides the 403.',
      example: 'verbs: ["create", "get"]  # in git; the cluster still runs ["create"]',
      useInstead: 'Apply the manifests, then run `leastpriv verify` again.',
      references: [REF_SAR, REF_RBAC],
    },
  },
});
