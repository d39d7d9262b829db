/**
 * Effective permissions per subject and namespace: the union of every rule that reaches a subject
 * in a namespace through any binding (its own name or one of its groups), as the authorizer's
 * rule resolver computes it. Rules that reason about effective grants walk these scopes.
 */
import type { Grant, RbacGraph } from './graph.ts';
import type { PolicyRule } from 'kubernetes-types/rbac/v1';
import { apiGroupMatches, grantsVerbOn, resourceNameMatches, ruleAllows, trimTrailingStars, verbMatches } from './match.ts';
import { principalKey, userOf, type Principal, type UserInfo } from './subjects.ts';

export interface SubjectScope {
  principal: Principal;
  user: UserInfo;
  /** The namespace, or '' for what ClusterRoleBindings alone grant (every namespace, cluster-scoped requests). */
  namespace: string;
  grants: Grant[];
}

/** Users and service accounts first, then groups; each principal once. */
function ordered(graph: RbacGraph): Principal[] {
  const rank = (p: Principal) => (p.kind === 'Group' ? 1 : 0);
  return graph.principals().sort((a, b) => rank(a) - rank(b) || (principalKey(a) < principalKey(b) ? -1 : 1));
}

const SCOPES = new WeakMap<RbacGraph, readonly SubjectScope[]>();

/**
 * Every (subject, namespace) with its grants: each namespace where a RoleBinding reaches it, and ''
 * for ClusterRoleBindings alone. Worked out once per graph (several rules walk them; read-only).
 */
export function subjectScopes(graph: RbacGraph): readonly SubjectScope[] {
  let scopes = SCOPES.get(graph);
  if (scopes) return scopes;
  const out: SubjectScope[] = [];
  for (const principal of ordered(graph)) {
    const user = userOf(principal) ?? { name: '', groups: [principal.name] };
    const cluster = graph.rulesFor(user, '');
    if (cluster.length) out.push({ principal, user, namespace: '', grants: cluster });
    for (const ns of graph.namespacesOf(user)) out.push({ principal, user, namespace: ns, grants: graph.rulesFor(user, ns) });
  }
  SCOPES.set(graph, (scopes = out));
  return scopes;
}

/** Does some grant in the list allow `verb` on group/resource/sub for every name the given grant allows? */
export function coveredByVerb(grants: readonly Grant[], g: Grant, verb: string, group: string, resource: string, sub: string): boolean {
  const names = g.rule.rule.resourceNames ?? [];
  if (names.length === 0) return grants.some((o) => grantsVerbOn(o.rule.rule, verb, group, resource, sub) && !(o.rule.rule.resourceNames ?? []).length);
  return names.every((name) => grants.some((o) => ruleAllows(o.rule.rule, { verb, apiGroup: group, resource, subresource: sub, name })));
}

/**
 * Is everything a rule allows also allowed by some of the other grants? Checked literally, one
 * (group, resource, verb, name) at a time; a wildcard in the rule needs a wildcard in the others.
 */
export function ruleCoveredBy(rule: PolicyRule, others: readonly Grant[]): boolean {
  if (!others.length) return false;
  const verbs = rule.verbs ?? [];
  if ((rule.nonResourceURLs ?? []).length) {
    return (rule.nonResourceURLs ?? []).every((url) => verbs.every((verb) => others.some((o) => verbMatches(o.rule.rule, verb) && (o.rule.rule.nonResourceURLs ?? []).some((u) => u === '*' || u === url || (u.endsWith('*') && url.startsWith(trimTrailingStars(u)))))));
  }
  const names = (rule.resourceNames ?? []).length ? (rule.resourceNames ?? []) : [undefined];
  for (const group of rule.apiGroups ?? []) {
    for (const res of rule.resources ?? []) {
      const slash = res.indexOf('/');
      const resource = slash === -1 ? res : res.slice(0, slash);
      const sub = slash === -1 ? '' : res.slice(slash + 1);
      for (const verb of verbs) {
        for (const name of names) {
          const ok = others.some((o) => {
            const r = o.rule.rule;
            if (!verbMatches(r, verb) || !apiGroupMatches(r, group)) return false;
            if (!(r.resources ?? []).some((x) => x === '*' || x === res || (sub !== '' && x === `*/${sub}`))) return false;
            if (resource === '*' && !(r.resources ?? []).includes('*')) return false;
            return name === undefined ? !(r.resourceNames ?? []).length : resourceNameMatches(r, name);
          });
          if (!ok) return false;
        }
      }
    }
  }
  return true;
}
