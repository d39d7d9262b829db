/** Human-readable report: findings grouped by file, with a code frame, then a summary. */
import pc from 'picocolors';
import type { Finding, Severity } from '../engine/types.ts';
import type { ChunkedReporter, Reporter } from './types.ts';
import { joinChunks } from './json-chunks.ts';
import { codeFrame } from './frame.ts';
import { guardLine, safeFileName, safeText } from './safe-text.ts';
import { changeText, countsText, notChecked } from './not-checked.ts';
import { relative } from 'node:path';
import { dependsOn } from './involves.ts';

/** One line of the report; guardLine is the last guard against a line the runner would read as a command. */
const nl = (line: string): string => guardLine(line) + '\n';
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A file name as reports show it (manifest text: file names come from the pull request too). */
export const displayFile = (f: string): string => (f === '-' ? '<stdin>' : safeFileName(f));

/** The report line by line (each chunk one line and its line feed). */
export const textChunks: ChunkedReporter = function* (result, opts) {
  const c = pc.createColors(opts.color);
  const sevColor: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, note: c.cyan };
  const shown = result.findings.filter((f) => opts.showSuppressed || !f.suppressed);
  const byFile = new Map<string, Finding[]>();
  for (const f of shown) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  for (const [file, list] of byFile) {
    yield nl(c.underline(c.bold(displayFile(file))));
    for (const f of list) {
      const pos = `${displayFile(file)}:${f.region.start.line}:${f.region.start.column}`;
      const sev = sevColor[f.severity](f.severity);
      const sup =
        (f.suppressed ? c.dim(` (suppressed: ${safeText(f.suppressed.justification)})`) : '') +
        (f.involves ? c.dim(` ${dependsOn(f)}`) : '');
      yield nl(`  ${pos}  ${sev}  ${safeText(f.message)}  ${c.dim(`${f.rule} ${f.code}`)}${sup}`);
      const src = result.sources.get(file);
      if (src && f.region.start.line > 0) {
        yield nl(
          codeFrame(src, f.region, { dim: c.dim, caret: sevColor[f.severity] })
            .split('\n')
            .map((l) => '    ' + l)
            .join('\n'),
        );
      }
      yield nl('');
    }
  }
  if (result.justifications.length) {
    yield nl(c.bold('Justified privileges'));
    for (const j of result.justifications) {
      yield nl(`  ${displayFile(j.file)}:${j.region.start.line}:${j.region.start.column}  ${safeText(j.object)}: ${safeText(j.privilege)} ${c.dim('—')} ${safeText(j.reason)}`);
    }
    yield nl('');
  }
  const s = result.summary;
  const counts = (['error', 'warning', 'note'] as const).map((k) => plural(s.findings[k], k));
  const head = s.findings.error ? c.red('✖') : s.findings.warning ? c.yellow('⚠') : c.green('✔');
  yield nl(
    `${head} ${counts.join(', ')}${s.suppressed ? ` (${s.suppressed} suppressed)` : ''} in ${plural(s.objects, 'object')}, ${plural(s.documents, 'document')}, ${plural(s.files, 'file')}`,
  );
  if (s.nonKubernetes) {
    yield nl(c.dim(`  ${plural(s.nonKubernetes, 'file')} held no Kubernetes objects (values, kustomization, CI files) and ${s.nonKubernetes === 1 ? 'was' : 'were'} skipped${opts.verbose ? ':' : ' (--verbose names them)'}`));
    if (opts.verbose) for (const f of s.nonKubernetesFiles) yield nl(c.dim(`    ${displayFile(f)}`));
  }
  if (s.skipped.length) {
    yield nl(c.dim(`  ${plural(s.skipped.length, 'file')} skipped:`));
    const shownSkips = opts.verbose ? s.skipped : s.skipped.slice(0, 20);
    for (const k of shownSkips) yield nl(c.dim(`    ${displayFile(k.file)}: ${safeText(k.reason)}`));
    if (s.skipped.length > shownSkips.length) yield nl(c.dim(`    … and ${s.skipped.length - shownSkips.length} more (--verbose or --format json lists them)`));
  }
  const gaps = notChecked(result);
  if (gaps) {
    yield nl('');
    const cfg = gaps.configFile ? ` (config: ${displayFile(relative(opts.cwd, gaps.configFile) || gaps.configFile)})` : '';
    yield nl(c.bold(`Not checked in this run${cfg}`));
    if (gaps.byProfile.length) {
      yield nl(`  profile ${safeText(gaps.profile)}: ${plural(gaps.byProfile.length, 'rule')} off or downgraded against the default profile`);
      const shown = gaps.byProfile.slice(0, MAX_LISTED);
      for (const r of shown) yield nl(c.dim(`    ${r.code} ${r.name}: ${safeText(changeText(r))}`));
      if (gaps.byProfile.length > shown.length) yield nl(c.dim(`    … and ${gaps.byProfile.length - shown.length} more (leastpriv rules --profile ${safeText(gaps.profile)})`));
    }
    if (gaps.byRules.length) {
      yield nl(`  ${plural(gaps.byRules.length, 'rule')} turned off, downgraded or given other options by \`rules\`:`);
      for (const r of gaps.byRules) yield nl(c.dim(`    ${r.code} ${r.name}: ${safeText(changeText(r))}`));
    }
    if (gaps.exclude.length) yield nl(`  excluded paths: ${gaps.exclude.map(safeText).join(', ')}`);
    if (gaps.suppressions.total) {
      yield nl(`  ${plural(gaps.suppressions.total, 'finding')} suppressed: ${countsText(gaps.suppressions)}`);
      const shown = gaps.suppressed.slice(0, MAX_LISTED);
      for (const x of shown) yield nl(c.dim(`    ${displayFile(x.file)}:${x.line}  ${x.code} ${x.rule} (${x.kind}) — ${safeText(x.reason)}`));
      if (gaps.suppressed.length > shown.length) yield nl(c.dim(`    … and ${gaps.suppressed.length - shown.length} more (--show-suppressed, or --format json)`));
    }
  }
};

/** Items listed per "not checked" group before "… and N more". */
const MAX_LISTED = 100;

export const textReporter: Reporter = (result, opts) => joinChunks(textChunks(result, opts));
