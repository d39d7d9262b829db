/**
 * What the API server serves: API versions removed from Kubernetes (with the release that stopped
 * serving them and where the kind lives now), and the kinds of the built-in API groups.
 *
 * Removed versions follow Kubernetes' Deprecated API Migration Guide
 * (https://kubernetes.io/docs/reference/using-api/deprecation-guide/) and, for 1.16, the announcement
 * (https://kubernetes.io/blog/2019/07/18/api-deprecations-in-1-16/): DaemonSet, Deployment,
 * ReplicaSet (and NetworkPolicy, PodSecurityPolicy) in extensions/v1beta1 and every kind of apps/v1beta1
 * and apps/v1beta2 are no longer served from v1.16; Ingress in extensions/v1beta1 and
 * networking.k8s.io/v1beta1, and the v1beta1 versions of rbac, admissionregistration,
 * apiextensions, apiregistration, authentication, authorization, certificates, coordination and
 * storage (CSIDriver, CSINode, StorageClass, VolumeAttachment) from v1.22; batch/v1beta1 CronJob,
 * discovery/events v1beta1, autoscaling/v2beta1, policy/v1beta1 and node.k8s.io/v1beta1 from v1.25;
 * autoscaling/v2beta2 and flowcontrol v1beta1 from v1.26; storage.k8s.io/v1beta1 CSIStorageCapacity
 * from v1.27; flowcontrol v1beta2 from v1.29 and v1beta3 from v1.32.
 */

export interface Removed {
  /** Minor version of Kubernetes 1.x from which the API server no longer serves it. */
  removedIn: number;
  /** The apiVersion that serves the kind now ('' when the kind itself is gone). */
  replacement: string;
}

const R = (removedIn: number, replacement: string): Removed => ({ removedIn, replacement });
const APPS_V1 = R(16, 'apps/v1');

/** `apiVersion kind` → removal; `apiVersion *` for every kind of that version. */
const REMOVED = new Map<string, Removed>([
  ['extensions/v1beta1 DaemonSet', APPS_V1],
  ['extensions/v1beta1 Deployment', APPS_V1],
  ['extensions/v1beta1 ReplicaSet', APPS_V1],
  ['extensions/v1beta1 NetworkPolicy', R(16, 'networking.k8s.io/v1')],
  ['extensions/v1beta1 PodSecurityPolicy', R(16, '')],
  ['extensions/v1beta1 Ingress', R(22, 'networking.k8s.io/v1')],
  ['apps/v1beta1 *', APPS_V1],
  ['apps/v1beta2 *', APPS_V1],
  ['networking.k8s.io/v1beta1 Ingress', R(22, 'networking.k8s.io/v1')],
  ['networking.k8s.io/v1beta1 IngressClass', R(22, 'networking.k8s.io/v1')],
  ['rbac.authorization.k8s.io/v1beta1 *', R(22, 'rbac.authorization.k8s.io/v1')],
  ['rbac.authorization.k8s.io/v1alpha1 *', R(22, 'rbac.authorization.k8s.io/v1')],
  ['admissionregistration.k8s.io/v1beta1 MutatingWebhookConfiguration', R(22, 'admissionregistration.k8s.io/v1')],
  ['admissionregistration.k8s.io/v1beta1 ValidatingWebhookConfiguration', R(22, 'admissionregistration.k8s.io/v1')],
  ['apiextensions.k8s.io/v1beta1 CustomResourceDefinition', R(22, 'apiextensions.k8s.io/v1')],
  ['apiregistration.k8s.io/v1beta1 APIService', R(22, 'apiregistration.k8s.io/v1')],
  ['certificates.k8s.io/v1beta1 CertificateSigningRequest', R(22, 'certificates.k8s.io/v1')],
  ['coordination.k8s.io/v1beta1 Lease', R(22, 'coordination.k8s.io/v1')],
  ['storage.k8s.io/v1beta1 CSIDriver', R(22, 'storage.k8s.io/v1')],
  ['storage.k8s.io/v1beta1 CSINode', R(22, 'storage.k8s.io/v1')],
  ['storage.k8s.io/v1beta1 StorageClass', R(22, 'storage.k8s.io/v1')],
  ['storage.k8s.io/v1beta1 VolumeAttachment', R(22, 'storage.k8s.io/v1')],
  ['scheduling.k8s.io/v1beta1 PriorityClass', R(22, 'scheduling.k8s.io/v1')],
  ['batch/v1beta1 CronJob', R(25, 'batch/v1')],
  ['discovery.k8s.io/v1beta1 EndpointSlice', R(25, 'discovery.k8s.io/v1')],
  ['events.k8s.io/v1beta1 Event', R(25, 'events.k8s.io/v1')],
  ['autoscaling/v2beta1 HorizontalPodAutoscaler', R(25, 'autoscaling/v2')],
  ['policy/v1beta1 PodDisruptionBudget', R(25, 'policy/v1')],
  ['policy/v1beta1 PodSecurityPolicy', R(25, '')],
  ['node.k8s.io/v1beta1 RuntimeClass', R(25, 'node.k8s.io/v1')],
  ['autoscaling/v2beta2 HorizontalPodAutoscaler', R(26, 'autoscaling/v2')],
  ['flowcontrol.apiserver.k8s.io/v1beta1 *', R(26, 'flowcontrol.apiserver.k8s.io/v1')],
  ['storage.k8s.io/v1beta1 CSIStorageCapacity', R(27, 'storage.k8s.io/v1')],
  ['flowcontrol.apiserver.k8s.io/v1beta2 *', R(29, 'flowcontrol.apiserver.k8s.io/v1')],
  ['flowcontrol.apiserver.k8s.io/v1beta3 *', R(32, 'flowcontrol.apiserver.k8s.io/v1')],
]);

/** The removal of this apiVersion/kind, if the API server no longer serves it (at any version). */
export function removedVersion(apiVersion: string, kind: string): Removed | undefined {
  return REMOVED.get(`${apiVersion} ${kind}`) ?? REMOVED.get(`${apiVersion} *`);
}

/**
 * Kinds of the built-in API groups (any version), from the Kubernetes API reference
 * (https://kubernetes.io/docs/reference/kubernetes-api/). A kind outside its group's list is one the
 * API server does not know (`apps/v1 Deamonset`): `kubectl apply` fails with "no matches for kind".
 * `List` (and `<Kind>List`) are client-side wrappers kubectl accepts in any group.
 */
export const BUILTIN_KINDS: Record<string, readonly string[]> = {
  '': ['Binding', 'ComponentStatus', 'ConfigMap', 'Endpoints', 'Event', 'LimitRange', 'Namespace', 'Node', 'PersistentVolume', 'PersistentVolumeClaim', 'Pod', 'PodTemplate', 'ReplicationController', 'ResourceQuota', 'Secret', 'Service', 'ServiceAccount'],
  apps: ['ControllerRevision', 'DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet'],
  batch: ['CronJob', 'Job'],
  autoscaling: ['HorizontalPodAutoscaler', 'Scale'],
  policy: ['Eviction', 'PodDisruptionBudget', 'PodSecurityPolicy'],
  extensions: ['DaemonSet', 'Deployment', 'Ingress', 'NetworkPolicy', 'PodSecurityPolicy', 'ReplicaSet'],
  'rbac.authorization.k8s.io': ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'],
  'networking.k8s.io': ['IPAddress', 'Ingress', 'IngressClass', 'NetworkPolicy', 'ServiceCIDR'],
  'storage.k8s.io': ['CSIDriver', 'CSINode', 'CSIStorageCapacity', 'StorageClass', 'VolumeAttachment', 'VolumeAttributesClass'],
  'admissionregistration.k8s.io': ['MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding', 'MutatingWebhookConfiguration', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding', 'ValidatingWebhookConfiguration'],
  'apiextensions.k8s.io': ['CustomResourceDefinition'],
  'apiregistration.k8s.io': ['APIService'],
  'certificates.k8s.io': ['CertificateSigningRequest', 'ClusterTrustBundle', 'PodCertificateRequest'],
  'coordination.k8s.io': ['Lease', 'LeaseCandidate'],
  'discovery.k8s.io': ['EndpointSlice'],
  'events.k8s.io': ['Event'],
  'flowcontrol.apiserver.k8s.io': ['FlowSchema', 'PriorityLevelConfiguration'],
  'node.k8s.io': ['RuntimeClass'],
  'scheduling.k8s.io': ['PriorityClass'],
  'resource.k8s.io': ['DeviceClass', 'DeviceTaintRule', 'ResourceClaim', 'ResourceClaimTemplate', 'ResourceSlice'],
  'authentication.k8s.io': ['SelfSubjectReview', 'TokenRequest', 'TokenReview'],
  'authorization.k8s.io': ['LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SelfSubjectRulesReview', 'SubjectAccessReview'],
  'internal.apiserver.k8s.io': ['StorageVersion'],
  'storagemigration.k8s.io': ['StorageVersionMigration'],
};

/** Case-insensitive edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  a = a.toLowerCase();
  b = b.toLowerCase();
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return d[b.length]!;
}

/** For a kind its built-in group does not have: undefined when the kind is known (or the group is not built in), else the nearest kind. */
export function unknownBuiltinKind(group: string, kind: string): { nearest?: string } | undefined {
  if (!Object.hasOwn(BUILTIN_KINDS, group)) return undefined;
  const kinds = BUILTIN_KINDS[group]!;
  if (kinds.includes(kind) || kind === 'List' || (kind.endsWith('List') && kinds.includes(kind.slice(0, -4)))) return undefined;
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of kinds) {
    const dd = distance(kind, k);
    if (dd < bestD) [best, bestD] = [k, dd];
  }
  return bestD <= Math.max(2, Math.floor(kind.length / 3)) ? { nearest: best! } : {};
}
