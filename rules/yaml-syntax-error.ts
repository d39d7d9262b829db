import { defineRule } from '../src/engine/rule.ts';

/** Reported by the engine while parsing; no check of its own. */
export default defineRule({
  meta: {
    code: 'LP001',
    name: 'yaml-syntax-error',
    severity: 'error',
    category: 'input',
    description: 'A file is not valid YAML or JSON (syntax error, duplicate key, bad alias).',
    securitySeverity: 1.0,
    tags: ['input'],
    messages: { syntax: '{detail}' },
    docs: {
      whatItDoes:
        'Reports YAML and JSON syntax errors at their line and column: bad indentation, unclosed quotes or brackets, duplicate keys in a mapping, undefined aliases. The document with the error is not audited (kubectl cannot apply it either), except one whose only errors are duplicate keys: kubectl applies it with each key\'s last value, and it is audited so; a duplicate whose values are the same is reported one step lower (a warning), since the object applies as written. The other documents of the file and the other files are audited. This finding cannot be suppressed.',
      whyItMatters:
        'kubectl and the API server reject such a document, or worse, a tool in the pipeline silently keeps one of two duplicate keys (a missing `---` between two objects merges them). Nothing in a broken document can be audited, so it must not pass silently.',
      example: `apiVersion: v1
kind: Pod
metadata:
  name: web
   namespace: shop   # indented one space too far`,
      useInstead: `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop`,
      references: ['https://yaml.org/spec/1.2.2/', 'https://github.com/kubernetes-sigs/yaml'],
      notes: 'Documents that hold Helm/Go template syntax where YAML structure goes (`{{- if … }}` lines, unquoted `name: {{ .Release.Name }}`) are not reported here: they are not valid YAML as written, so kubectl cannot apply them either, and they are skipped with a reason in the summary. A document kubectl can read is audited whatever `{{ }}` strings it holds, and so are the other documents of the file. Files with `{{ }}` in a Helm chart\'s `templates/` folder (a `Chart.yaml` next to it) are skipped whole. Render templates first (`helm template`) and audit the output.',
    },
  },
});
