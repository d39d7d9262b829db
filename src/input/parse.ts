/**
 * Parsing one source file into Kubernetes objects, with diagnostics for everything that is not one.
 *
 * YAML is read as YAML 1.1, as Kubernetes reads it (sigs.k8s.io/yaml converts through go-yaml v2,
 * a YAML 1.1 parser): `yes`/`no`/`on`/`off` are booleans, `0644` is octal and `<<` merge keys apply.
 * Every document keeps its position in the file (the `yaml` package counts from the start of the
 * file, across `---` separators, block scalars holding `---`, BOMs and CRLF line ends).
 *
 * Here: what is checked of the whole text first (control characters, a JSON stream as far as
 * kubectl reads it, the node and nesting limits), then the fast reader (fast-yaml.ts) for the usual
 * file, else the `yaml` package path (parse-yaml.ts); objects.ts turns each document into objects.
 */
import type { InputLimits, K8sObject, SourceFile } from './types.ts';
import { isJsonStream } from './go-chunks.ts';
import { kubectlJsonError, scanJsonStream } from './go-json.ts';
import { fastParse, type FastDocument } from './fast-yaml.ts';
import { LineIndex } from './line-index.ts';
import { hasTemplateSyntax } from './templates.ts';
import { mayRefuseLinePrefix } from './line-prefix.ts';
import { pushObjects, tooManyDocuments } from './objects.ts';
import { fromYaml } from './parse-yaml.ts';

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

export function newSource(path: string, text: string): SourceFile {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return { path, text: t, lineCounter: new LineIndex(t) };
}
