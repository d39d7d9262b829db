/**
 * YAML comments by line, for justifications and suppressions. Works on the text: the comment of a
 * line is what follows a `#` that starts the line or follows white space, outside quotes.
 */
import type { SourceFile } from '../input/types.ts';

export function lineText(file: SourceFile, line: number): string | undefined {
  const starts = file.lineCounter.lineStarts;
  const s = starts[line - 1];
  if (s === undefined) return undefined;
  const next = starts[line];
  let e = next === undefined ? file.text.length : next - 1;
  if (e > s && file.text.charCodeAt(e - 1) === 13) e--;
  return file.text.slice(s, e);
}

/** Column (0-based) where the comment of a line starts, or -1. */
export function commentStart(line: string): number {
  let q: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (q) {
      if (q === '"' && c === '\\') i++;
      else if (c === q) q = undefined;
      continue;
    }
    if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) return i;
    if ((c === '"' || c === "'") && (i === 0 || /[\s:\-[{,]/.test(line[i - 1]!))) q = c;
  }
  return -1;
}

const DIRECTIVE = /#\s*(?:leastpriv-ignore\b|expect:)/;

/** The free-text part of a line's comment: leastpriv directives and fixture markers are cut off. */
export function freeComment(line: string): string | undefined {
  const at = commentStart(line);
  if (at === -1) return undefined;
  let text = line.slice(at);
  const d = DIRECTIVE.exec(text);
  if (d) text = text.slice(0, d.index);
  text = text.replace(/^#+\s*/, '').trim();
  return text || undefined;
}

/**
 * The comment written for a node on `line`: on the line itself, or alone on the line above — unless
 * the node's line opens a document (`--- {…}`): a comment above a document marker belongs between
 * documents, not to a field.
 */
export function commentForLine(file: SourceFile, line: number): string | undefined {
  const own = lineText(file, line);
  const c = own === undefined ? undefined : freeComment(own);
  if (c) return c;
  if (own !== undefined && own.startsWith('---')) return undefined;
  const above = lineText(file, line - 1);
  if (above !== undefined && /^\s*#/.test(above)) return freeComment(above);
  return undefined;
}
