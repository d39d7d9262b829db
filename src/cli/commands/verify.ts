/**
 * `leastpriv verify PATH... [options]`: prove the manifests' promises against a cluster.
 * Same reporters and exit codes as audit; 2 when the cluster could not be used at all.
 */
import { resolve } from 'node:path';
import { exitCodeFor } from '../../engine/audit.ts';
import { loadConfig } from '../../config/load.ts';
import { isKnownRule } from '../../engine/registry.ts';
import { REPORTERS, type FormatName } from '../../reporters/index.ts';
import { UsageError } from '../usage.ts';
import type { Io } from '../main.ts';
import { checkFailOn, checkOutput, emitReport, type Level, applyRenderFlags } from '../output.ts';
import { parseCommand } from '../options.ts';
import { guardLine, safeFileName, safeText } from '../../reporters/safe-text.ts';

/** "30s", "500ms", "2m" or plain seconds → milliseconds. */
export function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text.trim());
  if (!m) throw new UsageError(`--timeout must look like 30s, 500ms or 2m, not '${text}'`);
  const n = Number(m[1]);
  const ms = m[2] === 'ms' ? n : m[2] === 'm' ? n * 60_000 : n * 1000;
  if (ms <= 0 || ms > 3_600_000) throw new UsageError('--timeout must be between 1ms and 60m');
  return ms;
}

export async function runVerify(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand('verify', args);
  const format = (values.format ?? 'text') as FormatName;
  if (!(format in REPORTERS)) throw new UsageError(`unknown format '${format}' (text, json, sarif, github)`);
  checkOutput(values.output, 'verify');
  const failOnFlag = values['fail-on'];
  checkFailOn(failOnFlag);
  const concurrency = values.concurrency === undefined ? 4 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new UsageError('--concurrency must be a whole number from 1 to 64');
  if (values['as-group']?.length && !values.as) throw new UsageError('--as-group needs --as');
  const config = loadConfig({ cwd: io.cwd, ...(values.config ? { configPath: values.config } : {}), knownRule: isKnownRule });
  if (values['no-gitignore']) config.gitignore = false;
  applyRenderFlags(config, values);
  const failOn = (failOnFlag ?? config.failOn) as Level;
  const { verify, describePlan } = await import('../../live/verify/verify.ts');
  const { CatalogError } = await import('../../live/probes/catalog.ts');
  const { checkSegment, describeInvalid } = await import('../../live/kube/paths.ts');
  const badNamespace = values.namespace === undefined ? undefined : checkSegment('--namespace', values.namespace, 'DNS-1123 label');
  if (badNamespace) throw new UsageError(`${describeInvalid(badNamespace)}: a namespace name is a DNS-1123 label (lower case letters, digits and '-', at most 63)`);
  // The probes run as --as: a service account user name the API server would not read as one
  // impersonates a plain user of that name instead, another identity than the one asked for.
  const { serviceAccountUsernameProblem } = await import('../../rbac/subjects.ts');
  const badAs = values.as === undefined ? undefined : serviceAccountUsernameProblem(values.as);
  if (badAs) throw new UsageError(`--as ${JSON.stringify(values.as)} names no service account the API server knows (${badAs}): it would impersonate a plain user of that name instead; write system:serviceaccount:NAMESPACE:NAME`);
  let result;
  try {
    result = await verify({
      paths: positionals.length ? positionals : ['.'],
      cwd: io.cwd,
      config,
      exclude: values.exclude ?? [],
      env: io.env,
      ...(values.kubeconfig ? { kubeconfig: resolve(io.cwd, values.kubeconfig) } : {}),
      ...(values.context ? { context: values.context } : {}),
      ...(values.namespace ? { namespace: values.namespace } : {}),
      ...(values.as ? { asUser: values.as, asGroups: values['as-group'] ?? [] } : {}),
      probeFiles: (values.probes ?? []).map((p) => resolve(io.cwd, p)),
      timeoutMs: values.timeout ? parseDuration(values.timeout) : 30_000,
      concurrency,
      dryRun: values['dry-run'] ?? false,
      noExec: values['no-exec'] ?? false,
    });
  } catch (e) {
    if (e instanceof CatalogError) throw new UsageError(e.message);
    throw e;
  }
  if (result.bundles) {
    const { bundlesWarning } = await import('../../engine/bundles.ts');
    io.stderr(bundlesWarning(result.bundles, 'verify checks them all against one cluster, so what only another cluster holds is reported missing there; verify the bundle applied to this cluster'));
  }
  if (values['dry-run']) {
    const lines = describePlan(result.plan);
    // Subject names, object names and server messages are manifest text: shown, never sent (safe-text.ts).
    io.stdout(`leastpriv verify --dry-run: ${lines.length} request(s), nothing sent\n${safeEach(lines)}\n`);
    // What is known without the cluster (a root that failed to render, an identity Kubernetes
    // would refuse, a probe matching nothing) is said too: a short plan is not a clean one.
    for (const f of result.findings) io.stderr(`${safeFileName(f.file)}:${f.region.start.line}:${f.region.start.column}: ${f.severity}: ${safeText(f.message)} (${f.rule} ${f.code})\n`);
    // As the run would exit: 2 when it could not run at all (no usable kubeconfig), 1 when what is
    // known without the cluster is at or above --fail-on (an identity Kubernetes refuses), else 0.
    return result.unreachable ? 2 : exitCodeFor(result, failOn);
  }
  emitReport(result, format, values, io, false);
  if (format === 'text') io.stderr(verifySummary(result.stats, result.plan.noExec));
  return result.unreachable ? 2 : exitCodeFor(result, failOn);
}

/** The run in numbers, and what it proved and could not: printed to stderr after a text report. */
export function verifySummary(s: import('../../live/verify/verify.ts').VerifyStats, noExec: boolean): string {
  const p = s.probes;
  const lines = [
    `verify: ${s.server ?? 'no cluster'}${s.serverVersion ? ` (${s.serverVersion})` : ''}${s.proxy ? ` through ${s.proxy}` : ''}: ${s.reviews} access review(s)${s.reviewMode ? ` (${s.reviewMode})` : ''}, ${s.capabilityChecks} capability check(s), ${s.objectsCompared} object(s) compared`,
    noExec
      ? 'exec: not verified (--no-exec): no exec session was opened'
      : `exec/attach access: ${s.execAccess.checks} identity/namespace check(s), ${s.execAccess.proven} proven, ${s.execAccess.refused} refused`,
    `probes: ${p.total} in the catalogs, ${p.ran} ran, ${p.matchedNothing} matched nothing, ${p.passed} passed, ${p.failed} failed${p.notRun ? `, ${p.notRun} not run` : ''}`,
    ...s.proofs.map((x) => `  ${x.subresource} proven: ${x.identity} in pod ${x.namespace}/${x.pod} (${x.outcome})`),
    ...s.unverified.map((u) => `  not verified: ${u.what}: ${u.why}`),
  ];
  return `${safeEach(lines)}\n`;
}

/** Lines made safe one by one: a line break inside one (a subject name's) is shown, not kept. */
const safeEach = (lines: readonly string[]): string => lines.map((l) => guardLine(safeText(l))).join('\n');
