/**
 * `--format compact`: one line per finding, `file:line:column: severity message (rule CODE)`, no code
 * frame, then one summary line: the shape grep, editors' quickfix lists and ESLint's `unix` formatter
 * use. Suppressed findings are shown only with --show-suppressed. Manifest text goes through
 * safe-text.ts as in the text report (no escapes, no workflow commands).
 */
import type { ChunkedReporter, Reporter } from './types.ts';
import { joinChunks } from './json-chunks.ts';
import { displayFile } from './text.ts';
import { guardLine, safeText } from './safe-text.ts';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export const compactChunks: ChunkedReporter = function* (result, opts) {
  for (const f of result.findings) {
    if (f.suppressed && !opts.showSuppressed) continue;
    const sup = (f.suppressed ? ` [suppressed: ${safeText(f.suppressed.justification)}]` : '') + (f.involves ? ` [depends on ${f.involves.map(displayFile).join(', ')}]` : '');
    yield `${guardLine(`${displayFile(f.file)}:${f.region.start.line}:${f.region.start.column}: ${f.severity} ${safeText(f.message)} (${f.rule} ${f.code})${sup}`)}\n`;
  }
  const s = result.summary;
  const counts = (['error', 'warning', 'note'] as const).map((k) => plural(s.findings[k], k)).join(', ');
  yield `${counts}${s.suppressed ? ` (${s.suppressed} suppressed)` : ''} in ${plural(s.objects, 'object')}, ${plural(s.files, 'file')}\n`;
  // files skipped with a reason (a Helm chart's templates) are always named: coverage is partial
  if (opts.verbose) for (const f of s.nonKubernetesFiles) yield `${displayFile(f)}: not audited: no Kubernetes object in it\n`;
  for (const k of s.skipped) yield `${guardLine(`${displayFile(k.file)}: not audited: ${safeText(k.reason)}`)}\n`;
};

export const compactReporter: Reporter = (result, opts) => joinChunks(compactChunks(result, opts));
