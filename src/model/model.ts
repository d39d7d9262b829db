/**
 * The model of one audit run: every object, indexed the ways rules ask for them.
 * Built once per run; rules read it and never change it.
 */
import type { K8sObject } from '../input/types.ts';

export interface Model {
  objects: readonly K8sObject[];
  byKind(kind: string): readonly K8sObject[];
}

export function buildModel(objects: K8sObject[]): Model {
  const kinds = new Map<string, K8sObject[]>();
  for (const o of objects) {
    const list = kinds.get(o.kind);
    if (list) list.push(o);
    else kinds.set(o.kind, [o]);
  }
  return {
    objects,
    byKind: (kind) => kinds.get(kind) ?? [],
  };
}
