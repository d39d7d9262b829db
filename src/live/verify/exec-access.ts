/**
 * Exec access, proven: for every identity the manifests grant pods/exec, in every namespace of a
 * namespaced grant (and once for a cluster-wide one), open the exec WebSocket as that identity
 * (impersonation) in a running, ready pod of a workload of the manifests, running `true`. The
 * upgrade's answer is the proof: 101 means exec works (an exit 126/127 after it only means the
 * image has no `true`); a 403 is the incident, reported with the API server's message at the Role
 * rule that must change, naming the missing verb.
 *
 * Naming the verb. The WebSocket upgrade is an HTTP GET, so the API server's authorization filter
 * checks `get` on pods/exec first; its 403 says `cannot get resource "pods/exec"`. From 1.35, with
 * AuthorizePodWebsocketUpgradeCreatePermission (beta, on by default), the exec handler then checks
 * `create` itself and answers with `apierrors.NewForbidden(pods, NAME, errors.New(reason))`: the
 * message is `pods "NAME" is forbidden: ` and names no verb (kubernetes/kubernetes
 * pkg/registry/core/pod/rest/subresources.go ExecREST.Connect and authorize.go
 * ensureAuthorizedForVerb; feature gate in pkg/features/kube_features.go, issue #133515). So a
 * 403 without a verb is `create` on a 1.35+ server; access reviews for get and create on the same
 * pod confirm which one the cluster denies.
 *
 * Read-only: `true` changes nothing, stdin is never opened, and the session ends when it exits.
 */
import { dirname } from 'node:path';
import type { Finding } from '../../engine/types.ts';
import type { Connection } from '../kube/types.ts';
import { LiveError } from '../kube/errors.ts';
import { checkSegment, describeInvalid } from '../kube/paths.ts';
import { execInPod, ExecStreamError, openAttach } from '../exec/ws-exec.ts';
import { grantsVerbOn } from '../../rbac/match.ts';
import { where } from '../../engine/locate.ts';
import { objectLabel } from '../../model/describe.ts';
import type { ResourceAttributes, Subject } from '../access/review.ts';
import { grantsIn, subjectKey, subjectLabel, userOf, type Grant } from './grants.ts';
import { liveFinding, type Site } from './findings.ts';
import { execDenied } from './live-rules.ts';
import { mapLimit } from './limit.ts';
import type { PodLister, LivePod } from './pods.ts';
import { workloadContainers, type Identity, type Target } from './targets.ts';
import type { K8sObject } from '../../input/types.ts';

/** The command run to prove access: changes nothing, prints nothing, in (almost) every image. */
export const EXEC_PROOF_COMMAND = ['true'] as const;

/** The streams whose access is proven by opening them: exec (running `true`) and attach (read-only). */
export type StreamSubresource = 'exec' | 'attach';
const STREAMS: readonly StreamSubresource[] = ['exec', 'attach'];

export interface ExecAccessCheck {
  subresource: StreamSubresource;
  subject: Subject;
  identity: Identity;
  /** The namespace of a RoleBinding's grant; undefined for a cluster-wide grant (any namespace). */
  namespace?: string;
  /** All of this subject's exec grants (to find the rule to change wherever the pod is). */
  subjectGrants: Grant[];
  /** Workload containers to try, preferred first. */
  candidates: Target[];
  /** When every exec grant in scope names its pods, only those pods may be exec'd. */
  resourceNames?: string[];
  site: Site;
}

export interface Unverified {
  what: string;
  why: string;
  site: Site;
}

export interface ExecAccessPlan {
  checks: ExecAccessCheck[];
  unverifiable: Unverified[];
}

const APP_LABELS = ['app.kubernetes.io/name', 'app.kubernetes.io/instance', 'app.kubernetes.io/part-of', 'app', 'k8s-app', 'name', 'component'];

function names(t: Target): string[] {
  const labels = (t.pod.metadata?.labels ?? {}) as Record<string, string>;
  return [t.workload.name ?? '', ...APP_LABELS.map((k) => labels[k] ?? '')].filter((n) => n.length >= 3);
}

const related = (a: string, b: string): boolean => a.length >= 3 && b.length >= 3 && (a.includes(b) || b.includes(a));

/**
 * How much a workload looks like the one a grant exists for: its pods named by resourceNames,
 * the same folder (app or kustomization root) as the role or binding, a name or app label
 * shared with the role, binding or subject.
 */
function affinity(t: Target, grants: readonly Grant[], resourceNames: readonly string[] | undefined): number {
  let score = 0;
  const wname = t.workload.name ?? '';
  if (resourceNames?.some((r) => r === t.podName || (wname && r.startsWith(`${wname}-`)))) score += 8;
  const wdir = dirname(t.workload.file.path);
  const dirs = grants.flatMap((g) => [dirname(g.ruleSite.object.file.path), dirname(g.binding.file.path)]);
  if (dirs.includes(wdir)) score += 4;
  else if (dirs.some((d) => d.startsWith(`${wdir}/`) || wdir.startsWith(`${d}/`))) score += 2;
  const grantNames = grants.flatMap((g) => [g.ruleSite.object.name ?? '', g.binding.name ?? '', g.subject.name]);
  if (names(t).some((n) => grantNames.some((g) => related(n, g)))) score += 1;
  return score;
}

function preferred(cands: Target[], grants: readonly Grant[], resourceNames: readonly string[] | undefined, first?: (t: Target) => boolean): Target[] {
  return cands
    .map((t, i) => ({ t, i, s: affinity(t, grants, resourceNames) + (first?.(t) ? 16 : 0) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.t);
}

/** Grants of each subject that allow get or create on pods/<sub> (in a namespace, when given). */
function streamGrantsBySubject(grants: readonly Grant[], sub: StreamSubresource, namespace?: string): Map<string, Grant[]> {
  const by = new Map<string, Grant[]>();
  for (const g of namespace === undefined ? grants : grantsIn(grants, namespace)) {
    if (!['get', 'create'].some((v) => grantsVerbOn(g.rule, v, '', 'pods', sub))) continue;
    const key = subjectKey(g.subject);
    by.set(key, [...(by.get(key) ?? []), g]);
  }
  return by;
}

const doing = (sub: StreamSubresource): string => (sub === 'exec' ? 'exec' : 'attach');

function execSite(g: Grant): Site {
  return { object: g.ruleSite.object, path: [...g.ruleSite.path, 'verbs'] };
}

function namesOf(grants: readonly Grant[]): string[] | undefined {
  if (!grants.length || grants.some((g) => !g.rule.resourceNames?.length)) return undefined;
  return [...new Set(grants.flatMap((g) => g.rule.resourceNames ?? []))];
}

export function planExecAccess(objects: readonly K8sObject[], grants: readonly Grant[]): ExecAccessPlan {
  const all = workloadContainers(objects);
  // One container per pod template: exec needs a container name, the first one is kubectl's default.
  const firstOfPod = all.filter((t, i) => all.findIndex((x) => x.pod === t.pod) === i);
  const checks: ExecAccessCheck[] = [];
  const unverifiable: Unverified[] = [];
  for (const sub of STREAMS) for (const list of streamGrantsBySubject(grants, sub).values()) {
    const subject = list[0]!.subject;
    const label = subjectLabel(subject);
    const user = userOf(subject);
    const mine = grants.filter((g) => subjectKey(g.subject) === subjectKey(subject));
    if (!user) {
      unverifiable.push({ what: `${doing(sub)} as ${label}`, why: 'a Group cannot be impersonated without a user name, so only access reviews checked it', site: execSite(list[0]!) });
      continue;
    }
    // The API server refuses a binding whose ServiceAccount subject is not a valid name
    // (pkg/apis/rbac/validation ValidateRoleBindingSubject: ValidateServiceAccountName), and
    // system:serviceaccount:NS:a:b impersonates a plain user of that name, not a service account.
    const badSa = subject.kind === 'ServiceAccount' ? (checkSegment('service account name', subject.name, 'DNS-1123 subdomain') ?? checkSegment('service account namespace', subject.namespace ?? '', 'DNS-1123 label')) : undefined;
    if (badSa) {
      unverifiable.push({ what: `${doing(sub)} as ${label}`, why: `${describeInvalid(badSa)}: the API server refuses such a subject, and impersonating it would be another identity`, site: execSite(list[0]!) });
      continue;
    }
    const namespaced = [...new Set(list.filter((g) => g.namespace !== undefined).map((g) => g.namespace!))].sort();
    const clusterWide = list.filter((g) => g.namespace === undefined);
    const scopes: { ns?: string; grants: Grant[] }[] = namespaced.map((ns) => ({ ns, grants: streamGrantsBySubject(grantsIn(mine, ns), sub).get(subjectKey(subject)) ?? [] }));
    if (clusterWide.length) scopes.push({ grants: clusterWide });
    for (const scope of scopes) {
      // Namespaced grants first: the rule to change is the one of the namespace.
      const ordered = [...scope.grants].sort((a, b) => Number(a.namespace === undefined) - Number(b.namespace === undefined));
      const resourceNames = namesOf(ordered);
      const identity: Identity = { label, impersonate: { user, groups: [] }, execGrants: ordered };
      const inScope = scope.ns === undefined ? firstOfPod : firstOfPod.filter((t) => t.namespace === scope.ns);
      // A cluster-wide grant is best proven where no namespaced grant could be what allows it.
      const candidates = preferred(inScope, ordered, resourceNames, scope.ns === undefined ? (t) => !namespaced.includes(t.namespace) : undefined);
      const what = `${doing(sub)} as ${label} ${scope.ns ? `in namespace ${scope.ns}` : 'in any namespace (cluster-wide grant)'}`;
      const site = execSite(ordered[0]!);
      if (!candidates.length) {
        unverifiable.push({ what, why: scope.ns ? `the manifests define no workload in namespace ${scope.ns} to exec into` : 'the manifests define no workload to exec into', site });
        continue;
      }
      checks.push({ subresource: sub, subject, identity, ...(scope.ns ? { namespace: scope.ns } : {}), subjectGrants: mine, candidates, ...(resourceNames ? { resourceNames } : {}), site });
    }
  }
  return { checks, unverifiable };
}

/** The verb the API server's 403 names: `cannot get resource "pods/exec"`. */
export function deniedVerb(message: string, sub: StreamSubresource = 'exec'): string | undefined {
  return new RegExp(`cannot (\\w+) resource "pods/${sub}"`).exec(message)?.[1];
}

/** Major.minor of a gitVersion ("v1.35.2+k3s1" → 1.35), or undefined. */
export function serverMinor(gitVersion: string | undefined): number | undefined {
  const m = /^v?(\d+)\.(\d+)/.exec(gitVersion ?? '');
  return m && m[1] === '1' ? Number(m[2]) : undefined;
}

export interface ExecProof {
  subresource: StreamSubresource;
  identity: string;
  namespace: string;
  pod: string;
  /** What the session said, for the summary: "exit 0", "exit 127: the image has no `true`". */
  outcome: string;
}

export interface ExecRefusal {
  check: ExecAccessCheck;
  pod: LivePod;
  container: string;
  workload: K8sObject;
  error: LiveError;
  verbs: string[];
  how: string;
  /** Probes not run because of this refusal (filled in by the probe phase). */
  probes: string[];
}

export interface ExecAccessOptions {
  concurrency: number;
  timeoutMs: number;
  gitVersion?: string;
  /** Ask whether the subject may do this (undefined: the review could not be made). */
  review: (subject: Subject, attrs: ResourceAttributes) => Promise<boolean | undefined>;
}

export interface ExecAccessOutcome {
  proofs: ExecProof[];
  refusals: ExecRefusal[];
  unverified: Unverified[];
}

async function nameVerbs(check: ExecAccessCheck, pod: LivePod, err: LiveError, opts: ExecAccessOptions): Promise<{ verbs: string[]; how: string }> {
  const stated = deniedVerb(err.message, check.subresource);
  if (stated) return { verbs: [stated], how: 'the API server names it' };
  const minor = serverMinor(opts.gitVersion);
  const base = { verb: '', group: '', resource: 'pods', subresource: check.subresource, namespace: pod.namespace, name: pod.name };
  const [get, create] = await Promise.all(['get', 'create'].map((verb) => opts.review(check.subject, { ...base, verb })));
  const denied = [get === false ? 'get' : '', create === false ? 'create' : ''].filter(Boolean);
  const reviews = get === undefined || create === undefined ? 'access reviews could not be made' : `access reviews: get ${get ? 'allowed' : 'denied'}, create ${create ? 'allowed' : 'denied'}`;
  const v135 = minor !== undefined && minor >= 35;
  const server = `server ${opts.gitVersion ?? 'version unknown'}`;
  if (denied.length) {
    const gate = denied.includes('create') && v135 ? `; from 1.35 the ${check.subresource} handler checks create on the WebSocket upgrade`+' (AuthorizePodWebsocketUpgradeCreatePermission) and its 403 does not name the verb' : '';
    return { verbs: denied, how: `${server}, ${reviews}${gate}` };
  }
  if (v135) return { verbs: ['create'], how: `${server}: a 403 without a verb is the 1.35 create check on the WebSocket upgrade (AuthorizePodWebsocketUpgradeCreatePermission); ${reviews}` };
  return { verbs: ['get', 'create'], how: `${server}, ${reviews}: the API server did not name the verb` };
}

export async function runExecAccess(conn: Connection, plan: ExecAccessPlan, lister: PodLister, opts: ExecAccessOptions): Promise<ExecAccessOutcome> {
  const out: ExecAccessOutcome = { proofs: [], refusals: [], unverified: [...plan.unverifiable] };
  await mapLimit(plan.checks, opts.concurrency, async (check) => {
    const sub = check.subresource;
    const what = `${doing(sub)} as ${check.identity.label} ${check.namespace ? `in namespace ${check.namespace}` : 'in any namespace (cluster-wide grant)'}`;
    let chosen: { t: Target; pod: LivePod } | undefined;
    const looked: string[] = [];
    for (const t of check.candidates) {
      let pods: LivePod[];
      try {
        pods = await lister.list(t.namespace, t.selector, t.podName);
      } catch (err) {
        looked.push(`${objectLabel(t.workload)}: ${(err as Error).message}`);
        continue;
      }
      if (check.resourceNames) pods = pods.filter((p) => check.resourceNames!.includes(p.name));
      if (pods.length) {
        chosen = { t, pod: pods[0]! };
        break;
      }
      looked.push(`${objectLabel(t.workload)} in ${t.namespace}: no running, ready pod${check.resourceNames ? ` named ${check.resourceNames.join(' or ')}` : ''}`);
    }
    if (!chosen) {
      out.unverified.push({ what, why: `no pod to ${sub === 'exec' ? 'exec into' : 'attach to'} (${looked.slice(0, 6).join('; ')}${looked.length > 6 ? `; ${looked.length - 6} more` : ''})`, site: check.site });
      return;
    }
    const { t, pod } = chosen;
    const as: Connection = { ...conn, impersonate: check.identity.impersonate };
    const proof = (outcome: string): void => {
      out.proofs.push({ subresource: sub, identity: check.identity.label, namespace: pod.namespace, pod: pod.name, outcome });
    };
    try {
      if (sub === 'attach') {
        await openAttach(as, { namespace: pod.namespace, pod: pod.name, container: t.container.name }, { timeoutMs: opts.timeoutMs });
        proof('attached read-only (101), closed at once');
        return;
      }
      const r = await execInPod(as, { namespace: pod.namespace, pod: pod.name, container: t.container.name }, EXEC_PROOF_COMMAND, { timeoutMs: opts.timeoutMs });
      const outcome =
        r.status.kind === 'failure'
          ? `the session opened, then: ${r.status.message}`
          : r.status.code === 126 || r.status.code === 127
            ? `exit ${r.status.code}: the image has no \`true\`, but the session opened, which is the proof`
            : `exit ${r.status.code}`;
      proof(outcome);
    } catch (err) {
      if (err instanceof ExecStreamError) {
        proof(`the session opened, then: ${err.message}`);
        return;
      }
      const e = err instanceof LiveError ? err : new LiveError('protocol', String(err));
      if (e.kind === 'forbidden' && /cannot impersonate/.test(e.message)) {
        out.unverified.push({ what, why: `the verifier may not impersonate ${check.identity.label} (${e.message}); verify with credentials that may impersonate users and service accounts`, site: check.site });
        return;
      }
      if (e.kind !== 'forbidden') {
        out.unverified.push({ what, why: `${doing(sub)} in pod ${pod.namespace}/${pod.name} failed before the upgrade: ${e.message}`, site: check.site });
        return;
      }
      const { verbs, how } = await nameVerbs(check, pod, e, opts);
      out.refusals.push({ check, pod, container: t.container.name, workload: t.workload, error: e, verbs, how, probes: [] });
    }
  });
  return out;
}

/** Where the refusal is fixed: the first rule in scope on the stream that lacks a missing verb. */
export function refusalFinding(r: ExecRefusal): Finding {
  const sub = r.check.subresource;
  const grants = [...grantsIn(r.check.subjectGrants, r.pod.namespace)]
    .filter((g) => ['get', 'create'].some((v) => grantsVerbOn(g.rule, v, '', 'pods', sub)))
    .sort((a, b) => Number(a.namespace === undefined) - Number(b.namespace === undefined));
  const lacking = grants.filter((g) => r.verbs.some((v) => !grantsVerbOn(g.rule, v, '', 'pods', sub)));
  let site: Site = r.check.site;
  let fix: string;
  if (lacking.length) {
    const g = lacking[0]!;
    site = execSite(g);
    const add = r.verbs.filter((v) => !grantsVerbOn(g.rule, v, '', 'pods', sub));
    const also = lacking.slice(1).map((x) => `rule ${x.ruleIndex} of ${x.roleLabel} (${where(x.ruleSite.object, [...x.ruleSite.path, 'verbs'])})`);
    fix = `Fix: add ${add.map((v) => `"${v}"`).join(' and ')} to the verbs of rule ${g.ruleIndex} of ${g.roleLabel} (${where(site.object, site.path)})${also.length ? `, and to ${also.join(', ')}` : ''}: WebSocket ${sub} needs both get and create on pods/${sub}.`;
  } else {
    fix = `The manifests grant ${r.verbs.map((v) => `"${v}"`).join(' and ')} on pods/${sub} here, but the cluster does not: apply the manifests, or find the older copy the cluster runs.`;
  }
  if (r.probes.length) fix += ` Probes not run because of this: ${r.probes.join(', ')}.`;
  return liveFinding(execDenied, 'denied', site, {
    stream: sub === 'exec' ? 'exec into' : 'attach to',
    kind: sub,
    identity: r.check.identity.label,
    namespace: r.pod.namespace,
    pod: `pod ${r.pod.namespace}/${r.pod.name} (${objectLabel(r.workload)}, container ${r.container})`,
    error: r.error.message,
    verb: r.verbs.join('" and "'),
    how: r.how,
    fix,
  });
}
