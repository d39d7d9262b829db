/** Human-readable report: findings grouped by file, with a code frame, then a summary. */
import pc from 'picocolors';
import type { Finding, Severity } from '../engine/types.ts';
import type { Reporter } from './types.ts';
import { codeFrame } from './frame.ts';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export const displayFile = (f: string): string => (f === '-' ? '<stdin>' : f);

export const textReporter: Reporter = (result, opts) => {
  const c = pc.createColors(opts.color);
  const sevColor: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, note: c.cyan };
  const out: string[] = [];
  const shown = result.findings.filter((f) => opts.showSuppressed || !f.suppressed);
  const byFile = new Map<string, Finding[]>();
  for (const f of shown) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  for (const [file, list] of byFile) {
    out.push(c.underline(c.bold(displayFile(file))));
    for (const f of list) {
      const pos = `${displayFile(file)}:${f.region.start.line}:${f.region.start.column}`;
      const sev = sevColor[f.severity](f.severity);
      const sup = f.suppressed ? c.dim(` (suppressed: ${f.suppressed.justification})`) : '';
      out.push(`  ${pos}  ${sev}  ${f.message}  ${c.dim(`${f.rule} ${f.code}`)}${sup}`);
      const src = result.sources.get(file);
      if (src && f.region.start.line > 0) {
        out.push(
          codeFrame(src, f.region, { dim: c.dim, caret: sevColor[f.severity] })
            .split('\n')
            .map((l) => '    ' + l)
            .join('\n'),
        );
      }
      out.push('');
    }
  }
  if (result.justifications.length) {
    out.push(c.bold('Justified privileges'));
    for (const j of result.justifications) {
      out.push(`  ${displayFile(j.file)}:${j.region.start.line}:${j.region.start.column}  ${j.object}: ${j.privilege} ${c.dim('—')} ${j.reason}`);
    }
    out.push('');
  }
  const s = result.summary;
  const counts = (['error', 'warning', 'note'] as const).map((k) => plural(s.findings[k], k));
  const head = s.findings.error ? c.red('✖') : s.findings.warning ? c.yellow('⚠') : c.green('✔');
  out.push(
    `${head} ${counts.join(', ')}${s.suppressed ? ` (${s.suppressed} suppressed)` : ''} in ${plural(s.objects, 'object')}, ${plural(s.documents, 'document')}, ${plural(s.files, 'file')}`,
  );
  if (s.nonKubernetes) out.push(c.dim(`  ${plural(s.nonKubernetes, 'file')} held no Kubernetes objects (values, kustomization, CI files) and ${s.nonKubernetes === 1 ? 'was' : 'were'} skipped`));
  if (s.skipped.length) {
    out.push(c.dim(`  ${plural(s.skipped.length, 'file')} skipped:`));
    const shownSkips = s.skipped.slice(0, 20);
    for (const k of shownSkips) out.push(c.dim(`    ${displayFile(k.file)}: ${k.reason}`));
    if (s.skipped.length > shownSkips.length) out.push(c.dim(`    … and ${s.skipped.length - shownSkips.length} more (see --format json)`));
  }
  return out.join('\n') + '\n';
};
