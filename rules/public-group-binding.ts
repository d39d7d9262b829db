import { defineRule } from '../src/engine/rule.ts';
import { isBinding, subjectsOf } from '../src/rbac/objects.ts';
import { ALL_AUTHENTICATED, ALL_UNAUTHENTICATED, ANONYMOUS } from '../src/rbac/subjects.ts';
import type { Severity } from '../src/engine/types.ts';

/**
 * system:anonymous is the user of unauthenticated requests (when anonymous auth is on), in group
 * system:unauthenticated; every authenticated user is in system:authenticated (Kubernetes docs,
 * "Authenticating": Anonymous requests; RBAC reference, "Default roles and role bindings").
 */
const LOWER: Record<Severity, Severity> = { error: 'warning', warning: 'note', note: 'note' };

export default defineRule({
  meta: {
    code: 'LP113',
    name: 'public-group-binding',
    severity: 'error',
    category: 'rbac',
    description: 'A binding grants a role to `system:anonymous`, `system:unauthenticated` or `system:authenticated`.',
    securitySeverity: 8.5,
    tags: ['rbac', 'exposure', 'anonymous'],
    messages: {
      anonymous:
        '{binding} grants {role} to {subject}: anyone who can reach the API server, with no credentials at all, gets it {scope}. Remove the subject; bind a named group or service account instead.',
      authenticated:
        '{binding} grants {role} to system:authenticated: every authenticated identity — every service account of every namespace, every user of every identity provider the cluster trusts — gets it {scope}. Bind the groups or service accounts that need it.',
    },
    docs: {
      whatItDoes:
        'Flags each subject of a RoleBinding or ClusterRoleBinding that is the user `system:anonymous` or the group `system:unauthenticated` (configured severity, `error`), or the group `system:authenticated` (one step lower); a RoleBinding lowers each by one more step.',
      whyItMatters:
        'With anonymous authentication enabled (the API server default), requests without credentials are made as `system:anonymous` in `system:unauthenticated`, so a binding to either gives its role to anyone who can reach the API server. `system:authenticated` contains every service account token and every user of every authenticator, often far more identities than intended. The RBAC good practices page asks to review and remove bindings to `system:unauthenticated` where possible.',
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
      if (!anonymous && !authenticated) continue;
      let severity = anonymous ? ctx.severity : LOWER[ctx.severity];
      if (!cluster) severity = LOWER[severity];
      ctx.report({
        object: obj,
        path: ['subjects', index, 'name'],
        messageId: anonymous ? 'anonymous' : 'authenticated',
        severity,
        data: { binding: label, role, subject: `${subject.kind} ${subject.name}`, scope: cluster ? 'cluster-wide' : `in namespace ${obj.namespace ?? ''}` },
      });
    }
  },
});
