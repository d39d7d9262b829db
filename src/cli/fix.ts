/**
 * `audit --fix` and `--fix-dry-run` on the command line: run the fix passes (src/fix/apply.ts),
 * then write the changed files (keeping a BOM where the file had one) or print their unified diff.
 * A file that changed on disk since it was read is left alone, with a message.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FullAuditResult } from '../engine/audit.ts';
import { fixPasses, type FixType } from '../fix/apply.ts';
import { unifiedDiff } from '../fix/diff.ts';
import type { Io } from './main.ts';

export function runFixes(
  run: (overrides?: Map<string, string>) => FullAuditResult,
  types: ReadonlySet<FixType>,
  opts: { cwd: string; dryRun: boolean; io: Io },
): FullAuditResult {
  const { io } = opts;
  // stdin is read once: later passes see its edited text as an override of '-'.
  const done = fixPasses((o) => run(o), types);
  const files = [...done.changed.keys()].sort();
  if (opts.dryRun) {
    for (const f of files) io.stdout(unifiedDiff(f === '-' ? 'stdin' : f, done.changed.get(f)!.before, done.changed.get(f)!.after));
    io.stderr(`leastpriv: --fix-dry-run: ${done.applied} edit${done.applied === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'} would be made (nothing written)\n`);
    return done.result;
  }
  let written = 0;
  for (const f of files) {
    const { before, after } = done.changed.get(f)!;
    const path = resolve(opts.cwd, f);
    let disk: string;
    try {
      disk = readFileSync(path, 'utf8');
    } catch (e) {
      io.stderr(`leastpriv: --fix: cannot read ${f} again: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      continue;
    }
    const bom = disk.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
    if (disk.slice(bom.length) !== before) {
      io.stderr(`leastpriv: --fix: ${f} changed while it was audited: not written\n`);
      continue;
    }
    writeFileSync(path, bom + after);
    written++;
  }
  io.stderr(`leastpriv: --fix: ${done.applied} edit${done.applied === 1 ? '' : 's'} written to ${written} file${written === 1 ? '' : 's'}\n`);
  return done.result;
}
