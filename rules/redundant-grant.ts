import { defineRule } from '../src/engine/rule.ts';
import { roleLabel } from '../src/rbac/objects.ts';
import { principalLabel, userOf } from '../src/rbac/subjects.ts';
import { ruleCoveredBy } from '../src/rbac/effective.ts';
import type { BindingNode, Grant } from '../src/rbac/graph.ts';
import type { PolicyRule } from 'kubernetes-types/rbac/v1';

/**
 * An irredundant set of the bindings behind `grants` that still covers every rule: each binding is
 * dropped, latest first, when the rest cover the rules without it. One grant per binding is returned
 * (the first, for its subject index).
 */
function coveringBindings(rules: readonly PolicyRule[], grants: readonly Grant[]): Grant[] {
  const byBinding = new Map<BindingNode, Grant[]>();
  for (const g of grants) byBinding.set(g.binding, [...(byBinding.get(g.binding) ?? []), g]);
  const kept = [...byBinding.keys()];
  for (let i = kept.length - 1; i >= 0; i--) {
    const rest = kept.filter((_, j) => j !== i).flatMap((k) => byBinding.get(k)!);
    if (rules.every((r) => ruleCoveredBy(r, rest))) kept.splice(i, 1);
  }
  return kept.map((k) => byBinding.get(k)![0]!);
}

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
        "For each subject of each binding, checks whether every rule of the bound role is already allowed to that subject by its other bindings in the same scope (the binding's namespace for a RoleBinding; other ClusterRoleBindings for a ClusterRoleBinding), its groups' bindings included. Only bindings applied together count: in a repository of several bundles (kustomize overlays, Flux cluster folders), those of the binding's own bundle and of files no bundle includes (README, *Which objects meet in one cluster*). Such a binding is reported as a note. Of two bindings that cover each other, the one later in the files is reported; the same binding (kind, namespace, name) written twice, as in a kustomize base and a rendered bundle, is a copy and not reported. The message names the bindings that do the covering (none that could be dropped), each with its file and line.",
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
        // The same binding written twice (a kustomize base and a rendered bundle) is a copy, not a second grant.
        const same = (o: BindingNode) => o.kind === b.kind && o.namespace === b.namespace && o.name === b.name;
        const others: Grant[] = graph.rulesFor(user, b.namespace).filter((g) => g.binding !== b && !same(g.binding) && !redundant.has(g.binding) && (b.kind === 'RoleBinding' || g.binding.kind === 'ClusterRoleBinding'));
        if (!others.length) continue;
        if (!b.role.rules.every((r) => ruleCoveredBy(r.rule, others))) continue;
        redundant.add(b);
        // Name the bindings that do the covering, not every binding of the subject: drop each one whose
        // grants the others still cover without (copies of one binding in several files, bindings of
        // unrelated roles), and say where each is, as a name can stand for several files' objects.
        const cover = coveringBindings(b.role.rules.map((r) => r.rule), others);
        const via = cover.slice(0, 3).map((g) => `${g.binding.kind} ${g.binding.namespace ? g.binding.namespace + '/' : ''}${g.binding.name} (${ctx.where(g.binding.object, ['subjects', g.subjectIndex])})`);
        if (cover.length > 3) via.push(`${cover.length - 3} more`);
        ctx.report({
          object: b.object,
          path: ['subjects', s.index],
          messageId: 'redundant',
          data: {
            subject: principalLabel(s.principal),
            role: roleLabel(b.role),
            scope: b.namespace ? `in namespace ${b.namespace}` : 'cluster-wide',
            others: via.join(', '),
          },
        });
        break;
      }
    }
  },
});
