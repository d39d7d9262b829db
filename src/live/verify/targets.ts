/**
 * Where probes run: the workloads in the manifests whose pod template carries a probe's selector,
 * their container, and the identities the manifests grant exec to in that namespace (each probe
 * runs as each of them, through impersonation), or --as, or the caller's own credentials.
 */
import type { K8sObject } from '../../input/types.ts';
import { containers, podSpecs, type ContainerRef, type PodSpecRef } from '../../model/workloads.ts';
import type { Impersonation } from '../kube/types.ts';
import type { ResolvedProbe } from '../probes/catalog.ts';
import { grantsVerbOn } from '../../rbac/match.ts';
import { grantsIn, subjectKey, subjectLabel, userOf, type Grant } from './grants.ts';

export interface Identity {
  label: string;
  impersonate?: Impersonation;
  /** The manifests' grants on pods/exec for this identity (empty for --as and the caller). */
  execGrants: Grant[];
}

export interface Target {
  workload: K8sObject;
  pod: PodSpecRef;
  container: ContainerRef;
  namespace: string;
  selector: Record<string, string>;
}

export interface ProbeTarget extends Target {
  probe: ResolvedProbe;
  identities: Identity[];
}

export function labelSelector(selector: Record<string, string>): string {
  return Object.entries(selector)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

function matches(labels: Record<string, string> | undefined, selector: Record<string, string>): boolean {
  return Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}

/** Workload containers that a selector (and optional namespace/container) picks out. */
export function findTargets(objects: readonly K8sObject[], selector: Record<string, string>, namespace?: string, container?: string): Target[] {
  const out: Target[] = [];
  for (const obj of objects) {
    const ns = obj.namespace ?? 'default';
    if (namespace && ns !== namespace) continue;
    for (const pod of podSpecs(obj)) {
      const labels = (pod.metadata?.labels ?? (obj.kind === 'Pod' ? (obj.value.metadata as { labels?: Record<string, string> } | undefined)?.labels : undefined)) as Record<string, string> | undefined;
      if (!matches(labels, selector)) continue;
      const list = containers(pod).filter((c) => c.list === 'containers');
      const c = container ? list.find((x) => x.name === container) : list[0];
      if (c) out.push({ workload: obj, pod, container: c, namespace: ns, selector });
    }
  }
  return out;
}

export interface IdentityOptions {
  as?: string;
  asGroups?: string[];
}

export function identitiesFor(grants: readonly Grant[], namespace: string, opts: IdentityOptions): Identity[] {
  if (opts.as) return [{ label: `User ${opts.as} (--as)`, impersonate: { user: opts.as, groups: opts.asGroups ?? [] }, execGrants: [] }];
  const bySubject = new Map<string, Identity>();
  for (const g of grantsIn(grants, namespace)) {
    if (!['get', 'create'].some((v) => grantsVerbOn(g.rule, v, '', 'pods', 'exec'))) continue;
    const user = userOf(g.subject);
    if (!user) continue; // a Group cannot be impersonated without a user
    const key = subjectKey(g.subject);
    const id = bySubject.get(key) ?? { label: subjectLabel(g.subject), impersonate: { user, groups: [] }, execGrants: [] };
    id.execGrants.push(g);
    bySubject.set(key, id);
  }
  return bySubject.size ? [...bySubject.values()] : [{ label: 'the current credentials', execGrants: [] }];
}

export function planProbes(objects: readonly K8sObject[], grants: readonly Grant[], probes: readonly ResolvedProbe[], opts: IdentityOptions): ProbeTarget[] {
  return probes.flatMap((probe) =>
    findTargets(objects, probe.target.selector, probe.target.namespace, probe.target.container).map((t) => ({
      ...t,
      probe,
      identities: identitiesFor(grants, t.namespace, opts),
    })),
  );
}
