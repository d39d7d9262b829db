/**
 * Telling Helm/Go templates from manifests that merely contain `{{ }}` in their strings.
 *
 * A PrometheusRule's `{{ $labels.instance }}`, an Argo Workflow's `"{{inputs.parameters.x}}"` or a
 * Go template in a ConfigMap's block scalar are strings: the file is a manifest and is audited. A
 * template puts `{{ }}` where YAML structure goes (`{{- if .Values.x }}` lines, unquoted
 * `name: {{ .Release.Name }}`), which YAML reads as syntax errors or as flow mappings used as keys.
 * So a file is a template when it has `{{ … }}` and its parse is troubled (errors, or a collection
 * used as a mapping key) — unless the trouble is still there, at the same place, once every
 * `{{ … }}` is blanked out: then it is plain broken YAML and is reported as such.
 */
import type { Document } from 'yaml';
import { PARSE_OPTIONS } from './tree.ts';
import { yamlLib } from './yaml-lib.ts';

const EXPRESSION = /\{\{.*?\}\}/g;
const ONLY_EXPRESSIONS = /^\s*(?:\{\{.*?\}\}\s*)+$/;

export function hasTemplateSyntax(text: string): boolean {
  return /\{\{.*?\}\}/.test(text);
}

/** The text with each `{{ … }}` blanked out at the same offsets: action-only lines become spaces, others `x`s. */
export function blankTemplates(text: string): string {
  return text
    .split('\n')
    .map((line) => (ONLY_EXPRESSIONS.test(line) ? line.replace(/[^\r]/g, ' ') : line.replace(EXPRESSION, (m) => 'x'.repeat(m.length))))
    .join('\n');
}

function collectionKey(docs: readonly Document.Parsed[]): boolean {
  const { isCollection, visit } = yamlLib();
  let found = false;
  for (const doc of docs) {
    visit(doc, {
      Pair(_key, pair) {
        if (isCollection(pair.key)) {
          found = true;
          return visit.BREAK;
        }
        return undefined;
      },
    });
    if (found) return true;
  }
  return false;
}

function firstError(docs: readonly Document.Parsed[]): number | undefined {
  for (const d of docs) if (d.errors.length) return d.errors[0]!.pos[0];
  return undefined;
}


/** True when `docs` (parsed from `text`) are a template rather than manifests; see the file comment. */
export function isTemplate(text: string, docs: readonly Document.Parsed[]): boolean {
  if (!hasTemplateSyntax(text)) return false;
  const err = firstError(docs);
  if (err === undefined && !collectionKey(docs)) return false;
  if (err === undefined) return true;
  const blanked = yamlLib().parseAllDocuments(blankTemplates(text), PARSE_OPTIONS) as unknown as Document.Parsed[];
  const after = firstError(Array.isArray(blanked) ? blanked : [blanked]);
  return after !== err;
}

