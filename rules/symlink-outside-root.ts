import { defineRule } from '../src/engine/rule.ts';

/** Reported by the engine while finding files (src/input/discover.ts). */
export default defineRule({
  meta: {
    code: 'LP010',
    name: 'symlink-outside-root',
    severity: 'error',
    category: 'input',
    description: 'A symbolic link leads outside the audited root (or into a .git folder); it is not read.',
    securitySeverity: 1.0,
    tags: ['input'],
    messages: { outside: '{detail}' },
    docs: {
      whatItDoes:
        'Reports a manifest-named file or a folder that is a symbolic link whose target is outside the audited root, or inside a `.git` folder, and neither reads nor enters it. The audited root is the git work tree that holds the path (its top folder), else the working directory when the path is below it, else the path given. A path named on the command line (or by the pre-commit hook) that is such a link is reported the same way.',
      whyItMatters:
        "The manifests come from whoever opens the pull request. A link such as `leak.yaml -> ../.git/config` (where CI checkouts keep their token) or `-> /proc/self/environ` would have leastpriv read a file outside the repository and show its lines in a syntax error's code frame, in CI logs or in PR annotations. And a link out of the repository is not what a GitOps tool applies (Argo CD refuses out-of-bounds symlinks since GHSA-6gcg-hp2x-q54h, a symlink-following leak of exactly this kind). So no byte from outside the root is read, and the link fails the run: it may stand for an object nobody audited.",
      example: `# clusters/prod/agent.yaml -> /home/runner/work/secrets/agent.yaml`,
      useInstead: `# a copy of the manifest in the repository, or a kustomize resource that names it`,
      references: ['https://github.com/advisories/GHSA-6gcg-hp2x-q54h', 'https://github.com/advisories/GHSA-q4w5-4gq2-98vm'],
    },
  },
});
