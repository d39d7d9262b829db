import { defineRule } from '../src/engine/rule.ts';

/** Reported by the engine while parsing (src/input/goyaml.ts); no check of its own. */
export default defineRule({
  meta: {
    code: 'LP007',
    name: 'yaml-decode-ambiguous',
    severity: 'error',
    category: 'input',
    description: 'A document that kubectl reads differently from other YAML readers, or in a way not reproduced here exactly: what leastpriv audits might not be what gets applied.',
    securitySeverity: 1.0,
    tags: ['input'],
    messages: { ambiguous: '{detail}' },
    docs: {
      whatItDoes:
        'Reports YAML that kubectl (sigs.k8s.io/yaml on go-yaml v2, YAML 1.1) may read differently from what leastpriv audited: a second document hidden in one part of the file (after `...`, or after a `---` that follows a line break other than `\\n`), a line or paragraph separator (U+2028, U+2029) inside a value, YAML directives, two keys of different types with the same text (`1` and `"1"`: kubectl keeps one of them at random), float keys, a quoted string continued on a line indented less than its key (kubectl reads those lines as part of the string, the YAML parser leastpriv falls back to reads them as keys), a line of white space longer than the indentation in a block scalar with an indentation indicator (`|2`), a plain key right before `:` and `,`, `]` or `}` in a flow collection (`[a:]`: kubectl reads the text `a:`), a plain scalar starting with `?` in a flow collection (`{?privileged: true}`: a key indicator to kubectl), and an `items` list in an object whose kind is not a list (kubectl applies the items and drops the object, a tool that goes by the kind may apply the object: both are audited). Everything else is read exactly as kubectl 1.32 reads it (merge keys in key order, the last of duplicate keys, YAML 1.1 scalars and line breaks, tags) and checked against kubectl in the tests.',
      whyItMatters:
        'leastpriv is a gate on pull requests: if the object it audits is not the object the cluster gets, a privileged container can pass the audit. Where the reading is not certain, the run fails instead of guessing.',
      example: `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
...
apiVersion: v1
kind: Pod   # kubectl ignores this document; kustomize and Argo CD apply it`,
      useInstead: `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
---
apiVersion: v1
kind: Pod`,
      references: ['https://github.com/kubernetes-sigs/yaml', 'https://yaml.org/spec/1.1/', 'https://github.com/kubernetes/apimachinery/blob/master/pkg/util/yaml/decoder.go'],
    },
  },
});
