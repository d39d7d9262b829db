import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { audit, exitCodeFor } from '../../engine/audit.ts';
import { ConfigError, loadConfig, validateConfig } from '../../config/load.ts';
import { makeBaseline, parseBaseline, serializeBaseline } from '../../engine/baseline.ts';
import { displayPath } from '../../input/discover.ts';
import { DEFAULT_LIMITS, type InputLimits } from '../../input/types.ts';
import { isKnownRule } from '../../engine/registry.ts';
import { PROFILE_NAMES } from '../../engine/profiles.ts';
import { parseVersion } from '../../pss/version.ts';
import { REPORTERS, type FormatName } from '../../reporters/index.ts';
import { UsageError } from '../usage.ts';
import { checkFailOn, emitReport, writeOrFail, type Level } from '../output.ts';
import { parseCommand } from '../options.ts';
import type { Io } from '../main.ts';

/** `--limit maxFileSize=1048576` (repeatable): checked against the config schema's `limits`. */
export function parseLimits(flags: string[]): Partial<InputLimits> {
  const limits: Record<string, number> = {};
  for (const f of flags) {
    const m = /^(\w+)=(-?\d+)$/.exec(f.trim());
    if (!m) throw new UsageError(`--limit takes NAME=INTEGER (${Object.keys(DEFAULT_LIMITS).join(', ')}), got '${f}'`);
    limits[m[1]!] = Number(m[2]);
  }
  try {
    return validateConfig({ limits }, '--limit', () => true).limits ?? {};
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export async function runAudit(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand('audit', args);
  const format = (values.format ?? 'text') as FormatName;
  if (!(format in REPORTERS)) throw new UsageError(`unknown format '${format}' (${Object.keys(REPORTERS).join(', ')})`);
  const failOnFlag = values['fail-on'];
  checkFailOn(failOnFlag);
  const config = loadConfig({ cwd: io.cwd, ...(values.config ? { configPath: values.config } : {}), knownRule: isKnownRule });
  if (values.profile) {
    if (!PROFILE_NAMES().includes(values.profile)) throw new UsageError(`unknown profile '${values.profile}' (${PROFILE_NAMES().join(', ')})`);
    config.profile = values.profile;
  }
  if (values['kube-version'] !== undefined) {
    if (!parseVersion(values['kube-version'])) throw new UsageError(`--kube-version must look like v1.35 (got '${values['kube-version']}')`);
    config.kubeVersion = values['kube-version'];
  }
  if (values['no-gitignore']) config.gitignore = false;
  if (values.limit?.length) config.limits = { ...config.limits, ...parseLimits(values.limit) };
  const failOn = (failOnFlag ?? config.failOn) as Level;
  // --context DIR FILE...: load all of DIR (RBAC answers need every Role and binding), report only FILEs.
  const context = values.context;
  if (context !== undefined && positionals.length === 0) throw new UsageError('--context DIR needs the files to report on (leastpriv audit --context DIR FILE...)');
  const paths = context !== undefined ? [context, ...positionals] : positionals.length ? positionals : ['.'];
  const reportOnly = context !== undefined ? new Set(positionals.map((p) => (p === '-' ? '-' : displayPath(resolve(io.cwd, p), io.cwd)))) : undefined;
  const baseline = values.baseline !== undefined ? { baseline: readBaseline(io.cwd, values.baseline), label: values.baseline } : undefined;
  // A path that does not exist is a mistake on the command line (exit 2), not a finding.
  for (const p of paths) if (p !== '-' && !existsSync(resolve(io.cwd, p))) throw new UsageError(`no such file or folder: ${p}`);
  const result = audit({
    paths,
    cwd: io.cwd,
    config,
    exclude: values.exclude ?? [],
    ...(io.readStdin ? { readStdin: io.readStdin } : {}),
    ...(values['stdin-name'] ? { stdinName: values['stdin-name'] } : {}),
    ...(reportOnly ? { reportOnly } : {}),
    ...(baseline ? { baseline } : {}),
  });
  if (values['write-baseline'] !== undefined) {
    const b = makeBaseline(result.findings);
    writeOrFail(resolve(io.cwd, values['write-baseline']), serializeBaseline(b), values['write-baseline']);
    io.stderr(`leastpriv: wrote ${b.findings.length} findings to the baseline ${values['write-baseline']}\n`);
    return 0;
  }
  emitReport(result, format, values, io, values['show-suppressed'] ?? false);
  return exitCodeFor(result, failOn);
}

function readBaseline(cwd: string, file: string) {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (e) {
    throw new ConfigError(`baseline ${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return parseBaseline(text);
  } catch (e) {
    throw new ConfigError(`baseline ${file}: ${(e as Error).message}`);
  }
}
