import { defineRule } from '../src/engine/rule.ts';
import { isRole, policyRuleProblems } from '../src/rbac/objects.ts';
import { droppedFields } from '../src/model/shape.ts';

/**
 * The rules the API server refuses, and with them the whole Role or ClusterRole
 * (kubernetes/kubernetes pkg/apis/rbac/validation/validation.go, ValidatePolicyRule; the checks are
 * in src/rbac/objects.ts policyRuleProblems, which the RBAC graph also reads: a refused role grants
 * nothing there).
 */
export default defineRule({
  meta: {
    code: 'LP120',
    name: 'invalid-role-rule',
    severity: 'error',
    category: 'rbac',
    description: 'A rule of a Role or ClusterRole the API server rejects, with the whole role (no verbs, no apiGroups or resources, nonResourceURLs in a Role or mixed with resources).',
    securitySeverity: 3.0,
    tags: ['rbac', 'correctness'],
    messages: {
      invalid: 'Rule {index} of {role} {problem}: the API server rejects the whole {kind} (`rules[{index}].{field}`), so applying it fails and none of its rules are granted to anyone bound to it.',
    },
    docs: {
      whatItDoes:
        "Flags each rule of a Role or ClusterRole that the API server's validation refuses: a rule without `verbs`; a resource rule without `apiGroups` (the core group is written `\"\"`) or without `resources`; `nonResourceURLs` in a Role (only a ClusterRole can grant them) or together with `apiGroups`, `resources` or `resourceNames`. A refused role grants nothing in leastpriv's model either: the other rules (attack paths, redundant grants, effective permissions, `can-i`) count no grant from it, and an aggregated ClusterRole takes no rule from it.",
      whyItMatters:
        'The API server validates every rule of a role and rejects the object when one fails: `kubectl apply` reports an error, a GitOps sync fails, and until it is fixed the role does not exist, so every binding to it grants nothing and the workloads get 403s. Leaving out `apiGroups` for a core resource (`pods`, `secrets`) is the usual cause: the field has no default.',
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: reader, namespace: app }
rules:
- resources: ["configmaps"]
  verbs: ["get"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: reader, namespace: app }
rules:
- apiGroups: [""]
  resources: ["configmaps"]
  verbs: ["get"]`,
      references: ['https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/rbac/validation/validation.go', 'https://kubernetes.io/docs/reference/access-authn-authz/rbac/#role-example'],
    },
  },
  checkObject(obj, ctx) {
    if (!isRole(obj)) return;
    const role = obj.kind === 'Role' && obj.namespace ? `Role ${obj.namespace}/${obj.name}` : `${obj.kind} ${obj.name}`;
    // (a field of the wrong type, taken out for the rules, is invalid-field-type's: LP002)
    const dropped = droppedFields(obj);
    for (const p of policyRuleProblems(obj)) {
      if (dropped.some((d) => d[0] === 'rules' && (d.length === 1 || (d[1] === p.index && (d.length === 2 || d[2] === p.field))))) continue;
      ctx.report({ object: obj, path: ['rules', p.index, p.field], messageId: 'invalid', data: { index: p.index, role, problem: p.problem, kind: obj.kind, field: p.field } });
    }
  },
});
