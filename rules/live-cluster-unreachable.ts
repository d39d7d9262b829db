import { defineRule } from '../src/engine/rule.ts';

/**
 * Reported by `leastpriv verify` (src/live/verify), which needs a cluster: no check of its own in
 * `audit`. Codes LP9xx are reserved for live verification.
 */
export default defineRule({
  meta: {
    code: 'LP906',
    name: 'live-cluster-unreachable',
    severity: 'error',
    category: 'input',
    description: 'The API server could not be reached or refused the verifier itself.',
    securitySeverity: 1.0,
    tags: ['live'],
    messages: {
      failed: 'cannot verify against {server} ({origin}): {error}',
    },
    docs: {
      whatItDoes: 'Reports connection failures with their cause: DNS, refused, TLS (unknown authority, name mismatch), 401, 403, timeout.',
      whyItMatters: 'A verification that did not run proves nothing; it must say why.',
      example: 'certificate-authority: old-ca.crt',
      useInstead: 'Fix the kubeconfig (or --context, --kubeconfig) and run again.',
      references: ['https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/'],
    },
  },
});
