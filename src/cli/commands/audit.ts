import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { audit, exitCodeFor } from '../../engine/audit.ts';
import { loadConfig } from '../../config/load.ts';
import { isKnownRule } from '../../engine/registry.ts';
import { PROFILE_NAMES } from '../../engine/profiles.ts';
import { parseVersion } from '../../pss/version.ts';
import { REPORTERS, type FormatName } from '../../reporters/index.ts';
import { VERSION } from '../../version.ts';
import { UsageError } from '../usage.ts';
import type { Io } from '../main.ts';

const LEVELS = ['error', 'warning', 'note', 'none'] as const;

export function parseAuditArgs(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        config: { type: 'string', short: 'c' },
        profile: { type: 'string' },
        'kube-version': { type: 'string' },
        exclude: { type: 'string', multiple: true },
        'no-gitignore': { type: 'boolean' },
        'show-suppressed': { type: 'boolean' },
        'sarif-root': { type: 'string' },
        'stdin-name': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export function useColor(io: Io, flags: { color?: boolean; 'no-color'?: boolean }, toFile: boolean): boolean {
  if (flags['no-color']) return false;
  if (flags.color) return true;
  if (toFile) return false;
  if ('NO_COLOR' in io.env && io.env.NO_COLOR !== '') return false;
  if ('FORCE_COLOR' in io.env) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  return io.isTTY;
}

export async function runAudit(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseAuditArgs(args);
  const format = (values.format ?? 'text') as FormatName;
  if (!(format in REPORTERS)) throw new UsageError(`unknown format '${format}' (text, json, sarif, github)`);
  const failOnFlag = values['fail-on'];
  if (failOnFlag !== undefined && !(LEVELS as readonly string[]).includes(failOnFlag)) {
    throw new UsageError(`--fail-on must be one of ${LEVELS.join(', ')}`);
  }
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
  const failOn = (failOnFlag ?? config.failOn) as (typeof LEVELS)[number];
  const paths = positionals.length ? positionals : ['.'];
  // A path that does not exist is a mistake on the command line (exit 2), not a finding.
  for (const p of paths) if (p !== '-' && !existsSync(resolve(io.cwd, p))) throw new UsageError(`no such file or folder: ${p}`);
  const result = audit({
    paths,
    cwd: io.cwd,
    config,
    exclude: values.exclude ?? [],
    ...(io.readStdin ? { readStdin: io.readStdin } : {}),
    ...(values['stdin-name'] ? { stdinName: values['stdin-name'] } : {}),
  });
  const toFile = values.output !== undefined;
  const text = REPORTERS[format](result, {
    color: useColor(io, values, toFile),
    showSuppressed: values['show-suppressed'] ?? false,
    sarifRoot: resolve(io.cwd, values['sarif-root'] ?? '.'),
    cwd: io.cwd,
    toolVersion: VERSION,
  });
  if (toFile) {
    try {
      writeFileSync(resolve(io.cwd, values.output!), text);
    } catch (e) {
      throw new UsageError(`cannot write ${values.output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  } else io.stdout(text);
  return exitCodeFor(result, failOn);
}
