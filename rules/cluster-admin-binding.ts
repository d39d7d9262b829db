import { defineRule } from '../src/engine/rule.ts';
import { isBinding, roleRefOf } from '../src/rbac/objects.ts';
import { scaled } from '../src/rbac/scope.ts';
import { objectKey } from '../src/model/describe.ts';

/** cluster-admin: every verb on every resource and non-resource URL (the bootstrap policy; RBAC reference, "User-facing roles"). */
export default defineRule({
  meta: {
    code: 'LP112',
    name: 'cluster-admin-binding',
    severity: 'error',
    category: 'rbac',
    description: 'A binding grants the `cluster-admin` ClusterRole.',
    securitySeverity: 9.0,
    tags: ['rbac', 'escalation', 'cluster-admin'],
    messages: {
      cluster: '{binding} grants cluster-admin cluster-wide to {subjects}: every verb on every resource in every namespace, RBAC included. Bind a role with only what these subjects use (or `admin`/`edit` per namespace).',
      namespace: '{binding} grants cluster-admin in namespace {namespace} to {subjects}: every verb on every resource of the namespace, its Roles, RoleBindings and Secrets included. Bind `admin` or `edit`, or a role with only what these subjects use.',
    },
    carriesCauseOf: {
      codes: ['LP115'],
      why: 'cluster-admin includes exec into every pod, so the `exec-into-node-access-workload` (LP115) findings on the same binding are folded into this one as related locations (the attack paths stay listed there): the fix is the binding itself.',
    },
    docs: {
      whatItDoes:
        'Flags each ClusterRoleBinding (at the configured severity, `error`) and RoleBinding (one step lower) whose roleRef is the ClusterRole `cluster-admin`.',
      whyItMatters:
        'cluster-admin allows every action on every resource. Bound cluster-wide it is full control of the cluster; in a RoleBinding it is full control of the namespace, including its Roles, RoleBindings and Secrets. The RBAC good practices page asks administrators not to use cluster-admin accounts except where specifically needed; a workload bound to it turns any compromise of that workload into a compromise of the cluster.',
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: ci-admin }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects:
- { kind: ServiceAccount, name: ci, namespace: ci }`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: ci-deployer, namespace: app }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit }
subjects:
- { kind: ServiceAccount, name: ci, namespace: ci }`,
      references: [
        'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege',
        'https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles',
      ],
    },
  },
  checkObject(obj, ctx) {
    if (!isBinding(obj)) return;
    const ref = roleRefOf(obj);
    if (!ref || ref.kind !== 'ClusterRole' || ref.name !== 'cluster-admin') return;
    const b = ctx.model.rbac.bindingOf(obj);
    const subjects = b?.subjects.length ? b.subjects.map((s) => (s.principal.kind === 'ServiceAccount' ? `ServiceAccount ${s.principal.namespace}/${s.principal.name}` : `${s.principal.kind} ${s.principal.name}`)).join(', ') : 'no valid subject';
    const cluster = obj.kind === 'ClusterRoleBinding';
    ctx.report({
      object: obj,
      path: ['roleRef', 'name'],
      messageId: cluster ? 'cluster' : 'namespace',
      severity: scaled(ctx.severity, cluster ? 'cluster' : 'namespace'),
      data: { binding: `${obj.kind} ${cluster ? '' : (obj.namespace ?? '') + '/'}${obj.name}`, subjects, namespace: obj.namespace ?? '' },
      cause: `binding:${objectKey(obj)}`,
    });
  },
});
