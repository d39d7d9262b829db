/**
 * `verify()`: audit the manifests, plan what to ask the cluster, ask it, and report live findings
 * as audit findings (same reporters, same exit codes). Phases: access reviews, exec access (open
 * the exec WebSocket as every identity granted exec), probes, capabilities, drift. Read-only:
 * GET/LIST, access-review creates, and exec of `true`, `cat /proc/1/status` and catalog commands;
 * `noExec` skips every exec; `dryRun` returns the plan without connecting. What could not be
 * exercised is reported (LP908), and a run that exercised none of what the manifests promise is an
 * error, never a green run.
 *
 * The model comes from the audit's loader (loadObjects), not from re-reading files.
 */
import { separateBundles } from '../../engine/bundles.ts';
import { loadObjects, type AuditInput, type FullAuditResult } from '../../engine/audit.ts';
import type { RenderedRoot } from '../../render/index.ts';
import { defaults } from '../../config/load.ts';
import { describeRule } from '../../engine/registry.ts';
import { fingerprint } from '../../engine/fingerprint.ts';
import { format } from '../../engine/rule.ts';
import type { Finding, Severity } from '../../engine/types.ts';
import type { K8sObject } from '../../input/types.ts';
import { objectLabel } from '../../model/describe.ts';
import { kubeconfigFiles, type ResolveOptions } from '../kube/kubeconfig.ts';
import { LiveError } from '../kube/errors.ts';
import { describeProxy } from '../kube/proxy.ts';
import { requestJson } from '../kube/http.ts';
import type { Connection } from '../kube/types.ts';
import { describeAttributes } from '../access/review.ts';
import { execPlanPath } from '../exec/ws-exec.ts';
import { relative, isAbsolute } from 'node:path';
import { loadProbes, type ResolvedProbe } from '../probes/catalog.ts';
import { reviewAccess, type ReviewMode } from '../access/review.ts';
import { grantsAndRejections, subjectLabel } from './grants.ts';
import { planAccessLimited, runAccess, type AccessCheck, type AccessPlan } from './access-check.ts';
import { planProbes, labelSelector, workloadContainers, describeTarget, type ProbeTarget, type Target } from './targets.ts';
import { runProbes, refusalKey } from './probe-check.ts';
import { capabilityTargets, promisesCapabilities, runCapabilities, PROC_STATUS_COMMAND } from './caps-check.ts';
import { EXEC_PROOF_COMMAND, planExecAccess, refusalFinding, runExecAccess, type ExecAccessPlan, type ExecProof, type ExecRefusal, type Unverified } from './exec-access.ts';
import { liveFinding, placedSource } from './findings.ts';
import { comparesKind, livePath, runDrift } from './drift-check.ts';
import { checkIdentities } from './identity.ts';
import { resolveTarget, placeInNamespace } from './namespace.ts';
import { podSpecs } from '../../model/workloads.ts';
import { PodLister } from './pods.ts';
import { LIVE_RULES, notVerified, probeNoTarget, unreachable } from './live-rules.ts';

export interface VerifyOptions extends Omit<AuditInput, 'sources'>, ResolveOptions {
  /** User probe catalogs (--probes). */
  probeFiles?: string[];
  dryRun?: boolean;
  /** Requests in flight at once. */
  concurrency?: number;
  /** Pods probed per workload. */
  maxPods?: number;
  /** Open no exec session at all (exec access, probes, capabilities): --no-exec. */
  noExec?: boolean;
  /** Test hook: connect with this instead of resolving a kubeconfig. */
  connection?: Connection;
  /**
   * The namespace the manifests' namespace-less objects were applied to (`-n`, as `kubectl apply -n
   * NS -f`); default: the kubeconfig context's (namespace.ts).
   */
  namespace?: string;
}

export interface VerifyPlan {
  access: AccessCheck[];
  /** Promised permissions over MAX_ACCESS_REVIEWS, not asked. */
  accessOver?: AccessPlan['over'];
  execAccess: ExecAccessPlan;
  probes: ProbeTarget[];
  /** Probes that matched no workload of the manifests. */
  unmatchedProbes: ResolvedProbe[];
  capabilities: Target[];
  drift: K8sObject[];
  noExec: boolean;
  /** Bindings the API server refuses (grants.ts): reported, never asked about. */
  rejected: Unverified[];
}

export interface ProbeSummary {
  /** Probes in the catalogs. */
  total: number;
  /** Probes with at least one run (an exec, or a run refused at the upgrade). */
  ran: number;
  matchedNothing: number;
  /** Probes all of whose runs passed. */
  passed: number;
  /** Probes with a failed run. */
  failed: number;
  /** Probes with targets but no run (no pod, --no-exec). */
  notRun: number;
}

export interface VerifyStats {
  server?: string;
  /** The proxy the requests went through, as messages name it (proxy.ts describeProxy). */
  proxy?: string;
  serverVersion?: string;
  reviews: number;
  reviewMode?: string;
  execs: number;
  probesPassed: number;
  capabilityChecks: number;
  objectsCompared: number;
  execAccess: { checks: number; proven: number; refused: number };
  proofs: ExecProof[];
  probes: ProbeSummary;
  unverified: { what: string; why: string }[];
  /** Promises of the manifests verify tried to exercise, and how many it did. */
  promises: number;
  exercised: number;
}

export interface VerifyResult extends FullAuditResult {
  /**
   * The bundles of the inputs that hold bindings, when there are several (src/engine/bundles.ts):
   * alternatives (overlays, cluster folders) verified against one cluster promise what only another has.
   */
  bundles?: string[][];
  plan: VerifyPlan;
  stats: VerifyStats;
  /** Set when the cluster could not be used at all (exit 2). */
  unreachable?: boolean;
}

export function planVerify(objects: readonly K8sObject[], opts: Pick<VerifyOptions, 'probeFiles' | 'asUser' | 'asGroups' | 'noExec'>): VerifyPlan {
  const { grants, rejected } = grantsAndRejections(objects);
  const probes = planProbes(objects, grants, loadProbes(opts.probeFiles ?? []), { as: opts.asUser, asGroups: opts.asGroups });
  const access = planAccessLimited(grants);
  return {
    access: access.checks,
    ...(access.over ? { accessOver: access.over } : {}),
    execAccess: planExecAccess(objects, grants),
    probes: probes.targets,
    unmatchedProbes: probes.unmatched,
    capabilities: capabilityTargets([...workloadContainers(objects).filter(promisesCapabilities), ...probes.targets]),
    drift: objects.filter((o) => livePath(o) !== undefined),
    noExec: opts.noExec === true,
    rejected: rejected.map((r) => ({
      what: objectLabel(r.binding),
      why: `the API server refuses it (${r.why}), so it grants nothing in the cluster and none of its promises were asked about`,
      site: { object: r.binding, path: r.path },
    })),
  };
}

/** Every request the plan makes, one per line, for --dry-run. */
export function describePlan(plan: VerifyPlan): string[] {
  const lines: string[] = ['GET  /version'];
  for (const c of plan.access) {
    lines.push(`POST /apis/authorization.k8s.io/v1/subjectaccessreviews   ${subjectLabel(c.subject)}: ${describeAttributes(c.attrs)} (${c.expect === 'promised' ? 'promised' : 'not in the manifests'})`);
  }
  const listed = new Set<string>();
  if (!plan.noExec) {
    for (const c of plan.execAccess.checks) {
      const t = c.candidates[0]!;
      lines.push(`${c.subresource === 'exec' ? `EXEC ${execPlanPath(t.namespace, t.container.name, EXEC_PROOF_COMMAND, '<a running, ready pod>')}` : `ATTACH /api/v1/namespaces/${t.namespace}/pods/<a running, ready pod>/attach?container=${t.container.name}&stdout=true&stderr=true`}   ${c.subresource} access as ${c.identity.label}${c.namespace ? ` in ${c.namespace}` : ' (cluster-wide grant)'}, in ${objectLabel(t.workload)} or the next of ${c.candidates.length} workload(s)`);
    }
  }
  for (const t of plan.noExec ? [] : [...plan.probes, ...plan.capabilities]) {
    const key = `${t.namespace}?${labelSelector(t.selector)}`;
    if (listed.has(key)) continue;
    listed.add(key);
    lines.push(`GET  /api/v1/namespaces/${t.namespace}/pods?labelSelector=${encodeURIComponent(labelSelector(t.selector))}`);
  }
  for (const t of plan.noExec ? [] : plan.probes) {
    for (const cmd of t.probe.commands) {
      for (const id of t.identities) {
        lines.push(`EXEC ${execPlanPath(t.namespace, t.container.name, cmd)}   probe ${t.probe.id} as ${id.label}`);
      }
    }
  }
  for (const t of plan.noExec ? [] : plan.capabilities) {
    lines.push(`EXEC ${execPlanPath(t.namespace, t.container.name, PROC_STATUS_COMMAND)}   capabilities of ${objectLabel(t.workload)}`);
  }
  // (one GET per object, however many roots render it: runDrift)
  const drift = new Set<string>();
  for (const o of plan.drift) {
    const path = livePath(o)!;
    if (drift.has(path)) continue;
    drift.add(path);
    lines.push(`GET  ${path}   drift of ${objectLabel(o)}`);
  }
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

function finish(base: FullAuditResult, all: Finding[], plan: VerifyPlan, stats: VerifyStats, unreachableFlag = false): VerifyResult {
  // Several roots rendering one base ask the same question of the same object and land on the
  // same line: one finding per place and message, as audit reports a shared base once.
  const seen = new Set<string>();
  const findings = all.filter((f) => {
    const key = `${f.code}\0${f.file}\0${f.region.start.line}:${f.region.start.column}\0${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.region.start.line - b.region.start.line || a.region.start.column - b.region.start.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const f of findings) counts[f.severity]++;
  // A finding placed in a kustomize patch: its file's text for the reporters' code frames.
  const sources = new Map(base.sources);
  for (const f of findings) {
    const src = placedSource(f);
    if (src && !sources.get(f.file)?.text) sources.set(f.file, src);
  }
  return {
    ...base,
    sources,
    findings,
    summary: { ...base.summary, findings: counts, suppressed: 0 },
    rules: LIVE_RULES.map((r) => describeRule(r)),
    justifications: [],
    plan,
    stats,
    verify: {
      ...(stats.server ? { server: stats.server } : {}),
      ...(stats.serverVersion ? { serverVersion: stats.serverVersion } : {}),
      accessReviews: stats.reviews,
      exec: plan.noExec ? 'skipped (--no-exec)' : 'opened',
      execAccess: { ...stats.execAccess },
      probes: { ...stats.probes },
      proofs: stats.proofs.map((p) => ({ ...p })),
      unverified: stats.unverified.map((u) => ({ ...u })),
    },
    ...(unreachableFlag ? { unreachable: true } : {}),
  };
}

export async function verify(opts: VerifyOptions): Promise<VerifyResult> {
  const loaded = loadObjects(opts, opts.config ?? defaults());
  // Objects whose identity Kubernetes would refuse are findings, and never part of a request.
  const checked = checkIdentities(
    loaded.objects.filter((o) => !o.invalid),
    (o) => comparesKind(o) || podSpecs(o).length > 0,
  );
  // What the manifests leave without a namespace is asked about where kubectl applied it; the
  // kubeconfig is read once, here, for --dry-run too (--as names who the probes run as; the
  // verifier itself keeps its own identity).
  const target = resolveTarget(opts);
  const placed = placeInNamespace(checked.valid, target.namespace);
  const objects = placed.objects;
  const pre = checked.findings;
  const bundles = separateBundles(loaded.objects, loaded.roots);
  const base: FullAuditResult & { bundles?: string[][] } = {
    ...(bundles.length ? { bundles } : {}),
    findings: [],
    summary: { files: loaded.sources.size, documents: loaded.documents, objects: loaded.objects.length, skipped: loaded.skipped, nonKubernetes: loaded.nonKubernetes, nonKubernetesFiles: loaded.nonKubernetesFiles, objectsReported: loaded.objects.length, findings: { error: 0, warning: 0, note: 0 }, suppressed: 0 },
    sources: loaded.sources,
    rules: [],
    justifications: [],
  };
  const plan = planVerify(objects, opts);
  // Not in the cluster as the manifests say: a root kustomize could not render, an object Flux refuses.
  const unrendered = [...unrenderedRoots(loaded.failedRoots), ...placed.refused];
  const capped: Unverified[] = plan.accessOver
    ? [{
        what: `up to ${plan.accessOver.count} promised permission(s), from this rule on`,
        why: `the manifests promise more than ${plan.accessOver.limit} permissions (each rule is verbs x apiGroups x resources x resourceNames, per subject); verify asks about the first ${plan.accessOver.limit} and the streaming ones, not these; verify a smaller set of paths`,
        site: plan.accessOver.site,
      }]
    : [];
  const stats: VerifyStats = {
    reviews: 0, execs: 0, probesPassed: 0, capabilityChecks: 0, objectsCompared: 0,
    execAccess: { checks: plan.noExec ? 0 : plan.execAccess.checks.length, proven: 0, refused: 0 },
    proofs: [],
    probes: summariseProbes(plan, new Map()),
    unverified: [],
    promises: 0,
    exercised: 0,
  };
  // An unusable kubeconfig is the run's error (exit 2), and --dry-run's: the plan it shows could not be run.
  const noKubeconfig = target.error ? [clusterFinding(`no usable kubeconfig: ${target.error.message}`, kubeconfigFiles(opts)[0] ?? '-')] : [];
  // (--dry-run also says what the run could not exercise whatever the cluster holds: a Group's exec grant)
  const unexercisable = plan.noExec ? [] : plan.execAccess.unverifiable;
  if (opts.dryRun) return finish(base, [...pre, ...probeTargetFindings(plan, opts.cwd), ...unrendered.map(skipped), ...capped.map(skipped), ...plan.rejected.map(skipped), ...unexercisable.map(skipped), ...noKubeconfig], plan, stats, target.error !== undefined);
  if (!target.conn) return finish(base, [...pre, ...noKubeconfig], plan, stats, true);
  const conn = target.conn;
  stats.server = conn.server;
  if (conn.proxy) stats.proxy = describeProxy(conn.proxy);
  const concurrency = opts.concurrency ?? 4;
  const maxPods = opts.maxPods ?? 2;
  const where = conn.origin.replace(/^.* in /, '') || '-';
  const failed = (what: string, err: unknown): Finding => {
    const msg = err instanceof LiveError ? err.message : err instanceof Error ? err.message : String(err);
    return clusterFinding(`cannot verify against ${conn.server} (${conn.origin}): ${what}: ${msg}`, where);
  };
  const findings: Finding[] = [...pre, ...probeTargetFindings(plan, opts.cwd)];
  // Reach the server first: an unreachable or unauthenticated verifier is reported once, with its
  // cause, instead of once per phase.
  try {
    const v = await requestJson<{ gitVersion?: string }>(conn, { method: 'GET', path: '/version', what: 'get /version' });
    stats.serverVersion = v.gitVersion;
  } catch (err) {
    return finish(base, [...pre, failed('reaching the API server', err)], plan, stats, true);
  }
  let mode: ReviewMode | undefined;
  try {
    const a = await runAccess(conn, plan.access, concurrency);
    findings.push(...a.findings);
    stats.reviews = a.asked;
    mode = a.mode;
    stats.reviewMode = a.mode === 'subject' ? 'SubjectAccessReview' : 'SelfSubjectAccessReview (impersonation)';
  } catch (err) {
    findings.push(failed('access reviews', err));
  }
  const lister = new PodLister(conn);
  const timeoutMs = conn.timeoutMs;
  const unverified: Unverified[] = [...unrendered, ...capped, ...plan.rejected];
  const refused = new Map<string, ExecRefusal>();
  const refusals: ExecRefusal[] = [];
  const perProbe = new Map<string, { runs: number; passed: number; failed: number }>();
  const review = async (subject: Parameters<typeof reviewAccess>[1], attrs: Parameters<typeof reviewAccess>[2]): Promise<boolean | undefined> => {
    for (const m of mode ? [mode] : (['subject', 'self-impersonated'] as const)) {
      try {
        return (await reviewAccess(conn, subject, attrs, m)).allowed;
      } catch {
        // try the other way, or give up: the verb is then named from the server version alone
      }
    }
    return undefined;
  };
  const phases: [string, () => Promise<void>][] = plan.noExec ? [] : [
    ['exec access', async () => {
      const e = await runExecAccess(conn, plan.execAccess, lister, { concurrency, timeoutMs, gitVersion: stats.serverVersion, review });
      stats.proofs = e.proofs;
      stats.execAccess.proven = e.proofs.length;
      stats.execAccess.refused = e.refusals.length;
      stats.execs += e.proofs.length + e.refusals.length;
      unverified.push(...e.unverified);
      for (const r of e.refusals) if (r.check.subresource === 'exec') refused.set(refusalKey(r.check.identity.label, r.pod.namespace), r);
      refusals.push(...e.refusals);
    }],
    ['exec probes', async () => {
      const p = await runProbes(conn, plan.probes, lister, { concurrency, maxPods, refused });
      findings.push(...p.findings);
      stats.execs += p.execs;
      stats.probesPassed = p.passed;
      unverified.push(...p.unverified);
      for (const [k, v] of p.perProbe) perProbe.set(k, v);
    }],
    ['capabilities', async () => {
      const c = await runCapabilities(conn, plan.capabilities, lister, { concurrency, maxPods, timeoutMs });
      findings.push(...c.findings);
      stats.capabilityChecks = c.checked;
      unverified.push(...c.unverified);
    }],
  ];
  phases.push(['drift', async () => {
    const d = await runDrift(conn, plan.drift, concurrency);
    findings.push(...d.findings);
    stats.objectsCompared = d.compared;
  }]);
  for (const [name, run] of phases) {
    try {
      await run();
    } catch (err) {
      if (!(err instanceof LiveError)) throw err; // a bug, not the cluster: exit 2 with the stack
      findings.push(failed(name, err));
    }
  }
  // Refusals become findings once the probes they stopped are known.
  for (const r of refusals) findings.push(refusalFinding(r));
  stats.probes = summariseProbes(plan, perProbe);
  stats.unverified = unverified.map(({ what, why }) => ({ what, why }));
  for (const u of unverified) findings.push(skipped(u));
  // A root that failed to render is a promise of unknown content, never exercised: with nothing
  // else exercised, the run proved nothing and says so, --no-exec or not.
  stats.promises = unrendered.length;
  if (!plan.noExec) {
    stats.promises += plan.execAccess.checks.length + plan.execAccess.unverifiable.length + plan.capabilities.length + new Set(plan.probes.map((t) => t.probe.id)).size;
    stats.exercised = stats.execAccess.proven + stats.execAccess.refused + stats.capabilityChecks + stats.probes.ran;
  } else {
    // --no-exec exercises access reviews and drift only: those count against a root left unrendered.
    stats.exercised = stats.reviews + stats.objectsCompared;
  }
  if (stats.promises > 0 && stats.exercised === 0 && unverified.length) {
    const list = unverified.slice(0, 8).map((u) => `${u.what} (${u.why})`).join('; ') + (unverified.length > 8 ? `; and ${unverified.length - 8} more` : '');
    findings.push(liveFinding(notVerified, 'nothing', unverified[0]!.site, { count: stats.promises, list }, 'error'));
  }
  return finish(base, findings, plan, stats);
}

function summariseProbes(plan: VerifyPlan, perProbe: ReadonlyMap<string, { runs: number; passed: number; failed: number }>): ProbeSummary {
  const withTargets = new Set(plan.probes.map((t) => t.probe.id));
  let ran = 0;
  let passed = 0;
  let failedCount = 0;
  for (const id of withTargets) {
    const t = perProbe.get(id);
    if (!t || t.runs === 0) continue;
    ran++;
    if (t.failed) failedCount++;
    else passed++;
  }
  return { total: withTargets.size + plan.unmatchedProbes.length, ran, matchedNothing: plan.unmatchedProbes.length, passed, failed: failedCount, notRun: withTargets.size - ran };
}

/** LP909 at the catalog line of each user probe that matched no workload (built-in ones are only counted). */
function probeTargetFindings(plan: VerifyPlan, cwd: string | undefined): Finding[] {
  return plan.unmatchedProbes
    .filter((p) => !p.builtin)
    .map((p) => {
      const rel = cwd ? relative(cwd, p.source) : p.source;
      const file = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : p.source;
      const message = format(probeNoTarget.meta.messages.noTarget, { probe: p.id, target: describeTarget(p) || 'no target' });
      return {
        code: probeNoTarget.meta.code,
        rule: probeNoTarget.meta.name,
        severity: probeNoTarget.meta.severity,
        messageId: 'noTarget',
        message,
        file,
        region: { start: { line: p.line, column: p.column }, end: { line: p.line, column: p.column } },
        fingerprint: fingerprint([probeNoTarget.meta.code, file, p.id]),
        data: { probe: p.id },
      };
    });
}

const skipped = (u: Unverified): Finding => liveFinding(notVerified, 'skipped', u.site, { what: u.what, why: u.why });

/**
 * Roots kustomize could not render: nothing of what they would give the cluster (names, namespaces,
 * labels, RBAC) is known, so nothing of it is asked. Each is reported where `audit` puts LP020 (the
 * entry kustomize names as failing, else the kustomization or Flux Kustomization).
 */
function unrenderedRoots(roots: readonly RenderedRoot[]): Unverified[] {
  return roots.map((r) => ({
    what: `the objects kustomize renders from ${r.name}`,
    why: `kustomize could not render it: ${r.error ?? ''}`,
    site: { object: r.at, path: r.errorAt ?? [] },
  }));
}
