/**
 * Exec probes: run each probe's commands in the target pods as each identity, over WebSocket.
 * A refused upgrade becomes one finding per identity and pod, on the Role rule that should have
 * granted the missing verb; a wrong exit code or output becomes a finding on the container (its
 * capabilities or hostNetwork when the probe says it exercises them).
 */
import type { Finding, ObjPath } from '../../engine/types.ts';
import type { Connection } from '../kube/types.ts';
import { LiveError } from '../kube/errors.ts';
import { execInPod, type ExecResult } from '../exec/ws-exec.ts';
import { grantsVerbOn } from '../../rbac/match.ts';
import { locate } from '../../engine/locate.ts';
import { liveFinding, type Site } from './findings.ts';
import { probeFailed } from './live-rules.ts';
import { mapLimit } from './limit.ts';
import { labelSelector, type Identity, type ProbeTarget } from './targets.ts';
import type { PodLister, LivePod } from './pods.ts';
import { objectLabel } from '../../model/describe.ts';
import { deniedVerb, type ExecRefusal, type Unverified } from './exec-access.ts';

interface Job {
  target: ProbeTarget;
  pod: LivePod;
  identity: Identity;
}

export { deniedVerb };

/** Where a refused exec should be fixed, and how. */
function upgradeFix(job: Job, err: LiveError): { site: Site; fix: string } {
  const verb = deniedVerb(err.message);
  const { identity, target } = job;
  if (err.kind === 'forbidden' && /cannot impersonate resource/.test(err.message)) {
    return {
      site: { object: target.workload, path: target.container.path },
      fix: `The verifier may not impersonate ${identity.label}, so the probes could not run as it: verify with credentials that may (impersonate on users/serviceaccounts), or pass --as.`,
    };
  }
  if (err.kind === 'forbidden' && verb) {
    const promised = identity.execGrants.find((g) => grantsVerbOn(g.rule, verb, '', 'pods', 'exec'));
    if (promised) {
      const site = { object: promised.ruleSite.object, path: [...promised.ruleSite.path, 'verbs'] };
      const at = locate(site.object, site.path);
      return {
        site,
        fix: `Rule ${promised.ruleIndex} of ${promised.roleLabel} (${site.object.file.path}:${at.start.line}) grants "${verb}" here, but the cluster does not: apply the manifests, or find the older copy the cluster runs.`,
      };
    }
    const rule = identity.execGrants.find((g) => !grantsVerbOn(g.rule, verb, '', 'pods', 'exec'));
    if (rule) {
      const site = { object: rule.ruleSite.object, path: [...rule.ruleSite.path, 'verbs'] };
      const at = locate(site.object, site.path);
      const why = verb === 'get' ? 'WebSocket exec is an HTTP GET, authorized as get' : 'Kubernetes 1.35+ also checks create on the WebSocket GET (AuthorizePodWebsocketUpgradeCreatePermission)';
      return {
        site,
        fix: `Fix: add "${verb}" to the verbs of rule ${rule.ruleIndex} of ${rule.roleLabel} (${site.object.file.path}:${at.start.line}): ${why}.`,
      };
    }
    return { site: { object: target.workload, path: target.container.path }, fix: `Fix: grant "${verb}" (and "create") on pods/exec in namespace ${target.namespace} to ${identity.label}.` };
  }
  return { site: { object: target.workload, path: target.container.path }, fix: err.kind === 'unauthorized' ? 'Fix the credentials in the kubeconfig.' : '' };
}

function outcomeOf(r: ExecResult, expected: { exitCode: number; stdout?: string }): string | undefined {
  if (r.status.kind === 'failure') return `failed: ${r.status.message}`;
  const out = r.stdout.trim().slice(0, 300);
  const err = r.stderr.trim().slice(0, 300);
  if (r.status.code !== expected.exitCode) return `exited with ${r.status.code} (expected ${expected.exitCode})${err ? `: ${err}` : out ? `: ${out}` : ''}`;
  if (expected.stdout && !new RegExp(expected.stdout).test(r.stdout)) return `printed ${JSON.stringify(out)}, which does not match /${expected.stdout}/`;
  return undefined;
}

function failureSite(t: ProbeTarget): { path: ObjPath; fix: string } {
  const caps = t.probe.exercises?.capabilities;
  if (caps?.length) {
    return { path: [...t.container.path, 'securityContext', 'capabilities'], fix: `This probe needs ${caps.join(', ')}: check that the container adds them and runs with them.` };
  }
  if (t.probe.exercises?.hostNetwork) return { path: [...t.pod.path, 'hostNetwork'], fix: 'This probe needs the node network (hostNetwork: true).' };
  return { path: t.container.path, fix: 'Check the image has the tool and the probe target is right.' };
}

/** Per probe: its runs (one per pod and identity) that passed and failed. */
export interface ProbeTally {
  runs: number;
  passed: number;
  failed: number;
}

export interface ProbeOutcome {
  findings: Finding[];
  execs: number;
  /** Runs (probe × pod × identity) that passed. */
  passed: number;
  perProbe: Map<string, ProbeTally>;
  unverified: Unverified[];
}

export interface ProbeRunOptions {
  concurrency: number;
  maxPods: number;
  /** Exec refusals of the exec-access phase, by `identity|namespace`: those runs are not repeated. */
  refused?: ReadonlyMap<string, ExecRefusal>;
}

export const refusalKey = (identity: string, namespace: string): string => `${identity}|${namespace}`;

export async function runProbes(conn: Connection, targets: readonly ProbeTarget[], lister: PodLister, opts: ProbeRunOptions): Promise<ProbeOutcome> {
  const findings: Finding[] = [];
  const unverified: Unverified[] = [];
  const perProbe = new Map<string, ProbeTally>();
  const tally = (id: string): ProbeTally => {
    let t = perProbe.get(id);
    if (!t) perProbe.set(id, (t = { runs: 0, passed: 0, failed: 0 }));
    return t;
  };
  const jobs: Job[] = [];
  for (const target of targets) {
    let pods: LivePod[];
    try {
      pods = (await lister.list(target.namespace, target.selector, target.podName)).slice(0, target.probe.target?.maxPods ?? opts.maxPods);
    } catch (err) {
      unverified.push({ what: `probe ${target.probe.id} in ${objectLabel(target.workload)}`, why: `its pods could not be listed: ${(err as Error).message}`, site: { object: target.workload, path: target.container.path } });
      continue;
    }
    if (pods.length === 0) {
      unverified.push({
        what: `probe ${target.probe.id} in ${objectLabel(target.workload)}`,
        why: `no running, ready pod matches ${labelSelector(target.selector) || target.podName || '(its pods)'} in namespace ${target.namespace}`,
        site: { object: target.workload, path: target.pod.metadataPath ?? target.pod.path },
      });
      continue;
    }
    for (const pod of pods) {
      for (const identity of target.identities) {
        const refusal = opts.refused?.get(refusalKey(identity.label, pod.namespace));
        if (refusal) {
          if (!refusal.probes.includes(target.probe.id)) refusal.probes.push(target.probe.id);
          const t = tally(target.probe.id);
          t.runs++;
          t.failed++;
          continue;
        }
        jobs.push({ target, pod, identity });
      }
    }
  }
  const refused = new Map<string, { job: Job; err: LiveError; probes: string[] }>();
  let execs = 0;
  let passed = 0;
  await mapLimit(jobs, opts.concurrency, async (job) => {
    const { target, pod, identity } = job;
    const t = tally(target.probe.id);
    t.runs++;
    const ok = await runJob(job);
    if (ok === 'skipped') t.runs--;
    else if (ok) {
      t.passed++;
      passed++;
    } else t.failed++;
  });
  async function runJob(job: Job): Promise<boolean | 'skipped'> {
    const { target, pod, identity } = job;
    const as: Connection = identity.impersonate ? { ...conn, impersonate: identity.impersonate } : conn;
    const podLabel = `pod ${pod.namespace}/${pod.name}`;
    for (const command of target.probe.commands) {
      const key = `${identity.label}|${pod.namespace}/${pod.name}`;
      const seen = refused.get(key);
      if (seen) {
        if (!seen.probes.includes(target.probe.id)) seen.probes.push(target.probe.id);
        return false;
      }
      execs++;
      let r: ExecResult;
      try {
        r = await execInPod(as, { namespace: pod.namespace, pod: pod.name, container: target.container.name }, command, { timeoutMs: target.probe.timeoutSeconds * 1000 });
      } catch (err) {
        const e = err instanceof LiveError ? err : new LiveError('protocol', String(err));
        const prev = refused.get(key);
        if (prev && !prev.probes.includes(target.probe.id)) prev.probes.push(target.probe.id);
        else if (!prev && e.httpStatus !== undefined) refused.set(key, { job, err: e, probes: [target.probe.id] });
        else if (!prev) findings.push(liveFinding(probeFailed, 'unreachable', { object: target.workload, path: target.container.path }, { probe: target.probe.id, pod: podLabel, error: e.message }));
        return false;
      }
      if (!target.probe.target && target.probe.builtin && r.status.kind === 'exited' && r.status.code === 127) {
        // A built-in probe picked this container by what it exercises; its image lacks the tool
        // (127: not found; 126 is found but not executable, e.g. a file capability beyond the
        // container's bounding set, which is a failure of the container).
        unverified.push({
          what: `probe ${target.probe.id} in ${podLabel}`,
          why: `the image has no \`${command[0]}\` (exit ${r.status.code}); the built-in probes assume a diagnostic image, add a catalog (--probes) with the tools this one has`,
          site: { object: target.workload, path: target.container.path },
        });
        return 'skipped';
      }
      const outcome = outcomeOf(r, target.probe.expect);
      if (outcome) {
        const f = failureSite(target);
        findings.push(liveFinding(probeFailed, 'failed', { object: target.workload, path: f.path }, {
          probe: target.probe.id, pod: podLabel, identity: identity.label, command: command.join(' '), outcome, fix: f.fix,
        }));
        return false;
      }
    }
    return true;
  }
  const order = new Map(targets.map((t, i) => [t.probe.id, i]));
  for (const { job, err, probes } of refused.values()) {
    probes.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const { site, fix } = upgradeFix(job, err);
    findings.push(liveFinding(probeFailed, 'upgradeRefused', site, {
      probe: probes.join(', '), pod: `pod ${job.pod.namespace}/${job.pod.name}`, identity: job.identity.label, error: err.message, fix,
    }));
  }
  return { findings, execs, passed, perProbe, unverified };
}
