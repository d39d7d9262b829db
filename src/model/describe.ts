/** How objects and containers are named in messages: `DaemonSet mcp-homelab/debug-agent`, `container "agent"`. */
import type { K8sObject } from '../input/types.ts';
import type { ContainerRef } from './workloads.ts';

export function objectLabel(obj: K8sObject): string {
  const name = obj.name || '(unnamed)';
  return obj.namespace ? `${obj.kind} ${obj.namespace}/${name}` : `${obj.kind} ${name}`;
}

export function containerLabel(c: ContainerRef): string {
  const kind = c.list === 'containers' ? 'container' : c.list === 'initContainers' ? 'init container' : 'ephemeral container';
  return `${kind} "${c.name}" of ${objectLabel(c.pod.object)}`;
}
