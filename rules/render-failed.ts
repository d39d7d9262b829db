import { defineRule } from '../src/engine/rule.ts';

/** Reported by the engine's render stage (src/render). */
export default defineRule({
  meta: {
    code: 'LP020',
    name: 'render-failed',
    severity: 'error',
    category: 'input',
    description: 'A kustomization (or Flux Kustomization) could not be rendered: its files were audited as written, not as applied.',
    securitySeverity: 1.0,
    tags: ['input', 'kustomize'],
    messages: { failed: 'kustomize could not render {root}: {detail}; its files were audited as written, not as the cluster gets them' },
    docs: {
      whatItDoes:
        'leastpriv renders every kustomization root (a kustomization no other kustomization includes) and every Flux Kustomization whose source is the repository with real kustomize, and audits the objects as they are applied. When kustomize fails (a remote base that cannot be fetched offline, a missing file, a patch that matches nothing), this finding carries kustomize\'s message at the root\'s kustomization file (on the resources, bases or components entry the message names, when it names one), and the files of that root are audited one by one as written.',
      whyItMatters:
        'Files of a kustomization are not what the cluster receives: overlays set namespaces and names, patches add privileges. Audited as written, an overlay\'s `privileged: true` patch is missed and a base without a namespace looks like it lives in `default`. The run cannot vouch for what it could not render.',
      example: `# overlays/prod/kustomization.yaml
resources:
- https://github.com/example/base?ref=v1   # fetched by kustomize: fails offline`,
      useInstead: `# vendor the base into the repository, or render in CI where it can be fetched;
# or audit the files as written on purpose: leastpriv audit --no-render`,
      references: ['https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/', 'https://fluxcd.io/flux/components/kustomize/kustomizations/'],
    },
  },
});
