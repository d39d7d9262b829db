import { defineRule } from '../src/engine/rule.ts';

/** Reported by the input stage (src/input/parse.ts, missingType): the rule carries its metadata. */
export default defineRule({
  meta: {
    code: 'LP032',
    name: 'object-without-type',
    severity: 'error',
    category: 'input',
    description: 'A document meant as a Kubernetes object (it has metadata.name and a spec, rules, data…) has no apiVersion or kind, or a List has an item kubectl cannot apply.',
    securitySeverity: 4.0,
    tags: ['input', 'kind'],
    messages: { missing: '{detail}' },
    docs: {
      whatItDoes:
        'Flags a YAML document that has `metadata.name` (or `generateName`) and one of `kind`, `apiVersion`, `spec`, `data`, `stringData`, `rules`, `subjects`, `roleRef`, but no `apiVersion` or no `kind`. Documents without `metadata.name` (Helm values, CI files, kustomization files) are not Kubernetes objects and are not reported. Also flags the items of a List (any object with an `items` list) that kubectl cannot apply: an item that is null, not a mapping, a list itself, or without `kind` or `apiVersion` once it has taken the list\'s (kubectl 1.32 reports each as an error of `kubectl apply`, and for the second and third applies none of the list).',
      whyItMatters:
        'kubectl refuses an object without `apiVersion` or `kind` before sending it ("error validating data: apiVersion not set"; with `--validate=false` it cannot tell which resource it is), so it never applies; and since nothing says what it is, no linter audits it: a Deployment whose `kind` line was lost in a merge is both undeployed and unreviewed.',
      example: `metadata: { name: web }
spec:
  template:
    spec:
      containers: [{ name: web, image: nginx }]`,
      useInstead: `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  template:
    spec:
      containers: [{ name: web, image: nginx }]`,
      references: ['https://kubernetes.io/docs/concepts/overview/working-with-objects/#required-fields'],
    },
  },
});
