import { defineRule } from '../src/engine/rule.ts';

/**
 * Reported by `leastpriv verify` (src/live/verify), which needs a cluster: no check of its own in
 * `audit`. Codes LP9xx are reserved for live verification.
 */
export default defineRule({
  meta: {
    code: 'LP904',
    name: 'live-capabilities-mismatch',
    severity: 'error',
    category: 'pod-security',
    description: "A running container's capability set differs from what its manifest declares.",
    securitySeverity: 7.0,
    tags: ['live', 'capabilities'],
    messages: {
      extra: '{container} runs in {pod} with capabilities the manifest does not give it: {caps} (bounding set read from /proc/1/status; the manifest promises {expected}). The cluster runs another version of this workload, or an admission controller changed it.',
      missing: '{container} runs in {pod} without {caps}, which the manifest adds: tools that need them will fail ({expected} promised). Check the runtime and admission policies.',
      unreadable: 'cannot read the capabilities of {container} in {pod}: {error}',
    },
    docs: {
      whatItDoes: "Reads /proc/1/status in each container through exec, decodes CapBnd/CapEff/CapPrm, and compares the bounding set with the manifest's privileged flag, drop and add lists (runtime defaults when nothing is dropped).",
      whyItMatters: 'A container still privileged in the cluster has every capability, whatever git says; one missing NET_RAW breaks ping. Only the running process tells.',
      example: 'capabilities: { drop: [ALL], add: [NET_ADMIN, NET_RAW] }  # cluster: privileged',
      useInstead: 'Roll out the manifest; verify again.',
      references: ['https://man7.org/linux/man-pages/man7/capabilities.7.html', 'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container'],
    },
  },
});
