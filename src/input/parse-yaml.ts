/**
 * The `yaml` package path of parse.ts: files the fast reader does not take (tags, merge keys,
 * anchors it gives up on, every syntax error), read chunk by chunk as kubectl's YAMLReader splits
 * them (goyaml.ts), each document decoded as go-yaml and sigs.k8s.io/yaml decode it, with a
 * diagnostic for every place kubectl refuses or reads otherwise than it looks.
 */
import type { Document } from 'yaml';
import type { InputLimits, SourceFile } from './types.ts';
import type { InputDiagnosticCode, ParsedFile } from './parse.ts';
import { GO_PARSE_OPTIONS } from './tree.ts';
import { breakInScalar, goDocumentValue, type GoDecoded } from './goyaml.ts';
import { AmbiguousError, DecodeError, LimitError } from './go-errors.ts';
import { type Chunk, kubectlChunks, yaml11Breaks } from './go-chunks.ts';
import type { JsonStreamScan } from './go-json.ts';
import { LineIndex } from './line-index.ts';
import { yamlLib } from './yaml-lib.ts';
import { templateDocuments } from './templates.ts';
import { padFlowContinuationLines } from './flow-indent.ts';
import { documentEnds, FIRST_IS_DOCUMENT_END, refusedLinePrefix } from './line-prefix.ts';
import { describeError, errorRange, reportedErrors } from './yaml-errors.ts';
import { pushObjects, tooManyDocuments } from './objects.ts';

/**
 * Block nesting is not pre-scanned like flow nesting (indentation cannot be told from content
 * cheaply), so a document nested deeper than the parser's stack allows (~1,000 levels of `- - -`)
 * fails inside the parser: reported as over the limit, not as a syntax error, since it is valid YAML.
 */
const TOO_DEEP = 'nested too deeply for the YAML parser (its stack ran out); not audited (limit: maxDepth)';

const templateSkip = (n: number, of: number) =>
  n === of
    ? 'Helm/Go template: not valid YAML as written (`{{ … }}` where YAML structure goes), so kubectl cannot apply it either: render it first (helm template) and audit the output'
    : `Helm/Go template in ${n} of ${of} documents: not valid YAML as written (\`{{ … }}\` where YAML structure goes), so kubectl cannot apply ${n === 1 ? 'that one' : 'those'} either; the other documents are audited. Render the file first (helm template) and audit the output`;

/** One kubectl chunk parsed by the `yaml` package (see goyaml.ts): its documents and where it is. */
interface ParsedChunk {
  chunk: Chunk;
  /** The text the `yaml` package read: the chunk with YAML 1.1 line breaks written as `\n`. */
  text: string;
  /** The chunk as written. */
  raw: string;
  docs: Document.Parsed[];
}

function parseChunks(text: string, chunks: Chunk[], json: boolean): ParsedChunk[] {
  const { parseAllDocuments } = yamlLib();
  return chunks.map((chunk) => {
    const raw = text.slice(chunk.start, chunk.end);
    const t = json ? raw : yaml11Breaks(raw);
    let docs = parseAllDocuments(t, GO_PARSE_OPTIONS) as unknown as Document.Parsed[];
    if (!Array.isArray(docs)) docs = [docs as unknown as Document.Parsed];
    return { chunk, text: t, raw, docs };
  });
}

const broken = (pcs: ParsedChunk[]) => pcs.reduce((n, pc) => n + pc.docs.filter((d) => d.errors.length > 0).length, 0);
const ok = (pcs: ParsedChunk[]) => pcs.reduce((n, pc) => n + pc.docs.filter((d) => d.errors.length === 0).length, 0);

/**
 * The text with flow continuations padded chunk by chunk (flow-indent.ts), its chunks, and the offset
 * of each padded line's first character; undefined when nothing changes.
 */
function padChunks(text: string, chunks: Chunk[]): { text: string; chunks: Chunk[]; padded: number[] } | undefined {
  let outText = '';
  let from = 0;
  const outChunks: Chunk[] = [];
  const padded: number[] = [];
  for (const c of chunks) {
    outText += text.slice(from, c.start);
    const p = padFlowContinuationLines(text.slice(c.start, c.end));
    for (const at of p.padded) padded.push(outText.length + at);
    outChunks.push({ ...c, start: outText.length, end: outText.length + p.text.length });
    outText += p.text;
    from = c.end;
  }
  outText += text.slice(from);
  return padded.length > 0 ? { text: outText, chunks: outChunks, padded } : undefined;
}

/**
 * Whether every padded line (offsets into the padded text) is inside a quoted scalar or a flow
 * collection of the padded parse, as padding means it to be. flow-indent.ts tells quotes and flow
 * collections by a scan of its own; where it takes a quote inside a plain scalar for an opening one
 * (`a,"b:`, or a continuation line of a plain scalar that starts with `"`), the lines it padded became
 * keys or plain text to the `yaml` package — `privileged: true` a child of the key before it, a whole
 * `- {"name":…}` container part of a string — while go-yaml reads the file as written: such a padding
 * is not used, and the file stays a syntax error.
 */
function paddedInsideFlow(pcs: ParsedChunk[], padded: number[]): boolean {
  const { visit, isScalar } = yamlLib();
  return pcs.every((pc) => {
    const mine = padded.filter((o) => o >= pc.chunk.start && o < pc.chunk.end).map((o) => o - pc.chunk.start);
    if (mine.length === 0) return true;
    const ranges: [number, number][] = [];
    for (const doc of pc.docs) {
      visit(doc, (_key, n) => {
        const r = (n as { range?: [number, number, number] } | null)?.range;
        if (!r) return;
        if (isScalar(n) ? n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE' : (n as { flow?: boolean }).flow === true) ranges.push([r[0], r[1]]);
      });
    }
    // a sweep, not a search per line: a hostile file may pad many lines and hold many ranges
    ranges.sort((a, b) => a[0] - b[0]);
    mine.sort((a, b) => a - b);
    let j = 0;
    let maxEnd = -1;
    return mine.every((o) => {
      for (; j < ranges.length && ranges[j]![0] < o; j++) maxEnd = Math.max(maxEnd, ranges[j]![1]);
      return maxEnd > o;
    });
  });
}

const DIRECTIVE = /^%/m;

/** `jsonScan`: the file is a JSON stream, and these are its values (scanJsonStream). */
export function fromYaml(out: ParsedFile, source: SourceFile, limits: InputLimits, jsonScan?: JsonStreamScan): ParsedFile {
  let { text } = source;
  const diag = (code: InputDiagnosticCode, message: string, range: [number, number]) =>
    out.diagnostics.push({ code, file: source.path, message, range });
  const split = jsonScan ? undefined : kubectlChunks(text, true);
  const json = split === undefined;
  // (one value past maxDocuments: the limit is reported at it, and nothing after it is read)
  let chunks = split?.chunks ?? jsonScan!.values.map((v) => ({ start: v.start, end: v.end }));
  let parsed: ParsedChunk[];
  try {
    parsed = parseChunks(text, chunks, json);
  } catch (e) {
    if (e instanceof RangeError) diag('input-not-auditable', TOO_DEEP, [0, 1]);
    else diag('yaml-syntax-error', `cannot parse: ${(e as Error).message}`, [0, 1]);
    return out;
  }
  const docEnds = json ? { inValues: [], inBroken: false } : documentEnds(parsed);
  if (broken(parsed) > 0 && !docEnds.inBroken) {
    // Flow continuations indented as go-yaml allows (see flow-indent.ts): used only if that mends
    // documents (not where a `...` line ends a document to go-yaml: padding would make it text).
    const padded = padChunks(text, chunks);
    if (padded) {
      const again = parseChunks(padded.text, padded.chunks, json);
      // (An unclosed quote can swallow the documents after it, so count both kinds.)
      if (ok(again) > ok(parsed) && broken(again) <= broken(parsed) && paddedInsideFlow(again, padded.padded)) {
        source.text = text = padded.text;
        source.lineCounter = new LineIndex(text);
        chunks = padded.chunks;
        parsed = again;
      }
    }
  }
  // Documents kubectl cannot read as written because of `{{ … }}` (templates.ts); the others are audited.
  const templates = parsed.map((pc) => templateDocuments(pc.text, pc.docs));
  const templateCount = templates.reduce((n, t) => n + t.size, 0);
  if (templateCount > 0) out.skipped = templateSkip(templateCount, parsed.reduce((n, pc) => n + pc.docs.length, 0));
  for (const a of split?.ambiguous ?? []) diag('yaml-decode-ambiguous', a.what, [a.at, a.at + 1]);
  for (const at of docEnds.inValues) {
    diag('yaml-syntax-error', 'a `...` line inside a value: go-yaml (kubectl) reads it as the end of the document, at the start of a line whatever comes before, and refuses the file ("found unexpected document indicator"). Indent it, or quote the value on one line', [at, at + 3]);
  }
  for (const at of split?.textSeparators ?? []) {
    diag(
      'yaml-syntax-error',
      `\`${text.slice(at, at + 4).replace(/\s$/, '')}…\` at the start of the file or right after a \`---\` line: kubectl keeps this line in the document it reads, and YAML reads \`---\` followed by anything but a space or a tab as text, not as a separator, so kubectl refuses the file or reads something else. Write \`---\` alone, or \`--- # comment\``,
      [at, at + 3],
    );
  }
  if (split?.badSeparator !== undefined) {
    const at = split.badSeparator;
    diag(
      'yaml-syntax-error',
      'a `---` line with more than a comment after it: kubectl refuses the file from here on ("invalid Yaml document separator"); put what follows `---` on a line of its own',
      [at, at + 3],
    );
  }

  const { isMap } = yamlLib();
  let di = -1;
  for (const [ci, pc] of parsed.entries()) {
    const base = pc.chunk.start;
    const content = pc.docs.filter((d) => !isEmptyDocument(d));
    const chunkBroken = pc.docs.some((d) => d.errors.length > 0);
    if (!json && !chunkBroken && DIRECTIVE.test(pc.text)) {
      // A directive needs a `---` after it in the same chunk, which YAMLReader never leaves there.
      const at = base + pc.text.search(DIRECTIVE);
      diag('yaml-syntax-error', 'a YAML directive (`%YAML`, `%TAG`): kubectl cannot read it (its `---` line ends the part of the file the directive is in). Remove it', [at, at + 1]);
    }
    if (!json && !pc.chunk.keptSeparator && FIRST_IS_DOCUMENT_END.test(pc.text)) {
      // go-yaml wants a document where the chunk starts: kubectl 1.32 refuses `---⏎...` ("did not find
      // expected node content"), which the `yaml` package reads as an empty document
      const at = base + pc.text.search(/^\.\.\./m);
      diag('yaml-syntax-error', 'a `...` line where a document should start (at the start of the file or right after `---`): go-yaml (kubectl) refuses it ("did not find expected node content"). Remove it', [at, at + 3]);
    }
    if (!json && !chunkBroken) {
      const refused = refusedLinePrefix(pc.text, pc.docs);
      if (refused) diag('yaml-syntax-error', refused.what, [base + refused.at, base + refused.at + 1]);
    }
    const firstContent = pc.docs.findIndex((d) => !isEmptyDocument(d));
    const bad = split?.badSeparator;
    const hidesBad = bad !== undefined && bad >= pc.chunk.start && bad < pc.chunk.end;
    if (!json && !hidesBad && (content.length > 1 || firstContent > 0)) {
      const second = content.length > 1 ? content[1]! : content[0]!;
      const at = base + (second.range?.[0] ?? 0);
      diag(
        'yaml-decode-ambiguous',
        'a second YAML document in one part of the file (after `...`, or a `---` that follows a line break other than `\\n`): kubectl reads only the first and ignores this one, other tools apply it. Separate documents with a `---` line',
        [at, at + 1],
      );
    }
    for (const [i, doc] of pc.docs.entries()) {
      di++;
      if (di >= limits.maxDocuments) {
        const at = base + (doc.range?.[0] ?? 0);
        diag('input-not-auditable', tooManyDocuments(limits), [at, at + 1]);
        return out;
      }
      if (templates[ci]!.has(i)) continue;
      if (isEmptyDocument(doc)) continue; // empty document: `---` twice, comments only
      out.documents++;
      if (doc.errors.length > 0) {
        for (const err of reportedErrors(doc.errors)) {
          const range = errorRange(text, [err.pos[0] + base, err.pos[1] + base]);
          // the parser's own stack overflow on deep block nesting: valid YAML, over the limit
          if (err.message.includes('Maximum call stack size exceeded')) diag('input-not-auditable', TOO_DEEP, range);
          else diag('yaml-syntax-error', describeError(err, doc, source), range);
        }
        continue;
      }
      const contents = doc.contents;
      const rootAt = base + (contents?.range?.[0] ?? doc.range[0]);
      if (!json) {
        const ls = breakInScalar(doc, pc.raw);
        if (ls !== undefined) {
          diag('yaml-decode-ambiguous', 'a line or paragraph separator (U+2028, U+2029) inside a value: YAML 1.1 (kubectl) reads it as a line break; write it escaped (`\\L`, `\\P`) in a double-quoted string', [base + ls, base + ls + 1]);
        }
      }
      let decoded: GoDecoded;
      try {
        decoded = goDocumentValue(doc, { maxAliasCount: limits.maxAliasCount, text: pc.text, base, json });
      } catch (e) {
        const at = e instanceof DecodeError || e instanceof AmbiguousError || e instanceof LimitError ? (e.at ?? rootAt) : rootAt;
        if (e instanceof RangeError) diag('input-not-auditable', TOO_DEEP, [at, at + 1]);
        else if (e instanceof LimitError) diag('input-not-auditable', `${e.message} (limit: maxAliasCount ${limits.maxAliasCount})`, [at, at + 1]);
        else if (e instanceof AmbiguousError) diag('yaml-decode-ambiguous', `${e.message}; the document is not audited`, [at, at + 1]);
        else if (e instanceof DecodeError) diag('yaml-syntax-error', `kubectl cannot decode this document: ${e.message}`, [at, at + 1]);
        else throw e;
        continue;
      }
      for (const d of decoded.duplicates) {
        const first = source.lineCounter.linePos(d.first).line;
        // Same value twice: kubectl applies the object as written (a warning, issue 15); different
        // values: which one wins is easy to misread (an error).
        const kept = d.sameValue ? 'both have the same value, so kubectl applies it as written, but' : 'kubectl keeps the last value and';
        out.diagnostics.push({
          code: 'yaml-syntax-error',
          file: source.path,
          message: `duplicate key \`${d.key}\` (first set on line ${first}): ${kept} kustomize and Flux refuse the document. Remove one, or add the missing \`---\` if two objects ran together.`,
          range: [d.at, d.at + 1],
          ...(d.sameValue ? { lesser: true } : {}),
          duplicate: { key: d.key, at: d.at, first: d.first, sameValue: d.sameValue },
        });
      }
      const value = decoded.value;
      if (!isMap(contents) || !value || typeof value !== 'object' || Array.isArray(value)) {
        out.nonKubernetesDocuments++;
        continue;
      }
      // The Document itself is not kept (see tree.ts): only where it is, to parse it again for positions.
      const docRange: [number, number] = [base + doc.range[0], base + doc.range[2]];
      pushObjects(out, source, di, docRange, value as Record<string, unknown>);
    }
  }
  return out;
}

function isEmptyDocument(doc: Document.Parsed): boolean {
  if (doc.errors.length > 0) return false;
  const { isMap } = yamlLib();
  const contents = doc.contents;
  return contents === null || (contents !== undefined && 'value' in contents && contents.value === null && !isMap(contents));
}
