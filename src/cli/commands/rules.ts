import { RULES } from '../../../rules/index.ts';
import { activeRules, describeRule, findRule } from '../../engine/registry.ts';
import { PROFILE_NAMES } from '../../engine/profiles.ts';
import { defaults } from '../../config/load.ts';
import { ruleMarkdown } from '../../docs/rule-doc.ts';
import { UsageError } from '../usage.ts';
import { didYouMean, parseCommand } from '../options.ts';
import { markdownToTerminal } from '../../docs/terminal.ts';
import { useColor } from '../output.ts';
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
  const { values, positionals } = parseCommand('rules', args);
  if (positionals.length) throw new UsageError(`rules takes no arguments (got '${positionals[0]}')`, 'rules');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format '${format}' for rules (text, json)`, 'rules');
  const profile = values.profile;
  if (profile !== undefined && !PROFILE_NAMES().includes(profile)) {
    const hint = didYouMean(profile, PROFILE_NAMES());
    throw new UsageError(`unknown profile '${profile}'${hint ? `; did you mean ${hint}?` : ''} (${PROFILE_NAMES().join(', ')})`, 'rules');
  }
  const member = profileMembership();
  // With --profile: the rules on in it, at the severity and with the options they have there.
  const inProfile = profile !== undefined ? new Map(activeRules({ ...defaults(), profile }).map((a) => [a.rule.meta.code, a])) : undefined;
  const listed = RULES.filter((r) => !inProfile || inProfile.has(r.meta.code));
  if (format === 'json') {
    const rules = listed.map((r) => {
      const a = inProfile?.get(r.meta.code);
      return {
        code: r.meta.code,
        name: r.meta.name,
        severity: a ? a.severity : r.meta.severity,
        defaultSeverity: r.meta.severity,
        category: r.meta.category,
        tags: r.meta.tags,
        profiles: member.get(r.meta.code)!,
        description: r.meta.description,
        securitySeverity: r.meta.securitySeverity,
        ...(r.meta.optionsSchema ? { optionsSchema: r.meta.optionsSchema } : {}),
        ...(a && Object.keys(a.options).length ? { options: a.options } : r.meta.defaultOptions ? { options: r.meta.defaultOptions } : {}),
        helpUri: describeRule(r).helpUri,
      };
    });
    io.stdout(`${JSON.stringify(profile !== undefined ? { profile, rules } : { rules }, null, 2)}\n`);
    return 0;
  }
  const head = ['CODE', 'NAME', 'SEVERITY', 'CATEGORY', 'PROFILES', 'DESCRIPTION'];
  const rows = listed.map((r) => [r.meta.code, r.meta.name, inProfile?.get(r.meta.code)?.severity ?? r.meta.severity, r.meta.category, member.get(r.meta.code)!.join(',') || '-', r.meta.description]);
  const w = [0, 1, 2, 3, 4].map((i) => Math.max(head[i]!.length, ...rows.map((r) => r[i]!.length)));
  for (const r of [head, ...rows]) io.stdout(`${r.slice(0, 5).map((c, i) => c.padEnd(w[i]!)).join('  ')}  ${r[5]}\n`);
  return 0;
}

export async function runExplain(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand('explain', args);
  const id = positionals[0];
  if (!id) throw new UsageError('explain needs a rule code or name', 'explain');
  if (positionals.length > 1) throw new UsageError(`explain takes one rule (got '${positionals[1]}' too)`, 'explain');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'markdown') throw new UsageError(`unknown format '${format}' for explain (text, markdown)`, 'explain');
  const rule = findRule(id);
  if (!rule) {
    const hint = didYouMean(id, RULES.flatMap((r) => [r.meta.code, r.meta.name]));
    throw new UsageError(`no rule '${id}'${hint ? `; did you mean ${hint}?` : ''} (see 'leastpriv rules')`, 'explain');
  }
  const md = ruleMarkdown(rule);
  io.stdout(format === 'markdown' ? md : markdownToTerminal(md, useColor(io, values, false)));
  return 0;
}
