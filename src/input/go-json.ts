/**
 * A JSON stream as kubectl reads it: where each value starts and ends, and where (and why) kubectl
 * stops reading the file.
 *
 * kubectl reads a file whose first non-space character is `{` (goyaml.ts isJsonStream) with Go's
 * encoding/json Decoder, value after value (k8s.io/apimachinery pkg/util/yaml/decoder.go,
 * YAMLOrJSONDecoder; cli-runtime pkg/resource/visitor.go, StreamVisitor). The Decoder checks each
 * value with encoding/json's scanner (src/encoding/json/scanner.go) before anything is decoded, so
 * the first byte the scanner refuses ends the stream: the values before it are applied, the value it
 * is in and everything after it are not, and `kubectl apply` fails with
 * `error parsing FILE: json: offset N: invalid character 'x' …` (N counts the bytes read, the refused
 * one included) or `unexpected EOF` (checked with kubectl 1.32). The `yaml` package is far more
 * lenient (`{a: b}`, `[1,]`, comments, tabs in strings are YAML), so the stream's shape is taken from
 * this scanner alone, never from a YAML reading of the same text.
 *
 * This is a scanner written from the grammar in RFC 8259 and the error texts of encoding/json, not
 * a copy of Go's code: it works on the decoded text (characters, not bytes), which is the same for
 * every character the grammar names (all ASCII); other characters are allowed only inside strings.
 */

export interface JsonStreamScan {
  /** The values read before any error, each [start, end) as offsets into the text. */
  values: { start: number; end: number }[];
  /** Where kubectl stops with an error (an offset into the text), and encoding/json's message. */
  error?: { at: number; message: string };
  /** The offset where nesting first went past `maxDepth` (then nothing after it is read). */
  tooDeep?: number;
  /** Reading stopped after `maxValues` values (the rest is not looked at). */
  truncated?: boolean;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);

/**
 * How encoding/json names a refused byte in its message (quoteChar: Go's strconv.Quote of the byte
 * as a rune, between single quotes). For a character outside ASCII, Go refuses its first UTF-8 byte.
 */
function quoteChar(text: string, at: number): string {
  let c = text.codePointAt(at)!;
  if (c >= 0x80) c = Buffer.from(String.fromCodePoint(c), 'utf8')[0]!;
  if (c === 39) return "'\\''";
  if (c === 34) return "'\"'";
  const named: Record<number, string> = { 7: '\\a', 8: '\\b', 12: '\\f', 10: '\\n', 13: '\\r', 9: '\\t', 11: '\\v', 92: '\\\\' };
  if (named[c]) return `'${named[c]}'`;
  if (c < 0x20 || c === 0x7f) return `'\\x${c.toString(16).padStart(2, '0')}'`;
  // (a byte 0x80–0xFF as a rune is U+0080–U+00FF: Go prints the printable ones as they are)
  if ((c >= 0x80 && c <= 0xa0) || c === 0xad) return `'\\u00${c.toString(16).padStart(2, '0')}'`;
  return `'${String.fromCharCode(c)}'`;
}

type Frame = 'key' | 'value' | 'array';

/**
 * Scans the JSON stream `text` from `from` (after the leading white space GuessJSONStream trims, which
 * may hold Unicode spaces encoding/json refuses: they are its first error). Linear in the text; no
 * recursion, so nesting costs no stack.
 */
export function scanJsonStream(text: string, from = 0, maxValues = Infinity, maxDepth = Infinity): JsonStreamScan {
  const out: JsonStreamScan = { values: [] };
  const n = text.length;
  let i = from;
  const fail = (at: number, context: string): JsonStreamScan => {
    out.error = at >= n ? { at: Math.max(0, n - 1), message: 'unexpected EOF' } : { at, message: `invalid character ${quoteChar(text, at)} ${context}` };
    return out;
  };
  for (;;) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) return out;
    if (out.values.length >= maxValues) {
      out.truncated = true;
      return out;
    }
    const start = i;
    const stack: Frame[] = [];
    // one value: `expect` is what may come next
    let expectValue = true;
    for (;;) {
      if (expectValue) {
        while (i < n && isSpace(text.charCodeAt(i))) i++;
        if (i >= n) return fail(n, '');
        const c = text.charCodeAt(i);
        if (c === 123 /* { */ || c === 91 /* [ */) {
          if (stack.length >= maxDepth) {
            out.tooDeep = i;
            return out;
          }
          i++;
          while (i < n && isSpace(text.charCodeAt(i))) i++;
          if (c === 123) {
            if (text.charCodeAt(i) === 125 /* } */) {
              i++;
              expectValue = false;
            } else {
              if (i >= n) return fail(n, '');
              if (text.charCodeAt(i) !== 34) return fail(i, 'looking for beginning of object key string');
              stack.push('key');
              const e = scanString(text, i);
              if (typeof e !== 'number') return fail(e.at, e.context);
              i = e;
              expectValue = false;
            }
          } else if (text.charCodeAt(i) === 93 /* ] */) {
            i++;
            expectValue = false;
          } else {
            stack.push('array');
            continue; // a value comes next
          }
        } else if (c === 34 /* " */) {
          const e = scanString(text, i);
          if (typeof e !== 'number') return fail(e.at, e.context);
          i = e;
          expectValue = false;
        } else if (c === 45 /* - */ || isDigit(c)) {
          const e = scanNumber(text, i);
          if (typeof e !== 'number') return fail(e.at, e.context);
          i = e;
          expectValue = false;
        } else if (c === 116 || c === 102 || c === 110 /* t f n */) {
          const word = c === 116 ? 'true' : c === 102 ? 'false' : 'null';
          for (let k = 1; k < word.length; k++) {
            if (i + k >= n) return fail(n, '');
            if (text[i + k] !== word[k]) return fail(i + k, `in literal ${word} (expecting '${word[k]}')`);
          }
          i += word.length;
          expectValue = false;
        } else {
          return fail(i, 'looking for beginning of value');
        }
      }
      // after a value: close, separate, or (at the top) the value is done
      if (stack.length === 0) break;
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      if (i >= n) return fail(n, '');
      const c = text.charCodeAt(i);
      const top = stack[stack.length - 1]!;
      if (top === 'key') {
        if (c !== 58 /* : */) return fail(i, 'after object key');
        stack[stack.length - 1] = 'value';
        i++;
        expectValue = true;
      } else if (top === 'value') {
        if (c === 44 /* , */) {
          i++;
          while (i < n && isSpace(text.charCodeAt(i))) i++;
          if (i >= n) return fail(n, '');
          if (text.charCodeAt(i) !== 34) return fail(i, 'looking for beginning of object key string');
          const e = scanString(text, i);
          if (typeof e !== 'number') return fail(e.at, e.context);
          i = e;
          stack[stack.length - 1] = 'key';
        } else if (c === 125 /* } */) {
          stack.pop();
          i++;
        } else return fail(i, 'after object key:value pair');
      } else if (c === 44) {
        i++;
        expectValue = true;
      } else if (c === 93 /* ] */) {
        stack.pop();
        i++;
      } else return fail(i, 'after array element');
    }
    out.values.push({ start, end: i });
  }
}

type ScanError = { at: number; context: string };

/** End of the string whose opening quote is at `i`, or where encoding/json refuses it. */
function scanString(text: string, i: number): number | ScanError {
  const n = text.length;
  for (i++; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) return i + 1;
    if (c < 0x20) return { at: i, context: 'in string literal' };
    if (c !== 92 /* \ */) continue;
    i++;
    if (i >= n) break;
    const e = text.charCodeAt(i);
    if (e === 117 /* u */) {
      for (let k = 1; k <= 4; k++) {
        if (i + k >= n) return { at: n, context: '' };
        if (!isHex(text.charCodeAt(i + k))) return { at: i + k, context: 'in \\u hexadecimal character escape' };
      }
      i += 4;
    } else if (!'"\\/bfnrt'.includes(text[i]!)) return { at: i, context: 'in string escape code' };
  }
  return { at: n, context: '' };
}

/**
 * End of the number starting at `i`, or where encoding/json refuses it. A number ends at the first
 * character that cannot continue it (`01` is the numbers 0 and 1 at the top of the stream).
 */
function scanNumber(text: string, i: number): number | ScanError {
  const n = text.length;
  const at = (k: number) => (k < n ? text.charCodeAt(k) : -1);
  if (at(i) === 45) {
    i++;
    if (i >= n) return { at: n, context: '' };
    if (!isDigit(at(i))) return { at: i, context: 'in numeric literal' };
  }
  if (at(i) === 48) i++;
  else while (isDigit(at(i))) i++;
  if (at(i) === 46 /* . */) {
    i++;
    if (i >= n) return { at: n, context: '' };
    if (!isDigit(at(i))) return { at: i, context: 'after decimal point in numeric literal' };
    while (isDigit(at(i))) i++;
  }
  if (at(i) === 101 || at(i) === 69 /* e E */) {
    i++;
    if (at(i) === 43 || at(i) === 45) i++;
    if (i >= n) return { at: n, context: '' };
    if (!isDigit(at(i))) return { at: i, context: 'in exponent of numeric literal' };
    while (isDigit(at(i))) i++;
  }
  return i;
}

/** kubectl's words for the error: `json: offset N: …` counts UTF-8 bytes read, the refused one too. */
export function kubectlJsonError(text: string, error: { at: number; message: string }): string {
  if (error.message === 'unexpected EOF') return error.message;
  return `json: offset ${Buffer.byteLength(text.slice(0, error.at), 'utf8') + 1}: ${error.message}`;
}
