import { defineRule } from '../src/engine/rule.ts';

const REF_SAR = 'https://kubernetes.io/docs/reference/access-authn-authz/authorization/#checking-api-access';
const REF_GATE = 'https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/';

/**
 * Reported by `leastpriv verify` (src/live/verify), which needs a cluster: no check of its own in
 * `audit`. Codes LP9xx are reserved for live verification.
 */
export default defineRule({
  meta: {
    code: 'LP902',
    name: 'live-access-not-in-manifests',
    severity: 'warning',
    category: 'rbac',
    description: 'The cluster allows a streaming permission that the manifests do not grant.',
    securitySeverity: 6.0,
    tags: ['live', 'rbac', 'exec'],
    messages: {
      unexpected:
        '{subject} may {action} in the cluster, but no Role or ClusterRole in these manifests grants it: something else does (another binding, an aggregated ClusterRole, a group). Find it with `kubectl auth can-i {verb} {resource} --as={user}` and either add it to the manifests or remove it.',
    },
    docs: {
      whatItDoes: 'For every subject that the manifests grant exec, attach or port-forward, asks whether the cluster also allows the other verbs on those subresources, and reports what is allowed but not in the manifests.',
      whyItMatters: 'Privileges granted outside the reviewed manifests are invisible to code review: least privilege holds only if the cluster grants no more than git says.',
      example: 'verbs: ["create"]  # yet the cluster also allows get on pods/exec',
      useInstead: 'Grant the permission here, where it is reviewed, or remove the grant that gives it elsewhere.',
      references: [REF_SAR, REF_GATE],
    },
  },
});
