/**
 * Pretty-printed JSON, exactly as `JSON.stringify(value, null, 2) + '\n'` writes it, in pieces: one
 * array of the document (the findings, the SARIF results) is written item by item, so that a large
 * report is never built as one string, nor its items as one array, in memory (bench/RESULTS.md,
 * finding 15). test/report-chunks.test.ts holds it to `JSON.stringify`.
 */

/** Stands in `template` for the array whose items are streamed. */
export const STREAMED = '\u0000leastpriv:streamed-array\u0000';

/**
 * `template` is the document with STREAMED (once) where the array goes; `items` are that array's
 * items, made as they are written. Items must be JSON values other than `undefined`.
 */
export function* jsonChunks(template: unknown, items: Iterable<unknown>): Generator<string> {
  const whole = JSON.stringify(template, null, 2) + '\n';
  const marker = JSON.stringify(STREAMED);
  const at = whole.indexOf(marker);
  if (at === -1 || whole.indexOf(marker, at + 1) !== -1) throw new Error('jsonChunks: the template must hold STREAMED exactly once');
  const head = whole.slice(0, at);
  const indent = /^ */.exec(head.slice(head.lastIndexOf('\n') + 1))![0];
  const pad = indent + '  ';
  yield head;
  let first = true;
  for (const item of items) {
    // (JSON strings escape line feeds, so every '\n' here is between lines of the item's layout)
    yield (first ? '[\n' : ',\n') + pad + JSON.stringify(item, null, 2).replaceAll('\n', '\n' + pad);
    first = false;
  }
  yield (first ? '[]' : '\n' + indent + ']') + whole.slice(at + marker.length);
}

/** All the chunks as one string (the non-streaming reporters' result). */
export function joinChunks(chunks: Iterable<string>): string {
  let s = '';
  for (const c of chunks) s += c;
  return s;
}

/** `list.map(f)`, one item at a time as it is iterated. */
export function* lazyMap<T, U>(list: Iterable<T>, f: (x: T) => U): Generator<U> {
  for (const x of list) yield f(x);
}
