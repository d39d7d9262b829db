/**
 * The model of one audit run: every object, indexed the ways rules ask for them.
 * Built once per run; rules read it and never change it. Costly indexes (the RBAC graph) are built
 * on first use, so runs whose rules never ask for them do not pay for them.
 */
import type { K8sObject } from '../input/types.ts';
import { RbacGraph } from '../rbac/graph.ts';
// Pod extractors for custom resources and the shape detector register themselves in workloads.ts.
import './crd-extractors.ts';
import './infer.ts';

export interface Model {
  objects: readonly K8sObject[];
  byKind(kind: string): readonly K8sObject[];
  /** Effective RBAC: roles, bindings, subjects and the authorizer's answers (built lazily). */
  readonly rbac: RbacGraph;
}

export function buildModel(objects: K8sObject[]): Model {
  const kinds = new Map<string, K8sObject[]>();
  for (const o of objects) {
    const list = kinds.get(o.kind);
    if (list) list.push(o);
    else kinds.set(o.kind, [o]);
  }
  let rbac: RbacGraph | undefined;
  return {
    objects,
    byKind: (kind) => kinds.get(kind) ?? [],
    get rbac() {
      rbac ??= new RbacGraph(objects);
      return rbac;
    },
  };
}
