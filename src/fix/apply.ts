/**
 * `audit --fix`: apply the offered edits the way ESLint does. Each pass audits, takes the fix (and,
 * when asked, the first suggestion) of every unsuppressed finding, applies those that do not touch
 * what an earlier one in the pass touches (identical edits offered by several findings count once),
 * and audits again with the edited texts; up to MAX_PASSES passes, until no edit is left. A second
 * run then finds nothing to change (every offered edit that is already there is no edit), which
 * test/fix.test.ts holds for every fixture.
 */
import type { FullAuditResult } from '../engine/audit.ts';
import type { Finding, TextEdit, TextFix } from '../engine/types.ts';

export const MAX_PASSES = 10;

export type FixType = 'fix' | 'suggestion';

export interface FixRun {
  /** The audit after the last pass (what is left). */
  result: FullAuditResult;
  /** Original and final text of every file changed. */
  changed: Map<string, { before: string; after: string }>;
  /** Edits applied, over all passes. */
  applied: number;
  passes: number;
}

/** The edits a finding contributes, by type. */
export function chosenFix(f: Finding, types: ReadonlySet<FixType>): TextFix | undefined {
  if (f.suppressed) return undefined;
  if (f.fix && types.has('fix')) return f.fix;
  if (f.suggestions?.length && types.has('suggestion')) return f.suggestions[0];
  return undefined;
}

const editKey = (e: TextEdit) => `${e.file}\0${e.range[0]}\0${e.range[1]}\0${e.text}`;

/** The span of whole lines (line breaks included) that a range touches. */
function linesOf(text: string, [s, e]: [number, number]): [number, number] {
  const a = text.lastIndexOf('\n', s - 1) + 1;
  const nl = text.indexOf('\n', e);
  return [a, nl === -1 ? text.length : nl + 1];
}

/** Apply non-overlapping fixes of one audit to the texts; returns how many fixes were applied. */
export function applyFixes(fixes: TextFix[], textOf: (file: string) => string | undefined, out: Map<string, string>): number {
  const taken = new Map<string, [number, number][]>();
  const seen = new Set<string>();
  const perFile = new Map<string, TextEdit[]>();
  let applied = 0;
  for (const fix of fixes) {
    const fresh = fix.edits.filter((e) => !seen.has(editKey(e)));
    if (!fresh.length) continue;
    // Edits conflict when they touch the same lines: an insertion can be written at more than one
    // offset (after a line's end or before the next line's indent), so offsets alone would miss it.
    const lines = (e: TextEdit): [number, number] => linesOf(textOf(e.file) ?? '', e.range);
    const overlaps = fresh.some((e) => {
      const [a, b] = lines(e);
      return (taken.get(e.file) ?? []).some(([s, t]) => a <= t && s <= b);
    });
    if (overlaps) continue;
    for (const e of fresh) {
      seen.add(editKey(e));
      const l = taken.get(e.file) ?? [];
      l.push(lines(e));
      taken.set(e.file, l);
      const p = perFile.get(e.file) ?? [];
      p.push(e);
      perFile.set(e.file, p);
    }
    applied++;
  }
  for (const [file, edits] of perFile) {
    let text = textOf(file);
    if (text === undefined) continue;
    for (const e of edits.sort((a, b) => b.range[0] - a.range[0])) text = text.slice(0, e.range[0]) + e.text + text.slice(e.range[1]);
    out.set(file, text);
  }
  return applied;
}

/**
 * Run the passes. `run(overrides)` audits with some files' texts replaced (and fixes resolved).
 */
export function fixPasses(run: (overrides: Map<string, string>) => FullAuditResult, types: ReadonlySet<FixType>): FixRun {
  const overrides = new Map<string, string>();
  const originals = new Map<string, string>();
  let applied = 0;
  let passes = 0;
  let result = run(overrides);
  while (passes < MAX_PASSES) {
    const fixes = result.findings.flatMap((f) => {
      const x = chosenFix(f, types);
      return x ? [x] : [];
    });
    if (!fixes.length) break;
    const textOf = (file: string) => overrides.get(file) ?? result.sources.get(file)?.text;
    for (const fx of fixes) for (const e of fx.edits) if (!originals.has(e.file)) originals.set(e.file, textOf(e.file) ?? '');
    const edited = new Map<string, string>();
    const n = applyFixes(fixes, textOf, edited);
    let changedAny = false;
    for (const [file, text] of edited) {
      if (text !== textOf(file)) changedAny = true;
      overrides.set(file, text);
    }
    if (!n || !changedAny) break;
    applied += n;
    passes++;
    result = run(overrides);
  }
  const changed = new Map<string, { before: string; after: string }>();
  for (const [file, after] of overrides) {
    const before = originals.get(file)!;
    if (before !== after) changed.set(file, { before, after });
  }
  return { result, changed, applied, passes };
}
