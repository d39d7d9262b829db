import { defineRule } from '../src/engine/rule.ts';
import { grantCheck, SCOPE_NOTE, type GrantSpec } from '../src/rbac/grant-check.ts';

/** What this rule looks for (facts: https://kubernetes.io/docs/concepts/security/rbac-good-practices/#escalate-verb). */
const SPECS: readonly GrantSpec[] = [
  { verbs: ['escalate', 'bind'], group: 'rbac.authorization.k8s.io', resource: 'roles' },
  { verbs: ['escalate', 'bind'], group: 'rbac.authorization.k8s.io', resource: 'clusterroles' },
  { verbs: ['impersonate'], group: '', resource: 'users' },
  { verbs: ['impersonate'], group: '', resource: 'groups' },
  { verbs: ['impersonate'], group: '', resource: 'serviceaccounts' },
  { verbs: ['impersonate'], group: 'authentication.k8s.io', resource: 'userextras' },
  { verbs: ['impersonate'], group: 'authentication.k8s.io', resource: 'uids' },
];

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
      grant: "{role} grants {grants} ({scope}). `escalate` lets a subject write roles with permissions it does not hold, `bind` lets it bind roles it does not hold, and `impersonate` lets it act as another user, group or service account: each is a path to cluster-admin. Grant them only to the identities that administer RBAC, restricted with resourceNames.",
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole that grants `escalate` or `bind` on `roles`/`clusterroles`, or `impersonate` on `users`, `groups`, `serviceaccounts`, `userextras` or `uids`. Severity follows scope (one step lower for namespace-wide or unbound roles). Rules with `*` are reported by `wildcard-grant`.",
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
  checkObject: grantCheck(SPECS),
});
