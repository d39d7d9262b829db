/**
 * Which findings become GitHub annotations. Shared by `--format github` and the GitHub Action, so
 * both show the same ones.
 *
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step, and 50 per job
 * (actions/toolkit, docs/problem-matchers.md, "Limitations"); further ones are dropped silently. So
 * we emit the worst findings of each kind up to the limit and one notice that says how many more
 * there are and where to see them. That notice takes one of the 10 notice places.
 */
import type { FullAuditResult } from '../engine/audit.ts';
import type { Finding, Severity } from '../engine/types.ts';
import { SEVERITY_RANK } from '../engine/types.ts';

/** Annotations of one kind GitHub shows per step. */
export const ANNOTATIONS_PER_KIND = 10;

export interface AnnotationSelection {
  /** Findings to annotate, worst first. */
  shown: Finding[];
  /** Unsuppressed findings left out because of the limits. */
  omitted: number;
  /** Omitted findings by severity. */
  omittedBy: Record<Severity, number>;
}

/** Worst first: severity, then the rule's security severity, then file order. */
export function worstFirst(result: Pick<FullAuditResult, 'findings' | 'rules'>): Finding[] {
  const secSev = new Map(result.rules.map((r) => [r.code, r.securitySeverity]));
  return result.findings
    .filter((f) => !f.suppressed)
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] ||
        (secSev.get(b.f.code) ?? 0) - (secSev.get(a.f.code) ?? 0) ||
        a.i - b.i,
    )
    .map((x) => x.f);
}

/** `reservedNotices`: notice places kept for other notices (the files not audited: notAuditedNotice). */
export function selectAnnotations(result: Pick<FullAuditResult, 'findings' | 'rules'>, perKind = ANNOTATIONS_PER_KIND, reservedNotices = 0): AnnotationSelection {
  const all = worstFirst(result);
  const by: Record<Severity, Finding[]> = { error: [], warning: [], note: [] };
  for (const f of all) by[f.severity].push(f);
  const notes = perKind - reservedNotices;
  const overflow = by.error.length > perKind || by.warning.length > perKind || by.note.length > notes;
  // The "N more" notice takes one notice place.
  const limit: Record<Severity, number> = { error: perKind, warning: perKind, note: overflow ? notes - 1 : notes };
  const keep = new Set<Finding>();
  const omittedBy: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const sev of ['error', 'warning', 'note'] as const) {
    by[sev].slice(0, limit[sev]).forEach((f) => keep.add(f));
    omittedBy[sev] = Math.max(0, by[sev].length - limit[sev]);
  }
  return { shown: all.filter((f) => keep.has(f)), omitted: all.length - keep.size, omittedBy };
}

/** The text of the notice for the findings left out, or undefined when none were. */
export function omittedNotice(sel: AnnotationSelection, seeAlso: string): string | undefined {
  if (sel.omitted === 0) return undefined;
  const parts = (['error', 'warning', 'note'] as const).filter((s) => sel.omittedBy[s]).map((s) => `${sel.omittedBy[s]} ${s}${sel.omittedBy[s] === 1 ? '' : 's'}`);
  return `leastpriv: ${sel.omitted} more finding${sel.omitted === 1 ? '' : 's'} not shown as annotations (${parts.join(', ')}; GitHub shows ${ANNOTATIONS_PER_KIND} of each kind per step). ${seeAlso}`;
}

/**
 * The text of a notice naming the files that were not audited and that no finding names (Helm/Go
 * templates, above all a chart's `templates/`: they apply only once rendered), or undefined. Without
 * it a pull request whose chart templates hold a privileged pod showed no annotation at all: the
 * summary said so, the annotations did not.
 */
export function notAuditedNotice(result: Pick<FullAuditResult, 'findings'> & { summary?: Pick<FullAuditResult['summary'], 'skipped'> }): { text: string; file: string } | undefined {
  const named = new Set(result.findings.map((f) => f.file));
  const quiet = (result.summary?.skipped ?? []).filter((k) => !named.has(k.file));
  if (quiet.length === 0) return undefined;
  const shown = quiet.slice(0, 5).map((k) => `${k.file === '-' ? 'stdin' : k.file} (${k.reason.replace(/:.*$/s, '')})`);
  const more = quiet.length > shown.length ? `, and ${quiet.length - shown.length} more` : '';
  return {
    file: quiet[0]!.file,
    text: `leastpriv: ${quiet.length} file${quiet.length === 1 ? ' was' : 's were'} not audited: ${shown.join(', ')}${more}. A Helm chart's templates apply only once rendered: audit the rendered output (helm template CHART | leastpriv audit -).`,
  };
}
