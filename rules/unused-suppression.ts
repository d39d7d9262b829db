import { defineRule } from '../src/engine/rule.ts';

/** Reported by the engine after suppressions are applied. */
export default defineRule({
  meta: {
    code: 'LP005',
    name: 'unused-suppression',
    severity: 'warning',
    category: 'suppression',
    description: 'A suppression (comment or annotation) matches no finding.',
    securitySeverity: 1.0,
    tags: ['suppression'],
    messages: { unused: 'suppression of {rule} matches no finding here; remove it.' },
    docs: {
      whatItDoes: 'Reports a `# leastpriv-ignore` comment or an `ignore.leastpriv.dev/<rule>` annotation that suppresses nothing.',
      whyItMatters: 'A stale suppression hides the next real finding at that place, and tells readers a risk exists where it no longer does.',
      example: `      hostPID: false  # leastpriv-ignore host-pid-ipc -- node debugger`,
      useInstead: `      hostPID: false`,
      references: ['https://eslint.org/docs/latest/use/command-line-interface#--report-unused-disable-directives'],
    },
  },
});
