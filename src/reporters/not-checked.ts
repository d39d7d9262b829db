/**
 * "Not checked in this run", shared by the text report and the job summary: rules turned off,
 * downgraded or given other options (by the profile or the `rules` settings), excluded paths, and
 * every suppression with its reason, counted by kind. Plain data: each reporter escapes it for its
 * medium (safe-text.ts for terminals, summary.ts for Markdown).
 */
import type { FullAuditResult } from '../engine/audit.ts';
import { suppressionCounts, type RuleChange, type SuppressionCounts } from '../engine/coverage.ts';
import type { Suppression } from '../engine/types.ts';

export interface SuppressionItem {
  file: string;
  line: number;
  code: string;
  rule: string;
  kind: Suppression['kind'];
  reason: string;
}

export interface NotChecked {
  configFile?: string;
  profile: string;
  /** Rules the profile in use turned off or downgraded against the default profile. */
  byProfile: RuleChange[];
  /** Rules the `rules` settings turned off, downgraded or gave options. */
  byRules: RuleChange[];
  exclude: string[];
  suppressions: SuppressionCounts;
  /** Suppressed findings, in report order (baseline matches included). */
  suppressed: SuppressionItem[];
}

export function notChecked(result: Pick<FullAuditResult, 'coverage' | 'findings'>): NotChecked | undefined {
  const c = result.coverage;
  const counts = suppressionCounts(result.findings);
  const byProfile = c?.ruleChanges.filter((r) => r.by === 'profile') ?? [];
  const byRules = c?.ruleChanges.filter((r) => r.by === 'rules') ?? [];
  const exclude = c?.exclude ?? [];
  if (!byProfile.length && !byRules.length && !exclude.length && !counts.total) return undefined;
  return {
    ...(c?.configFile ? { configFile: c.configFile } : {}),
    profile: c?.profile ?? 'leastpriv',
    byProfile,
    byRules,
    exclude,
    suppressions: counts,
    suppressed: result.findings
      .filter((f) => f.suppressed)
      .map((f) => ({ file: f.file, line: f.region.start.line, code: f.code, rule: f.rule, kind: f.suppressed!.kind, reason: f.suppressed!.justification })),
  };
}

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "off (default: error)", "note (default: warning)", "options {"allow":["SYS_ADMIN"]}". */
export function changeText(c: RuleChange): string {
  const sev = c.to === c.from ? '' : `${c.to} (default: ${c.from})`;
  const opts = c.options ? `options ${JSON.stringify(c.options)}` : '';
  return [sev, opts].filter(Boolean).join(', ');
}

/** "2 by comment, 1 by annotation, 4 in the baseline" (kinds with none left out). */
export function countsText(s: SuppressionCounts): string {
  const parts: string[] = [];
  if (s.byKind.comment) parts.push(`${s.byKind.comment} by comment`);
  if (s.byKind.annotation) parts.push(`${s.byKind.annotation} by annotation`);
  if (s.byKind.baseline) parts.push(`${s.byKind.baseline} in the baseline`);
  return parts.join(', ');
}
