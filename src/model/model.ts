/**
 * The model of one audit run: the objects that cross-object rules read, indexed the ways rules ask
 * for them. Those are the RBAC objects (the RBAC graph) and the objects that carry pods (what a
 * binding's exec grant reaches, the Pod Security Standards report); `audit()` checks every other
 * object on its own as its file is read, and does not keep it.
 * Built once per run; rules read it and never change it. Costly indexes (the RBAC graph) are built
 * on first use, so runs whose rules never ask for them do not pay for them.
 */
import type { K8sObject } from '../input/types.ts';
import { RbacGraph } from '../rbac/graph.ts';
import { isBinding, isRole } from '../rbac/objects.ts';
import { podSpecs } from './workloads.ts';
// Pod extractors for custom resources and the shape detector register themselves in workloads.ts.
import './crd-extractors.ts';
import './infer.ts';

export interface Model {
  objects: readonly K8sObject[];
  byKind(kind: string): readonly K8sObject[];
  /** Effective RBAC: roles, bindings, subjects and the authorizer's answers (built lazily). */
  readonly rbac: RbacGraph;
}

/** Does the model keep this object: an RBAC role or binding, or an object that carries pods? */
export function inModel(obj: K8sObject): boolean {
  return isRole(obj) || isBinding(obj) || podSpecs(obj).length > 0;
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
