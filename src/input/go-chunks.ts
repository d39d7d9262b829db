/**
 * Step 1 of reading YAML as kubectl does (goyaml.ts): k8s.io/apimachinery util/yaml's YAMLReader splits
 * the stream into chunks line by line, or a file that starts with `{` is a JSON stream; and YAML 1.1's
 * line breaks (a lone CR, NEL, LS, PS), which go-yaml reads as `\n`.
 */

export interface Chunk {
  /** Offsets of the chunk's text in the file (separator lines excluded). */
  start: number;
  end: number;
  /** YAMLReader keeps a `---` line as the chunk's first line (it came when its buffer was empty): go-yaml reads it. */
  keptSeparator?: true;
}

/** What the separator check leaves: `---` then only white space (Go's unicode.IsSpace) or a comment. */
const SEPARATOR_REST = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*(?:#.*)?$/s;

export interface Chunks {
  chunks: Chunk[];
  /** A `---` line kubectl refuses (it stops reading the file there): its offset. */
  badSeparator?: number;
  /**
   * Places where kubectl's reading cannot be reproduced with certainty (fail closed, LP007): a `---`
   * line with a YAML 1.1-only line break in it (YAMLReader splits lines at `\n` only and keeps such a
   * line in the next chunk, where go-yaml reads what follows the break as content: `--- # x<NEL>hostPID:
   * true` sets hostPID), and a byte order mark after the start of the file (kubectl reads it as part
   * of the text: `<BOM>apiVersion` is another key). Both found by the kubectl differential test.
   */
  ambiguous?: { at: number; what: string }[];
  /**
   * `---` lines that YAMLReader keeps as the first line of a chunk, where go-yaml reads them as text
   * (their offsets): see kubectlChunks.
   */
  textSeparators?: number[];
}

/** Go's unicode.IsSpace (not JavaScript's \s, which has U+FEFF too). */
const GO_SPACES = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/;

/** The window in which kubectl looks for a JSON stream's `{`: GuessJSONStream peeks this many bytes. */
const JSON_PEEK_BYTES = 4096;

/**
 * Whether kubectl reads `text` as a JSON stream: apimachinery util/yaml's YAMLOrJSONDecoder (made by
 * cli-runtime's StreamVisitor with a 4096-byte buffer) calls GuessJSONStream, which peeks at the
 * first 4096 bytes of the UTF-8 text, trims unicode.IsSpace from their start and checks for `{`. So
 * the `{` must be within those bytes: after 4096 bytes of white space the file is YAML to kubectl
 * (it read `{…}` as a YAML flow mapping, and lines after it with YAML 1.1's line breaks), and a
 * JSON reading hid a privileged container behind a NEL in the YAML that followed (checked with
 * kubectl 1.32).
 */
export function isJsonStream(text: string): boolean {
  const ws = GO_SPACES.exec(text)![0].length;
  if (text.charCodeAt(ws) !== 123 /* { */) return false;
  return ws < JSON_PEEK_BYTES && Buffer.byteLength(text.slice(0, ws), 'utf8') < JSON_PEEK_BYTES;
}

/**
 * The chunks YAMLReader cuts `text` into (kubectl's document boundaries), or undefined for a JSON
 * stream (isJsonStream: kubectl reads it with encoding/json, not chunk by chunk: go-json.ts) unless
 * `asYaml` (a Helm template that starts with `{{`: parse.ts).
 */
export function kubectlChunks(text: string, asYaml = false): Chunks | undefined {
  if (!asYaml && isJsonStream(text)) return undefined;
  const chunks: Chunk[] = [];
  let badSeparator: number | undefined;
  const ambiguous: { at: number; what: string }[] = [];
  for (let b = text.indexOf('\ufeff', 1); b !== -1; b = text.indexOf('\ufeff', b + 1)) {
    ambiguous.push({ at: b, what: 'a byte order mark (U+FEFF) after the start of the file: kubectl reads it as part of the text (`<BOM>apiVersion` is another key); remove it' });
  }
  const textSeparators: number[] = [];
  let start = 0;
  let p = 0;
  const n = text.length;
  // YAMLReader's buffer is empty: a separator line then does not end a chunk but is written into the
  // buffer as the chunk's first line (apimachinery util/yaml decoder.go, YAMLReader.Read), so go-yaml
  // reads it. Where `---` is not followed by a space, a tab or the line's end (`---#x`, `---<U+00A0>`),
  // go-yaml reads the line as text, not as a document marker: kubectl 1.32 refuses
  // `---#x⏎apiVersion: v1⏎…` ("mapping values are not allowed in this context") at the start of a
  // file or right after a separator, and reads the same lines anywhere else as a separator.
  let bufferEmpty = true;
  let kept = false;
  while (p < n) {
    const nl = text.indexOf('\n', p);
    const next = nl === -1 ? n : nl + 1;
    if (text.charCodeAt(p) === 45 && text.startsWith('---', p)) {
      const rest = text.slice(p + 3, nl === -1 ? n : nl);
      if (SEPARATOR_REST.test(rest)) {
        if (p > start) chunks.push({ start, end: p, ...(kept ? { keptSeparator: true as const } : {}) });
        kept = false;
        // (the file's last line, without a line end: YAMLReader returns io.EOF there, writing nothing)
        if (bufferEmpty && nl !== -1) {
          const r = rest.replace(/\r$/, '');
          if (r !== '' && !YAML11_BREAKS_IN_LINE.test(r) && !/^[ \t]+(?:#.*)?$/.test(r)) textSeparators.push(p);
          kept = true;
        }
        bufferEmpty = !bufferEmpty;
        start = next;
        // (a CR just before the `\n` is a CRLF line end, which both read alike)
        const br = (nl !== -1 && rest.endsWith('\r') ? rest.slice(0, -1) : rest).search(YAML11_BREAKS_IN_LINE);
        if (br !== -1) ambiguous.push({ at: p + 3 + br, what: 'a line break other than `\\n` on a `---` line: kubectl reads what follows it as part of the next document' });
      } else if (badSeparator === undefined) {
        badSeparator = p;
      }
    } else bufferEmpty = false;
    p = next;
  }
  if (n > start) chunks.push({ start, end: n, ...(kept ? { keptSeparator: true as const } : {}) });
  return { chunks, ...(badSeparator !== undefined ? { badSeparator } : {}), ...(ambiguous.length ? { ambiguous } : {}), ...(textSeparators.length ? { textSeparators } : {}) };
}

/** Inside one line (up to its `\n`): any CR, NEL, LS or PS. */
const YAML11_BREAKS_IN_LINE = /[\r\u0085\u2028\u2029]/;

/** YAML 1.1 line breaks that the `yaml` package (YAML 1.2) reads as ordinary characters. */
export const YAML11_BREAKS = /\r(?!\n)|[\u0085\u2028\u2029]/;
const YAML11_BREAKS_G = /\r(?!\n)|[\u0085\u2028\u2029]/g;

/**
 * `text` with every YAML 1.1 line break that YAML 1.2 does not know (lone CR, NEL, LS, PS) written as
 * `\n`, one character for one: offsets do not change. go-yaml reads a lone CR and NEL as `\n` inside
 * scalars too; LS and PS it keeps in scalars, so `breaksInScalars` tells where that matters.
 */
export function yaml11Breaks(text: string): string {
  return YAML11_BREAKS.test(text) ? text.replace(YAML11_BREAKS_G, '\n') : text;
}
