import { defineRule } from '../src/engine/rule.ts';

/** Reported by the engine's shape check (src/model/shape.ts) before the rules run. */
export default defineRule({
  meta: {
    code: 'LP002',
    name: 'invalid-field-type',
    severity: 'error',
    category: 'input',
    description: 'A field that leastpriv audits has the wrong type (`verbs: get`, `containers: {}`).',
    securitySeverity: 1.0,
    tags: ['input'],
    messages: { wrongType: '{object}: `{field}` {detail}; the API server would reject this object; the rest of it is audited without this field.' },
    docs: {
      whatItDoes:
        'Checks the type of every field the rules read (pod specs, containers, security contexts, RBAC rules, subjects, role references, metadata) and reports each wrong one at its line. The other rules then audit the rest of the object without the wrongly typed fields, so one bad field does not hide `runAsUser: 0` or a missing seccomp profile elsewhere in the same pod. An integer past 2^53 where an ID or a port goes is reported too: kubectl sends it exactly, the API server refuses it (IDs are at most 2147483647, ports 65535), and a JavaScript number cannot hold it exactly.',
      whyItMatters:
        'The API server refuses such an object, so the manifest cannot be what runs in the cluster as written; but the fix is usually one field, and what the rest of the object asks for is what will run once it is fixed. A single string where a list belongs (`verbs: get`) is also an easy mistake to miss in review.',
      example: `rules:
  - apiGroups: [""]
    resources: ["pods/exec"]
    verbs: create`,
      useInstead: `rules:
  - apiGroups: [""]
    resources: ["pods/exec"]
    verbs: ["create", "get"]`,
      references: ['https://kubernetes.io/docs/reference/kubernetes-api/'],
    },
  },
});
