import { defineRule } from '../src/engine/rule.ts';
import { isBinding } from '../src/rbac/objects.ts';

/**
 * Subject shapes the authorizer can match (kubernetes/kubernetes pkg/registry/rbac/validation/rule.go,
 * appliesToUser) and the API server accepts (pkg/apis/rbac/validation: ValidateRoleBindingSubject):
 * User/Group with apiGroup rbac.authorization.k8s.io, ServiceAccount with apiGroup "" and a
 * namespace (defaulted from a RoleBinding's own namespace, never in a ClusterRoleBinding).
 */
export default defineRule({
  meta: {
    code: 'LP118',
    name: 'invalid-binding-subject',
    severity: 'error',
    category: 'rbac',
    description: 'A binding subject can never match anyone (unknown kind, wrong apiGroup, no name, service account without namespace).',
    securitySeverity: 3.0,
    tags: ['rbac', 'correctness'],
    messages: {
      invalid: 'Subject {index} of {binding} {problem}: it matches nobody, so the binding does not grant what it seems to.',
      noNamespace:
        'Subject {index} of {binding} is a ServiceAccount without a namespace: a ClusterRoleBinding has no namespace to default to, so as written it matches no service account. Set `namespace:` (kustomize sets it only when a `namespace:` transformer applies to this file).',
    },
    docs: {
      whatItDoes:
        'Flags each subject of a RoleBinding or ClusterRoleBinding that the RBAC authorizer can never match: a kind other than User, Group or ServiceAccount; a User or Group with an apiGroup other than `rbac.authorization.k8s.io`; a ServiceAccount with a non-empty apiGroup; a subject without a name; a ServiceAccount without a namespace in a ClusterRoleBinding (one step lower, `warning`: the kustomize namespace transformer often fills it in).',
      whyItMatters:
        'The authorizer compares subjects literally. A ServiceAccount subject without a namespace takes the namespace of a RoleBinding, but a ClusterRoleBinding has none, so the subject matches no service account and the workload gets 403s; the API server rejects some of these shapes and accepts others, so a manifest may apply cleanly and still grant nothing.',
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
      ctx.report({ object: obj, path: ['subjects', p.index, p.problem.field], messageId: 'invalid', data: { index: p.index, binding: label, problem: p.problem.problem } });
    }
  },
});
