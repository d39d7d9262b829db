import { defineRule } from '../src/engine/rule.ts';

/** Reported by the engine while reading input. */
export default defineRule({
  meta: {
    code: 'LP003',
    name: 'input-not-auditable',
    severity: 'error',
    category: 'input',
    description: 'An input could not be audited: unreadable, binary, not UTF-8, or over a configured limit.',
    securitySeverity: 1.0,
    tags: ['input'],
    messages: { notAuditable: '{detail}' },
    docs: {
      whatItDoes:
        'Reports inputs that were not audited, with the reason: a file that cannot be read, a binary file (NUL bytes), text that is not UTF-8, a file over `limits.maxFileSize`, more documents than `limits.maxDocuments`, more alias expansions than `limits.maxAliasCount`, or nesting deeper than `limits.maxDepth`.',
      whyItMatters:
        'A linter that skips an input silently gives a clean report for manifests it never read: whatever leastpriv could not read may hold an object the cluster would accept. So an input that cannot be audited is an error and fails the run under the default `--fail-on error`, like a privileged container would. The limits keep hostile input (alias bombs, huge or deeply nested documents) from exhausting memory or time.',
      example: `# a 40 MB generated bundle, over the default 16 MiB limit`,
      useInstead: `# .leastpriv.yaml
limits:
  maxFileSize: 67108864   # 64 MiB`,
      references: ['https://en.wikipedia.org/wiki/Billion_laughs_attack'],
    },
  },
});
