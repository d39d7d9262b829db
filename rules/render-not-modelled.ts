import { defineRule } from '../src/engine/rule.ts';

/** Reported by the engine's render stage (src/render). */
export default defineRule({
  meta: {
    code: 'LP022',
    name: 'render-not-modelled',
    severity: 'note',
    category: 'input',
    description: 'Part of how a Flux Kustomization is applied is not modelled: post-build values from the cluster, decryption, or a source other than this repository.',
    securitySeverity: 0.5,
    tags: ['input', 'kustomize', 'flux'],
    messages: { notModelled: '{root}: {detail}' },
    docs: {
      whatItDoes:
        'Says, for each Flux Kustomization, what leastpriv does not reproduce when it renders it: the values of `spec.postBuild.substituteFrom` (ConfigMaps and Secrets in the cluster: a `${CLUSTER_DOMAIN}` only they define is audited as written; `spec.postBuild.substitute` is applied), `spec.decryption` (SOPS-encrypted Secrets stay encrypted), the `spec.patchesStrategicMerge` and `spec.patchesJson6902` of a v1beta2 Flux Kustomization (the v1 API of Flux 2.0 no longer has them; older Flux versions applied them), and sources other than this repository (another GitRepository, an OCIRepository, a Bucket: not rendered at all).',
      whyItMatters:
        'A clean report covers what was audited. Naming what was not lets a reviewer judge what the audit could have missed, instead of trusting a result for objects it never saw as applied.',
      example: `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
spec:
  path: ./apps/web
  sourceRef: {kind: GitRepository, name: flux-system}
  postBuild:
    substituteFrom:               # values in the cluster: not read by leastpriv
    - {kind: ConfigMap, name: cluster-settings}`,
      useInstead: `# nothing to change: the note documents the audit's limits.
# Suppress it for a Kustomization with a reason if it is known and accepted:
#   ignore.leastpriv.dev/render-not-modelled: "cluster-settings only sets domains"`,
      references: ['https://fluxcd.io/flux/components/kustomize/kustomizations/#post-build-variable-substitution'],
    },
  },
});
