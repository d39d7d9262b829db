/**
 * Before any request: every object verify would ask the cluster about must have the identity
 * Kubernetes accepts (apiVersion, kind, namespace, name, container names: src/live/kube/paths.ts).
 * One that does not becomes an error finding at the bad field, and is left out of the plan, so no
 * request path is ever built from it.
 */
import type { Finding, ObjPath } from '../../engine/types.ts';
import type { K8sObject } from '../../input/types.ts';
import { containers, podSpecs } from '../../model/workloads.ts';
import { objectLabel } from '../../model/describe.ts';
import { checkObjectIdentity, checkSegment, describeInvalid, type InvalidSegment } from '../kube/paths.ts';
import { liveFinding } from './findings.ts';
import { drift } from './live-rules.ts';

function firstProblem(o: K8sObject): { bad: InvalidSegment; path: ObjPath } | undefined {
  const id = checkObjectIdentity({ apiVersion: o.apiVersion, kind: o.kind, namespace: o.namespace, ...(o.name ? { name: o.name } : {}) });
  if (id) return { bad: id, path: id.field === 'metadata.namespace' ? ['metadata', 'namespace'] : id.field === 'metadata.name' ? ['metadata', 'name'] : [id.field] };
  for (const pod of podSpecs(o)) {
    for (const c of containers(pod)) {
      if (typeof c.container.name !== 'string') continue;
      const bad = checkSegment(`container name`, c.container.name, 'DNS-1123 label');
      if (bad) return { bad, path: [...c.path, 'name'] };
    }
  }
  return undefined;
}

export function checkIdentities(objects: readonly K8sObject[], relevant: (o: K8sObject) => boolean): { valid: K8sObject[]; findings: Finding[] } {
  const valid: K8sObject[] = [];
  const findings: Finding[] = [];
  for (const o of objects) {
    const p = relevant(o) ? firstProblem(o) : undefined;
    if (!p) {
      valid.push(o);
      continue;
    }
    findings.push(liveFinding(drift, 'invalidName', { object: o, path: p.path }, { object: objectLabel(o), problem: describeInvalid(p.bad) }, 'error'));
  }
  return { valid, findings };
}
