import { defineRule } from '../src/engine/rule.ts';

/** Reported by the engine when a rule throws: never swallowed, never fatal to the run. */
export default defineRule({
  meta: {
    code: 'LP004',
    name: 'rule-internal-error',
    severity: 'error',
    category: 'input',
    description: 'A rule failed on an object (a bug in leastpriv); the rest of the run went on.',
    securitySeverity: 1.0,
    tags: ['internal'],
    messages: { crashed: 'rule {rule} failed on {object}: {detail}. This is a bug in leastpriv; please report it with this object.' },
    docs: {
      whatItDoes: 'Reports an exception thrown by a rule, naming the rule and the object it was checking. The other rules and objects are still audited.',
      whyItMatters: 'A rule that fails silently reports nothing, which looks exactly like a clean result. Failing loudly, on the object that caused it, keeps a clean report trustworthy.',
      example: `# any object that makes a rule throw`,
      useInstead: `# nothing to change in the manifest: report the bug`,
      references: ['https://github.com/leastpriv/leastpriv/issues'],
    },
  },
});
