/** Running pods of a target, listed once per namespace and selector. */
import type { Connection } from '../kube/types.ts';
import { requestJson } from '../kube/http.ts';
import { labelSelector } from './targets.ts';
import { apiPath, isDns1123Subdomain, lit, seg } from '../kube/paths.ts';

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
      const path = apiPath([lit('api'), lit('v1'), lit('namespaces'), seg('namespace', namespace, 'DNS-1123 label'), lit('pods')], new URLSearchParams({ labelSelector: sel }));
      hit = requestJson<{ items?: { metadata?: { name?: string }; status?: { phase?: string } }[] }>(this.conn, { method: 'GET', path, what: `list pods ${sel} in ${namespace}` }).then((r) =>
        (r.items ?? [])
          .map((p) => ({ name: p.metadata?.name ?? '', namespace, phase: p.status?.phase }))
          .filter((p) => isDns1123Subdomain(p.name) && p.phase === 'Running') // a pod name the API server could not have made is not exec'd into
          .sort((a, b) => a.name.localeCompare(b.name)),
      );
      this.cache.set(key, hit);
    }
    return hit;
  }
}
