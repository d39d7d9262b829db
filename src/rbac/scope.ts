/**
 * How far a role's grants reach, for rules whose severity scales with scope (the RBAC good
 * practices page: "Assign permissions at the namespace level where possible"): a ClusterRole
 * bound by a ClusterRoleBinding (directly or through a role that aggregates it) grants in every
 * namespace; a Role, or a ClusterRole bound only by RoleBindings, grants in those namespaces; a role
 * no binding in the manifests references may be bound elsewhere.
 */
import type { PolicyRule } from 'kubernetes-types/rbac/v1';
import type { K8sObject } from '../input/types.ts';
import type { Severity } from '../engine/types.ts';
import { UNSET_NAMESPACE, type BindingNode, type RbacGraph } from './graph.ts';

export type Scope = 'cluster' | 'namespace' | 'unbound';

export interface RoleScope {
  scope: Scope;
  bindings: BindingNode[];
  /** Human text: "bound cluster-wide by ClusterRoleBinding x", "bound in namespaces a, b", "not bound in these manifests". */
  text: string;
}

export function roleScope(graph: RbacGraph, obj: K8sObject): RoleScope {
  const node = graph.roleOf(obj);
  const bindings = node ? graph.bindingsReaching(node) : [];
  const crbs = bindings.filter((b) => b.kind === 'ClusterRoleBinding');
  if (crbs.length) return { scope: 'cluster', bindings, text: `bound cluster-wide by ClusterRoleBinding ${crbs.map((b) => b.name).slice(0, 3).join(', ')}${crbs.length > 3 ? ` and ${crbs.length - 3} more` : ''}` };
  if (bindings.length) {
    const ns = [...new Set(bindings.map((b) => b.namespace))].sort();
    // a binding without a namespace (src/render: unknown, not `default`) grants wherever it is applied
    if (ns.length === 1 && ns[0] === UNSET_NAMESPACE) return { scope: 'namespace', bindings, text: 'bound in whatever namespace its RoleBinding is applied to: none is set' };
    const shown = ns.map((n) => (n === UNSET_NAMESPACE ? 'a namespace not set' : n));
    return { scope: 'namespace', bindings, text: `bound in namespace${ns.length > 1 ? 's' : ''} ${shown.slice(0, 5).join(', ')}${ns.length > 5 ? ` and ${ns.length - 5} more` : ''}` };
  }
  if (obj.kind === 'Role') return { scope: 'namespace', bindings, text: obj.namespace ? `a Role in namespace ${obj.namespace}, not bound in these manifests` : 'a Role whose namespace is not set, not bound in these manifests' };
  return { scope: 'unbound', bindings, text: 'not bound in these manifests' };
}

const LOWER: Record<Severity, Severity> = { error: 'warning', warning: 'note', note: 'note' };

/** The configured severity for cluster-wide grants; one step lower for namespace-wide or unbound ones. */
export function scaled(severity: Severity, scope: Scope): Severity {
  return scope === 'cluster' ? severity : LOWER[severity];
}

/** A rule with `*` in verbs, apiGroups or resources: reported by the wildcard rule, not by each risk rule. */
export function hasWildcard(rule: PolicyRule): boolean {
  return (rule.verbs ?? []).includes('*') || (rule.apiGroups ?? []).includes('*') || (rule.resources ?? []).some((r) => r === '*' || r.startsWith('*/'));
}
