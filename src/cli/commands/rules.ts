import { RULES } from '../../../rules/index.ts';
import { activeRules, findRule } from '../../engine/registry.ts';
import { PROFILE_NAMES } from '../../engine/profiles.ts';
import { defaults } from '../../config/load.ts';
import { ruleMarkdown } from '../../docs/rule-doc.ts';
import { UsageError } from '../usage.ts';
import { parseCommand } from '../options.ts';
import type { Io } from '../main.ts';

/** Profiles a rule is on in (with the severity it has there when it differs from the default). */
export function profileMembership(): Map<string, string[]> {
  const out = new Map<string, string[]>(RULES.map((r) => [r.meta.code, []]));
  for (const profile of PROFILE_NAMES()) {
    for (const a of activeRules({ ...defaults(), profile })) {
      out.get(a.rule.meta.code)!.push(a.severity === a.rule.meta.severity ? profile : `${profile}:${a.severity}`);
    }
  }
  return out;
}

export async function runRules(args: string[], io: Io): Promise<number> {
  const { positionals } = parseCommand('rules', args);
  if (positionals.length) throw new UsageError(`rules takes no arguments (got '${positionals[0]}')`, 'rules');
  const member = profileMembership();
  const head = ['CODE', 'NAME', 'SEVERITY', 'CATEGORY', 'PROFILES', 'DESCRIPTION'];
  const rows = RULES.map((r) => [r.meta.code, r.meta.name, r.meta.severity, r.meta.category, member.get(r.meta.code)!.join(',') || '-', r.meta.description]);
  const w = [0, 1, 2, 3, 4].map((i) => Math.max(head[i]!.length, ...rows.map((r) => r[i]!.length)));
  for (const r of [head, ...rows]) io.stdout(`${r.slice(0, 5).map((c, i) => c.padEnd(w[i]!)).join('  ')}  ${r[5]}\n`);
  return 0;
}

export async function runExplain(args: string[], io: Io): Promise<number> {
  const { positionals } = parseCommand('explain', args);
  const id = positionals[0];
  if (!id) throw new UsageError('explain needs a rule code or name', 'explain');
  if (positionals.length > 1) throw new UsageError(`explain takes one rule (got '${positionals[1]}' too)`, 'explain');
  const rule = findRule(id);
  if (!rule) throw new UsageError(`no rule '${id}' (see 'leastpriv rules')`);
  io.stdout(ruleMarkdown(rule));
  return 0;
}
