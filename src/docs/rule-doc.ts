/** A rule's documentation page, generated from its metadata (rules/<name>.md and `leastpriv explain`). */
import type { Rule } from '../engine/rule.ts';

export function ruleMarkdown(rule: Rule<string, any>): string {
  const m = rule.meta;
  const d = m.docs;
  const lines = [
    `# ${m.name} (${m.code})`,
    '',
    `<!-- Generated from rules/${m.name}.ts by \`npm run docs\`; edit the rule's metadata, not this file. -->`,
    '',
    `${m.description}`,
    '',
    `- **Code:** ${m.code} — **name:** \`${m.name}\` (config and suppressions accept either)`,
    `- **Default severity:** ${m.severity}`,
    `- **Category:** ${m.category}`,
    `- **Tags:** ${m.tags.join(', ')}`,
    '',
    '## What it does',
    '',
    d.whatItDoes,
    '',
    '## Why it matters',
    '',
    d.whyItMatters,
    '',
    '## Example',
    '',
    '```yaml',
    d.example,
    '```',
    '',
    '## Use instead',
    '',
    '```yaml',
    d.useInstead,
    '```',
    '',
  ];
  if (d.notes) lines.push('## Notes', '', d.notes, '');
  if (m.yieldsTo || m.carriesCauseOf) {
    lines.push('## One finding per root cause', '');
    if (m.carriesCauseOf) lines.push(`Carries the root cause for ${m.carriesCauseOf.codes.join(', ')}. ${m.carriesCauseOf.why}`, '');
    if (m.yieldsTo) lines.push(`Yields to ${m.yieldsTo.codes.join(', ')}. ${m.yieldsTo.why}`, '');
  }
  lines.push(
    '## Suppressing',
    '',
    m.category === 'input' && !m.tags.includes('live')
      ? 'Not possible: a finding of this rule stands for objects that were not audited, and a suppression may silence a finding but never hide an object. A comment or annotation naming this rule is reported as `suppression-missing-reason` (LP006), and a baseline never records it. Fix the input; a repository owner can exclude a file in the config (`exclude:`).'
      : `On the line, or alone on the line above: \`# leastpriv-ignore ${m.name} -- <reason>\`. For a whole object: the annotation \`ignore.leastpriv.dev/${m.name}: "<reason>"\`. A reason is required.`,
    '',
    '## References',
    '',
    ...d.references.map((r) => `- <${r}>`),
    '',
  );
  return lines.join('\n');
}
