/**
 * Which YAML errors of a document are reported, and how they are worded.
 * After the first syntax error the parser's later errors are mostly consequences of it (a stray
 * indent yields dozens), so only the first is reported, with a count of the rest. Duplicate keys
 * are independent of each other: when they are all a document has, each is reported, naming the
 * key and where it was first set.
 */
import type { Document, YAMLError } from 'yaml';
import { yamlLib } from './yaml-lib.ts';
import type { SourceFile } from './types.ts';

/**
 * Where an error is shown. The parser often places an error at the end of the previous line or at
 * the start of an indented line; the token at fault is the next non-blank character, so the start
 * moves there (never past the end of the file's last token).
 */
export function errorRange(text: string, [start, end]: [number, number]): [number, number] {
  let s = start;
  while (s < text.length && /[ \t\r\n]/.test(text[s]!)) s++;
  if (s >= text.length) s = Math.min(start, Math.max(text.length - 1, 0));
  return [s, Math.max(end, s + 1)];
}

export function reportedErrors(errors: readonly YAMLError[]): YAMLError[] {
  if (errors.every((e) => e.code === 'DUPLICATE_KEY')) return [...errors];
  return [errors[0]!];
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** The key a DUPLICATE_KEY error points at, and the line where the same mapping first set it. */
function duplicate(err: YAMLError, doc: Document.Parsed, source: SourceFile): { key: string; firstLine?: number } | undefined {
  const { isMap, isScalar, visit } = yamlLib();
  let hit: { key: string; firstLine?: number } | undefined;
  visit(doc, {
    Map(_k, map) {
      if (!isMap(map)) return undefined;
      const seen = new Map<string, number>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const key = String(pair.key.value);
        if (pair.key.range[0] === err.pos[0]) {
          const first = seen.get(key);
          hit = { key, ...(first !== undefined ? { firstLine: source.lineCounter.linePos(first).line } : {}) };
          return visit.BREAK;
        }
        if (!seen.has(key)) seen.set(key, pair.key.range[0]);
      }
      return undefined;
    },
  });
  return hit;
}

export function describeError(err: YAMLError, doc: Document.Parsed, source: SourceFile, all: readonly YAMLError[] = doc.errors): string {
  if (err.code === 'DUPLICATE_KEY') {
    const d = duplicate(err, doc, source);
    if (d) {
      const where = d.firstLine !== undefined ? ` (first set on line ${d.firstLine})` : '';
      return `duplicate key \`${d.key}\`${where}: kustomize and Flux refuse the document, and kubectl silently keeps only one value. Remove one, or add the missing \`---\` if two objects ran together.`;
    }
  }
  const rest = all.length - reportedErrors(all).length;
  return firstLine(err.message) + (rest > 0 ? ` (${rest} more error${rest === 1 ? '' : 's'} in this document, probably caused by this one)` : '');
}
