/**
 * `verify()`: audit the manifests, plan what to ask the cluster, ask it, and report live findings
 * as audit findings (same reporters, same exit codes). Read-only: GET/LIST, access-review creates
 * and exec of catalog commands; `dryRun` returns the plan without connecting.
 */
import { loadObjects, type AuditInput, type FullAuditResult } from '../../engine/audit.ts';
import { defaults } from '../../config/load.ts';
import { describeRule } from '../../engine/registry.ts';
import { fingerprint } from '../../engine/fingerprint.ts';
import type { Finding, Severity } from '../../engine/types.ts';
import type { K8sObject } from '../../input/types.ts';
import { objectLabel } from '../../model/describe.ts';
import { resolveConnection, KubeconfigError, kubeconfigFiles, type ResolveOptions } from '../kube/kubeconfig.ts';
import { LiveError } from '../kube/errors.ts';
import { requestJson } from '../kube/http.ts';
import type { Connection } from '../kube/types.ts';
import { describeAttributes } from '../access/review.ts';
import { execPlanPath } from '../exec/ws-exec.ts';
import { loadProbes } from '../probes/catalog.ts';
import { grantsFrom, subjectLabel } from './grants.ts';
import { planAccess, runAccess, type AccessCheck } from './access-check.ts';
import { planProbes, labelSelector, type ProbeTarget, type Target } from './targets.ts';
import { runProbes } from './probe-check.ts';
import { capabilityTargets, runCapabilities, PROC_STATUS_COMMAND } from './caps-check.ts';
import { comparesKind, livePath, runDrift } from './drift-check.ts';
import { checkIdentities } from './identity.ts';
import { podSpecs } from '../../model/workloads.ts';
import { PodLister } from './pods.ts';
import { LIVE_RULES, unreachable } from './live-rules.ts';

export interface VerifyOptions extends Omit<AuditInput, 'sources'>, ResolveOptions {
  /** User probe catalogs (--probes). */
  probeFiles?: string[];
  dryRun?: boolean;
  /** Requests in flight at once. */
  concurrency?: number;
  /** Pods probed per workload. */
  maxPods?: number;
  /** Test hook: connect with this instead of resolving a kubeconfig. */
  connection?: Connection;
}

export interface VerifyPlan {
  access: AccessCheck[];
  probes: ProbeTarget[];
  capabilities: Target[];
  drift: K8sObject[];
}

export interface VerifyStats {
  server?: string;
  serverVersion?: string;
  reviews: number;
  reviewMode?: string;
  execs: number;
  probesPassed: number;
  capabilityChecks: number;
  objectsCompared: number;
}

export interface VerifyResult extends FullAuditResult {
  plan: VerifyPlan;
  stats: VerifyStats;
  /** Set when the cluster could not be used at all (exit 2). */
  unreachable?: boolean;
}

export function planVerify(objects: readonly K8sObject[], opts: Pick<VerifyOptions, 'probeFiles' | 'asUser' | 'asGroups'>): VerifyPlan {
  const grants = grantsFrom(objects);
  const probes = planProbes(objects, grants, loadProbes(opts.probeFiles ?? []), { as: opts.asUser, asGroups: opts.asGroups });
  return {
    access: planAccess(grants),
    probes,
    capabilities: capabilityTargets(probes),
    drift: objects.filter((o) => livePath(o) !== undefined),
  };
}

/** Every request the plan makes, one per line, for --dry-run. */
export function describePlan(plan: VerifyPlan): string[] {
  const lines: string[] = ['GET  /version'];
  for (const c of plan.access) {
    lines.push(`POST /apis/authorization.k8s.io/v1/subjectaccessreviews   ${subjectLabel(c.subject)}: ${describeAttributes(c.attrs)} (${c.expect === 'promised' ? 'promised' : 'not in the manifests'})`);
  }
  const listed = new Set<string>();
  for (const t of [...plan.probes, ...plan.capabilities]) {
    const key = `${t.namespace}?${labelSelector(t.selector)}`;
    if (listed.has(key)) continue;
    listed.add(key);
    lines.push(`GET  /api/v1/namespaces/${t.namespace}/pods?labelSelector=${encodeURIComponent(labelSelector(t.selector))}`);
  }
  for (const t of plan.probes) {
    for (const cmd of t.probe.commands) {
      for (const id of t.identities) {
        lines.push(`EXEC ${execPlanPath(t.namespace, t.container.name, cmd)}   probe ${t.probe.id} as ${id.label}`);
      }
    }
  }
  for (const t of plan.capabilities) {
    lines.push(`EXEC ${execPlanPath(t.namespace, t.container.name, PROC_STATUS_COMMAND)}   capabilities of ${objectLabel(t.workload)}`);
  }
  for (const o of plan.drift) lines.push(`GET  ${livePath(o)}   drift of ${objectLabel(o)}`);
  return lines;
}

function clusterFinding(message: string, file: string): Finding {
  return {
    code: unreachable.meta.code,
    rule: unreachable.meta.name,
    severity: unreachable.meta.severity,
    messageId: 'failed',
    message,
    file,
    region: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    fingerprint: fingerprint([unreachable.meta.code, file, message]),
  };
}

function finish(base: FullAuditResult, findings: Finding[], plan: VerifyPlan, stats: VerifyStats, unreachableFlag = false): VerifyResult {
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.region.start.line - b.region.start.line || a.region.start.column - b.region.start.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const f of findings) counts[f.severity]++;
  return {
    ...base,
    findings,
    summary: { ...base.summary, findings: counts, suppressed: 0 },
    rules: LIVE_RULES.map((r) => describeRule(r)),
    justifications: [],
    plan,
    stats,
    ...(unreachableFlag ? { unreachable: true } : {}),
  };
}

export async function verify(opts: VerifyOptions): Promise<VerifyResult> {
  const loaded = loadObjects(opts, opts.config ?? defaults());
  // Objects whose identity Kubernetes would refuse are findings, and never part of a request.
  const checked = checkIdentities(
    loaded.objects.filter((o) => !o.invalid),
    (o) => comparesKind(o.kind) || podSpecs(o).length > 0,
  );
  const objects = checked.valid;
  const pre = checked.findings;
  const base: FullAuditResult = {
    findings: [],
    summary: { files: loaded.sources.size, documents: loaded.documents, objects: loaded.objects.length, skipped: loaded.skipped, nonKubernetes: loaded.nonKubernetes, nonKubernetesFiles: loaded.nonKubernetesFiles, objectsReported: loaded.objects.length, findings: { error: 0, warning: 0, note: 0 }, suppressed: 0 },
    sources: loaded.sources,
    rules: [],
    justifications: [],
  };
  const plan = planVerify(objects, opts);
  const stats: VerifyStats = { reviews: 0, execs: 0, probesPassed: 0, capabilityChecks: 0, objectsCompared: 0 };
  if (opts.dryRun) return finish(base, [...pre], plan, stats);
  let conn: Connection;
  try {
    // --as names who the probes run as; the verifier itself keeps its own identity.
    conn = opts.connection ?? resolveConnection({ ...opts, asUser: undefined, asGroups: undefined });
  } catch (err) {
    if (!(err instanceof KubeconfigError)) throw err;
    return finish(base, [...pre, clusterFinding(`no usable kubeconfig: ${err.message}`, kubeconfigFiles(opts)[0] ?? '-')], plan, stats, true);
  }
  stats.server = conn.server;
  const concurrency = opts.concurrency ?? 4;
  const maxPods = opts.maxPods ?? 2;
  const where = conn.origin.replace(/^.* in /, '') || '-';
  const failed = (what: string, err: unknown): Finding => {
    const msg = err instanceof LiveError ? err.message : err instanceof Error ? err.message : String(err);
    return clusterFinding(`cannot verify against ${conn.server} (${conn.origin}): ${what}: ${msg}`, where);
  };
  const findings: Finding[] = [...pre];
  // Reach the server first: an unreachable or unauthenticated verifier is reported once, with its
  // cause, instead of once per phase.
  try {
    const v = await requestJson<{ gitVersion?: string }>(conn, { method: 'GET', path: '/version', what: 'get /version' });
    stats.serverVersion = v.gitVersion;
  } catch (err) {
    return finish(base, [...pre, failed('reaching the API server', err)], plan, stats, true);
  }
  try {
    const a = await runAccess(conn, plan.access, concurrency);
    findings.push(...a.findings);
    stats.reviews = a.asked;
    stats.reviewMode = a.mode === 'subject' ? 'SubjectAccessReview' : 'SelfSubjectAccessReview (impersonation)';
  } catch (err) {
    findings.push(failed('access reviews', err));
  }
  const lister = new PodLister(conn);
  const timeoutMs = conn.timeoutMs;
  const phases: [string, () => Promise<void>][] = [
    ['exec probes', async () => {
      const p = await runProbes(conn, plan.probes, lister, { concurrency, maxPods });
      findings.push(...p.findings);
      stats.execs += p.execs;
      stats.probesPassed = p.passed;
    }],
    ['capabilities', async () => {
      const c = await runCapabilities(conn, plan.capabilities, lister, { concurrency, maxPods, timeoutMs });
      findings.push(...c.findings);
      stats.capabilityChecks = c.checked;
    }],
    ['drift', async () => {
      const d = await runDrift(conn, plan.drift, concurrency);
      findings.push(...d.findings);
      stats.objectsCompared = d.compared;
    }],
  ];
  for (const [name, run] of phases) {
    try {
      await run();
    } catch (err) {
      findings.push(failed(name, err));
    }
  }
  return finish(base, findings, plan, stats);
}
