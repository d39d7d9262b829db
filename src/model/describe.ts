/** How objects, pods and containers are named in messages: `DaemonSet mcp-homelab/debug-agent`, `container "agent"`. */
import type { K8sObject } from '../input/types.ts';
import type { ContainerRef, PodSpecRef } from './workloads.ts';

export function objectLabel(obj: K8sObject): string {
  const name = obj.name || '(unnamed)';
  return obj.namespace ? `${obj.kind} ${obj.namespace}/${name}` : `${obj.kind} ${name}`;
}

/** Where a pod template sits, when it is not the kind's one obvious place. */
const STANDARD_POD_PATHS = new Set(['spec', 'template.spec', 'spec.template.spec', 'spec.jobTemplate.spec.template.spec']);

/**
 * A pod: its object, plus the template's path when the object holds several or an unusual one
 * (`RayCluster ray (pod spec.workerGroupSpecs.0.template.spec)`), and a mark when the pod was
 * inferred from its shape in a custom resource leastpriv has no extractor for.
 */
export function podLabel(pod: PodSpecRef): string {
  const path = pod.path.join('.');
  const where = STANDARD_POD_PATHS.has(path) && !pod.synthetic ? '' : ` (pod ${path})`;
  return `${objectLabel(pod.object)}${where}${pod.inferred ? ' [pod inferred from its shape]' : ''}`;
}

export function containerLabel(c: ContainerRef): string {
  const kind = c.list === 'containers' ? 'container' : c.list === 'initContainers' ? 'init container' : 'ephemeral container';
  return `${kind} "${c.name}" of ${podLabel(c.pod)}`;
}

/** One object's identity within a run, for root-cause keys shared between rules (Report.cause). */
export function objectKey(obj: K8sObject): string {
  // (objects rendered from one base document by several roots are different objects, and so are
  // two copies of one base document in one root, a root listing two overlays of it: src/render)
  return `${obj.render ? `${obj.render.root}|${obj.kind}|${obj.namespace ?? ''}|${obj.name}|` : ''}${obj.file.path}#${obj.documentIndex}#${obj.rootPath.join('.')}`;
}
