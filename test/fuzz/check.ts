/**
 * The fuzzing property: `audit()` returns; every problem is a finding with a file and a position
 * (line and column ≥ 1, inside the file, end not before start); no rule crashed (LP004); and every
 * reporter renders the result.
 */
import { audit, type AuditInput, type FullAuditResult } from '../../src/engine/audit.ts';
import { REPORTERS } from '../../src/reporters/index.ts';

export interface Outcome {
  result?: FullAuditResult;
  problems: string[];
}

export function checkedAudit(input: AuditInput, files: string[]): Outcome {
  let result: FullAuditResult;
  try {
    result = audit(input);
  } catch (e) {
    return { problems: [`audit() threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`] };
  }
  const problems: string[] = [];
  const known = new Set(files);
  for (const f of result.findings) {
    const where = `${f.code} ${f.file}:${f.region.start.line}:${f.region.start.column}`;
    if (f.code === 'LP004') problems.push(`rule-internal-error: ${f.message}`);
    if (!f.file || !known.has(f.file)) problems.push(`${where}: finding in an unknown file`);
    const { start, end } = f.region;
    if (!(start.line >= 1 && start.column >= 1)) problems.push(`${where}: position below 1`);
    if (end.line < start.line || (end.line === start.line && end.column < start.column)) problems.push(`${where}: region ends before it starts`);
    const src = result.sources.get(f.file);
    if (src && start.line > Math.max(1, src.lineCounter.lineStarts.length)) problems.push(`${where}: line beyond the end of the file`);
    if (typeof f.message !== 'string' || !f.message) problems.push(`${where}: empty message`);
  }
  for (const [name, reporter] of Object.entries(REPORTERS)) {
    try {
      reporter(result, { color: true, showSuppressed: true, sarifRoot: input.cwd ?? '/', cwd: input.cwd ?? '/', toolVersion: '0.0.0' });
    } catch (e) {
      problems.push(`${name} reporter threw: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { result, problems };
}
