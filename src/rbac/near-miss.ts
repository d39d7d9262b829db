/**
 * "Near misses": when the RBAC answer is no, what *is* granted close to the request. The incident's
 * confusion was exactly this: `create` on pods/exec was granted and `get` was not, and nothing said
 * so (WebSocket exec opens with GET, so the exec failed while the role looked right).
 *
 * For a user and a request that is not allowed, the rules that apply to the user are compared with
 * the request one part at a time (matching as in ./match.ts, i.e. the RBAC authorizer):
 * - other-verbs: the same resource (and subresource, group, name) with other verbs;
 * - resource-names: the verb on the resource, but only for other object names;
 * - parent-resource / subresource: the verb on `pods` when `pods/exec` was asked, or the reverse
 *   (RBAC treats `pods` and `pods/exec` as different resources);
 * - other-group: the verb on a resource of that name in another API group;
 * - other-namespaces: the same request is allowed in other namespaces (RoleBindings elsewhere).
 * Non-resource URL requests only get other-verbs.
 */
import type { RbacGraph, Grant } from './graph.ts';
import { apiGroupMatches, effectiveName, isNonResource, nonResourceURLMatches, resourceMatches, resourceNameMatches, ruleAllows, verbMatches, type Request, type ResourceRequest } from './match.ts';
import { principalKey, type Principal, type UserInfo } from './subjects.ts';

export type NearMissKind = 'other-verbs' | 'resource-names' | 'parent-resource' | 'subresource' | 'other-group' | 'other-namespaces';

export interface NearMiss {
  kind: NearMissKind;
  /** The rule that grants the nearby permission. */
  grant: Grant;
  /** other-verbs: the verbs this rule grants on the resource (`*` as written). */
  verbs?: string[];
  /** resource-names: the names the rule is limited to. */
  names?: string[];
  /** parent-resource / subresource / other-group: what the rule grants instead, e.g. `pods`. */
  resource?: string;
  /** other-namespaces: where the request is allowed. */
  namespace?: string;
}

const resLabel = (group: string, resource: string, sub = '') => `${resource}${group ? '.' + group : ''}${sub ? '/' + sub : ''}`;

/** Near misses for one rule of the user, against a request it does not allow. */
function ruleNearMisses(g: Grant, req: Request): NearMiss[] {
  const rule = g.rule.rule;
  if (isNonResource(req)) {
    if (nonResourceURLMatches(rule, req.nonResourceURL) && !verbMatches(rule, req.verb)) return [{ kind: 'other-verbs', grant: g, verbs: [...(rule.verbs ?? [])] }];
    return [];
  }
  const r = req as ResourceRequest;
  const sub = r.subresource ?? '';
  const group = apiGroupMatches(rule, r.apiGroup);
  const res = resourceMatches(rule, r.resource, sub);
  const name = resourceNameMatches(rule, effectiveName(r));
  const verb = verbMatches(rule, r.verb);
  const out: NearMiss[] = [];
  if (group && res && name && !verb) out.push({ kind: 'other-verbs', grant: g, verbs: [...(rule.verbs ?? [])] });
  if (group && res && verb && !name) out.push({ kind: 'resource-names', grant: g, names: [...(rule.resourceNames ?? [])] });
  if (group && verb && !res && name) {
    if (sub && resourceMatches(rule, r.resource, '')) out.push({ kind: 'parent-resource', grant: g, resource: resLabel(r.apiGroup, r.resource) });
    if (!sub) {
      const subs = (rule.resources ?? []).filter((x) => x.startsWith(`${r.resource}/`));
      for (const s of subs) out.push({ kind: 'subresource', grant: g, resource: resLabel(r.apiGroup, s) });
    }
  }
  if (!group && verb && res && name) out.push({ kind: 'other-group', grant: g, resource: `${resLabel('', r.resource, sub)} in API group${(rule.apiGroups ?? []).length === 1 ? '' : 's'} ${(rule.apiGroups ?? []).map((x) => `"${x}"`).join(', ')}` });
  return out;
}

/** What the user is granted close to a request that is not allowed (empty when it is allowed). */
export function nearMisses(graph: RbacGraph, user: UserInfo, req: Request): NearMiss[] {
  if (graph.authorize(user, req).allowed) return [];
  const ns = isNonResource(req) ? '' : (req.namespace ?? '');
  const out = graph.rulesFor(user, ns).flatMap((g) => ruleNearMisses(g, req));
  if (!isNonResource(req) && req.namespace) {
    for (const other of graph.namespacesOf(user)) {
      if (other === req.namespace) continue;
      const there = graph.authorize(user, { ...req, namespace: other });
      if (there.allowed) out.push({ kind: 'other-namespaces', grant: there.grants[0]!, namespace: other });
    }
  }
  const order: NearMissKind[] = ['other-verbs', 'resource-names', 'other-group', 'parent-resource', 'subresource', 'other-namespaces'];
  return out.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

/**
 * who-can's near misses: subjects that hold some verbs on the requested resource but not the one
 * asked (e.g. `create` on pods/exec without `get`), each with the rule that grants them.
 */
export function partialSubjects(graph: RbacGraph, req: Request): { principal: Principal; grant: Grant; verbs: string[] }[] {
  const ns = isNonResource(req) ? '' : (req.namespace ?? '');
  const candidates = ns ? [...graph.clusterRoleBindings(), ...graph.roleBindingsIn(ns)] : graph.clusterRoleBindings();
  const allowed = new Set(graph.whoCan(req).map((w) => principalKey(w.principal)));
  const out: { principal: Principal; grant: Grant; verbs: string[] }[] = [];
  for (const binding of candidates) {
    const role = binding.role;
    if (!role) continue;
    for (const rule of role.rules) {
      if (ruleAllows(rule.rule, req)) continue;
      const near = ruleNearMisses({ binding, subjectIndex: binding.subjects[0]?.index ?? 0, role, rule }, req).filter((n) => n.kind === 'other-verbs');
      if (!near.length) continue;
      for (const s of binding.subjects) {
        if (allowed.has(principalKey(s.principal))) continue;
        out.push({ principal: s.principal, grant: { binding, subjectIndex: s.index, role, rule }, verbs: near[0]!.verbs! });
      }
    }
  }
  return out;
}
