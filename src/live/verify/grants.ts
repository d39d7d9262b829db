/**
 * What the manifests grant, and to whom: every binding's subjects joined with the rules of the
 * Role or ClusterRole it references (when that role is in the manifests), with the path of each
 * rule so findings land on the line that made the promise.
 */
import type { PolicyRule, Subject as RbacSubject } from 'kubernetes-types/rbac/v1';
import type { K8sObject } from '../../input/types.ts';
import { grantsVerbOn, STREAMING_SUBRESOURCES } from '../../rbac/match.ts';
import { isRbac, roleRules } from '../../rbac/objects.ts';
import type { Subject } from '../access/review.ts';
import { subjectIdentity } from '../access/review.ts';

export interface Grant {
  subject: Subject;
  binding: K8sObject;
  subjectIndex: number;
  role: K8sObject;
  ruleIndex: number;
  rule: PolicyRule;
  /** Undefined for ClusterRoleBindings: granted in every namespace. */
  namespace?: string;
}

export function subjectKey(s: Subject): string {
  return `${s.kind}:${s.namespace ?? ''}:${s.name}`;
}

export function subjectLabel(s: Subject): string {
  return s.kind === 'ServiceAccount' ? `ServiceAccount ${s.namespace}/${s.name}` : `${s.kind} ${s.name}`;
}

/** The user name the API server sees for a subject (undefined for groups). */
export function userOf(s: Subject): string | undefined {
  return subjectIdentity(s).user;
}

export function grantsFrom(objects: readonly K8sObject[]): Grant[] {
  const roles = new Map<string, K8sObject>();
  for (const o of objects) {
    if (isRbac(o, 'ClusterRole')) roles.set(`ClusterRole/${o.name}`, o);
    if (isRbac(o, 'Role')) roles.set(`Role/${o.namespace ?? 'default'}/${o.name}`, o);
  }
  const out: Grant[] = [];
  for (const b of objects) {
    const cluster = isRbac(b, 'ClusterRoleBinding');
    if (!cluster && !isRbac(b, 'RoleBinding')) continue;
    const ns = cluster ? undefined : (b.namespace ?? 'default');
    const ref = (b.value.roleRef ?? {}) as { kind?: string; name?: string };
    const role = roles.get(ref.kind === 'ClusterRole' ? `ClusterRole/${ref.name}` : `Role/${ns}/${ref.name}`);
    if (!role) continue;
    const subjects = Array.isArray(b.value.subjects) ? (b.value.subjects as RbacSubject[]) : [];
    subjects.forEach((s, subjectIndex) => {
      if (s.kind !== 'ServiceAccount' && s.kind !== 'User' && s.kind !== 'Group') return;
      const subject: Subject = { kind: s.kind, name: s.name, ...(s.kind === 'ServiceAccount' ? { namespace: s.namespace ?? ns ?? 'default' } : {}) };
      (roleRules(role) ?? []).forEach((rule, ruleIndex) => out.push({ subject, binding: b, subjectIndex, role, ruleIndex, rule, namespace: ns }));
    });
  }
  return out;
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
