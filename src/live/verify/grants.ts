/**
 * What the manifests grant, and to whom, from the core's RBAC graph (src/rbac: roleRefs resolved,
 * aggregation applied, built-in ClusterRoles known offline): one entry per (binding subject, rule),
 * with where the rule is written so findings land on the line that made the promise. A rule of a
 * built-in role is not in the manifests: its findings land on the binding's roleRef.
 */
import type { PolicyRule } from 'kubernetes-types/rbac/v1';
import type { K8sObject } from '../../input/types.ts';
import type { ObjPath } from '../../engine/types.ts';
import { RbacGraph } from '../../rbac/graph.ts';
import { grantsVerbOn, STREAMING_SUBRESOURCES } from '../../rbac/match.ts';
import { principalLabel } from '../../rbac/subjects.ts';
import { roleLabel } from '../../rbac/objects.ts';
import type { Subject } from '../access/review.ts';
import { subjectIdentity } from '../access/review.ts';

export interface Grant {
  subject: Subject;
  binding: K8sObject;
  subjectIndex: number;
  /** Where the rule is written: the role's rules[i], or the binding's roleRef for built-in roles. */
  ruleSite: { object: K8sObject; path: ObjPath };
  /** "ClusterRole mcp-homelab", for messages. */
  roleLabel: string;
  ruleIndex: number;
  rule: PolicyRule;
  /** Undefined for ClusterRoleBindings: granted in every namespace. */
  namespace?: string;
}

export function subjectKey(s: Subject): string {
  return `${s.kind}:${s.namespace ?? ''}:${s.name}`;
}

export function subjectLabel(s: Subject): string {
  return principalLabel(s.kind === 'ServiceAccount' ? { kind: s.kind, name: s.name, namespace: s.namespace ?? 'default' } : { kind: s.kind, name: s.name });
}

/** The user name the API server sees for a subject (undefined for groups). */
export function userOf(s: Subject): string | undefined {
  return subjectIdentity(s).user;
}

/** A binding of the manifests the API server refuses (src/rbac/graph.ts `rejected`): it grants nothing. */
export interface RejectedBinding {
  binding: K8sObject;
  why: string;
  /** The field that makes the API server refuse it. */
  path: ObjPath;
}

export function grantsFrom(objects: readonly K8sObject[]): Grant[] {
  return grantsAndRejections(objects).grants;
}

/**
 * The grants, and the bindings that grant nothing because the API server refuses them (a subject
 * or roleRef that fails validation: pkg/apis/rbac/validation ValidateRoleBinding). verify must say
 * so: without it, a refused binding's promises vanished without a word, and the probes fell back
 * to the verifier's own credentials.
 */
export function grantsAndRejections(objects: readonly K8sObject[]): { grants: Grant[]; rejected: RejectedBinding[] } {
  const graph = new RbacGraph(objects);
  const out: Grant[] = [];
  const rejected: RejectedBinding[] = [];
  for (const b of graph.bindings) {
    if (b.rejected !== undefined) {
      const p = b.problems[0];
      rejected.push({ binding: b.object, why: b.rejected, path: p ? ['subjects', p.index, p.problem.field] : /^roleRef/.test(b.rejected) ? ['roleRef'] : [] });
    }
    if (!b.role) continue;
    for (const { principal, index } of b.subjects) {
      const subject: Subject = principal.kind === 'ServiceAccount' ? { kind: 'ServiceAccount', name: principal.name, namespace: principal.namespace } : { kind: principal.kind, name: principal.name };
      for (const r of b.role.rules) {
        const src = r.source.object;
        out.push({
          subject,
          binding: b.object,
          subjectIndex: index,
          ruleSite: src ? { object: src, path: ['rules', r.index] } : { object: b.object, path: ['roleRef'] },
          roleLabel: (src ? roleLabel(src) : `built-in ClusterRole ${r.source.name}`) + (r.source !== b.role ? ` (aggregated into ClusterRole ${b.role.name})` : ''),
          ruleIndex: r.index,
          rule: r.rule,
          ...(b.namespace ? { namespace: b.namespace } : {}),
        });
      }
    }
  }
  return { grants: out, rejected };
}

export function grantsIn(grants: readonly Grant[], namespace: string): Grant[] {
  return grants.filter((g) => g.namespace === undefined || g.namespace === namespace);
}

/** Does any of these grants allow the verb on the (sub)resource? */
export function granted(grants: readonly Grant[], verb: string, group: string, resource: string, sub = ''): Grant | undefined {
  return grants.find((g) => grantsVerbOn(g.rule, verb, group, resource, sub));
}

/** Grants that touch a streaming subresource of pods (exec, attach, portforward). */
export function streamingGrants(grants: readonly Grant[]): Grant[] {
  return grants.filter((g) => STREAMING_SUBRESOURCES.some((sub) => ['get', 'create'].some((v) => grantsVerbOn(g.rule, v, '', 'pods', sub))));
}
