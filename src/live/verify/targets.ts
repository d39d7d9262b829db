/**
 * Where probes run: the workload containers of the manifests that a probe's target picks (by
 * kind/name, namespace, matchLabels or a full label selector, ANDed), or, for a probe without a
 * target, those that have what it exercises (hostNetwork; each capability added, or privileged).
 * Each probe runs as each identity the manifests grant exec to in that namespace (impersonation),
 * or as --as, or with the caller's own credentials.
 */
import type { K8sObject } from '../../input/types.ts';
import { containers, podSpecs, type ContainerRef, type PodSpecRef } from '../../model/workloads.ts';
import { normaliseCapability } from '../../model/capabilities.ts';
import type { Impersonation } from '../kube/types.ts';
import type { ResolvedProbe } from '../probes/catalog.ts';
import { grantsVerbOn } from '../../rbac/match.ts';
import { grantsIn, subjectKey, subjectLabel, userOf, type Grant } from './grants.ts';
import { matchesSelector, selectorString, workloadSelector, type LabelSelector } from './selector.ts';

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
  /** How the workload's live pods are listed: its own spec.selector, else its template labels. */
  selector: LabelSelector;
  /** A bare Pod of the manifests: only the pod of that name. */
  podName?: string;
}

export interface ProbeTarget extends Target {
  probe: ResolvedProbe;
  identities: Identity[];
}

/** The labelSelector query of a selector (kept for callers that print plans). */
export function labelSelector(selector: LabelSelector): string {
  return selectorString(selector);
}

const WORKLOAD_KINDS = new Set(['Pod', 'Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob']);

function templateLabels(obj: K8sObject, pod: PodSpecRef): Record<string, string> | undefined {
  const meta = pod.metadata ?? (obj.kind === 'Pod' ? (obj.value.metadata as { labels?: Record<string, string> } | undefined) : undefined);
  return meta?.labels as Record<string, string> | undefined;
}

/** Every long-running workload container of the manifests (init and ephemeral containers aside). */
export function workloadContainers(objects: readonly K8sObject[]): Target[] {
  const out: Target[] = [];
  for (const obj of objects) {
    if (!WORKLOAD_KINDS.has(obj.kind)) continue;
    const ns = obj.namespace ?? 'default';
    for (const pod of podSpecs(obj)) {
      const labels = templateLabels(obj, pod);
      const own = obj.kind === 'Pod' || obj.kind === 'CronJob' || obj.kind === 'Job' ? undefined : workloadSelector(obj.value);
      const selector: LabelSelector = own ?? { matchLabels: { ...(labels ?? {}) } };
      for (const c of containers(pod)) {
        if (c.list !== 'containers') continue;
        out.push({ workload: obj, pod, container: c, namespace: ns, selector, ...(obj.kind === 'Pod' && obj.name ? { podName: obj.name } : {}) });
      }
    }
  }
  return out;
}

/**
 * Is a container where a probe without a target is meant to run? It is when it has any of what the
 * probe exercises: the node network (hostNetwork), or a listed capability added (or privileged).
 * Any, not all: a debug agent that lost NET_RAW must still be probed, so that ping fails there.
 */
export function exercisesMatch(t: Target, exercises: ResolvedProbe['exercises']): boolean {
  if (!exercises) return false;
  if (exercises.hostNetwork && t.pod.spec.hostNetwork === true) return true;
  const sc = t.container.container.securityContext;
  const added = new Set((sc?.capabilities?.add ?? []).map(normaliseCapability));
  const privileged = sc?.privileged === true || added.has('ALL');
  return (exercises.capabilities ?? []).some((cap) => privileged || added.has(normaliseCapability(cap)));
}

/** Workload containers that a probe picks: by its target, else by what it exercises. */
export function probeTargets(all: readonly Target[], probe: ResolvedProbe): Target[] {
  const t = probe.target;
  if (!t) {
    // One container per pod template: the first that has what the probe exercises.
    const seen = new Set<PodSpecRef>();
    return all.filter((x) => {
      if (seen.has(x.pod) || !exercisesMatch(x, probe.exercises)) return false;
      seen.add(x.pod);
      return true;
    });
  }
  const [kind, name] = t.workload ? (t.workload.split('/', 2) as [string, string]) : [];
  const picked: Target[] = [];
  const seen = new Set<PodSpecRef>();
  for (const x of all) {
    if (seen.has(x.pod)) continue;
    if (t.namespace && x.namespace !== t.namespace) continue;
    if (kind && (x.workload.kind.toLowerCase() !== kind.toLowerCase() || x.workload.name !== name)) continue;
    const labels = templateLabels(x.workload, x.pod);
    if (t.selector && !matchesSelector(labels, { matchLabels: t.selector })) continue;
    if (t.labelSelector && !matchesSelector(labels, t.labelSelector)) continue;
    if (t.container && x.container.name !== t.container) continue;
    seen.add(x.pod);
    picked.push(x);
  }
  return picked;
}

/** How a probe's target reads in messages. */
export function describeTarget(probe: ResolvedProbe): string {
  const t = probe.target;
  if (!t) {
    const e = probe.exercises ?? {};
    return [e.hostNetwork ? 'hostNetwork: true' : '', ...(e.capabilities ?? []).map((c) => `adds ${c}`)].filter(Boolean).join(', ');
  }
  return [
    t.workload ? `workload ${t.workload}` : '',
    t.namespace ? `namespace ${t.namespace}` : '',
    t.selector ? `labels ${selectorString({ matchLabels: t.selector })}` : '',
    t.labelSelector ? `selector ${selectorString(t.labelSelector)}` : '',
    t.container ? `container ${t.container}` : '',
  ].filter(Boolean).join(', ');
}

export interface IdentityOptions {
  as?: string;
  asGroups?: string[];
}

/** The exec grants of each subject that apply in a namespace. */
export function execGrantsBySubject(grants: readonly Grant[], namespace?: string): Map<string, Grant[]> {
  const by = new Map<string, Grant[]>();
  for (const g of namespace === undefined ? grants : grantsIn(grants, namespace)) {
    if (!['get', 'create'].some((v) => grantsVerbOn(g.rule, v, '', 'pods', 'exec'))) continue;
    const key = subjectKey(g.subject);
    by.set(key, [...(by.get(key) ?? []), g]);
  }
  return by;
}

export function identitiesFor(grants: readonly Grant[], namespace: string, opts: IdentityOptions): Identity[] {
  if (opts.as) return [{ label: `User ${opts.as} (--as)`, impersonate: { user: opts.as, groups: opts.asGroups ?? [] }, execGrants: [] }];
  const out: Identity[] = [];
  for (const list of execGrantsBySubject(grants, namespace).values()) {
    const user = userOf(list[0]!.subject);
    if (!user) continue; // a Group cannot be impersonated without a user
    out.push({ label: subjectLabel(list[0]!.subject), impersonate: { user, groups: [] }, execGrants: list });
  }
  return out.length ? out : [{ label: 'the current credentials', execGrants: [] }];
}

export interface ProbePlan {
  targets: ProbeTarget[];
  /** Probes that picked no workload container. */
  unmatched: ResolvedProbe[];
}

export function planProbes(objects: readonly K8sObject[], grants: readonly Grant[], probes: readonly ResolvedProbe[], opts: IdentityOptions): ProbePlan {
  const all = workloadContainers(objects);
  const targets: ProbeTarget[] = [];
  const unmatched: ResolvedProbe[] = [];
  for (const probe of probes) {
    const picked = probeTargets(all, probe);
    if (!picked.length) unmatched.push(probe);
    for (const t of picked) targets.push({ ...t, probe, identities: identitiesFor(grants, t.namespace, opts) });
  }
  return { targets, unmatched };
}
