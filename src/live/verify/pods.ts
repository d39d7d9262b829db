/**
 * Running, ready pods of a workload, listed once per namespace and selector. Ready as the kubelet
 * reports it: the pod's Ready condition is True (or, for a status without conditions, every
 * container status is ready). A pod that is not ready may not have its container started, and an
 * exec into it proves nothing about RBAC.
 */
import type { Connection } from '../kube/types.ts';
import { requestJson } from '../kube/http.ts';
import { LiveError } from '../kube/errors.ts';
import { apiPath, isDns1123Subdomain, lit, seg } from '../kube/paths.ts';
import { invalidLabel, selectorString, type LabelSelector } from './selector.ts';

export interface LivePod {
  name: string;
  namespace: string;
  phase?: string;
  ready: boolean;
}

interface PodItem {
  metadata?: { name?: string };
  status?: { phase?: string; conditions?: { type?: string; status?: string }[]; containerStatuses?: { ready?: boolean }[] };
}

/** Elements of a list field of the answer that are objects: the API server's answers are read, not trusted to be well formed. */
function objects<T>(v: unknown): T[] {
  return Array.isArray(v) ? v.filter((x): x is T => x !== null && typeof x === 'object' && !Array.isArray(x)) : [];
}

function isReady(p: PodItem): boolean {
  const cond = objects<{ type?: string; status?: string }>(p.status?.conditions).find((c) => c.type === 'Ready');
  if (cond) return cond.status === 'True';
  const cs = objects<{ ready?: boolean }>(p.status?.containerStatuses);
  return cs.length > 0 && cs.every((c) => c.ready === true);
}

export class PodLister {
  private cache = new Map<string, Promise<LivePod[]>>();
  constructor(private readonly conn: Connection) {}

  /** Running pods (ready or not) matching the selector, sorted by name. */
  all(namespace: string, selector: LabelSelector): Promise<LivePod[]> {
    const sel = selectorString(selector);
    const key = `${namespace}?${sel}`;
    let hit = this.cache.get(key);
    if (!hit) {
      const bad = invalidLabel(selector);
      if (bad) {
        hit = Promise.reject(new LiveError('config', `the pod selector of the workload has ${bad}, which Kubernetes refuses as a label: no pods were listed`));
        hit.catch(() => undefined); // rejected for every caller that asks; not an unhandled rejection
        this.cache.set(key, hit);
        return hit;
      }
      const path = apiPath([lit('api'), lit('v1'), lit('namespaces'), seg('namespace', namespace, 'DNS-1123 label'), lit('pods')], sel ? new URLSearchParams({ labelSelector: sel }) : undefined);
      const what = `list pods ${sel || '(all)'} in ${namespace}`;
      hit = requestJson<{ items?: unknown }>(this.conn, { method: 'GET', path, what }).then((r) => {
        if (r.items !== undefined && r.items !== null && !Array.isArray(r.items)) throw new LiveError('protocol', `${what}: the answer's items is not a list`);
        return objects<PodItem>(r.items)
          .map((p) => ({ name: typeof p.metadata?.name === 'string' ? p.metadata.name : '', namespace, phase: p.status?.phase, ready: isReady(p) }))
          .filter((p) => isDns1123Subdomain(p.name) && p.phase === 'Running') // a pod name the API server could not have made is not exec'd into
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      });
      this.cache.set(key, hit);
    }
    return hit;
  }

  /** Running and ready pods (only `podName` when given). */
  async list(namespace: string, selector: LabelSelector, podName?: string): Promise<LivePod[]> {
    return (await this.all(namespace, selector)).filter((p) => p.ready && (podName === undefined || p.name === podName));
  }
}
