import { defineRule } from '../src/engine/rule.ts';
import { isBinding, RBAC_GROUP } from '../src/rbac/objects.ts';
import { isSystemRoleName } from '../src/rbac/builtin-roles.ts';
import { isPathSegmentName } from '../src/model/names.ts';
import { hasSubstitution } from '../src/rbac/subjects.ts';

/**
 * A binding's roleRef names a Role in the binding's namespace or a ClusterRole (RBAC reference,
 * "RoleBinding and ClusterRoleBinding"; a ClusterRoleBinding can only reference a ClusterRole); the
 * authorizer returns an error for a role it cannot find and grants nothing from that binding
 * (kubernetes/kubernetes pkg/registry/rbac/validation/rule.go, GetRoleReferenceRules).
 */
export default defineRule<'missing' | 'invalid', { external: string[] }>({
  meta: {
    code: 'LP117',
    name: 'dangling-role-ref',
    severity: 'note',
    category: 'rbac',
    description: 'A binding refers to a role that is not in the manifests (or cannot be referenced).',
    securitySeverity: 3.0,
    tags: ['rbac', 'correctness'],
    messages: {
      missing:
        '{binding} refers to {ref}, which is not defined in these manifests and is not a built-in role: as far as leastpriv can tell it grants nothing. If the role lives outside this repository, list it in the rule option `external`; otherwise fix the name.',
      invalid: '{binding} refers to {ref}: {reason}, so it grants nothing.',
    },
    optionsSchema: { type: 'object', properties: { external: { type: 'array', items: { type: 'string' } } }, additionalProperties: false },
    defaultOptions: { external: [] },
    docs: {
      whatItDoes:
        "Flags a RoleBinding or ClusterRoleBinding whose roleRef names a role that is neither in the manifests nor a built-in role (`cluster-admin`, `admin`, `edit`, `view`, the Role `kube-system/extension-apiserver-authentication-reader`, and any `system:` role, which the API server creates), and a roleRef that can never resolve (a ClusterRoleBinding to a Role, an unknown kind or apiGroup). Default severity `note`: the role may be created outside the repository (another chart, an operator).",
      whyItMatters:
        'A binding to a missing role grants nothing until a role of that name appears — perhaps much later, from another source, with rules nobody reviewed together with this binding. A typo in a role name silently leaves a workload without its permissions (403s at run time) and leaves leastpriv unable to answer can-i for it.',
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: app, namespace: app }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: app-reder }
subjects:
- { kind: ServiceAccount, name: app }`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: app, namespace: app }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: app-reader }
subjects:
- { kind: ServiceAccount, name: app }`,
      references: [
        'https://kubernetes.io/docs/reference/access-authn-authz/rbac/#rolebinding-and-clusterrolebinding',
        'https://github.com/kubernetes/kubernetes/blob/master/pkg/registry/rbac/validation/rule.go',
      ],
      notes: 'Option `external` (list of role names) names roles known to exist outside the manifests: `{ "rules": { "dangling-role-ref": { "options": { "external": ["vendor-reader"] } } } }`. Raise the severity to `warning` in repositories that hold every role.',
    },
  },
  checkObject(obj, ctx) {
    if (!isBinding(obj)) return;
    const b = ctx.model.rbac.bindingOf(obj);
    if (!b || b.role || !b.roleRef) return;
    const ref = b.roleRef;
    const label = `${obj.kind} ${b.namespace ? b.namespace + '/' : ''}${obj.name}`;
    const refText = `${ref.kind} ${ref.kind === 'Role' && b.namespace ? b.namespace + '/' : ''}${ref.name}`;
    let reason: string | undefined;
    if (ref.apiGroup && ref.apiGroup !== RBAC_GROUP) reason = `roleRef.apiGroup must be ${RBAC_GROUP}`;
    else if (ref.kind !== 'Role' && ref.kind !== 'ClusterRole') reason = 'roleRef.kind must be Role or ClusterRole';
    else if (ref.kind === 'Role' && obj.kind === 'ClusterRoleBinding') reason = 'a ClusterRoleBinding can only refer to a ClusterRole';
    else if (!isPathSegmentName(ref.name) && !hasSubstitution(ref.name)) reason = 'roleRef.name must be a valid name (not empty, "." or "..", no "/" or "%"), so the API server refuses the binding';
    if (reason) {
      ctx.report({ object: obj, path: ['roleRef'], messageId: 'invalid', severity: 'error', data: { binding: label, ref: refText, reason } });
      return;
    }
    // (refused for a subject: invalid-binding-subject says so; the role it names is not looked up)
    if (b.rejected) return;
    if (isSystemRoleName(ref.name)) return;
    if ((ctx.options.external ?? []).includes(ref.name)) return;
    ctx.report({ object: obj, path: ['roleRef', 'name'], messageId: 'missing', data: { binding: label, ref: refText } });
  },
});
