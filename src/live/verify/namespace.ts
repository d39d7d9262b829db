/**
 * Objects without metadata.namespace, placed where the cluster has them. `kubectl apply -f`
 * sends such an object to the namespace of the kubeconfig's context, else `default` (client-go
 * tools/clientcmd DirectClientConfig.Namespace, inClusterClientConfig.Namespace in a pod), and
 * kustomize and Flux leave it unset unless a `namespace:` / `targetNamespace` says otherwise. The
 * audit keeps such a namespace unknown (src/rbac/graph.ts UNSET_NAMESPACE); verify asks a real
 * cluster, so it resolves it once, as kubectl would with the same kubeconfig and context, before
 * planning: access reviews (a RoleBinding's namespace, its ServiceAccount subjects'), pod lists and
 * exec, and drift GETs then all name the namespace the objects were applied to.
 */
import type { K8sObject } from '../../input/types.ts';
import { podSpecs } from '../../model/workloads.ts';
import { resolveConnection, KubeconfigError, type ResolveOptions } from '../kube/kubeconfig.ts';
import type { Connection } from '../kube/types.ts';
import { clusterScoped, comparesKind } from './drift-check.ts';

/** The namespace kubectl would apply namespace-less objects to with these options (files only, no request). */
export function kubectlNamespace(opts: ResolveOptions & { connection?: Connection }): string {
  if (opts.connection) return opts.connection.namespace ?? 'default';
  try {
    return resolveConnection({ ...opts, asUser: undefined, asGroups: undefined }).namespace ?? 'default';
  } catch (err) {
    // No usable kubeconfig (--dry-run, or the run reports it as unreachable): kubectl's last resort.
    if (err instanceof KubeconfigError) return 'default';
    throw err;
  }
}

/** Copies of the namespaced objects verify asks about that have no namespace, given `namespace`. */
export function placeInNamespace(objects: readonly K8sObject[], namespace: string): K8sObject[] {
  return objects.map((o) =>
    o.namespace === undefined && !clusterScoped(o.kind) && (comparesKind(o.kind) || podSpecs(o).length > 0) ? { ...o, namespace } : o,
  );
}
