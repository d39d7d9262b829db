/** Running pods of a target, listed once per namespace and selector. */
import type { Connection } from '../kube/types.ts';
import { requestJson } from '../kube/http.ts';
import { labelSelector } from './targets.ts';

export interface LivePod {
  name: string;
  namespace: string;
  phase?: string;
}

export class PodLister {
  private cache = new Map<string, Promise<LivePod[]>>();
  constructor(private readonly conn: Connection) {}

  list(namespace: string, selector: Record<string, string>): Promise<LivePod[]> {
    const sel = labelSelector(selector);
    const key = `${namespace}?${sel}`;
    let hit = this.cache.get(key);
    if (!hit) {
      const path = `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods?labelSelector=${encodeURIComponent(sel)}`;
      hit = requestJson<{ items?: { metadata?: { name?: string }; status?: { phase?: string } }[] }>(this.conn, { method: 'GET', path, what: `list pods ${sel} in ${namespace}` }).then((r) =>
        (r.items ?? [])
          .map((p) => ({ name: p.metadata?.name ?? '', namespace, phase: p.status?.phase }))
          .filter((p) => p.name && p.phase === 'Running')
          .sort((a, b) => a.name.localeCompare(b.name)),
      );
      this.cache.set(key, hit);
    }
    return hit;
  }
}
