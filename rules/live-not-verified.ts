import { defineRule } from '../src/engine/rule.ts';

/**
 * Reported by `leastpriv verify` (src/live/verify/verify.ts), which needs a cluster: no check of
 * its own in `audit`. Codes LP9xx are reserved for live verification.
 */
export default defineRule({
  meta: {
    code: 'LP908',
    name: 'live-not-verified',
    severity: 'warning',
    category: 'rbac',
    description: 'A promise of the manifests (an exec grant, a capability, a probe) that verify could not exercise against the cluster.',
    securitySeverity: 3.0,
    tags: ['live'],
    messages: {
      skipped: 'not verified: {what}: {why}',
      nothing:
        'verify exercised none of what the manifests promise ({count} promise(s): exec grants, capabilities, probes, what a root that failed to render or an object Flux refuses would give the cluster), so this run proves nothing: {list}. Deploy the workloads (running, ready pods), fix the probe targets, or run with credentials that may impersonate the granted identities.',
    },
    docs: {
      whatItDoes:
        'Lists each exec grant, capability promise and probe that verify could not exercise (no workload for it in the manifests, no running and ready pod, the verifier may not impersonate the identity, a Group subject), each kustomize root that failed to render (nothing of what it gives the cluster is known) and each object a Flux Kustomization applies without a namespace (Flux refuses it), with the reason; when nothing at all could be exercised, reports that at error severity so the run fails instead of passing green.',
      whyItMatters: 'A green verification that verified nothing is worse than none: it is read as proof.',
      example: 'kind: ClusterRole   # grants pods/exec, but no pod of the manifests runs in the cluster',
      useInstead: 'Deploy the manifests, then run verify; or pass --no-exec to skip exec checks on purpose.',
      references: ['https://kubernetes.io/docs/reference/access-authn-authz/authentication/#user-impersonation'],
    },
  },
});
