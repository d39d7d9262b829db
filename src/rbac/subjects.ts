/**
 * Who a binding subject is, and who a requesting user is, the way the RBAC authorizer compares them
 * (kubernetes/kubernetes pkg/registry/rbac/validation/rule.go, appliesToUser):
 * - User matches the user's name; Group matches one of the user's groups;
 * - ServiceAccount matches the username `system:serviceaccount:<ns>:<name>`; a subject without a
 *   namespace takes the binding's namespace in a RoleBinding, and matches nothing in a
 *   ClusterRoleBinding (no namespace to default to).
 * A service account's groups are `system:serviceaccounts` and `system:serviceaccounts:<ns>`, and an
 * authenticated user is in `system:authenticated` (the RBAC reference, "Default roles and role
 * bindings" / "Referring to subjects"). Impersonation (`kubectl --as`) adds the same groups when no
 * group is given, and `--as-group` replaces them (k8s.io/apiserver/pkg/endpoints/filters/impersonation.go).
 */
import type { Subject } from 'kubernetes-types/rbac/v1';
import { RBAC_GROUP } from './objects.ts';
import { isDns1123Label, isDns1123Subdomain } from '../model/names.ts';

export const SA_PREFIX = 'system:serviceaccount:';
export const ALL_AUTHENTICATED = 'system:authenticated';
export const ALL_UNAUTHENTICATED = 'system:unauthenticated';
export const ANONYMOUS = 'system:anonymous';
export const ALL_SERVICE_ACCOUNTS = 'system:serviceaccounts';

/** A requester, as the authorizer sees it. */
export interface UserInfo {
  name: string;
  groups: string[];
}

/** A resolved binding subject: one principal. */
export type Principal = { kind: 'User'; name: string } | { kind: 'Group'; name: string } | { kind: 'ServiceAccount'; namespace: string; name: string };

/** Index key of a principal, shared by the subject index and user lookups. */
export function principalKey(p: Principal): string {
  return p.kind === 'ServiceAccount' ? `User\0${SA_PREFIX}${p.namespace}:${p.name}` : `${p.kind}\0${p.name}`;
}

export function principalLabel(p: Principal): string {
  return p.kind === 'ServiceAccount' ? `ServiceAccount ${p.namespace}/${p.name}` : `${p.kind} ${p.name}`;
}

/**
 * Why a user name with the service account prefix is no service account to the API server, or
 * undefined (also for any other name). serviceaccount.SplitUsername
 * (k8s.io/apiserver/pkg/authentication/serviceaccount/util.go) takes exactly NAMESPACE:NAME after
 * the prefix, the namespace valid per ValidateNamespaceName (a DNS-1123 label) and the name per
 * ValidateServiceAccountName (a DNS-1123 subdomain); impersonating any other such name
 * (endpoints/filters/impersonation.go) impersonates a plain user of that name, without the
 * service account's groups.
 */
export function serviceAccountUsernameProblem(user: string): string | undefined {
  if (!user.startsWith(SA_PREFIX)) return undefined;
  const parts = user.slice(SA_PREFIX.length).split(':');
  if (parts.length !== 2) return `it has ${parts.length} part(s) after "${SA_PREFIX}", not NAMESPACE:NAME`;
  const [ns, name] = parts as [string, string];
  if (!isDns1123Label(ns)) return `namespace ${JSON.stringify(ns)} is not a valid DNS-1123 label`;
  if (!isDns1123Subdomain(name)) return `service account name ${JSON.stringify(name)} is not a valid DNS-1123 subdomain`;
  return undefined;
}

/** `system:serviceaccount:NS:NAME` → { namespace, name }, only when the API server reads it so (serviceAccountUsernameProblem). */
export function splitServiceAccountUsername(user: string): { namespace: string; name: string } | undefined {
  if (!user.startsWith(SA_PREFIX) || serviceAccountUsernameProblem(user)) return undefined;
  const [namespace, name] = user.slice(SA_PREFIX.length).split(':') as [string, string];
  return { namespace, name };
}

export function serviceAccountGroups(namespace: string): string[] {
  return [ALL_SERVICE_ACCOUNTS, `${ALL_SERVICE_ACCOUNTS}:${namespace}`];
}

/** The user that `kubectl --as USER [--as-group G]...` makes the API server see. */
export function impersonatedUser(name: string, groups: string[] = []): UserInfo {
  if (groups.length) return { name, groups: [...groups] };
  const sa = splitServiceAccountUsername(name);
  const out = sa ? serviceAccountGroups(sa.namespace) : [];
  if (name !== ANONYMOUS && !out.includes(ALL_AUTHENTICATED) && !out.includes(ALL_UNAUTHENTICATED)) out.push(ALL_AUTHENTICATED);
  return { name, groups: out };
}

/** The user a principal authenticates as (groups included), for effective-permission questions. */
export function userOf(p: Principal): UserInfo | undefined {
  if (p.kind === 'ServiceAccount') return impersonatedUser(`${SA_PREFIX}${p.namespace}:${p.name}`);
  if (p.kind === 'User') return impersonatedUser(p.name);
  return undefined;
}

/** Index keys a user matches: its name and each of its groups. */
export function userKeys(u: UserInfo): string[] {
  return [`User\0${u.name}`, ...u.groups.map((g) => `Group\0${g}`)];
}

/** A `${VAR}` substitution in a value (src/model/shape.ts PLACEHOLDER for a whole value): its real value is not known here. */
export const hasSubstitution = (v: string): boolean => /\$\{[A-Za-z_][A-Za-z0-9_]*/.test(v);

export type SubjectProblem = { problem: string; field: 'kind' | 'name' | 'namespace' | 'apiGroup' };

/**
 * Resolve a binding subject (bindingNamespace is '' for ClusterRoleBindings). Returns the principal,
 * or the reason the subject can never match (checked by the API server's validation of subjects:
 * pkg/apis/rbac/validation/validation.go ValidateRoleBindingSubject).
 */
export function resolveSubject(s: Subject, bindingNamespace: string): { principal?: Principal; problem?: SubjectProblem } {
  const name = typeof s.name === 'string' ? s.name : '';
  if (!name) return { problem: { problem: 'has no name', field: 'name' } };
  switch (s.kind) {
    case 'User':
    case 'Group':
      if (s.apiGroup && s.apiGroup !== RBAC_GROUP) return { problem: { problem: `has apiGroup "${s.apiGroup}" (${s.kind} subjects need "${RBAC_GROUP}")`, field: 'apiGroup' } };
      return { principal: { kind: s.kind, name } };
    case 'ServiceAccount': {
      if (s.apiGroup) return { problem: { problem: `has apiGroup "${s.apiGroup}" (ServiceAccount subjects take apiGroup "")`, field: 'apiGroup' } };
      // ValidateServiceAccountName: a DNS-1123 subdomain (apimachinery pkg/util/validation IsDNS1123Subdomain).
      // A full user name (`system:serviceaccount:NS:NAME`) written as a ServiceAccount subject's name is refused.
      // A `${VAR}` substitution (envsubst, Flux postBuild) is replaced before the API server sees it: not judged.
      if (!hasSubstitution(name) && !isDns1123Subdomain(name)) return { problem: { problem: `has name "${name}", which is no service account name (lowercase letters, digits, '-' and '.'${name.startsWith(SA_PREFIX) ? '; a ServiceAccount subject takes the name and the namespace apart, or use kind User for the full user name' : ''})`, field: 'name' } };
      const ns = s.namespace || bindingNamespace;
      if (!ns) return { problem: { problem: 'has no namespace; in a ClusterRoleBinding it matches no service account', field: 'namespace' } };
      return { principal: { kind: 'ServiceAccount', namespace: ns, name } };
    }
    default:
      return { problem: { problem: `has kind "${String(s.kind)}" (User, Group or ServiceAccount)`, field: 'kind' } };
  }
}
