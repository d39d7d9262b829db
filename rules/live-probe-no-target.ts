import { defineRule } from '../src/engine/rule.ts';

/**
 * Reported by `leastpriv verify` (src/live/verify/targets.ts) at the probe's line in its catalog:
 * no check of its own in `audit`. Codes LP9xx are reserved for live verification.
 */
export default defineRule({
  meta: {
    code: 'LP909',
    name: 'live-probe-no-target',
    severity: 'warning',
    category: 'rbac',
    description: 'A probe of a probe catalog (--probes) matches no workload of the manifests, so it never runs.',
    securitySeverity: 2.0,
    tags: ['live', 'probe'],
    messages: {
      noTarget: 'probe {probe} matches no workload in the manifests ({target}), so it did not run. Fix its target: a workload (kind/name), a namespace, or a label selector (matchLabels, matchExpressions) that the pod templates carry.',
    },
    docs: {
      whatItDoes:
        'Matches each probe of a user catalog against the workloads of the manifests (by kind/name, namespace, or label selector with matchLabels and matchExpressions as Kubernetes evaluates them) and reports a probe that matches none, at its line in the catalog.',
      whyItMatters: 'A probe that selects nothing passes silently: the tool it stands for is never tested.',
      example: 'target: { selector: { app: debug-agent } }   # the manifests label it app.kubernetes.io/name: mcp-debug-agent',
      useInstead: 'target: { workload: DaemonSet/mcp-debug-agent, namespace: mcp-homelab }',
      references: ['https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#resources-that-support-set-based-requirements'],
    },
  },
});
