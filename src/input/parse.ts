/**
 * Parsing one source file into Kubernetes objects, with diagnostics for everything that is not one.
 *
 * YAML is read as YAML 1.1, as Kubernetes reads it (sigs.k8s.io/yaml converts through go-yaml v2,
 * a YAML 1.1 parser): `yes`/`no`/`on`/`off` are booleans, `0644` is octal and `<<` merge keys apply.
 * Every document keeps its position in the file (the `yaml` package counts from the start of the
 * file, across `---` separators, block scalars holding `---`, BOMs and CRLF line ends).
 */
import type { Document } from 'yaml';
import type { InputLimits, K8sObject, SourceFile } from './types.ts';
import { GO_PARSE_OPTIONS } from './tree.ts';
import { AmbiguousError, breakInScalar, type Chunk, DecodeError, goDocumentValue, type GoDecoded, isJsonStream, kubectlChunks, LimitError, yaml11Breaks } from './goyaml.ts';
import { type JsonStreamScan, kubectlJsonError, scanJsonStream } from './go-json.ts';
import { fastParse, type FastDocument } from './fast-yaml.ts';
import { LineIndex } from './line-index.ts';
import { yamlLib } from './yaml-lib.ts';
import { hasTemplateSyntax, templateDocuments } from './templates.ts';
import { padFlowContinuationLines } from './flow-indent.ts';
import { documentEnds, FIRST_IS_DOCUMENT_END, mayRefuseLinePrefix, refusedLinePrefix } from './line-prefix.ts';
import { describeError, errorRange, reportedErrors } from './yaml-errors.ts';

export type InputDiagnosticCode = 'yaml-syntax-error' | 'input-not-auditable' | 'symlink-outside-root' | 'yaml-decode-ambiguous' | 'object-without-type';

export interface InputDiagnostic {
  code: InputDiagnosticCode;
  file: string;
  message: string;
  /** Offsets into the file text. */
  range: [number, number];
  /** One step below the rule's severity (a duplicate key whose values are the same: it applies as written). */
  lesser?: boolean;
  /** A duplicate key: offsets of this key and of the first one, and whether their values are equal (for the edits: src/fix/duplicate-key.ts). */
  duplicate?: { key: string; at: number; first: number; sameValue: boolean };
}

export interface ParsedFile {
  source: SourceFile;
  objects: K8sObject[];
  diagnostics: InputDiagnostic[];
  documents: number;
  /** Documents that parsed but are not Kubernetes objects (no apiVersion/kind). */
  nonKubernetesDocuments: number;
  /** Set when the whole file was skipped on purpose (template, …). */
  skipped?: string;
}

/** Quick scan for flow-collection nesting depth, so hostile `[[[[…` input never reaches the parser. */
function flowDepthExceeds(text: string, limit: number): number | undefined {
  let depth = 0;
  let inDouble = false;
  let inSingle = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inDouble) {
      if (c === 92 /* \ */) i++;
      else if (c === 34) inDouble = false;
      continue;
    }
    if (inSingle) {
      if (c === 39) inSingle = false;
      continue;
    }
    if (c === 34) inDouble = true;
    else if (c === 39) {
      // a quote opens a single-quoted scalar only at the start of one
      const p = i > 0 ? text.charCodeAt(i - 1) : 32;
      if (p === 32 || p === 9 || p === 10 || p === 91 || p === 123 || p === 44 || p === 58) inSingle = true;
    } else if (c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else if (c === 93 || c === 125) {
      if (depth > 0) depth--;
    } else if (c === 10) {
      // flow collections rarely span lines in manifests; keep counting, quotes do not span lines here
      inSingle = false;
    }
  }
  return undefined;
}

/**
 * Characters go-yaml refuses anywhere in YAML text, in a comment too ("control characters are not
 * allowed": its reader accepts only tab, LF, CR, 0x20-0x7E, NEL, 0xA0-0xD7FF, 0xE000-0xFFFD and
 * 0x10000 up; gopkg.in/yaml.v2 readerc.go, yaml_parser_update_buffer). kubectl 1.32 stops reading the
 * file there, where the `yaml` package and the fast reader read on. NUL never gets here (read.ts).
 */
const GO_YAML_REFUSED = /[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]/;

/** Offset of the first character go-yaml refuses in a YAML file (not a JSON stream: encoding/json reads those), or undefined. */
function yamlControlCharacter(text: string): number | undefined {
  const at = text.search(GO_YAML_REFUSED);
  return at === -1 || isJsonStream(text) ? undefined : at;
}

/**
 * The `yaml` package keeps a node object (and for a tag it cannot resolve, a warning) per node: about
 * 1 KB each, so a 16 MiB file of `- !t x` lines (1.9 million tagged nodes) took it past a 2 GB heap
 * and V8 aborted the process. A file that goes to it is refused past this many nodes, counted by a
 * cheap over-estimate: each line with content, plus each `,` (flow items).
 */
const FALLBACK_MAX_NODES = 250_000;

/** Offset where the estimated node count passes `max`, or undefined. Linear. */
function fallbackNodesExceed(text: string, max: number): number | undefined {
  if (text.length < max) return undefined; // a node takes at least two characters
  let count = 0;
  let content = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (content && ++count > max) return i - 1;
      content = false;
    } else if (c === 44 /* , */) {
      if (++count > max) return i;
    } else if (c !== 32 && c !== 9 && c !== 13) content = true;
  }
  return undefined;
}

/**
 * Block nesting is not pre-scanned like flow nesting (indentation cannot be told from content
 * cheaply), so a document nested deeper than the parser's stack allows (~1,000 levels of `- - -`)
 * fails inside the parser: reported as over the limit, not as a syntax error, since it is valid YAML.
 */
const TOO_DEEP = 'nested too deeply for the YAML parser (its stack ran out); not audited (limit: maxDepth)';

function strField(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function makeObject(
  source: SourceFile,
  documentIndex: number,
  docRange: [number, number],
  rootPath: (string | number)[],
  value: Record<string, unknown>,
): K8sObject | undefined {
  const apiVersion = strField(value.apiVersion);
  const kind = strField(value.kind);
  if (!apiVersion || !kind) return undefined;
  const meta = value.metadata && typeof value.metadata === 'object' ? (value.metadata as Record<string, unknown>) : {};
  const obj: K8sObject = {
    file: source,
    documentIndex,
    docRange,
    rootPath,
    value,
    apiVersion,
    kind,
    name: strField(meta.name) ?? strField(meta.generateName) ?? '',
  };
  const ns = strField(meta.namespace);
  if (ns) obj.namespace = ns;
  return obj;
}

/**
 * A document that is meant as a Kubernetes object — `metadata.name` (or generateName) and one of
 * `kind`, `apiVersion`, `spec`, `data`, `rules`, `subjects`, `roleRef` — but lacks `apiVersion` or
 * `kind`: kubectl refuses it before it reaches the API server (kubectl 1.32, `apply --dry-run=client`:
 * "error validating data: apiVersion not set" / "kind not set"; with --validate=false it cannot map
 * it to a resource: "unable to recognize", "Object 'Kind' is missing"), so it is reported (rule
 * object-without-type) rather than skipped as non-Kubernetes YAML (Helm values, CI files and
 * kustomization files have no `metadata.name`).
 */
function missingType(rec: Record<string, unknown>): string | undefined {
  const meta = rec.metadata;
  if (!meta || typeof meta !== 'object' || Array.isArray(meta)) return undefined;
  const name = (meta as Record<string, unknown>).name ?? (meta as Record<string, unknown>).generateName;
  if (typeof name !== 'string' || !name) return undefined;
  if (!['kind', 'apiVersion', 'spec', 'data', 'stringData', 'rules', 'subjects', 'roleRef'].some((k) => k in rec)) return undefined;
  const lacks = [typeof rec.apiVersion === 'string' && rec.apiVersion ? '' : '`apiVersion`', typeof rec.kind === 'string' && rec.kind ? '' : '`kind`'].filter(Boolean).join(' and ');
  return `the object "${name.slice(0, 80)}" has no ${lacks}: kubectl refuses it ("error validating data: ${lacks.includes('apiVersion') ? 'apiVersion' : 'kind'} not set"), so it never applies, and leastpriv cannot tell what to audit it as. Write its \`apiVersion\` and \`kind\`.`;
}

const tooManyDocuments = (limits: InputLimits) =>
  `more than ${limits.maxDocuments} documents; the rest of the file is not audited (limit: maxDocuments)`;

/**
 * The document's object, or the items of a list, from plain values (aliases expanded, merge keys and
 * duplicate keys applied: the value kubectl decodes). `rootStart`: where the document's root node
 * starts, when the reader knows it (K8sObject.rootStart).
 *
 * What is a list is kubectl's decision, not the kind's name: k8s.io/apimachinery's
 * unstructuredJSONScheme.decode (pkg/apis/meta/v1/unstructured/helpers.go) decodes any object with
 * a non-null `items` field as an UnstructuredList, and kubectl's FlattenListVisitor
 * (cli-runtime pkg/resource/visitor.go) applies its items and drops the object itself: a
 * `kind: ConfigMap` with `items: [<privileged Pod>]` creates the Pod (checked with kubectl 1.32).
 * decodeToList also gives an item with neither `kind` nor `apiVersion` (as strings: GetKind is ""
 * for a number) the list's kind without its `List` suffix and the list's apiVersion, so the items of
 * `kind: PodList` need not say they are Pods; and the list needs a `kind` but no `apiVersion`.
 */
function pushObjects(out: ParsedFile, source: SourceFile, di: number, docRange: [number, number], rec: Record<string, unknown>, rootStart?: number): void {
  const items = rec.items;
  const listKind = strField(rec.kind);
  if (Array.isArray(items) && listKind) {
    const itemKind = listKind.endsWith('List') ? listKind.slice(0, -4) : listKind;
    const listApiVersion = strField(rec.apiVersion) ?? '';
    const refused: string[] = [];
    items.forEach((item, i) => {
      // (an item that is not a mapping: kubectl cannot decode the document, nothing of it applies)
      if (!item || typeof item !== 'object' || Array.isArray(item)) {
        refused.push(item === null ? `item ${i} is null ("Object 'Kind' is missing")` : `item ${i} is not an object (the list is "unable to decode": none of its items applies)`);
        return;
      }
      let value = item as Record<string, unknown>;
      if (!strField(value.kind) && !strField(value.apiVersion)) value = { ...value, kind: itemKind, apiVersion: listApiVersion };
      // a list in a list: FlattenListVisitor fails on it ("is not a list: no Items field"), and none of the outer list applies
      if (Array.isArray(value.items)) refused.push(`item ${i} is itself a list ("is not a list: no Items field": none of the list's items applies)`);
      const child = makeObject(source, di, docRange, ['items', i], value);
      if (child) out.objects.push(child);
      else refused.push(`item ${i} has no ${strField(value.kind) ? '`apiVersion`' : '`kind`'} ("Object '${strField(value.kind) ? 'apiVersion' : 'Kind'}' is missing")`);
    });
    if (refused.length > 0) {
      // What kubectl 1.32 does with them (kubectl annotate --local): each is an error of `kubectl apply`.
      const at = keyOffset(source.text, docRange, 'items') ?? rootStart ?? docRange[0];
      out.diagnostics.push({
        code: 'object-without-type',
        file: source.path,
        message: `kubectl cannot apply ${refused.length === 1 ? 'an item' : `${refused.length} items`} of this ${listKind.slice(0, 80)}: ${refused.slice(0, 3).join('; ')}${refused.length > 3 ? '; …' : ''}. Give each item its own \`apiVersion\` and \`kind\` (and no \`items\`)`,
        range: [at, at + 1],
      });
    }
    if (listKind.endsWith('List')) return;
    // Not named as a list: kubectl applies the items, a reader that goes by the kind (kustomize keeps
    // the object as written) may apply the object itself. Both are audited, and the run fails.
    const at = keyOffset(source.text, docRange, 'items') ?? rootStart ?? docRange[0];
    out.diagnostics.push({
      code: 'yaml-decode-ambiguous',
      file: source.path,
      message: `\`items\` in a ${listKind.slice(0, 80)}: kubectl reads any object with an \`items\` list as a List, applies its items and drops the ${listKind.slice(0, 80)} itself; other tools may apply the ${listKind.slice(0, 80)}. Both are audited. Write the items as objects of their own (separated by \`---\`), or as a \`kind: List\``,
      range: [at, at + 1],
    });
  }
  const obj = makeObject(source, di, docRange, [], rec);
  if (!obj) {
    const missing = missingType(rec);
    if (missing) {
      const at = rootStart ?? docRange[0];
      out.diagnostics.push({ code: 'object-without-type', file: source.path, message: missing, range: [at, at + 1] });
    }
    out.nonKubernetesDocuments++;
    return;
  }
  if (rootStart !== undefined) obj.rootStart = rootStart;
  out.objects.push(obj);
}

/**
 * Offset of the root mapping's `key` in the document at `docRange` (the last one written, or else a
 * `<<` merge key that may bring it), or undefined. Parses the document again: only for a rare finding.
 */
function keyOffset(text: string, docRange: [number, number], key: string): number | undefined {
  const { parseAllDocuments, isMap, isScalar } = yamlLib();
  try {
    const slice = text.slice(docRange[0], docRange[1]);
    const docs = parseAllDocuments(yaml11Breaks(slice), GO_PARSE_OPTIONS);
    const root = Array.isArray(docs) ? docs.find((d) => d.contents !== null)?.contents : undefined;
    if (!isMap(root)) return undefined;
    const keys = root.items.map((p) => p.key).filter((k) => isScalar(k));
    const hit = keys.filter((k) => k.value === key).pop() ?? keys.find((k) => k.source === '<<');
    return hit?.range ? docRange[0] + hit.range[0] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The fast reader's documents (fast-yaml.ts): no errors, so only limits and shapes to check.
 */
function fromFast(out: ParsedFile, source: SourceFile, docs: FastDocument[], limits: InputLimits): ParsedFile {
  for (let di = 0; di < docs.length; di++) {
    const doc = docs[di]!;
    if (di >= limits.maxDocuments) {
      const at = doc.range[0];
      out.diagnostics.push({ code: 'input-not-auditable', file: source.path, message: tooManyDocuments(limits), range: [at, at + 1] });
      break;
    }
    if (doc.value === null) continue; // empty document
    out.documents++;
    if (Array.isArray(doc.value)) {
      out.nonKubernetesDocuments++;
      continue;
    }
    const rec = doc.value as Record<string, unknown>;
    pushObjects(out, source, di, doc.range, rec, doc.rootStart);
  }
  return out;
}

const templateSkip = (n: number, of: number) =>
  n === of
    ? 'Helm/Go template: not valid YAML as written (`{{ … }}` where YAML structure goes), so kubectl cannot apply it either: render it first (helm template) and audit the output'
    : `Helm/Go template in ${n} of ${of} documents: not valid YAML as written (\`{{ … }}\` where YAML structure goes), so kubectl cannot apply ${n === 1 ? 'that one' : 'those'} either; the other documents are audited. Render the file first (helm template) and audit the output`;

/**
 * `chart`: the Chart.yaml of the Helm chart whose `templates/` folder holds the file (discover.ts,
 * helmChartOf), when it does: a file there with `{{ … }}` is skipped whole, as Helm renders it.
 * `onlyYaml` (for tests): read with the `yaml` package path even where the fast reader would.
 */
export function parseSource(source: SourceFile, limits: InputLimits, chart?: string, onlyYaml = false): ParsedFile {
  const out: ParsedFile = { source, objects: [], diagnostics: [], documents: 0, nonKubernetesDocuments: 0 };
  let { text } = source;
  if (chart !== undefined && hasTemplateSyntax(text)) {
    out.skipped = `Helm/Go template: in the templates/ folder of the Helm chart ${chart}: render it first (helm template) and audit the output`;
    return out;
  }
  const diag = (code: InputDiagnosticCode, message: string, range: [number, number]) =>
    out.diagnostics.push({ code, file: source.path, message, range });

  const control = yamlControlCharacter(text);
  if (control !== undefined) {
    const code = text.charCodeAt(control).toString(16).toUpperCase().padStart(4, '0');
    diag(
      'yaml-syntax-error',
      `a control character (U+${code}) in YAML text: kubectl refuses the file from here on ("control characters are not allowed"). Remove it, or write it as an escape in a double-quoted string (\\u${code})`,
      [control, control + 1],
    );
  }

  // A JSON stream is read only as far as kubectl's encoding/json reads it (go-json.ts): its first
  // error ends the file for kubectl, which then fails; nothing from there on is applied or audited.
  // A Helm/Go template whose first line is an action (`{{- if … }}`) starts with `{` too: kubectl
  // refuses it whole (its JSON reading stops at the second `{`), Helm renders it; it is read as YAML,
  // so that its documents that are not templates are audited and the others skipped (templates.ts).
  const json = isJsonStream(text) && !startsWithTemplate(text) ? scanJsonStream(text, 0, limits.maxDocuments + 1, limits.maxDepth) : undefined;
  if (json) {
    if (json.tooDeep !== undefined) diag('input-not-auditable', `nesting deeper than ${limits.maxDepth} levels; the rest of the file is not audited (limit: maxDepth)`, [json.tooDeep, json.tooDeep + 1]);
    if (json.error) {
      const { at } = json.error;
      const k = json.values.length;
      diag(
        'yaml-syntax-error',
        `not JSON: kubectl reads this file as JSON (it starts with \`{\`), stops here and fails ("${kubectlJsonError(text, json.error)}"); ${k === 0 ? 'nothing in it is applied' : `the ${k === 1 ? 'value' : `${k} values`} before this point ${k === 1 ? 'is' : 'are'} applied`}, and nothing from here on is audited. Fix the JSON, or start the file with a \`---\` line to have it read as YAML`,
        [at, at + 1],
      );
    }
    if (json.values.length === 0) return out;
    // the readers see the values kubectl reads and nothing after them (offsets do not change)
    const end = json.values[json.values.length - 1]!.end;
    if (end < text.length && (json.error || json.tooDeep !== undefined)) text = text.slice(0, end);
  }

  // The fast reader gives up on flow nesting deeper than the limit, so the check below still reports it.
  // (a `---` line with more than white space and a comment after it, and a line that go-yaml may refuse
  // the start of, are left to the `yaml` package path: kubectlChunks and refusedLinePrefix tell)
  const fast = onlyYaml || ODD_SEPARATOR.test(text) || mayRefuseLinePrefix(text) || SURROGATE_ESCAPE.test(text) ? undefined : fastParse(text, { maxAliases: Math.min(100, limits.maxAliasCount), maxFlowDepth: limits.maxDepth });
  if (fast) return fromFast(out, source, fast, limits);

  const many = fallbackNodesExceed(text, FALLBACK_MAX_NODES);
  if (many !== undefined) {
    diag('input-not-auditable', `more than ${FALLBACK_MAX_NODES} YAML nodes in a file the fast reader cannot take (tags, merge keys, errors, …); the full YAML reader would need gigabytes of memory for it: file not audited (split it, or drop the tags and merge keys)`, [many, many + 1]);
    return out;
  }
  const deep = flowDepthExceeds(text, limits.maxDepth);
  if (deep !== undefined) {
    diag('input-not-auditable', `nesting deeper than ${limits.maxDepth} levels; file not audited (limit: maxDepth)`, [deep, deep + 1]);
    return out;
  }

  // Everything else, and every error, goes through the `yaml` package, chunk by chunk as kubectl reads.
  return fromYaml(out, source, limits, json);
}

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
/** An escaped surrogate (`\ud800`, `\U0000DC00`): goyaml.ts reads it as go-yaml or encoding/json does. */
const SURROGATE_ESCAPE = /\\(?:u|U0000)[dD][89a-fA-F]/;

/** A `---` line followed by something other than blanks and a comment after a blank (goyaml.ts kubectlChunks). */
const ODD_SEPARATOR = /^---(?:[^ \t\r\n]|[ \t]+[^ \t\r\n#])/m;

/**
 * Whether the first characters that are not JSON white space are `{{` and the line holds a `{{ … }}`
 * (a Unicode space before them is where encoding/json stops: that file fails as JSON).
 */
function startsWithTemplate(text: string): boolean {
  const at = text.search(/[^ \t\r\n]/);
  if (at === -1 || !text.startsWith('{{', at)) return false;
  const eol = text.indexOf('\n', at);
  return hasTemplateSyntax(text, at, eol === -1 ? text.length : eol);
}

/** `jsonScan`: the file is a JSON stream, and these are its values (scanJsonStream). */
function fromYaml(out: ParsedFile, source: SourceFile, limits: InputLimits, jsonScan?: JsonStreamScan): ParsedFile {
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

export function newSource(path: string, text: string): SourceFile {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return { path, text: t, lineCounter: new LineIndex(t) };
}
