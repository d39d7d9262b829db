/**
 * Effective capabilities: in each target container read /proc/1/status through exec (as the
 * caller), decode the bounding set and compare it with what the manifest declares.
 */
import type { Finding } from '../../engine/types.ts';
import type { Connection } from '../kube/types.ts';
import { LiveError } from '../kube/errors.ts';
import { execInPod } from '../exec/ws-exec.ts';
import { compareCapabilities, expectedCapabilities, parseProcStatus } from '../caps/capabilities.ts';
import { containerLabel } from '../../model/describe.ts';
import { liveFinding } from './findings.ts';
import { capabilitiesMismatch } from './live-rules.ts';
import { mapLimit } from './limit.ts';
import type { Target } from './targets.ts';
import type { PodLister } from './pods.ts';
import type { Unverified } from './exec-access.ts';
import { objectLabel } from '../../model/describe.ts';

export const PROC_STATUS_COMMAND = ['cat', '/proc/1/status'] as const;

/** Does the manifest promise something about this container's capabilities (adds some, or privileged)? */
export function promisesCapabilities(t: Target): boolean {
  const sc = t.container.container.securityContext;
  return sc?.privileged === true || (sc?.capabilities?.add?.length ?? 0) > 0;
}

/** One entry per workload container: those whose manifest adds capabilities, and those probes picked. */
export function capabilityTargets(targets: readonly Target[]): Target[] {
  const seen = new Map<string, Target>();
  for (const t of targets) seen.set(`${t.workload.file.path}#${t.workload.documentIndex}|${t.container.path.join('.')}`, t);
  return [...seen.values()];
}

export interface CapabilityOutcome {
  findings: Finding[];
  checked: number;
  unverified: Unverified[];
}

export async function runCapabilities(conn: Connection, targets: readonly Target[], lister: PodLister, opts: { concurrency: number; maxPods: number; timeoutMs: number }): Promise<CapabilityOutcome> {
  const unverified: Unverified[] = [];
  const jobs = (
    await Promise.all(
      targets.map(async (t) => {
        const what = `capabilities of ${containerLabel(t.container)} of ${objectLabel(t.workload)}`;
        try {
          const pods = (await lister.list(t.namespace, t.selector, t.podName)).slice(0, opts.maxPods);
          if (!pods.length) unverified.push({ what, why: `no running, ready pod of it in namespace ${t.namespace}`, site: { object: t.workload, path: t.container.path } });
          return pods.map((pod) => ({ t, pod }));
        } catch (err) {
          unverified.push({ what, why: `its pods could not be listed: ${(err as Error).message}`, site: { object: t.workload, path: t.container.path } });
          return [];
        }
      }),
    )
  ).flat();
  const findings: Finding[] = [];
  let checked = 0;
  await mapLimit(jobs, opts.concurrency, async ({ t, pod }) => {
    const sc = t.container.container.securityContext;
    const declared = expectedCapabilities({ privileged: sc?.privileged === true, add: sc?.capabilities?.add, drop: sc?.capabilities?.drop });
    const podLabel = `pod ${pod.namespace}/${pod.name}`;
    const container = containerLabel(t.container);
    const expected = declared.basis === 'privileged' ? 'all capabilities (privileged)' : declared.set.length ? declared.set.join(', ') : 'no capabilities';
    let actual: string[];
    try {
      const r = await execInPod(conn, { namespace: pod.namespace, pod: pod.name, container: t.container.name }, PROC_STATUS_COMMAND, { timeoutMs: opts.timeoutMs });
      if (r.status.kind === 'exited' && r.status.code === 127) {
        // The image has no `cat`: nothing is wrong with the container, it just cannot be read.
        unverified.push({ what: `capabilities of ${container} in ${podLabel}`, why: `the image has no \`cat\` (exit ${r.status.code}), so /proc/1/status could not be read`, site: { object: t.workload, path: t.container.path } });
        return;
      }
      if (r.status.kind !== 'exited' || r.status.code !== 0) throw new LiveError('protocol', `cat /proc/1/status ${r.status.kind === 'exited' ? `exited with ${r.status.code}` : r.status.message}: ${r.stderr.trim()}`);
      // Output that is not a /proc status (no CapBnd line, a bad mask) fails here, at this container.
      actual = parseProcStatus(r.stdout).bounding;
    } catch (err) {
      findings.push(liveFinding(capabilitiesMismatch, 'unreadable', { object: t.workload, path: t.container.path }, { container, pod: podLabel, error: (err as Error).message }));
      return;
    }
    checked++;
    const { extra, missing } = compareCapabilities(actual, declared.set);
    const base = [...t.container.path, 'securityContext'];
    if (extra.length) {
      const path = sc?.privileged !== undefined ? [...base, 'privileged'] : sc?.capabilities?.drop ? [...base, 'capabilities', 'drop'] : base;
      const caps = extra.length > 12 ? `${extra.length} capabilities (${extra.slice(0, 6).join(', ')}, …: privileged)` : extra.join(', ');
      // Nothing dropped: the promise is the runtime's default set, which runtimes may configure.
      const severity = declared.basis === 'runtime-default' ? 'note' : 'error';
      findings.push(liveFinding(capabilitiesMismatch, 'extra', { object: t.workload, path }, { container, pod: podLabel, caps, expected }, severity));
    }
    if (missing.length) {
      findings.push(liveFinding(capabilitiesMismatch, 'missing', { object: t.workload, path: [...base, 'capabilities', 'add'] }, { container, pod: podLabel, caps: missing.join(', '), expected }));
    }
  });
  return { findings, checked, unverified };
}
