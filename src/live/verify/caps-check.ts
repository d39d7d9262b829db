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

export const PROC_STATUS_COMMAND = ['cat', '/proc/1/status'] as const;

/** One entry per workload container, whichever probes picked it. */
export function capabilityTargets(targets: readonly Target[]): Target[] {
  const seen = new Map<string, Target>();
  for (const t of targets) seen.set(`${t.workload.file.path}#${t.workload.documentIndex}|${t.container.path.join('.')}`, t);
  return [...seen.values()];
}

export async function runCapabilities(conn: Connection, targets: readonly Target[], lister: PodLister, opts: { concurrency: number; maxPods: number; timeoutMs: number }): Promise<{ findings: Finding[]; checked: number }> {
  const jobs = (await Promise.all(targets.map(async (t) => (await lister.list(t.namespace, t.selector)).slice(0, opts.maxPods).map((pod) => ({ t, pod }))))).flat();
  const findings: Finding[] = [];
  await mapLimit(jobs, opts.concurrency, async ({ t, pod }) => {
    const sc = t.container.container.securityContext;
    const declared = expectedCapabilities({ privileged: sc?.privileged === true, add: sc?.capabilities?.add, drop: sc?.capabilities?.drop });
    const podLabel = `pod ${pod.namespace}/${pod.name}`;
    const container = containerLabel(t.container);
    const expected = declared.basis === 'privileged' ? 'all capabilities (privileged)' : declared.set.length ? declared.set.join(', ') : 'no capabilities';
    let text: string;
    try {
      const r = await execInPod(conn, { namespace: pod.namespace, pod: pod.name, container: t.container.name }, PROC_STATUS_COMMAND, { timeoutMs: opts.timeoutMs });
      if (r.status.kind !== 'exited' || r.status.code !== 0) throw new LiveError('protocol', `cat /proc/1/status ${r.status.kind === 'exited' ? `exited with ${r.status.code}` : r.status.message}: ${r.stderr.trim()}`);
      text = r.stdout;
    } catch (err) {
      findings.push(liveFinding(capabilitiesMismatch, 'unreadable', { object: t.workload, path: t.container.path }, { container, pod: podLabel, error: (err as Error).message }));
      return;
    }
    const actual = parseProcStatus(text).bounding;
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
  return { findings, checked: jobs.length };
}
