/**
 * Objects without metadata.namespace, placed where the cluster has them. `kubectl apply -f`
 * sends such an object to the namespace of the kubeconfig's context, else `default` (client-go
 * tools/clientcmd DirectClientConfig.Namespace, inClusterClientConfig.Namespace in a pod), and
 * kustomize leaves it unset unless a `namespace:` says otherwise. Flux's kustomize-controller does
 * not default it: without spec.targetNamespace such an object is refused ("namespace not
 * specified: the server could not find the requested resource", fluxcd/flux2#4301), so it is in
 * no namespace of the cluster. The audit keeps such a namespace unknown (src/rbac/graph.ts
 * UNSET_NAMESPACE); verify asks a real cluster, so it resolves it once, before planning, and
 * access reviews (a RoleBinding's namespace, its ServiceAccount subjects'), pod lists and exec,
 * and drift GETs then all name the namespace the objects were applied to.
 */
import type { K8sObject } from '../../input/types.ts';
import { objectLabel } from '../../model/describe.ts';
import { podSpecs } from '../../model/workloads.ts';
import { resolveConnection, KubeconfigError, type ResolveOptions } from '../kube/kubeconfig.ts';
import type { Connection } from '../kube/types.ts';
import { clusterScoped, comparesKind } from './drift-check.ts';
import type { Unverified } from './exec-access.ts';

export interface Target {
  /** The connection verify would use; unset when the kubeconfig is unusable. */
  conn?: Connection;
  /** Why the kubeconfig is unusable: reported by a run and by --dry-run alike. */
  error?: KubeconfigError;
  /** Where kubectl would apply namespace-less objects with these options. */
  namespace: string;
}

/**
 * The connection (files only, no request) and the namespace kubectl would apply namespace-less
 * objects to: `-n NS` overrides the context's (client-go DirectClientConfig.Namespace returns the
 * override before checking the kubeconfig), else the connection's namespace. With no usable
 * kubeconfig the namespace is kubectl's last resort, `default`, and the error is kept for the run
 * (and --dry-run) to report: a namespace the kubeconfig names wrong is never silently replaced.
 */
export function resolveTarget(opts: ResolveOptions & { connection?: Connection; namespace?: string }): Target {
  if (opts.connection) return { conn: opts.connection, namespace: opts.namespace || (opts.connection.namespace ?? 'default') };
  try {
    const conn = resolveConnection({ ...opts, asUser: undefined, asGroups: undefined });
    return { conn, namespace: opts.namespace || (conn.namespace ?? 'default') };
  } catch (err) {
    if (!(err instanceof KubeconfigError)) throw err;
    return { error: err, namespace: opts.namespace || 'default' };
  }
}

export interface Placed {
  /** The objects, the namespace-less namespaced ones given `namespace`. */
  objects: K8sObject[];
  /** Namespace-less objects a Flux Kustomization renders: not applied, so nothing is asked about them. */
  refused: Unverified[];
}

/** Place the namespaced objects verify asks about that have no namespace in `namespace`. */
export function placeInNamespace(objects: readonly K8sObject[], namespace: string): Placed {
  const out: Placed = { objects: [], refused: [] };
  for (const o of objects) {
    const unset = o.namespace === undefined && !clusterScoped(o.kind) && (comparesKind(o) || podSpecs(o).length > 0);
    if (!unset) out.objects.push(o);
    else if (!o.render?.flux) out.objects.push({ ...o, namespace });
    else {
      out.refused.push({
        what: objectLabel(o),
        why: `${o.render.root} applies it without a namespace, which Flux refuses (namespace not specified); set spec.targetNamespace or a kustomization \`namespace:\``,
        site: { object: o, path: ['metadata'] },
      });
    }
  }
  return out;
}
