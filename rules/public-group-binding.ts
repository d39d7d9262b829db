import { defineRule } from '../src/engine/rule.ts';
import { isBinding, subjectsOf } from '../src/rbac/objects.ts';
import { ALL_AUTHENTICATED, ALL_SERVICE_ACCOUNTS, ALL_UNAUTHENTICATED, ANONYMOUS } from '../src/rbac/subjects.ts';
import type { Severity } from '../src/engine/types.ts';

/**
 * system:anonymous is the user of unauthenticated requests (when anonymous auth is on), in group
 * system:unauthenticated; every authenticated user is in system:authenticated (Kubernetes docs,
 * "Authenticating": Anonymous requests; RBAC reference, "Default roles and role bindings"). Every
 * service account of every namespace is in system:serviceaccounts (a token's groups:
 * k8s.io/apiserver/pkg/authentication/serviceaccount MakeGroupNames); the RBAC reference, "Service
 * account permissions", calls a binding to it "discouraged" (and cluster-admin to it "strongly
 * discouraged"), while binding `system:serviceaccounts:<namespace>` is its documented way to give a
 * role to every application of one namespace: that group is not flagged.
 */
const LOWER: Record<Severity, Severity> = { error: 'warning', warning: 'note', note: 'note' };

export default defineRule({
  meta: {
    code: 'LP113',
    name: 'public-group-binding',
    severity: 'error',
    category: 'rbac',
    description: 'A binding grants a role to `system:anonymous`, `system:unauthenticated`, `system:authenticated` or `system:serviceaccounts`.',
    securitySeverity: 8.5,
    tags: ['rbac', 'exposure', 'anonymous'],
    messages: {
      anonymous:
        '{binding} grants {role} to {subject}: anyone who can reach the API server, with no credentials at all, gets it {scope}. Remove the subject; bind a named group or service account instead.',
      authenticated:
        '{binding} grants {role} to system:authenticated: every authenticated identity — every service account of every namespace, every user of every identity provider the cluster trusts — gets it {scope}. Bind the groups or service accounts that need it.',
      serviceAccounts:
        '{binding} grants {role} to system:serviceaccounts: every service account of every namespace — the token of every pod in the cluster, present and future — gets it {scope}, so one compromised workload anywhere has it. Bind the service accounts that need it (or `system:serviceaccounts:<namespace>` for one namespace\'s applications).',
    },
    docs: {
      whatItDoes:
        'Flags each subject of a RoleBinding or ClusterRoleBinding that is the user `system:anonymous` or the group `system:unauthenticated` (configured severity, `error`), or the group `system:authenticated` or `system:serviceaccounts` (one step lower); a RoleBinding lowers each by one more step. The group `system:serviceaccounts:<namespace>` (every service account of one namespace) is not flagged: the RBAC reference gives it as the way to grant a role to all applications of a namespace.',
      whyItMatters:
        'With anonymous authentication enabled (the API server default), requests without credentials are made as `system:anonymous` in `system:unauthenticated`, so a binding to either gives its role to anyone who can reach the API server. `system:authenticated` contains every service account token and every user of every authenticator, often far more identities than intended; `system:serviceaccounts` every service account of every namespace, so any pod of the cluster holds the role (the RBAC reference calls such a binding discouraged). The RBAC good practices page asks to review and remove bindings to `system:unauthenticated` where possible.',
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: public-read }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
subjects:
- { kind: Group, name: system:unauthenticated, apiGroup: rbac.authorization.k8s.io }`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: team-read }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
subjects:
- { kind: Group, name: team-a, apiGroup: rbac.authorization.k8s.io }`,
      references: [
        'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#hardening',
        'https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests',
        'https://kubernetes.io/docs/reference/access-authn-authz/rbac/#default-roles-and-role-bindings',
        'https://kubernetes.io/docs/reference/access-authn-authz/rbac/#service-account-permissions',
      ],
    },
  },
  checkObject(obj, ctx) {
    if (!isBinding(obj)) return;
    const cluster = obj.kind === 'ClusterRoleBinding';
    const ref = obj.value.roleRef as { kind?: string; name?: string } | undefined;
    const role = `${ref?.kind ?? 'role'} ${ref?.name ?? '?'}`;
    const label = `${obj.kind} ${cluster ? '' : (obj.namespace ?? '') + '/'}${obj.name}`;
    for (const { subject, index } of subjectsOf(obj)) {
      const anonymous = (subject.kind === 'User' && subject.name === ANONYMOUS) || (subject.kind === 'Group' && subject.name === ALL_UNAUTHENTICATED);
      const authenticated = subject.kind === 'Group' && subject.name === ALL_AUTHENTICATED;
      const serviceAccounts = subject.kind === 'Group' && subject.name === ALL_SERVICE_ACCOUNTS;
      if (!anonymous && !authenticated && !serviceAccounts) continue;
      let severity = anonymous ? ctx.severity : LOWER[ctx.severity];
      if (!cluster) severity = LOWER[severity];
      ctx.report({
        object: obj,
        path: ['subjects', index, 'name'],
        messageId: anonymous ? 'anonymous' : authenticated ? 'authenticated' : 'serviceAccounts',
        severity,
        data: { binding: label, role, subject: `${subject.kind} ${subject.name}`, scope: cluster ? 'cluster-wide' : `in namespace ${obj.namespace ?? ''}` },
      });
    }
  },
});
