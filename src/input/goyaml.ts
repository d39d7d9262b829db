/**
 * Reading YAML the way kubectl does, checked against kubectl 1.32 (test/input/kubectl-decode.test.ts
 * holds both readers to `kubectl annotate --local -f FILE -o json`).
 *
 * kubectl reads a file in three steps, and a manifest is what comes out of all three:
 * 1. k8s.io/apimachinery util/yaml YAMLReader splits the stream into chunks, line by line (lines end at
 *    `\n` only): a line that starts with `---` ends a chunk when the rest of it is white space or a
 *    comment, and is an error ("invalid Yaml document separator") otherwise. A file whose first
 *    non-space character is `{`, in its first 4096 bytes, is read as a JSON stream instead, without chunks.
 * 2. go-yaml v2 (YAML 1.1) reads the *first* document of each chunk and nothing after it (a `...` or a
 *    marker after a YAML 1.1 line break ends it). YAML 1.1 line breaks include a lone CR, NEL (U+0085),
 *    LS (U+2028) and PS (U+2029); scalars resolve as go-yaml's resolve.go does (`0o17` and `1_0.5` are
 *    numbers, `1:20` and timestamps are strings); merge keys (`<<`) apply in key order, so a `<<`
 *    after an explicit key overrides it; a key written twice keeps its last value; tags on
 *    collections are ignored, local tags leave a scalar a string, and `!!int`/`!!bool`/… must match.
 * 3. sigs.k8s.io/yaml turns go-yaml's map into JSON: keys become strings (`true`, `15`), a null or
 *    collection key is an error, and two keys of different types with the same text (`1` and `"1"`)
 *    collide in an order Go's map iteration picks at random.
 *
 * Step 1 is go-chunks.ts; scalars as go-yaml resolves them are go-scalars.ts (the fast reader resolves
 * its scalars with `goResolvePlain` too, and gives up on everything else above). This module does the
 * rest of step 2 and step 3 on top of the `yaml` package's syntax tree: `goDocumentValue` turns a
 * parsed document into the plain value kubectl would decode, or throws a `DecodeError` (kubectl
 * cannot decode it) or an `AmbiguousError` (kubectl's reading is not deterministic, or is one the
 * `yaml` package cannot reproduce here), go-errors.ts: both are error findings.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Document, Node as YamlNode } from 'yaml';
import { yamlLib } from './yaml-lib.ts';
import { AmbiguousError, DecodeError, LimitError } from './go-errors.ts';
import { goScalar, goScalarTagged, INT, MERGE } from './go-scalars.ts';

// ---- steps 2 and 3: documents ----

/** A key written twice in one mapping (kubectl keeps the later value). */
export interface DuplicateKey {
  key: string;
  /** Offset of the later key, and of the one before it. */
  at: number;
  first: number;
  /** Both values are the same: whichever is kept, the object is the same. */
  sameValue: boolean;
}

export interface GoDecodeOptions {
  /** Alias expansions allowed in the document. */
  maxAliasCount: number;
  /** The text the document was parsed from (for offsets and escapes), and where it sits in the file. */
  text: string;
  base: number;
  /**
   * The document is a value of a JSON stream (a file whose first non-space character is `{`):
   * kubectl decodes it with encoding/json, not go-yaml, so `\/` is an escape like any other.
   */
  json?: boolean;
  /** The `yaml` package's node tests (default: the loader's copy, yaml-lib.ts). */
  lib?: Pick<typeof import('yaml'), 'isAlias' | 'isMap' | 'isScalar' | 'isSeq'>;
}

export interface GoDecoded {
  value: unknown;
  duplicates: DuplicateKey[];
}

/** Escapes go-yaml's scanner knows in double-quoted scalars (`\/` is not one of them). */
const GO_ESCAPES = new Set(['0', 'a', 'b', 't', '\t', 'n', 'v', 'f', 'r', 'e', ' ', '"', "'", '\\', 'N', '_', 'L', 'P', 'x', 'u', 'U', '\n', '\r']);

type GoKey = { json: string; type: string };

/**
 * Whether text[s, e) is a whole quoted scalar as written: its opening quote, then only escaped quotes
 * (`''`, or `\"` and other `\` escapes), then its closing quote at e - 1. A loop, not a regexp: a
 * regexp of alternatives overflows the stack on a scalar of megabytes.
 */
function quotedToEnd(text: string, s: number, e: number): boolean {
  const q = text.charCodeAt(s);
  if (e - s < 2 || text.charCodeAt(e - 1) !== q) return false;
  for (let i = s + 1; i < e - 1; i++) {
    const c = text.charCodeAt(i);
    if (q === 39 /* ' */ && c === 39) {
      if (text.charCodeAt(i + 1) !== 39 || i + 1 >= e - 1) return false;
      i++;
    } else if (q === 34 /* " */ && (c === 92 /* \ */ || c === 34)) {
      if (c === 34 || i + 1 >= e - 1) return false;
      i++;
    }
  }
  return true;
}

/** go-yaml's escapes in double-quoted scalars (scannerc.go, yaml_parser_scan_flow_scalar) and what they write. */
const GO_ESCAPE_VALUES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', "'": "'", '\\': '\\',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/**
 * The double-quoted scalar text[s, e) (quotes included, closed: quotedToEnd) as go-yaml v2 reads it:
 * yaml_parser_scan_flow_scalar in scannerc.go, step for step. Used where the `yaml` package reads it
 * differently: after an escaped line break (`\` at the end of a line) go-yaml keeps each empty line
 * that follows as a line feed (`"a\⏎⏎  b"` is `a\nb`), where the `yaml` package folds the first
 * one into a space (`a b`; found by comparing with kubectl 1.32). Line breaks in `text` are `\n` or
 * `\r\n` (go-chunks.ts yaml11Breaks). Throws DecodeError where go-yaml refuses an escape.
 */
function goDoubleQuoted(text: string, s: number, e: number, base: number): string {
  const end = e - 1;
  const blank = (c: string | undefined) => c === ' ' || c === '\t';
  const lineBreak = (c: string | undefined) => c === '\n' || c === '\r';
  const breakLength = (i: number) => (text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1);
  let out = '';
  let i = s + 1;
  for (;;) {
    // non-blank characters, escapes, and an escaped line break (which starts the blanks)
    let leadingBlanks = false;
    while (i < end && !blank(text[i]) && !lineBreak(text[i])) {
      const c = text[i]!;
      if (c !== '\\') {
        // a run of plain characters at once (one at a time took seconds on a string of megabytes)
        let j = i + 1;
        while (j < end && !blank(text[j]) && !lineBreak(text[j]) && text[j] !== '\\') j++;
        out += text.slice(i, j);
        i = j;
        continue;
      }
      const x = text[i + 1]!;
      if (lineBreak(x)) {
        i += 1 + breakLength(i + 1);
        leadingBlanks = true;
        break;
      }
      const len = HEX_LENGTH[x];
      if (len === undefined) {
        const v = GO_ESCAPE_VALUES[x];
        if (v === undefined) throw new DecodeError(`unknown escape \`\\${x}\` in a double-quoted string: go-yaml (kubectl) refuses it`, base + i);
        out += v;
        i += 2;
        continue;
      }
      const hex = text.slice(i + 2, i + 2 + len);
      const cp = /^[0-9a-fA-F]+$/.test(hex) && hex.length === len ? parseInt(hex, 16) : NaN;
      if (!(cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff)) throw new DecodeError('invalid Unicode escape in a double-quoted string: go-yaml (kubectl) refuses it', base + i);
      out += String.fromCodePoint(cp);
      i += 2 + len;
    }
    if (i >= end) return out;
    // blanks and line breaks, then joined as go-yaml joins them
    let whitespace = '';
    let leadingBreak = false;
    let trailingBreaks = '';
    while (i < end && (blank(text[i]) || lineBreak(text[i]))) {
      if (blank(text[i])) {
        if (!leadingBlanks) whitespace += text[i];
        i++;
        continue;
      }
      if (!leadingBlanks) {
        whitespace = '';
        leadingBreak = true;
        leadingBlanks = true;
      } else {
        trailingBreaks += '\n';
      }
      i += breakLength(i);
    }
    if (!leadingBlanks) out += whitespace;
    else if (leadingBreak) out += trailingBreaks === '' ? ' ' : trailingBreaks;
    else out += trailingBreaks;
  }
}

/** A line break right after a backslash (not itself escaped) in text[s, e): an escaped line break. */
function hasEscapedBreak(text: string, s: number, e: number): boolean {
  for (let i = s; i < e - 1; i++) {
    if (text.charCodeAt(i) !== 92) continue;
    const c = text.charCodeAt(i + 1);
    if (c === 10 || c === 13) return true;
    i++;
  }
  return false;
}

/**
 * The value kubectl decodes from a parsed document (parsed with merge: false and uniqueKeys: false,
 * from text with YAML 1.1 line breaks written as `\n`): go-yaml v2 semantics, then sigs.k8s.io/yaml's
 * JSON conversion. Throws DecodeError / AmbiguousError (see the file comment).
 */
export function goDocumentValue(doc: Document.Parsed, opts: GoDecodeOptions): GoDecoded {
  const { isAlias, isMap, isScalar, isSeq } = opts.lib ?? yamlLib();
  const duplicates: DuplicateKey[] = [];
  const { text, base } = opts;
  let aliases = 0;
  let expanded = 0;
  const open = new Set<unknown>();
  const at = (n: unknown) => base + ((n as YamlNode | null)?.range?.[0] ?? 0);

  const checkEscapes = (n: YamlNode) => {
    const [s, e] = n.range!;
    for (let i = s; i < e; i++) {
      if (text.charCodeAt(i) !== 92) continue;
      const c = text[i + 1]!;
      if (!GO_ESCAPES.has(c) && !(opts.json && c === '/')) throw new DecodeError(`unknown escape \`\\${c}\` in a double-quoted string: go-yaml (kubectl) refuses it`, base + i);
      // go-yaml decodes each \u and \U escape alone and refuses a surrogate (scannerc.go,
      // yaml_parser_scan_flow_scalar: "found invalid Unicode character escape code"), so kubectl 1.32
      // refuses `"\ud83d\ude00"`, which the `yaml` package reads as one emoji; JSON has pairs
      if (!opts.json && (c === 'u' || c === 'U')) {
        const cp = parseInt(text.slice(i + 2, i + (c === 'u' ? 6 : 10)), 16);
        if ((cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) throw new DecodeError('a Unicode escape of a surrogate or past U+10FFFF in a double-quoted string: go-yaml (kubectl) refuses it ("found invalid Unicode character escape code"). Write the character itself, or its \\U escape', base + i);
      }
      i++;
    }
  };

  /**
   * A quoted scalar (value or key) as written: its escapes (double-quoted), and that it ends at its
   * closing quote. The `yaml` package's lexer ends a quoted scalar early, at a line break, when the
   * next line is indented less than it expects ("unexpected unindent": lexer.js parseQuotedScalar),
   * and reports a missing closing quote only when the character before that break is not a quote:
   * `'/x''` (an escaped quote) or `"/x\"` then a less indented line pass as closed. go-yaml does not
   * check the indentation of a quoted scalar's continuation lines (scannerc.go,
   * yaml_parser_scan_flow_scalar) and reads on to the real closing quote, so the lines between are
   * text to kubectl and keys to the `yaml` package: `<<: {securityContext: {privileged: false}}`
   * there hid a privileged container (checked with kubectl 1.32).
   */
  const checkQuoted = (n: YamlNode & { type?: string }) => {
    if (n.type === 'QUOTE_DOUBLE') checkEscapes(n);
    else if (n.type !== 'QUOTE_SINGLE') return;
    const [s, e] = n.range!;
    if (!quotedToEnd(text, s, e)) {
      throw new AmbiguousError(
        'a quoted string whose next line is indented less than the string: kubectl (go-yaml) reads the string on to its closing quote, taking in the lines between, where the YAML parser used here ends it and reads those lines as keys. Indent its continuation lines more than its key, or write it on one line',
        base + s,
      );
    }
  };

  /**
   * A block scalar with an indentation indicator (`|2`, `>-1`): go-yaml reads a line of white space
   * longer than that indentation as a content line of the spaces past it (scannerc.go,
   * yaml_parser_scan_block_scalar_breaks stops at the indentation), the `yaml` package as an empty
   * line (`|1` over a line of 4 spaces at indentation 3 is " \n" to kubectl 1.32, "" here). The
   * indentation is the enclosing collection's plus the indicator; the indentation of the header's
   * line stands for the collection's (it is never more), so this may fail closed on a few blocks
   * that read the same. No manifest of the shared corpus has an indentation indicator.
   */
  const checkBlockIndent = (n: YamlNode & { type?: string }) => {
    const [s, e] = n.range!;
    const digit = /^[|>][-+]?([1-9])/.exec(text.slice(s, s + 3))?.[1];
    if (digit === undefined) return;
    const lineStart = text.lastIndexOf('\n', s - 1) + 1;
    let lineIndent = 0;
    while (text.charCodeAt(lineStart + lineIndent) === 32) lineIndent++;
    const indent = lineIndent + Number(digit);
    // (the lines of white space after the last line of text are past the node's range: read on to
    // the first line of text indented less than the block)
    for (let p = text.indexOf('\n', s) + 1; p > 0 && p < text.length; p = text.indexOf('\n', p) + 1) {
      const lineEnd = text.indexOf('\n', p);
      const line = text.slice(p, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '');
      const blankLine = /^[ \t]*$/.test(line);
      if (!blankLine && p >= e && /^ */.exec(line)![0].length < indent) break;
      if (blankLine && line.length > indent) {
        throw new AmbiguousError(
          `a line of only white space, longer than the indentation, in a block scalar with an indentation indicator (\`${text.slice(s, s + 2)}\`): kubectl (go-yaml) keeps the white space past the indentation as a line of text, the YAML parser used here reads an empty line. Remove the white space at the end of the line`,
          base + p,
        );
      }
    }
  };

  /**
   * A tab where go-yaml reads a block scalar's indentation: on a line before the first line of text
   * when the indentation is found from that line (no indicator), or on any line before the column of
   * the indentation (scannerc.go, yaml_parser_scan_block_scalar_breaks: "found a tab character where
   * an indentation space is expected"). kubectl 1.32 refuses `x: |⏎   <TAB>b`, which the `yaml`
   * package reads as the text `<TAB>b`. The enclosing collection's indentation is taken from the
   * header's line, as in checkBlockIndent.
   */
  const checkBlockTabs = (n: YamlNode & { type?: string }) => {
    const [s] = n.range!;
    const digit = /^[|>][-+]?([1-9])/.exec(text.slice(s, s + 3))?.[1];
    const lineStart = text.lastIndexOf('\n', s - 1) + 1;
    let parent = 0;
    while (text.charCodeAt(lineStart + parent) === 32) parent++;
    let indent = digit === undefined ? undefined : parent + Number(digit);
    let maxIndent = 0;
    for (let p = text.indexOf('\n', s) + 1; p > 0 && p < text.length; p = text.indexOf('\n', p) + 1) {
      let sp = 0;
      while (text.charCodeAt(p + sp) === 32 && (indent === undefined || sp < indent)) sp++;
      const c = text.charCodeAt(p + sp);
      const blank = Number.isNaN(c) || c === 10 || c === 13;
      if (c === 9 && (indent === undefined || sp < indent)) {
        throw new DecodeError('a tab where a block scalar (`|`, `>`) is indented: go-yaml (kubectl) refuses it ("found a tab character where an indentation space is expected"). Indent with spaces', base + p + sp);
      }
      if (indent === undefined) {
        maxIndent = Math.max(maxIndent, sp);
        if (blank) continue;
        indent = Math.max(maxIndent, parent + 1);
        if (sp < indent) return;
      } else if (sp < indent && !blank) return;
    }
  };

  /**
   * Flow collections the node being read is in. In one, go-yaml takes a `?` as the key indicator
   * whatever follows it (scannerc.go, yaml_parser_fetch_next_token: `?` and flow_level > 0), so
   * kubectl 1.32 reads `{?privileged: true}` as privileged: true and `[?a]` as [{a: null}]; the `yaml`
   * package reads a plain `?privileged` (YAML 1.2 wants a space after the indicator). That hid a
   * privileged container: a plain scalar starting with `?` in a flow collection fails closed.
   */
  let flowDepth = 0;

  /** A scalar's text as go-yaml reads it (checked with checkQuoted first). */
  const scalarSource = (n: YamlNode & { type?: string; source?: unknown; value?: unknown }): string => {
    checkQuoted(n);
    if (flowDepth > 0 && n.type === 'PLAIN' && n.range && text.charCodeAt(n.range[0]) === 63 /* ? */) {
      throw new AmbiguousError(`\`${text.slice(n.range[0], n.range[1]).slice(0, 40)}\` in a flow collection: kubectl (go-yaml) reads the \`?\` as a key indicator (\`{?a: b}\` is \`{a: b}\` to it), not as text. Quote the string, or write \`? \` with a space for a key`, base + n.range[0]);
    }
    // Further on, a `?` ends a plain scalar in a flow collection for go-yaml v2 as `,` does
    // (scannerc.go, yaml_parser_scan_plain_scalar: `,?[]{}` when flow_level > 0), where the `yaml`
    // package reads it as text: kubectl 1.32 refuses `{hostPID: x?y}` and `[a?b]` ("did not find
    // expected ',' or '}'"), a line of a scalar continued after `? ` included
    if (flowDepth > 0 && n.type === 'PLAIN' && n.range) {
      const q = text.indexOf('?', n.range[0] + 1);
      if (q !== -1 && q < n.range[1]) {
        throw new DecodeError(`a \`?\` inside the plain text \`${text.slice(n.range[0], n.range[1]).slice(0, 40)}\` in a flow collection: go-yaml (kubectl) ends the text there and refuses the file ("did not find expected ',' or '}'"). Quote the string`, base + q);
      }
    }
    if (n.type === 'BLOCK_LITERAL' || n.type === 'BLOCK_FOLDED') {
      checkBlockIndent(n);
      checkBlockTabs(n);
    }
    if (n.type === 'QUOTE_DOUBLE' && !opts.json) {
      const [s, e] = n.range!;
      if (hasEscapedBreak(text, s, e)) return goDoubleQuoted(text, s, e, base);
    }
    return typeof n.source === 'string' ? n.source : String(n.value ?? '');
  };

  // the alias written in the document (not inside an anchor) being expanded: a limit is reported
  // there, where the expansion was set off, not deep inside the anchors it goes through
  let outerAlias: number | undefined;
  const target = (n: unknown): unknown => {
    if (!isAlias(n)) return n;
    if (++aliases > opts.maxAliasCount) throw new LimitError(`more than ${opts.maxAliasCount} alias expansions in the document`, outerAlias ?? at(n));
    const t = n.resolve(doc);
    if (!t) throw new DecodeError(`unknown anchor \`${n.source}\``, at(n));
    if (open.has(t)) throw new DecodeError(`anchor \`${n.source}\` contains itself`, at(n));
    return t;
  };

  const value = (node: unknown, viaAlias: boolean): unknown => {
    if (node === null || node === undefined) return null;
    if (!viaAlias && isAlias(node)) {
      outerAlias = at(node);
      const v = value(node, true);
      outerAlias = undefined;
      return v;
    }
    const n = target(node);
    const aliased = viaAlias || n !== node;
    if (aliased && ++expanded > 1_000_000) throw new LimitError('alias expansions make the document too large', outerAlias ?? at(node));
    if (isScalar(n)) {
      const src = scalarSource(n);
      let v = goScalar(src, n.tag, n.type === 'PLAIN' || n.type === undefined, at(n));
      // encoding/json decodes an escaped surrogate without its pair as U+FFFD (kubectl 1.32: `"a\ud800"`
      // is "a\uFFFD"), where JavaScript keeps the lone surrogate
      if (opts.json && typeof v === 'string') v = wellFormed(v);
      // go-yaml decodes `.inf` and `.nan` as floats, which sigs.k8s.io/yaml's JSON writer refuses
      // (encoding/json: "json: unsupported value: +Inf"): kubectl 1.32 stops reading the file there
      if (typeof v === 'number' && !Number.isFinite(v)) throw new DecodeError(`\`${src.slice(0, 20)}\` is a float JSON cannot hold (infinity or not a number): sigs.k8s.io/yaml (kubectl) cannot convert the document ("json: unsupported value")`, at(n));
      return v;
    }
    if (isSeq(n)) {
      open.add(n);
      const flow = n.flow === true;
      if (flow) flowDepth++;
      const out = n.items.map((x) => value(x, aliased));
      if (flow) flowDepth--;
      open.delete(n);
      return out;
    }
    if (isMap(n)) {
      const out = new Map<string, { v: unknown; type: string; at: number }>();
      open.add(n);
      mapping(n, out, aliased, true);
      open.delete(n);
      const obj: Record<string, unknown> = {};
      for (const [k, e] of out) {
        if (k === '__proto__') Object.defineProperty(obj, k, { value: e.v, enumerable: true, writable: true, configurable: true });
        else obj[k] = e.v;
      }
      return obj;
    }
    throw new DecodeError('unsupported YAML node', at(n));
  };

  const goKey = (k: unknown): GoKey => {
    const n = target(k);
    if (isScalar(n)) {
      const src = scalarSource(n);
      const [v, rtag] = goScalarTagged(src, n.tag, n.type === 'PLAIN' || n.type === undefined, at(n));
      if (typeof v === 'string') return { json: opts.json ? wellFormed(v) : v, type: 's' };
      if (typeof v === 'boolean') return { json: String(v), type: 'b' };
      if (typeof v === 'number' && rtag === INT && Number.isSafeInteger(v)) return { json: String(v), type: 'i' };
      if (v === null) throw new DecodeError('a null key: sigs.k8s.io/yaml (kubectl) cannot turn it into JSON', at(n));
      throw new AmbiguousError(`the key \`${src}\` is a float: kubectl writes it as Go's float32 text, not checked here`, at(n));
    }
    throw new DecodeError('a mapping or sequence used as a key: kubectl cannot decode it', at(n));
  };

  const isMerge = (k: unknown): boolean =>
    isScalar(k) && k.source === '<<' && ((k.type === 'PLAIN' && (k.tag === undefined || k.tag === '!')) || k.tag === MERGE);

  const put = (out: Map<string, { v: unknown; type: string; at: number }>, key: GoKey, v: unknown, keyAt: number, explicit: boolean) => {
    const prev = out.get(key.json);
    if (prev && prev.type !== key.type) {
      throw new AmbiguousError(`the keys \`${key.json}\` (line of the earlier one differs in type: string, number or boolean) collide in JSON; kubectl keeps one of them at random`, keyAt);
    }
    if (prev && explicit && prev.at >= 0) duplicates.push({ key: key.json, at: keyAt, first: prev.at, sameValue: isDeepStrictEqual(prev.v, v) });
    // re-inserted so the key order follows the last write, as JSON from Go's sorted map does not matter
    out.set(key.json, { v, type: key.type, at: explicit ? keyAt : -1 });
  };

  /**
   * A plain key written right before `:` and `,`, `]` or `}` (`[a:]`, `{a:, b: c}`, `[a :]`): go-yaml's plain
   * scalar runs on through that `:` (kubectl 1.32 reads `[a:]` as ["a:"] and `{a:}` as the key `a:`),
   * the `yaml` package ends it there and reads a key `a` with an empty value.
   */
  const checkFlowColon = (k: unknown) => {
    if (!isScalar(k) || k.type !== 'PLAIN' || !k.range) return;
    let e = k.range[1];
    // (`[a :]` and a `:` on the next line too: the plain scalar takes in the white space and line breaks)
    while (text[e] === ' ' || text[e] === '\t' || text[e] === '\n' || text[e] === '\r') e++;
    const next = text[e + 1];
    if (text.charCodeAt(e) === 58 && next !== undefined && ',]}'.includes(next)) {
      throw new AmbiguousError(`\`${text.slice(k.range[0], e + 1).slice(0, 40)}\` right before \`${next}\`: kubectl (go-yaml) reads the \`:\` as part of the text, not as a key with an empty value. Quote it, or write a space after the \`:\``, base + k.range[0]);
    }
  };

  const mapping = (n: unknown, out: Map<string, { v: unknown; type: string; at: number }>, aliased: boolean, explicit: boolean) => {
    if (!isMap(n)) throw new DecodeError('map merge requires map or sequence of maps as the value', at(n));
    const flow = n.flow === true;
    if (flow) flowDepth++;
    for (const pair of n.items) {
      checkFlowColon(pair.key);
      if (isMerge(pair.key)) {
        merge(pair.value, out, aliased);
        continue;
      }
      const key = goKey(pair.key);
      const v = value(pair.value, aliased);
      put(out, key, v, at(pair.key), explicit && !aliased);
    }
    if (flow) flowDepth--;
  };

  const merge = (v: unknown, out: Map<string, { v: unknown; type: string; at: number }>, aliased: boolean) => {
    const n = target(v);
    if (isMap(n)) {
      open.add(n);
      mapping(n, out, aliased || n !== v, false);
      open.delete(n);
      return;
    }
    // (go-yaml v2 decode.go merge: an alias must name a mapping, `<<: *list` is refused even when the
    // list holds mappings; only a sequence written in place may: `<<: [*a, *b]`. kubectl 1.32 refuses
    // `<<: *env` over a list of maps: "map merge requires map or sequence of maps as the value")
    if (isSeq(n) && n !== v) throw new DecodeError('map merge requires map or sequence of maps as the value (an alias must name a mapping: go-yaml takes a list of maps only written in place, `<<: [*a, *b]`)', at(v));
    if (isSeq(n)) {
      // go-yaml steps backwards: earlier maps take precedence
      for (let i = n.items.length - 1; i >= 0; i--) {
        const item = n.items[i];
        const m = target(item);
        if (!isMap(m)) throw new DecodeError('map merge requires map or sequence of maps as the value', at(item));
        open.add(m);
        mapping(m, out, true, false);
        open.delete(m);
      }
      return;
    }
    throw new DecodeError('map merge requires map or sequence of maps as the value', at(v));
  };

  return { value: value(doc.contents, false), duplicates };
}

/** `s` with each surrogate that is not half of a pair as U+FFFD (String.prototype.toWellFormed, ES2024). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function wellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, '\ufffd');
}

/**
 * Offset (relative to `text`, the chunk as written) of an LS or PS character inside a scalar of the
 * document, or just after one (the line break that ends a block scalar's last line is part of its
 * value): go-yaml keeps them in the value as they are, the `yaml` package (reading them as `\n`) cannot.
 */
export function breakInScalar(doc: Document.Parsed, text: string): number | undefined {
  if (!/[\u2028\u2029]/.test(text)) return undefined;
  const { isScalar, visit } = yamlLib();
  let hit: number | undefined;
  visit(doc, {
    Scalar(_k, n) {
      if (!isScalar(n) || !n.range) return undefined;
      const [s, , e] = n.range;
      for (let i = s; i <= e && i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x2028 || c === 0x2029) {
          hit = i;
          return visit.BREAK;
        }
      }
      return undefined;
    },
  });
  return hit;
}
