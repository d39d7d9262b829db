import { defineRule } from '../src/engine/rule.ts';
import { ANY_SUBRESOURCE, grantCheck, lower, SCOPE_NOTE, type GrantSpec } from '../src/rbac/grant-check.ts';

/** What this rule looks for (facts: https://kubernetes.io/docs/concepts/security/rbac-good-practices/#escalate-verb). */
const SPECS: readonly GrantSpec[] = [
  { verbs: ['escalate', 'bind'], group: 'rbac.authorization.k8s.io', resource: 'roles' },
  // escalate on a ClusterRole is checked without a namespace; bind in the namespace of the binding written (src/rbac/grant-check.ts).
  { verbs: ['escalate'], group: 'rbac.authorization.k8s.io', resource: 'clusterroles', clusterScoped: true },
  { verbs: ['bind'], group: 'rbac.authorization.k8s.io', resource: 'clusterroles' },
  // The impersonation filter asks without a namespace, except for service accounts (their namespace).
  { verbs: ['impersonate'], group: '', resource: 'users', clusterScoped: true },
  { verbs: ['impersonate'], group: '', resource: 'groups', clusterScoped: true },
  { verbs: ['impersonate'], group: '', resource: 'serviceaccounts' },
  // The filter asks for an extra as resource userextras, subresource the extra's key: a rule grants
  // it as `userextras/scopes`, never as bare `userextras` (which matches no such request).
  { verbs: ['impersonate'], group: 'authentication.k8s.io', resource: 'userextras', subresource: ANY_SUBRESOURCE, clusterScoped: true },
  { verbs: ['impersonate'], group: 'authentication.k8s.io', resource: 'uids', clusterScoped: true },
];

/** What each verb does, said only for the verbs a rule grants. */
const WHY: Record<string, string> = {
  escalate: '`escalate` lets a subject write roles with permissions it does not hold',
  bind: '`bind` lets it bind roles whose permissions it does not hold',
  impersonate: '`impersonate` lets it act as another identity',
};

/** Impersonation that adds to an impersonated user, never stands alone. */
const ADD_ON = new Set(['groups', 'userextras', 'uids']);
const WHY_ADD_ON = '`impersonate` on groups, user extras or UIDs sets them on a user or service account it impersonates (the API server refuses them alone)';

export default defineRule({
  meta: {
    code: 'LP105',
    name: 'escalate-bind-impersonate',
    severity: 'error',
    category: 'rbac',
    description: "A role grants `escalate` or `bind` on roles, or `impersonate` on users, groups or service accounts.",
    securitySeverity: 8.8,
    tags: ["rbac", "escalation"],
    messages: {
      grant: "{role} grants {grants} ({scope}). {why}: a path to {reach}. Grant it only to the identities that administer RBAC, restricted with resourceNames.",
      named: "{role} grants {grants} ({scope}). {why}, here limited to the names listed: a path to {reach} if one of them is more privileged than the subject. Keep the list to what the subject must hand out.",
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole that grants `escalate` or `bind` on `roles`/`clusterroles`, or `impersonate` on `users`, `groups`, `serviceaccounts`, `userextras` or `uids`; the message explains only the verbs granted (impersonating groups, user extras or UIDs is said to add to a user or service account impersonation, as the API server refuses it alone). Severity follows scope (one step lower for namespace-wide or unbound roles), and one step lower again for a rule limited by `resourceNames` (unless it names `cluster-admin`). Through RoleBindings only, `escalate` on clusterroles and `impersonate` on users, groups, userextras and uids grant nothing (the authorizer asks for them without a namespace) and are not reported; `bind` on clusterroles and `impersonate` on serviceaccounts are, as they work in the binding's namespace. Rules with `*` are reported by `wildcard-grant`.",
      whyItMatters: "RBAC normally stops a subject from granting what it does not hold; these three verbs are the documented exceptions. `escalate` skips the check when writing roles, `bind` when writing bindings, and `impersonate` makes the API server treat requests as coming from someone else, `system:masters` members included. The RBAC good practices page lists all three as privilege-escalation risks.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: deployer }
rules:
- apiGroups: ["rbac.authorization.k8s.io"]
  resources: ["clusterroles"]
  verbs: ["bind", "escalate"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: deployer }
rules:
- apiGroups: ["rbac.authorization.k8s.io"]
  resources: ["clusterroles"]
  resourceNames: ["app-reader"]   # only this role may be bound
  verbs: ["bind"]`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#escalate-verb",
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#bind-verb",
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#impersonate-verb",
        "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping"
],
      notes: SCOPE_NOTE,
    },
  },
  checkObject: grantCheck(SPECS, (hit, severity) => {
    const verbs = [...new Set(hit.hits.map((h) => h.verb))];
    // Impersonating groups, user extras or a UID only adds to an impersonated user or service account:
    // the API server refuses them alone ("requested … without impersonating a user",
    // k8s.io/apiserver pkg/endpoints/filters/impersonation.go, buildImpersonationRequests).
    const impersonated = hit.hits.filter((h) => h.verb === 'impersonate').map((h) => h.spec.resource);
    const addOnly = impersonated.length > 0 && impersonated.every((r) => ADD_ON.has(r));
    const why = verbs.map((v) => (v === 'impersonate' && addOnly ? WHY_ADD_ON : WHY[v])).join(', ');
    const reach =
      hit.scope.scope !== 'cluster'
        ? 'every permission that can be held in the namespace'
        : !addOnly
          ? 'cluster-admin'
          : impersonated.includes('groups')
            ? 'cluster-admin (group system:masters) as soon as it may impersonate any user or service account'
            : 'whatever an authorizer or webhook grants on those extras or UIDs, for any user or service account it may impersonate';
    const data = { why: why.charAt(0).toUpperCase() + why.slice(1), reach };
    // Limited to names (the form the docs recommend): one step lower, unless it names cluster-admin.
    if (hit.names.length && !hit.names.includes('cluster-admin')) return { messageId: 'named', data, severity: lower(severity) };
    return { messageId: 'grant', data };
  }),
});
