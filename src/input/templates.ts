/**
 * Telling Helm/Go templates from manifests that merely contain `{{ }}` in their strings.
 *
 * A PrometheusRule's `{{ $labels.instance }}`, an Argo Workflow's `"{{inputs.parameters.x}}"` or a
 * Go template in a ConfigMap's block scalar are strings: the file is a manifest and is audited. A
 * template puts `{{ }}` where YAML structure goes (`{{- if .Values.x }}` lines, unquoted
 * `name: {{ .Release.Name }}`), which YAML reads as syntax errors or as flow mappings used as keys.
 *
 * The skip must never hide what kubectl would apply, so it is decided per document, by what kubectl
 * can read: a document is a template only when it has `{{ … }}` and kubectl cannot decode it as
 * written — a syntax error that goes away once every `{{ … }}` is blanked out (one that stays, at the
 * same place, is plain broken YAML and reported as such), or a collection used as a mapping key
 * (go-yaml v2 refuses it: "invalid map key", checked with kubectl 1.32). A document kubectl reads is
 * audited whatever `{{ }}` it holds, and so are the other documents of a file that has templates in
 * it. Duplicate keys alone do not make a template (kubectl keeps the last value).
 *
 * Every scan here is a linear pass with indexOf: no regular expression runs on the text (a lazy
 * `\{\{.*?\}\}` is quadratic on a long line of `{{`, and `(?:\{\{.*?\}\}\s*)+$` exponential).
 */
import type { Document } from 'yaml';
import { PARSE_OPTIONS } from './tree.ts';
import { yamlLib } from './yaml-lib.ts';

const isBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/** End (exclusive) of the line that `i` is on. */
function lineEnd(text: string, i: number, end = text.length): number {
  for (; i < end; i++) if (isBreak(text.charCodeAt(i))) return i;
  return end;
}

/**
 * Calls `each(start, end)` for each `{{ … }}` in text[from, to), left to right, never across a line
 * break: the first `}}` after a `{{` on the same line closes it. Linear: each character is looked at
 * a bounded number of times (a `{{` without a `}}` on its line moves the scan to the next line).
 */
function expressions(text: string, from: number, to: number, each: (start: number, end: number) => boolean | void): void {
  let i = from;
  while (i < to) {
    const open = text.indexOf('{{', i);
    if (open === -1 || open >= to) return;
    const eol = lineEnd(text, open + 2, to);
    const close = text.indexOf('}}', open + 2);
    if (close === -1 || close + 2 > eol) {
      i = eol + 1; // no `}}` on this line: no expression opens later on it either
      continue;
    }
    if (each(open, close + 2) === true) return;
    i = close + 2;
  }
}

/** Whether text[from, to) has a `{{ … }}` on one line. */
export function hasTemplateSyntax(text: string, from = 0, to = text.length): boolean {
  let found = false;
  expressions(text, from, to, () => (found = true));
  return found;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 0xfeff || c === 0xa0 || c === 0x0b || c === 0x0c;

/** The text with each `{{ … }}` blanked out at the same offsets: action-only lines become spaces, others `x`s. */
export function blankTemplates(text: string): string {
  const out: string[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const spans: [number, number][] = [];
    expressions(text, start, end, (s, e) => void spans.push([s, e]));
    if (spans.length === 0) out.push(text.slice(start, end));
    else {
      // only expressions and white space on the line: a control line (`{{- if … }}`), blanked whole
      let only = true;
      let at = start;
      for (const [s, e] of spans) {
        for (let k = at; k < s && only; k++) if (!isSpace(text.charCodeAt(k))) only = false;
        at = e;
      }
      for (let k = at; k < end && only; k++) {
        const c = text.charCodeAt(k);
        if (!isSpace(c) && c !== 13) only = false;
      }
      let line = '';
      at = start;
      for (const [s, e] of spans) {
        line += only ? blanks(text, at, s) : text.slice(at, s);
        line += (only ? ' ' : 'x').repeat(e - s);
        at = e;
      }
      line += only ? blanks(text, at, end) : text.slice(at, end);
      out.push(line);
    }
    if (end === text.length) break;
    start = end + 1;
  }
  return out.join('\n');
}

/** text[from, to) with everything but CR turned into spaces. */
function blanks(text: string, from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) s += text.charCodeAt(k) === 13 ? '\r' : ' ';
  return s;
}

function hasCollectionKey(doc: Document.Parsed): boolean {
  const { isCollection, visit } = yamlLib();
  let found = false;
  visit(doc, {
    Pair(_key, pair) {
      if (isCollection(pair.key)) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * The indexes of the documents of `docs` (parsed from `text`) that are templates kubectl cannot read
 * as written; see the file comment. Empty when the text has no `{{ … }}` at all.
 */
export function templateDocuments(text: string, docs: readonly Document.Parsed[]): Set<number> {
  const out = new Set<number>();
  if (!hasTemplateSyntax(text)) return out;
  let blankedErrors: Set<number> | undefined;
  const errorsOnceBlanked = (): Set<number> => {
    if (blankedErrors) return blankedErrors;
    const parsed = yamlLib().parseAllDocuments(blankTemplates(text), PARSE_OPTIONS) as unknown as Document.Parsed[];
    blankedErrors = new Set((Array.isArray(parsed) ? parsed : [parsed]).flatMap((d) => d.errors.map((e) => e.pos[0])));
    return blankedErrors;
  };
  let from = 0;
  docs.forEach((doc, i) => {
    // the document's text: from the end of the one before (its `---` and leading control lines) to its end
    const to = doc.range?.[2] ?? text.length;
    const start = from;
    from = to;
    if (!hasTemplateSyntax(text, start, Math.max(to, start))) return;
    const errors = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
    if (errors.length > 0) {
      if (!errorsOnceBlanked().has(errors[0]!.pos[0])) out.add(i);
    } else if (doc.errors.length === 0 && hasCollectionKey(doc)) out.add(i);
  });
  return out;
}
