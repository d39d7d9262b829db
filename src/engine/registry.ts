/**
 * Rule lookup by code or name, and the effective setting of each rule for a run:
 * rule default → profile → config file → command line.
 */
import { RULES } from '../../rules/index.ts';
import type { Rule } from './rule.ts';
import type { Config, RuleSetting } from '../config/types.ts';
import type { KnownRule } from '../config/load.ts';
import type { RuleDescriptor, Severity, SeverityOrOff } from './types.ts';
import { profileSettings } from './profiles.ts';

const byId = new Map<string, Rule<string, any>>();
for (const r of RULES) {
  byId.set(r.meta.code, r);
  byId.set(r.meta.name, r);
}

export function findRule(id: string): Rule<string, any> | undefined {
  return byId.get(id) ?? byId.get(id.toUpperCase());
}

/** For the config: whether a rule exists, its options schema, every code and name. */
export const isKnownRule: KnownRule = Object.assign((id: string): boolean => findRule(id) !== undefined, {
  optionsSchema: (id: string) => findRule(id)?.meta.optionsSchema,
  ids: () => RULES.flatMap((r) => [r.meta.code, r.meta.name]),
});

export interface ActiveRule {
  rule: Rule<string, any>;
  severity: Severity;
  options: Record<string, unknown>;
}

function apply(cur: { severity: SeverityOrOff; options: Record<string, unknown> }, s: RuleSetting) {
  if (typeof s === 'string') cur.severity = s;
  else {
    if (s.severity) cur.severity = s.severity;
    if (s.options) cur.options = { ...cur.options, ...s.options };
  }
}

/** The rules that run, with their severity and options. Throws on an unknown rule id. */
export function activeRules(config: Config): ActiveRule[] {
  const settings = new Map<Rule<string, any>, { severity: SeverityOrOff; options: Record<string, unknown> }>();
  for (const r of RULES) settings.set(r, { severity: r.meta.severity, options: { ...(r.meta.defaultOptions ?? {}) } });
  const layers = [profileSettings(config.profile), config.rules];
  for (const layer of layers) {
    for (const [id, s] of Object.entries(layer)) {
      const rule = findRule(id);
      if (!rule) throw new Error(`unknown rule '${id}'`);
      apply(settings.get(rule)!, s);
    }
  }
  const out: ActiveRule[] = [];
  for (const [rule, s] of settings) if (s.severity !== 'off') out.push({ rule, severity: s.severity, options: s.options });
  return out;
}

export const REPO_URL = 'https://github.com/leastpriv/leastpriv';

export function describeRule(rule: Rule<string, any>, severity: Severity = rule.meta.severity): RuleDescriptor {
  const m = rule.meta;
  const d = m.docs;
  const helpMarkdown = [
    `**${m.name}** (${m.code}): ${m.description}`,
    '',
    d.whatItDoes,
    '',
    `**Why it matters.** ${d.whyItMatters}`,
    '',
    '**Example**',
    '```yaml',
    d.example,
    '```',
    '**Use instead**',
    '```yaml',
    d.useInstead,
    '```',
  ].join('\n');
  return {
    code: m.code,
    name: m.name,
    severity,
    category: m.category,
    description: m.description,
    fullDescription: d.whatItDoes,
    helpText: `${d.whatItDoes}\n\nWhy it matters: ${d.whyItMatters}\n\nUse instead:\n${d.useInstead}`,
    helpMarkdown,
    helpUri: `${REPO_URL}/blob/main/rules/${m.name}.md`,
    tags: m.tags,
    securitySeverity: m.securitySeverity,
  };
}
