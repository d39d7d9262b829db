/** A code frame: the offending line with its neighbours and a caret under the region. */
import type { SourceFile } from '../input/types.ts';
import type { Region } from '../engine/types.ts';
import { lineText } from '../engine/comments.ts';
import { safeText } from './safe-text.ts';

const MAX_WIDTH = 160;

function clip(s: string, from: number): { text: string; shift: number } {
  if (s.length <= MAX_WIDTH) return { text: s, shift: 0 };
  const start = Math.max(0, Math.min(from - 40, s.length - MAX_WIDTH));
  return { text: (start > 0 ? '…' : '') + s.slice(start, start + MAX_WIDTH) + '…', shift: start > 0 ? start - 1 : 0 };
}

export function codeFrame(file: SourceFile, region: Region, paint: { dim: (s: string) => string; caret: (s: string) => string }): string {
  const { line, column } = region.start;
  const out: string[] = [];
  const width = String(line + 1).length;
  for (let l = Math.max(1, line - 1); l <= line + 1; l++) {
    const t = lineText(file, l);
    if (t === undefined) continue;
    // The manifest's own line: tabs as spaces, controls as visible characters (safe-text.ts).
    const { text, shift } = clip(safeText(t.replace(/\t/g, ' ')), column - 1);
    const gutter = `${l === line ? '>' : ' '} ${String(l).padStart(width)} | `;
    out.push(l === line ? gutter + text : paint.dim(gutter + text));
    if (l === line) {
      const endCol = region.end.line === line ? region.end.column : t.length + 1;
      const len = Math.max(1, Math.min(endCol - column, text.length - (column - 1 - shift)));
      out.push(paint.dim(`  ${' '.repeat(width)} | `) + ' '.repeat(Math.max(0, column - 1 - shift)) + paint.caret('^'.repeat(len)));
    }
  }
  return out.join('\n');
}
