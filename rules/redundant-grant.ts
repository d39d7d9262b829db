import { defineRule } from '../src/engine/rule.ts';
import { roleLabel } from '../src/rbac/objects.ts';
import { principalLabel, userOf } from '../src/rbac/subjects.ts';
import { ruleCoveredBy } from '../src/rbac/effective.ts';
import type { BindingNode, Grant } from '../src/rbac/graph.ts';

/** Grants add up (RBAC has no deny rules: kubernetes/kubernetes pkg/registry/rbac/validation/rule.go, RulesFor), so a binding whose every rule another binding already gives adds nothing. */
export default defineRule({
  meta: {
    code: 'LP116',
    name: 'redundant-grant',
    severity: 'note',
    category: 'rbac',
    description: 'A binding gives a subject nothing that its other bindings do not already give.',
    securitySeverity: 1.0,
    tags: ['rbac', 'maintainability'],
    messages: {
      redundant: '{subject} already gets everything {role} grants {scope} through {others}: this binding adds nothing. Remove it, or narrow the other grant so each binding states one need.',
    },
    docs: {
      whatItDoes:
        "For each subject of each binding, checks whether every rule of the bound role is already allowed to that subject by its other bindings in the same scope (the binding's namespace for a RoleBinding; other ClusterRoleBindings for a ClusterRoleBinding), its groups' bindings included. Such a binding is reported as a note. Of two identical bindings, the one later in the files is reported.",
      whyItMatters:
        'RBAC permissions only add up, so a redundant binding changes nothing today — but it hides where a permission really comes from: removing the "real" grant later leaves the subject with it anyway, and reviews of least privilege go wrong. It is also a sign that a broad grant (a ClusterRoleBinding, a wildcard) covers what was meant to be granted narrowly.',
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: alice-view }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
subjects: [{ kind: User, name: alice, apiGroup: rbac.authorization.k8s.io }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: alice-view, namespace: dev }    # redundant
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
subjects: [{ kind: User, name: alice, apiGroup: rbac.authorization.k8s.io }]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: alice-view, namespace: dev }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
subjects: [{ kind: User, name: alice, apiGroup: rbac.authorization.k8s.io }]`,
      references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#rolebinding-and-clusterrolebinding', 'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#periodic-review'],
    },
  },
  checkModel(ctx) {
    const graph = ctx.model.rbac;
    const redundant = new Set<BindingNode>();
    const bindings = [...graph.bindings].reverse();
    for (const b of bindings) {
      if (!b.role || !b.role.rules.length) continue;
      for (const s of b.subjects) {
        const user = userOf(s.principal) ?? { name: '', groups: [s.principal.name] };
        const others: Grant[] = graph.rulesFor(user, b.namespace).filter((g) => g.binding !== b && !redundant.has(g.binding) && (b.kind === 'RoleBinding' || g.binding.kind === 'ClusterRoleBinding'));
        if (!others.length) continue;
        if (!b.role.rules.every((r) => ruleCoveredBy(r.rule, others))) continue;
        redundant.add(b);
        const via = [...new Set(others.map((o) => `${o.binding.kind} ${o.binding.namespace ? o.binding.namespace + '/' : ''}${o.binding.name} (${ctx.where(o.binding.object, [])})`))];
        ctx.report({
          object: b.object,
          path: ['subjects', s.index],
          messageId: 'redundant',
          data: {
            subject: principalLabel(s.principal),
            role: roleLabel(b.role),
            scope: b.namespace ? `in namespace ${b.namespace}` : 'cluster-wide',
            others: via.slice(0, 3).join(', ') + (via.length > 3 ? ` and ${via.length - 3} more` : ''),
          },
        });
        break;
      }
    }
  },
});
