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
        'Reports YAML and JSON syntax errors at their line and column: bad indentation, unclosed quotes or brackets, duplicate keys in a mapping, undefined aliases. The document with the error is not audited; the other documents of the file and the other files are.',
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
      notes: 'Files with Helm/Go template control lines (`{{- if … }}`) are not reported here: they are skipped with a reason in the summary. Render them first (`helm template`, `kubectl kustomize`) and audit the output.',
    },
  },
});
