/**
 * The user-facing default ClusterRoles every cluster has, known without manifests: cluster-admin,
 * admin, edit, view, and the `system:aggregate-to-*` roles that admin, edit and view aggregate.
 * Facts taken from kubernetes/kubernetes
 * plugin/pkg/auth/authorizer/rbac/bootstrappolicy/testdata/cluster-roles.yaml (the bootstrap policy
 * the API server reconciles at start; commit 025f2834) and the RBAC reference page, "User-facing roles".
 * admin aggregates `aggregate-to-admin` (edit carries that label), edit aggregates `aggregate-to-edit`
 * (view carries that label), view aggregates `aggregate-to-view`.
 */
import type { AggregationRule, PolicyRule } from 'kubernetes-types/rbac/v1';

export interface BuiltinClusterRole {
  name: string;
  labels: Record<string, string>;
  rules: PolicyRule[];
  aggregationRule?: AggregationRule;
}

const r = (apiGroups: string[], resources: string[], verbs: string[]): PolicyRule => ({ apiGroups, resources, verbs });
const RO = ['get', 'list', 'watch'];
const WRITE = ['create', 'delete', 'deletecollection', 'patch', 'update'];
const ALL = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
const AGG = 'rbac.authorization.k8s.io/aggregate-to-';
const BOOT = { 'kubernetes.io/bootstrapping': 'rbac-defaults' };
const aggregates = (to: string): AggregationRule => ({ clusterRoleSelectors: [{ matchLabels: { [`${AGG}${to}`]: 'true' } }] });

export const BUILTIN_CLUSTER_ROLES: readonly BuiltinClusterRole[] = [
  {
    name: 'cluster-admin',
    labels: BOOT,
    rules: [r(['*'], ['*'], ['*']), { nonResourceURLs: ['*'], verbs: ['*'] }],
  },
  { name: 'admin', labels: BOOT, rules: [], aggregationRule: aggregates('admin') },
  { name: 'edit', labels: { ...BOOT, [`${AGG}admin`]: 'true' }, rules: [], aggregationRule: aggregates('edit') },
  { name: 'view', labels: { ...BOOT, [`${AGG}edit`]: 'true' }, rules: [], aggregationRule: aggregates('view') },
  {
    name: 'system:aggregate-to-admin',
    labels: { ...BOOT, [`${AGG}admin`]: 'true' },
    rules: [r(['authorization.k8s.io'], ['localsubjectaccessreviews'], ['create']), r(['rbac.authorization.k8s.io'], ['rolebindings', 'roles'], ALL)],
  },
  {
    name: 'system:aggregate-to-edit',
    labels: { ...BOOT, [`${AGG}edit`]: 'true' },
    rules: [
      r([''], ['pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy', 'secrets', 'services/proxy'], RO),
      r([''], ['serviceaccounts'], ['impersonate']),
      r([''], ['pods', 'pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy'], WRITE),
      r([''], ['pods/eviction'], ['create']),
      r([''], ['configmaps', 'events', 'persistentvolumeclaims', 'replicationcontrollers', 'replicationcontrollers/scale', 'secrets', 'serviceaccounts', 'services', 'services/proxy'], WRITE),
      r([''], ['serviceaccounts/token'], ['create']),
      r(['apps'], ['daemonsets', 'deployments', 'deployments/rollback', 'deployments/scale', 'replicasets', 'replicasets/scale', 'statefulsets', 'statefulsets/scale'], WRITE),
      r(['autoscaling'], ['horizontalpodautoscalers'], WRITE),
      r(['batch'], ['cronjobs', 'jobs'], WRITE),
      r(['extensions'], ['daemonsets', 'deployments', 'deployments/rollback', 'deployments/scale', 'ingresses', 'networkpolicies', 'replicasets', 'replicasets/scale', 'replicationcontrollers/scale'], WRITE),
      r(['policy'], ['poddisruptionbudgets'], WRITE),
      r(['networking.k8s.io'], ['ingresses', 'networkpolicies'], WRITE),
      r(['coordination.k8s.io'], ['leases'], ALL),
    ],
  },
  {
    name: 'system:aggregate-to-view',
    labels: { ...BOOT, [`${AGG}view`]: 'true' },
    rules: [
      r([''], ['configmaps', 'endpoints', 'persistentvolumeclaims', 'persistentvolumeclaims/status', 'pods', 'replicationcontrollers', 'replicationcontrollers/scale', 'serviceaccounts', 'services', 'services/status'], RO),
      r([''], ['bindings', 'events', 'limitranges', 'namespaces/status', 'pods/log', 'pods/status', 'replicationcontrollers/status', 'resourcequotas', 'resourcequotas/status'], RO),
      r([''], ['namespaces'], RO),
      r(['discovery.k8s.io'], ['endpointslices'], RO),
      r(['apps'], ['controllerrevisions', 'daemonsets', 'daemonsets/status', 'deployments', 'deployments/scale', 'deployments/status', 'replicasets', 'replicasets/scale', 'replicasets/status', 'statefulsets', 'statefulsets/scale', 'statefulsets/status'], RO),
      r(['autoscaling'], ['horizontalpodautoscalers', 'horizontalpodautoscalers/status'], RO),
      r(['batch'], ['cronjobs', 'cronjobs/status', 'jobs', 'jobs/status'], RO),
      r(['extensions'], ['daemonsets', 'daemonsets/status', 'deployments', 'deployments/scale', 'deployments/status', 'ingresses', 'ingresses/status', 'networkpolicies', 'replicasets', 'replicasets/scale', 'replicasets/status', 'replicationcontrollers/scale'], RO),
      r(['policy'], ['poddisruptionbudgets', 'poddisruptionbudgets/status'], RO),
      r(['networking.k8s.io'], ['ingresses', 'ingresses/status', 'networkpolicies'], RO),
    ],
  },
];

/**
 * Bootstrap Roles the API server creates in kube-system (bootstrappolicy testdata/namespace-roles.yaml).
 * Only extension-apiserver-authentication-reader is commonly bound by manifests (extension API servers,
 * metrics adapters); the others are the control plane's own and are known by their `system:` names.
 */
export const BUILTIN_NAMESPACED_ROLES: readonly { namespace: string; name: string; rules: PolicyRule[] }[] = [
  {
    namespace: 'kube-system',
    name: 'extension-apiserver-authentication-reader',
    rules: [{ apiGroups: [''], resources: ['configmaps'], resourceNames: ['extension-apiserver-authentication'], verbs: RO }],
  },
];

export const BUILTIN_ROLE_NAMES: ReadonlySet<string> = new Set(BUILTIN_CLUSTER_ROLES.map((r) => r.name));

/** Names of roles (`system:` prefix) the control plane creates in every cluster; not modelled rule by rule. */
export function isSystemRoleName(name: string): boolean {
  return name.startsWith('system:');
}
