import { defineRule } from '../src/engine/rule.ts';

const REF_RBAC = 'https://kubernetes.io/docs/reference/access-authn-authz/rbac/';

/**
 * Reported by `leastpriv verify` (src/live/verify), which needs a cluster: no check of its own in
 * `audit`. Codes LP9xx are reserved for live verification.
 */
export default defineRule({
  meta: {
    code: 'LP905',
    name: 'live-drift',
    severity: 'warning',
    category: 'rbac',
    description: 'The live object differs from the manifest in a security-relevant field, or does not exist.',
    securitySeverity: 5.0,
    tags: ['live', 'drift'],
    messages: {
      missing: '{object} is not in the cluster ({error}): nothing that depends on it works there.',
      changed: '{object}: {field} in the cluster is {live}, the manifest says {declared}.',
      invalidName: '{object}: {problem}, so the API server would refuse this object and it cannot be in the cluster; verify sent no request for it.',
    },
    docs: {
      whatItDoes: 'GETs the live copy of every audited object and compares the fields that decide privilege: RBAC rules, role references and subjects, service account, host namespaces, privileged and capabilities.',
      whyItMatters: 'An audit of git is only as good as the match between git and the cluster.',
      example: 'privileged: false  # cluster: true',
      useInstead: 'Apply the manifests, or bring git up to date with the cluster.',
      references: [REF_RBAC],
    },
  },
});
