/**
 * Pod templates inside well-known custom resources, registered in the one extractor table of
 * workloads.ts. Paths come from each project's API reference (CRD schemas):
 *
 * - Argo Rollouts `Rollout` (argoproj.io): spec.template.
 * - Argo Workflows `Workflow`, `WorkflowTemplate`, `ClusterWorkflowTemplate` (spec.templates[]) and
 *   `CronWorkflow` (spec.workflowSpec.templates[]): a template is not a pod spec but container objects
 *   — `container`, `script`, `containerSet.containers[]`, `initContainers[]`, `sidecars[]` — with pod-level
 *   settings from the template (`securityContext`, `volumes`, `metadata`) or the workflow spec
 *   (`securityContext`, `hostNetwork`, `volumes`, `podMetadata`); each becomes a synthesized pod.
 *   `podSpecPatch` (a string patch applied at run time) is not evaluated.
 * - JobSet (jobset.x-k8s.io): spec.replicatedJobs[].template.spec.template.
 * - LeaderWorkerSet (leaderworkerset.x-k8s.io): spec.leaderWorkerTemplate.leaderTemplate / workerTemplate.
 * - Kubeflow training jobs (kubeflow.org: MPIJob, PyTorchJob, TFJob, XGBoostJob, PaddleJob, JAXJob,
 *   MXJob): spec.<x>ReplicaSpecs.<role>.template.
 * - Knative Serving (serving.knative.dev): Service and Configuration spec.template; Revision spec.
 * - KEDA ScaledJob (keda.sh): spec.jobTargetRef.template.
 * - OpenKruise (apps.kruise.io): CloneSet, StatefulSet, DaemonSet, BroadcastJob spec.template;
 *   AdvancedCronJob spec.template.jobTemplate/broadcastJobTemplate .spec.template.
 * - KubeRay (ray.io): RayCluster spec.headGroupSpec.template and spec.workerGroupSpecs[].template;
 *   RayJob the same under spec.rayClusterSpec plus spec.submitterPodTemplate; RayService under
 *   spec.rayClusterConfig.
 * - CloudNativePG Pooler (postgresql.cnpg.io): spec.template.
 * - OpenShift DeploymentConfig (apps.openshift.io, and the legacy `v1` of OpenShift 3): spec.template.
 */
import type { Container, PodSpec } from 'kubernetes-types/core/v1';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import type { K8sObject } from '../input/types.ts';
import type { ObjPath } from '../engine/types.ts';
import { get, isRecord, registerExtractor, type ContainerList, type PodSpecRef, type SyntheticPod } from './workloads.ts';

const fixed = (...paths: ObjPath[]) => () => paths;

/** Paths under `base` for each item of a list (`[...base, i, ...rest]`). */
function eachItem(obj: K8sObject, base: ObjPath, rest: ObjPath): ObjPath[] {
  const arr = get(obj.value, base);
  return Array.isArray(arr) ? arr.map((_, i) => [...base, i, ...rest]) : [];
}

/** Paths under `base` for each key of a mapping. */
function eachKey(obj: K8sObject, base: ObjPath, rest: ObjPath): ObjPath[] {
  const m = get(obj.value, base);
  return isRecord(m) ? Object.keys(m).map((k) => [...base, k, ...rest]) : [];
}

const rayCluster = (obj: K8sObject, base: ObjPath): ObjPath[] => [[...base, 'headGroupSpec', 'template'], ...eachItem(obj, [...base, 'workerGroupSpecs'], ['template'])];

for (const kind of ['Rollout']) registerExtractor({ group: 'argoproj.io', kind, templates: fixed(['spec', 'template']) });
registerExtractor({ group: 'jobset.x-k8s.io', kind: 'JobSet', templates: (o) => eachItem(o, ['spec', 'replicatedJobs'], ['template', 'spec', 'template']) });
registerExtractor({
  group: 'leaderworkerset.x-k8s.io',
  kind: 'LeaderWorkerSet',
  templates: fixed(['spec', 'leaderWorkerTemplate', 'leaderTemplate'], ['spec', 'leaderWorkerTemplate', 'workerTemplate']),
});
for (const [kind, field] of [
  ['MPIJob', 'mpiReplicaSpecs'],
  ['PyTorchJob', 'pytorchReplicaSpecs'],
  ['TFJob', 'tfReplicaSpecs'],
  ['XGBoostJob', 'xgbReplicaSpecs'],
  ['PaddleJob', 'paddleReplicaSpecs'],
  ['JAXJob', 'jaxReplicaSpecs'],
  ['MXJob', 'mxReplicaSpecs'],
] as const)
  registerExtractor({ group: 'kubeflow.org', kind, templates: (o) => eachKey(o, ['spec', field], ['template']) });
for (const kind of ['Service', 'Configuration']) registerExtractor({ group: 'serving.knative.dev', kind, templates: fixed(['spec', 'template']) });
registerExtractor({ group: 'serving.knative.dev', kind: 'Revision', specs: fixed(['spec']) });
registerExtractor({ group: 'keda.sh', kind: 'ScaledJob', templates: fixed(['spec', 'jobTargetRef', 'template']) });
for (const kind of ['CloneSet', 'StatefulSet', 'DaemonSet', 'BroadcastJob']) registerExtractor({ group: 'apps.kruise.io', kind, templates: fixed(['spec', 'template']) });
registerExtractor({
  group: 'apps.kruise.io',
  kind: 'AdvancedCronJob',
  templates: fixed(['spec', 'template', 'jobTemplate', 'spec', 'template'], ['spec', 'template', 'broadcastJobTemplate', 'spec', 'template']),
});
registerExtractor({ group: 'ray.io', kind: 'RayCluster', templates: (o) => rayCluster(o, ['spec']) });
registerExtractor({ group: 'ray.io', kind: 'RayJob', templates: (o) => [...rayCluster(o, ['spec', 'rayClusterSpec']), ['spec', 'submitterPodTemplate']] });
registerExtractor({ group: 'ray.io', kind: 'RayService', templates: (o) => rayCluster(o, ['spec', 'rayClusterConfig']) });
registerExtractor({ group: 'postgresql.cnpg.io', kind: 'Pooler', templates: fixed(['spec', 'template']) });
for (const group of ['apps.openshift.io', '']) registerExtractor({ group, kind: 'DeploymentConfig', templates: fixed(['spec', 'template']) });

/** The container objects of one Argo template, with the list each one plays in the pod. */
function argoContainers(t: Record<string, unknown>, path: ObjPath): SyntheticPod['containers'] {
  const out: SyntheticPod['containers'] = [];
  const one = (v: unknown, list: ContainerList, p: ObjPath, name?: string) => {
    if (isRecord(v)) out.push({ list, path: p, container: v as unknown as Container, ...(name ? { name } : {}) });
  };
  const many = (v: unknown, list: ContainerList, p: ObjPath) => {
    if (Array.isArray(v)) v.forEach((c, i) => one(c, list, [...p, i]));
  };
  many(t.initContainers, 'initContainers', [...path, 'initContainers']);
  // Argo names the container of `container` and `script` templates `main`.
  one(t.container, 'containers', [...path, 'container'], 'main');
  one(t.script, 'containers', [...path, 'script'], 'main');
  if (isRecord(t.containerSet)) many(t.containerSet.containers, 'containers', [...path, 'containerSet', 'containers']);
  many(t.sidecars, 'containers', [...path, 'sidecars']);
  return out;
}

/** Each Argo template that runs containers, as a pod built from the template and the workflow spec. */
function argoPods(obj: K8sObject, specPath: ObjPath): PodSpecRef[] {
  const spec = get(obj.value, specPath);
  if (!isRecord(spec) || !Array.isArray(spec.templates)) return [];
  const out: PodSpecRef[] = [];
  spec.templates.forEach((t, i) => {
    if (!isRecord(t)) return;
    const path = [...specPath, 'templates', i];
    const cs = argoContainers(t, path);
    if (cs.length === 0) return; // steps, dag, resource, suspend, http: no pod of its own
    const fields: SyntheticPod['fields'] = {};
    const pod: Record<string, unknown> = {
      containers: cs.filter((c) => c.list === 'containers').map((c) => c.container),
      initContainers: cs.filter((c) => c.list === 'initContainers').map((c) => c.container),
    };
    const from = (field: string, ...sources: [unknown, ObjPath][]) => {
      for (const [v, p] of sources)
        if (v !== undefined && v !== null) {
          pod[field] = v;
          fields[field] = p;
          return;
        }
    };
    from('securityContext', [t.securityContext, [...path, 'securityContext']], [spec.securityContext, [...specPath, 'securityContext']]);
    from('hostNetwork', [spec.hostNetwork, [...specPath, 'hostNetwork']]);
    from('automountServiceAccountToken', [t.automountServiceAccountToken, [...path, 'automountServiceAccountToken']], [spec.automountServiceAccountToken, [...specPath, 'automountServiceAccountToken']]);
    const vols: unknown[] = [];
    const volumePaths: ObjPath[] = [];
    for (const [v, p] of [[spec.volumes, [...specPath, 'volumes']], [t.volumes, [...path, 'volumes']]] as const)
      if (Array.isArray(v)) v.forEach((x, j) => (vols.push(x), volumePaths.push([...p, j])));
    if (vols.length) pod.volumes = vols;
    const ref: PodSpecRef = { object: obj, path, spec: pod as unknown as PodSpec, synthetic: { containers: cs, fields, volumePaths } };
    const meta = isRecord(t.metadata) ? t.metadata : isRecord(spec.podMetadata) ? spec.podMetadata : undefined;
    if (meta) {
      ref.metadata = meta as ObjectMeta;
      ref.metadataPath = isRecord(t.metadata) ? [...path, 'metadata'] : [...specPath, 'podMetadata'];
    }
    out.push(ref);
  });
  return out;
}

for (const kind of ['Workflow', 'WorkflowTemplate', 'ClusterWorkflowTemplate'])
  registerExtractor({ group: 'argoproj.io', kind, synthesize: (o) => argoPods(o, ['spec']) });
registerExtractor({ group: 'argoproj.io', kind: 'CronWorkflow', synthesize: (o) => argoPods(o, ['spec', 'workflowSpec']) });
