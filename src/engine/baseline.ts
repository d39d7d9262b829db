/**
 * Baselines: the findings a repository already had when it adopted leastpriv, recorded by
 * fingerprint so that only new findings fail. Fingerprints (./fingerprint.ts) hash the rule, file,
 * object identity, path in the object and message — never line numbers — so a baselined finding stays
 * matched when unrelated lines are added above it. Each baseline entry absorbs one finding, so a second
 * identical finding in the same place is still new.
 */
import type { Finding } from './types.ts';
import { suppressible } from './suppress.ts';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  code: string;
  rule: string;
  file: string;
  message: string;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  tool: 'leastpriv';
  findings: BaselineEntry[];
}

/**
 * A baseline of every unsuppressed finding, sorted for stable diffs; not those of the input rules,
 * which no baseline can suppress (suppress.ts: a broken document may hide any object, today's or a
 * later one's).
 */
export function makeBaseline(findings: readonly Finding[]): Baseline {
  const entries = findings
    .filter((f) => !f.suppressed && suppressible(f.code))
    .map((f) => ({ fingerprint: f.fingerprint, code: f.code, rule: f.rule, file: f.file, message: f.message }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
  return { version: BASELINE_VERSION, tool: 'leastpriv', findings: entries };
}

export function serializeBaseline(b: Baseline): string {
  return JSON.stringify(b, null, 2) + '\n';
}

/** Parses a baseline file's text; throws an Error saying what is wrong. */
export function parseBaseline(text: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`not valid JSON: ${(e as Error).message}`);
  }
  const d = data as Partial<Baseline> | null;
  if (!d || typeof d !== 'object' || d.version !== BASELINE_VERSION || !Array.isArray(d.findings)) {
    throw new Error(`not a leastpriv baseline (expected { "version": ${BASELINE_VERSION}, "findings": [...] }; write one with --write-baseline)`);
  }
  for (const [i, f] of d.findings.entries()) {
    if (!f || typeof f.fingerprint !== 'string') throw new Error(`findings[${i}] has no fingerprint`);
  }
  return d as Baseline;
}

/** Marks findings recorded in the baseline as suppressed (kind `baseline`). Returns how many matched. */
export function applyBaseline(findings: Finding[], baseline: Baseline, label: string): number {
  const left = new Map<string, number>();
  for (const e of baseline.findings) left.set(e.fingerprint, (left.get(e.fingerprint) ?? 0) + 1);
  let matched = 0;
  for (const f of findings) {
    if (f.suppressed || !suppressible(f.code)) continue; // input findings: never (suppress.ts)
    const n = left.get(f.fingerprint) ?? 0;
    if (n === 0) continue;
    left.set(f.fingerprint, n - 1);
    f.suppressed = { kind: 'baseline', justification: `recorded in the baseline ${label}` };
    matched++;
  }
  return matched;
}
