/**
 * Parsing one source file into Kubernetes objects, with diagnostics for everything that is not one.
 *
 * YAML is read as YAML 1.1, as Kubernetes reads it (sigs.k8s.io/yaml converts through go-yaml v2,
 * a YAML 1.1 parser): `yes`/`no`/`on`/`off` are booleans, `0644` is octal and `<<` merge keys apply.
 * Every document keeps its position in the file (the `yaml` package counts from the start of the
 * file, across `---` separators, block scalars holding `---`, BOMs and CRLF line ends).
 */
import type { Document, LineCounter } from 'yaml';
import type { InputLimits, K8sObject, SourceFile } from './types.ts';
import { PARSE_OPTIONS } from './tree.ts';
import { fastParse, type FastDocument } from './fast-yaml.ts';
import { LineIndex } from './line-index.ts';
import { yamlLib } from './yaml-lib.ts';
import { hasTemplateSyntax, templateDocuments } from './templates.ts';
import { padFlowContinuations } from './flow-indent.ts';
import { describeError, errorRange, reportedErrors } from './yaml-errors.ts';

export type InputDiagnosticCode = 'yaml-syntax-error' | 'input-not-auditable' | 'symlink-outside-root';

export interface InputDiagnostic {
  code: InputDiagnosticCode;
  file: string;
  message: string;
  /** Offsets into the file text. */
  range: [number, number];
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

const tooManyDocuments = (limits: InputLimits) =>
  `more than ${limits.maxDocuments} documents; the rest of the file is not audited (limit: maxDocuments)`;

/**
 * The document's object, or the items of a `*List`, from plain values. `itemIsMap` tells whether the
 * tree has `items` as a sequence (else undefined) and which items are mappings there (an alias to a
 * mapping is not taken as an object); without aliases, a plain object item is a mapping. `rootStart`:
 * where the document's root node starts, when the reader knows it (K8sObject.rootStart).
 */
function pushObjects(
  out: ParsedFile,
  source: SourceFile,
  di: number,
  docRange: [number, number],
  rec: Record<string, unknown>,
  itemIsMap: ((i: number) => boolean) | undefined,
  rootStart?: number,
): void {
  const obj = makeObject(source, di, docRange, [], rec);
  if (!obj) {
    out.nonKubernetesDocuments++;
    return;
  }
  const items = rec.items;
  if (obj.kind.endsWith('List') && Array.isArray(items) && itemIsMap) {
    // kind: List, ConfigMapList, …: each item is an object of its own.
    items.forEach((item, i) => {
      if (!item || typeof item !== 'object' || Array.isArray(item) || !itemIsMap(i)) return;
      const child = makeObject(source, di, docRange, ['items', i], item as Record<string, unknown>);
      if (child) out.objects.push(child);
    });
    return;
  }
  if (rootStart !== undefined) obj.rootStart = rootStart;
  out.objects.push(obj);
}

/**
 * The fast reader's documents (fast-yaml.ts): no errors, so only limits and shapes to check. A List
 * item is an object when it is a mapping; a List whose items may be aliases does not come here.
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
    pushObjects(out, source, di, doc.range, rec, Array.isArray(rec.items) ? () => true : undefined, doc.rootStart);
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
 */
export function parseSource(source: SourceFile, limits: InputLimits, chart?: string): ParsedFile {
  const out: ParsedFile = { source, objects: [], diagnostics: [], documents: 0, nonKubernetesDocuments: 0 };
  let { text } = source;
  if (chart !== undefined && hasTemplateSyntax(text)) {
    out.skipped = `Helm/Go template: in the templates/ folder of the Helm chart ${chart}: render it first (helm template) and audit the output`;
    return out;
  }
  const diag = (code: InputDiagnosticCode, message: string, range: [number, number]) =>
    out.diagnostics.push({ code, file: source.path, message, range });

  // The fast reader gives up on flow nesting deeper than the limit, so the check below still reports it.
  const fast = fastParse(text, { maxAliases: Math.min(100, limits.maxAliasCount), maxFlowDepth: limits.maxDepth });
  // An alias among a List's items is not an object of its own (below, `itemIsMap`); values cannot
  // tell an aliased mapping from a written one, so such a List is read by the yaml package.
  const aliasedItems = (d: FastDocument) => d.aliasedCollection && Array.isArray((d.value as { items?: unknown } | null)?.items);
  if (fast && !fast.some(aliasedItems)) return fromFast(out, source, fast, limits);

  const deep = flowDepthExceeds(text, limits.maxDepth);
  if (deep !== undefined) {
    diag('input-not-auditable', `nesting deeper than ${limits.maxDepth} levels; file not audited (limit: maxDepth)`, [deep, deep + 1]);
    return out;
  }

  // Everything else, and every error, goes through the `yaml` package.
  const { parseAllDocuments, isMap, isSeq } = yamlLib();
  const lineCounter = (lc: LineIndex) => lc as unknown as LineCounter;
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter: lineCounter(source.lineCounter) }) as unknown as Document.Parsed[];
    if (!Array.isArray(docs)) docs = [docs as unknown as Document.Parsed];
  } catch (e) {
    if (e instanceof RangeError) diag('input-not-auditable', TOO_DEEP, [0, 1]);
    else diag('yaml-syntax-error', `cannot parse: ${(e as Error).message}`, [0, 1]);
    return out;
  }
  if (docs.some((d) => d.errors.length > 0)) {
    // Flow continuations indented as go-yaml allows (see flow-indent.ts): used only if that mends documents.
    const padded = padFlowContinuations(text);
    if (padded !== text) {
      const lines = new LineIndex();
      const again = parseAllDocuments(padded, { ...PARSE_OPTIONS, lineCounter: lineCounter(lines) }) as unknown as Document.Parsed[];
      // (An unclosed quote can swallow the documents after it, so count both kinds.)
      const ok = (ds: Document.Parsed[]) => ds.filter((d) => d.errors.length === 0).length;
      const broken = (ds: Document.Parsed[]) => ds.length - ok(ds);
      if (Array.isArray(again) && ok(again) > ok(docs) && broken(again) <= broken(docs)) {
        source.text = text = padded;
        source.lineCounter = lines;
        docs = again;
      }
    }
  }
  // Documents kubectl cannot read as written because of `{{ … }}` (templates.ts); the others are audited.
  const templates = templateDocuments(text, docs);
  if (templates.size > 0) out.skipped = templateSkip(templates.size, docs.length);

  for (let di = 0; di < docs.length; di++) {
    const doc = docs[di]!;
    if (di >= limits.maxDocuments) {
      const at = doc.range?.[0] ?? 0;
      diag('input-not-auditable', tooManyDocuments(limits), [at, at + 1]);
      break;
    }
    if (templates.has(di)) continue;
    const contents = doc.contents;
    if (contents === null || (contents && 'value' in contents && contents.value === null && !isMap(contents))) {
      if (doc.errors.length === 0) continue; // empty document: `---` twice, comments only
    }
    out.documents++;
    if (doc.errors.length > 0) {
      for (const err of reportedErrors(doc.errors)) {
        // the parser's own stack overflow on deep block nesting: valid YAML, over the limit
        if (err.message.includes('Maximum call stack size exceeded')) diag('input-not-auditable', TOO_DEEP, errorRange(text, err.pos));
        else diag('yaml-syntax-error', describeError(err, doc, source), errorRange(text, err.pos));
      }
      // Duplicate keys alone: kubectl applies the document with each key's last value, and so the
      // object is audited with it too (a suppression of the error must not hide the object).
      if (!doc.errors.every((e) => e.code === 'DUPLICATE_KEY')) continue;
    }
    if (!isMap(contents)) {
      out.nonKubernetesDocuments++;
      continue;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    } catch (e) {
      const at = contents.range?.[0] ?? 0;
      const msg = (e as Error).message;
      if (e instanceof RangeError) {
        diag('input-not-auditable', TOO_DEEP, [at, at + 1]);
        continue;
      }
      diag(
        msg.includes('alias') ? 'input-not-auditable' : 'yaml-syntax-error',
        /alias/i.test(msg) ? `${msg} (limit: maxAliasCount ${limits.maxAliasCount})` : msg,
        [at, at + 1],
      );
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      out.nonKubernetesDocuments++;
      continue;
    }
    // The Document itself is not kept (see tree.ts): only where it is, to parse it again for positions.
    const docRange: [number, number] = [doc.range[0], doc.range[2]];
    const itemsNode = contents.get('items', true);
    pushObjects(out, source, di, docRange, value as Record<string, unknown>, isSeq(itemsNode) ? (i) => isMap(itemsNode.items[i]) : undefined);
  }
  return out;
}

export function newSource(path: string, text: string): SourceFile {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return { path, text: t, lineCounter: new LineIndex(t) };
}
