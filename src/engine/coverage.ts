/**
 * What a run did not check because it was told not to. A pull request can add `.leastpriv.yaml` (or
 * change it) and suppression comments; a gate that passes must say what it left out, so that a
 * reviewer sees a weakened audit without reading the config: rules the profile or the `rules`
 * settings turned off, downgraded or gave other options, and excluded paths. Suppressions are in the
 * findings themselves (`suppressed`), skipped files in the summary.
 *
 * The reference is the default: every rule at its own severity under the `leastpriv` profile.
 * Live-verification rules (tag `live`) never run in audit and are not counted.
 */
import { RULES } from '../../rules/index.ts';
import type { Config, RuleSetting } from '../config/types.ts';
import { findRule } from './registry.ts';
import { profileSettings } from './profiles.ts';
import type { Finding, Severity, SeverityOrOff, Suppression } from './types.ts';
import { SEVERITY_RANK } from './types.ts';

export interface RuleChange {
  code: string;
  name: string;
  /** Severity under the default profile. */
  from: Severity;
  /** Severity in this run ('off': not run). */
  to: SeverityOrOff;
  /** Who changed it: the profile in use, or the `rules` settings (config file or command line). */
  by: 'profile' | 'rules';
  /** Options the `rules` settings gave it (allow-lists and the like), when they changed. */
  options?: Record<string, unknown>;
}

export interface Coverage {
  profile: string;
  /** The config file the run used, if any. */
  configFile?: string;
  /** Rules weakened against the default: off, a lower severity, or other options. */
  ruleChanges: RuleChange[];
  /** Exclude patterns (config `exclude` and --exclude). */
  exclude: string[];
  /** Whether .gitignore'd files were left out. */
  gitignore: boolean;
}

const DEFAULT_PROFILE = 'leastpriv';

function settle(base: SeverityOrOff, layers: RuleSetting[]): SeverityOrOff {
  let s = base;
  for (const l of layers) {
    if (typeof l === 'string') s = l;
    else if (l.severity) s = l.severity;
  }
  return s;
}

const rank = (s: SeverityOrOff): number => (s === 'off' ? 0 : SEVERITY_RANK[s]);

/** The `rules` entries of the config for one rule (by code or by name). */
function ruleEntries(config: Config, code: string): RuleSetting[] {
  return Object.entries(config.rules)
    .filter(([id]) => findRule(id)?.meta.code === code)
    .map(([, s]) => s);
}

export function coverageOf(config: Config, extraExclude: readonly string[] = []): Coverage {
  const dflt = profileSettings(DEFAULT_PROFILE);
  const chosen = profileSettings(config.profile);
  const changes: RuleChange[] = [];
  for (const r of RULES) {
    const m = r.meta;
    if (m.tags.includes('live')) continue;
    const from = settle(m.severity, dflt[m.code] !== undefined ? [dflt[m.code]!] : []);
    if (from === 'off') continue; // not part of the default audit: nothing is lost
    const byProfile = settle(m.severity, chosen[m.code] !== undefined ? [chosen[m.code]!] : []);
    const entries = ruleEntries(config, m.code);
    const to = settle(byProfile, entries);
    const options = entries.reduce<Record<string, unknown> | undefined>((acc, e) => (typeof e === 'object' && e.options ? { ...acc, ...e.options } : acc), undefined);
    if (rank(to) < rank(from) || (options && to !== 'off')) {
      const by = entries.length > 0 && (rank(to) < rank(byProfile) || (options && to !== 'off')) ? 'rules' : 'profile';
      changes.push({ code: m.code, name: m.name, from, to, by, ...(options && to !== 'off' ? { options } : {}) });
    }
  }
  return {
    profile: config.profile,
    ...(config.file ? { configFile: config.file } : {}),
    ruleChanges: changes,
    exclude: [...config.exclude, ...extraExclude],
    gitignore: config.gitignore,
  };
}

export interface SuppressionCounts {
  total: number;
  byKind: Record<Suppression['kind'], number>;
}

/** Suppressed findings counted by kind (comment, annotation, baseline). */
export function suppressionCounts(findings: readonly Finding[]): SuppressionCounts {
  const byKind: Record<Suppression['kind'], number> = { comment: 0, annotation: 0, baseline: 0 };
  let total = 0;
  for (const f of findings) {
    if (!f.suppressed) continue;
    byKind[f.suppressed.kind]++;
    total++;
  }
  return { total, byKind };
}

/** Whether anything was left out on purpose: the report then says what. */
export function weakened(c: Coverage | undefined, s: SuppressionCounts): boolean {
  return !!c && (c.ruleChanges.length > 0 || c.exclude.length > 0 || c.profile !== DEFAULT_PROFILE) || s.total > 0;
}
