import { defineRule } from '../src/engine/rule.ts';
import { isBinding } from '../src/rbac/objects.ts';

/**
 * Subject shapes the authorizer can match (kubernetes/kubernetes pkg/registry/rbac/validation/rule.go,
 * appliesToUser) and the API server accepts (pkg/apis/rbac/validation/validation.go,
 * validateRoleBindingSubject): User/Group with apiGroup rbac.authorization.k8s.io (defaulted when
 * empty: pkg/apis/rbac/v1/defaults.go, SetDefaults_Subject), ServiceAccount with apiGroup "" and a
 * namespace (taken from a RoleBinding's own namespace; required in a ClusterRoleBinding) and a name
 * that is a DNS-1123 subdomain (ValidateServiceAccountName). Every shape
 * flagged here fails that validation, so the API server rejects the whole binding, not one subject.
 */
export default defineRule({
  meta: {
    code: 'LP118',
    name: 'invalid-binding-subject',
    severity: 'error',
    category: 'rbac',
    description: 'A binding subject the API server rejects, with the whole binding (unknown kind, wrong apiGroup, no name or an invalid one, service account without namespace).',
    securitySeverity: 3.0,
    tags: ['rbac', 'correctness'],
    messages: {
      invalid: 'Subject {index} of {binding} {problem}: the API server rejects the whole binding (`subjects[{index}].{field}`), so applying it fails and none of its subjects get the role.',
      noNamespace:
        'Subject {index} of {binding} is a ServiceAccount without a namespace: a ClusterRoleBinding has no namespace to default to, so the API server rejects the whole binding (`subjects[{index}].namespace: Required value`) and none of its subjects get the role. Set `namespace:` (kustomize sets it only when a `namespace:` transformer applies to this file).',
    },
    docs: {
      whatItDoes:
        'Flags each subject of a RoleBinding or ClusterRoleBinding that the API server rejects, and with it the whole binding (the authorizer could never match it either): a kind other than User, Group or ServiceAccount; a User or Group with an apiGroup other than `rbac.authorization.k8s.io`; a ServiceAccount with a non-empty apiGroup; a subject without a name; a ServiceAccount whose name is no DNS-1123 subdomain (such as the full user name `system:serviceaccount:NS:NAME`); a ServiceAccount without a namespace in a ClusterRoleBinding (one step lower, `warning`: the kustomize namespace transformer often fills it in). A refused binding grants nothing in leastpriv\'s model either: the other rules (attack paths, redundant grants, effective permissions, `can-i`) count no grant from it.',
      whyItMatters:
        'The API server validates every subject of a binding and rejects the binding when one fails (pkg/apis/rbac/validation/validation.go): `kubectl apply` reports an error for that object, a GitOps sync fails, and until it is fixed none of its subjects (the valid ones included) get the role, so the workloads get 403s. A ServiceAccount subject without a namespace takes the namespace of a RoleBinding, but a ClusterRoleBinding has none to give. A User or Group subject without `apiGroup` is fine: the API server fills in `rbac.authorization.k8s.io`.',
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: app }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: app }
subjects:
- { kind: ServiceAccount, name: app }`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: app }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: app }
subjects:
- { kind: ServiceAccount, name: app, namespace: app }`,
      references: [
        'https://github.com/kubernetes/kubernetes/blob/master/pkg/registry/rbac/validation/rule.go',
        'https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/rbac/validation/validation.go',
        'https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-subjects',
      ],
    },
  },
  checkObject(obj, ctx) {
    if (!isBinding(obj)) return;
    const b = ctx.model.rbac.bindingOf(obj);
    if (!b) return;
    const label = `${obj.kind} ${b.namespace ? b.namespace + '/' : ''}${obj.name}`;
    for (const p of b.problems) {
      if (p.problem.field === 'namespace') {
        // Often completed by kustomize's namespace transformer: one step lower than a subject that can never match.
        ctx.report({ object: obj, path: ['subjects', p.index], messageId: 'noNamespace', severity: ctx.severity === 'error' ? 'warning' : 'note', data: { index: p.index, binding: label } });
        continue;
      }
      ctx.report({ object: obj, path: ['subjects', p.index, p.problem.field], messageId: 'invalid', data: { index: p.index, binding: label, problem: p.problem.problem, field: p.problem.field } });
    }
  },
});
