import { defineRule } from '../src/engine/rule.ts';

/** Reported by the engine while reading suppressions. */
export default defineRule({
  meta: {
    code: 'LP006',
    name: 'suppression-missing-reason',
    severity: 'error',
    category: 'suppression',
    description: 'A suppression gives no reason, names no known rule, or names an input rule (which cannot be suppressed), so it suppresses nothing.',
    securitySeverity: 1.0,
    tags: ['suppression'],
    messages: {
      noReason: 'suppression of {rule} has no reason; write one after `--` (`# leastpriv-ignore {rule} -- why this is acceptable`). Nothing is suppressed.',
      unknownRule: 'suppression names {rule}, which is not a leastpriv rule code or name.',
      notSuppressible:
        '{name} ({code}) cannot be suppressed: its findings say that objects were not audited, and a suppression may silence a finding but never hide an object. Fix the input (or, as the repository owner, exclude the file in the config). Nothing is suppressed.',
    },
    docs: {
      whatItDoes:
        'Reports a `# leastpriv-ignore RULE` comment without `-- reason`, an `ignore.leastpriv.dev/RULE` annotation with an empty value, suppressions that name no rule, and suppressions of an input rule (`yaml-syntax-error`, `invalid-field-type`, `input-not-auditable`, `rule-internal-error`), whose findings cannot be suppressed because each stands for objects that were not audited. Such a suppression does not take effect.',
      whyItMatters: 'A suppression is an accepted risk; without a reason, the next reviewer cannot tell whether it still holds.',
      example: `          privileged: true  # leastpriv-ignore privileged-container`,
      useInstead: `          privileged: true  # leastpriv-ignore privileged-container -- loads the GPU kernel module at boot`,
      references: ['https://eslint.org/docs/latest/use/configure/rules#disabling-rules'],
    },
  },
});
