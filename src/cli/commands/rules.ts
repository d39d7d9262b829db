import { RULES } from '../../../rules/index.ts';
import { findRule } from '../../engine/registry.ts';
import { ruleMarkdown } from '../../docs/rule-doc.ts';
import { UsageError } from '../usage.ts';
import type { Io } from '../main.ts';

export async function runRules(_args: string[], io: Io): Promise<number> {
  const rows = RULES.map((r) => [r.meta.code, r.meta.name, r.meta.severity, r.meta.category, r.meta.description]);
  const w = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) io.stdout(`${r.slice(0, 4).map((c, i) => c.padEnd(w[i]!)).join('  ')}  ${r[4]}\n`);
  return 0;
}

export async function runExplain(args: string[], io: Io): Promise<number> {
  const id = args[0];
  if (!id) throw new UsageError('explain needs a rule code or name');
  const rule = findRule(id);
  if (!rule) throw new UsageError(`no rule '${id}' (see 'leastpriv rules')`);
  io.stdout(ruleMarkdown(rule));
  return 0;
}
