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

/** The first `cc` (a doubled character) in text[from, to), or -1: a bounded scan (indexOf would run past `to`). */
function pair(text: string, c: number, from: number, to: number): number {
  for (let j = from; j + 1 < to; j++) if (text.charCodeAt(j) === c && text.charCodeAt(j + 1) === c) return j;
  return -1;
}

/**
 * Calls `each(start, end)` for each `{{ … }}` in text[from, to), left to right, never across a line
 * break: the first `}}` after a `{{` on the same line closes it. Linear: a line is scanned once, left
 * to right (a `{{` without a `}}` after it on its line ends the line's scan).
 */
function expressions(text: string, from: number, to: number, each: (start: number, end: number) => boolean | void): void {
  for (let i = from; i < to; ) {
    const eol = lineEnd(text, i, to);
    for (let k = i; k < eol; ) {
      const open = pair(text, 123 /* { */, k, eol);
      if (open === -1) break;
      const close = pair(text, 125 /* } */, open + 2, eol);
      if (close === -1) break;
      if (each(open, close + 2) === true) return;
      k = close + 2;
    }
    i = eol + 1;
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
  let done = 0; // text before this offset is in `out`
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const spans: number[] = [];
    expressions(text, start, end, (s, e) => void spans.push(s, e));
    if (spans.length > 0) {
      // only expressions and white space on the line: a control line (`{{- if … }}`), blanked whole
      let only = true;
      for (let k = 0, at = start; k <= spans.length && only; k += 2) {
        const upTo = k < spans.length ? spans[k]! : end;
        for (let q = at; q < upTo && only; q++) {
          const c = text.charCodeAt(q);
          if (!isSpace(c) && !(c === 13 && k === spans.length)) only = false;
        }
        at = spans[k + 1]!;
      }
      if (only) {
        out.push(text.slice(done, start), blanks(text, start, end));
      } else {
        out.push(text.slice(done, start));
        for (let k = 0, at = start; k < spans.length; k += 2) {
          out.push(text.slice(at, spans[k]), 'x'.repeat(spans[k + 1]! - spans[k]!));
          at = spans[k + 1]!;
          if (k + 2 === spans.length) out.push(text.slice(at, end));
        }
      }
      done = end;
    }
    if (end === text.length) break;
    start = end + 1;
  }
  out.push(text.slice(done));
  return out.join('');
}

/** text[from, to) with everything but CR turned into spaces. */
function blanks(text: string, from: number, to: number): string {
  const line = text.slice(from, to);
  return line.indexOf('\r') === -1 ? ' '.repeat(to - from) : line.replace(/[^\r]/g, ' ');
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
