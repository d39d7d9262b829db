import { defineRule } from '../src/engine/rule.ts';
import { grantCheck, SCOPE_NOTE, type GrantHit, type GrantSpec } from '../src/rbac/grant-check.ts';

const WRITE = ['create', 'update', 'patch'];
/** What this rule looks for (facts: https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation). */
const SPECS: readonly GrantSpec[] = [
  { verbs: WRITE, group: '', resource: 'pods' },
  { verbs: WRITE, group: '', resource: 'replicationcontrollers' },
  { verbs: WRITE, group: 'apps', resource: 'deployments' },
  { verbs: WRITE, group: 'apps', resource: 'replicasets' },
  { verbs: WRITE, group: 'apps', resource: 'statefulsets' },
  { verbs: WRITE, group: 'apps', resource: 'daemonsets' },
  { verbs: WRITE, group: 'batch', resource: 'jobs' },
  { verbs: WRITE, group: 'batch', resource: 'cronjobs' },
  // An ephemeral container is added to a running pod through the pods/ephemeralcontainers
  // subresource: `kubectl debug` sends a strategic-merge PATCH there (kubectl
  // pkg/cmd/debug/debug.go, debugByEphemeralContainer), and PUT (update) replaces the list. The
  // container gets the pod's service account, volumes and the securityContext its writer chooses
  // (Pod Security admission permitting): https://kubernetes.io/docs/concepts/workloads/pods/ephemeral-containers/
  { verbs: ['update', 'patch'], group: '', resource: 'pods', subresource: 'ephemeralcontainers' },
  // Pod-bearing custom resources leastpriv knows (src/model/crd-extractors.ts): their controllers
  // create the pods, so writing them is creating pods.
  ...([
    ['argoproj.io', ['workflows', 'cronworkflows', 'rollouts']],
    ['jobset.x-k8s.io', ['jobsets']],
    ['leaderworkerset.x-k8s.io', ['leaderworkersets']],
    ['kubeflow.org', ['mpijobs', 'pytorchjobs', 'tfjobs', 'xgboostjobs', 'paddlejobs', 'jaxjobs', 'mxjobs']],
    ['serving.knative.dev', ['services', 'configurations']],
    ['keda.sh', ['scaledjobs']],
    ['apps.kruise.io', ['clonesets', 'statefulsets', 'daemonsets', 'broadcastjobs', 'advancedcronjobs']],
    ['ray.io', ['rayclusters', 'rayjobs', 'rayservices']],
    ['postgresql.cnpg.io', ['poolers']],
    ['apps.openshift.io', ['deploymentconfigs']],
  ] as const).flatMap(([group, resources]) => resources.map((resource) => ({ verbs: WRITE, group, resource }))),
];

/**
 * Writes that only change pods already running: `update`/`patch` on pods, whose spec a pod update may
 * change only in its containers' images, activeDeadlineSeconds, tolerations (additions) and
 * terminationGracePeriodSeconds (kubernetes/kubernetes pkg/apis/core/validation/validation.go,
 * ValidatePodUpdate: "pod updates may not change fields other than …"), so the writer cannot choose
 * the service account or volumes; and ephemeral containers, which join a running pod (they may mount
 * its volumes, not add any). Either way the writer's code runs inside the pod, with what it has.
 */
const changesRunningPodOnly = (h: GrantHit): boolean => h.spec.group === '' && h.spec.resource === 'pods' && (h.spec.subresource === 'ephemeralcontainers' || h.verb !== 'create');

export default defineRule({
  meta: {
    code: 'LP111',
    name: 'pod-creating-workload-write',
    severity: 'warning',
    category: 'rbac',
    description: "A role can create, update or patch Pods or a workload that creates Pods, or add ephemeral containers to running Pods.",
    securitySeverity: 6.5,
    tags: ["rbac", "escalation", "workloads"],
    messages: {
      grant: "{role} grants {grants} ({scope}). Whoever writes a pod template chooses the pod's service account and volumes, so it can use every Secret, ConfigMap and service account of the namespace, and a privileged or hostPath pod unless Pod Security admission forbids it. Keep it to the namespaces and workloads that need it, with Pod Security `restricted` there.",
      running: "{role} grants {grants} ({scope}). This cannot choose a pod's service account or volumes, but it puts code of the writer's choosing into running pods ({how}), where it runs with that pod's service account token, volumes and privileges, a privileged or host-network pod's included. Restrict it with resourceNames to the pods that need it, or keep it to namespaces whose pods hold nothing more than the writer may.",
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole that grants `create`, `update` or `patch` on Pods, ReplicationControllers, Deployments, ReplicaSets, StatefulSets, DaemonSets, Jobs or CronJobs, or on the pod-bearing custom resources leastpriv knows (Argo Workflow/CronWorkflow/Rollout, JobSet, LeaderWorkerSet, Kubeflow jobs, Knative Service/Configuration, KEDA ScaledJob, OpenKruise workloads, KubeRay, CloudNativePG Pooler, OpenShift DeploymentConfig): their controllers create the pods. Also `update` or `patch` on `pods/ephemeralcontainers`, which adds a container of the writer's choosing to a running pod (`kubectl debug`). A rule that only changes running pods (`update`/`patch` on Pods, which may change only the containers' images and a few scheduling fields, or ephemeral containers) is worded as that: it cannot pick a service account or volumes, but its code runs with the pod's. Severity follows scope: `warning` cluster-wide, `note` in namespaces. Rules with `*` are reported by `wildcard-grant`.",
      whyItMatters: "The RBAC good practices page (\"Workload creation\") explains that permission to create workloads implicitly grants access to many other resources in the namespace: a pod can mount any Secret, ConfigMap or PersistentVolume there and run as any service account there, and, where Pod Security admission allows it, run privileged or with host namespaces and take over the node. Deployment tools and operators need it; the finding asks to keep it narrow.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: ci }
rules:
- apiGroups: ["apps"]
  resources: ["deployments"]
  verbs: ["create", "update", "patch"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: ci, namespace: app }
rules:
- apiGroups: ["apps"]
  resources: ["deployments"]
  resourceNames: ["web"]
  verbs: ["update", "patch"]`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation",
        "https://kubernetes.io/docs/concepts/security/pod-security-admission/",
        "https://kubernetes.io/docs/concepts/workloads/pods/ephemeral-containers/"
],
      notes: SCOPE_NOTE,
    },
  },
  checkObject: grantCheck(SPECS, (hit) => {
    if (!hit.hits.every(changesRunningPodOnly)) return { messageId: 'grant' };
    const how = [
      ...(hit.hits.some((h) => !h.spec.subresource) ? ['a pod update may replace its containers\' images'] : []),
      ...(hit.hits.some((h) => h.spec.subresource === 'ephemeralcontainers') ? ['an ephemeral container is added with the image, command and securityContext its writer chooses'] : []),
    ];
    return { messageId: 'running', data: { how: how.join('; ') } };
  }),
});
