import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { audit, auditedNothing, emptyRunMessage, exitCodeFor, type FullAuditResult } from '../../engine/audit.ts';
import { discoverInputs } from '../../engine/load.ts';
import { ConfigError, loadConfig, validateConfig } from '../../config/load.ts';
import { makeBaseline, parseBaseline, serializeBaseline } from '../../engine/baseline.ts';
import { discover, displayPath, namedPath } from '../../input/discover.ts';
import { DEFAULT_LIMITS, type InputLimits } from '../../input/types.ts';
import { activeRules, findRule, isKnownRule } from '../../engine/registry.ts';
import { RULES } from '../../../rules/index.ts';
import type { Config } from '../../config/types.ts';
import type { Severity } from '../../engine/types.ts';
import { PROFILE_NAMES, profileSettings } from '../../engine/profiles.ts';
import { parseVersion } from '../../pss/version.ts';
import { REPORTERS, type FormatName } from '../../reporters/index.ts';
import { UsageError } from '../usage.ts';
import { checkFailOn, checkOutput, emitReport, writeOrFail, type Level, applyRenderFlags } from '../output.ts';
import { didYouMean, parseCommand } from '../options.ts';
import type { Io } from '../main.ts';
import type { FixType } from '../../fix/apply.ts';
import type { RenderedCopy } from '../../render/index.ts';

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
  checkOutput(values.output, 'audit');
  const maxWarnings = parseMaxWarnings(values['max-warnings']);
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
  applyRenderFlags(config, values);
  if (values.limit?.length) config.limits = { ...config.limits, ...parseLimits(values.limit) };
  applyRuleFlags(config, values.rule ?? [], values['disable-rule'] ?? []);
  const failOn = (failOnFlag ?? config.failOn) as Level;
  if (values['print-config'] !== undefined) {
    io.stdout(`${JSON.stringify(effectiveConfig(config, values['print-config'], io.cwd, values.exclude ?? [], failOn), null, 2)}\n`);
    return 0;
  }
  // --context DIR FILE...: load all of DIR (RBAC answers need every Role and binding), report only FILEs.
  const context = values.context;
  if (context !== undefined && positionals.length === 0) throw new UsageError('--context DIR needs the files to report on (leastpriv audit --context DIR FILE...)');
  const paths = context !== undefined ? [context, ...positionals] : positionals.length ? positionals : ['.'];
  // A path that does not exist is a mistake on the command line (exit 2), not a finding.
  for (const p of paths) if (p !== '-' && !existsSync(resolve(io.cwd, p))) throw new UsageError(`no such file or folder: ${p}`);
  if (context !== undefined && values['write-baseline'] !== undefined) throw new UsageError('--write-baseline records every finding: it does not go with --context, which reports those of the files named (run audit DIR --write-baseline FILE)');
  // A change to the config or the baseline changes what is reported in every file: with either named
  // (the hook passes them when they change), the whole of DIR is reported, as `audit DIR` reports it.
  const settingsNamed = context !== undefined && positionals.some((p) => p !== '-' && [config.file, values.baseline && resolve(io.cwd, values.baseline)].some((f) => f && sameFile(resolve(io.cwd, p), f)));
  const reportOnly = context !== undefined && !settingsNamed ? namedFiles(context, positionals, io.cwd, config, values.exclude ?? []) : undefined;
  /** Files named that excludes leave out (the message of an empty run says so). */
  const excluded = () => positionals.filter((p) => p !== '-' && !statSync(resolve(io.cwd, p)).isDirectory() && discoverFound(p, io.cwd, config, values.exclude ?? []) === 'excluded');
  const baseline = values.baseline !== undefined ? { baseline: readBaseline(io.cwd, values.baseline), label: values.baseline } : undefined;
  const fixTypes = parseFixTypes(values);
  const fixing = values.fix || values['fix-dry-run'];
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run exclude each other');
  if (!fixing && (values['fix-type'] || values.suggestions)) throw new UsageError('--fix-type and --suggestions go with --fix or --fix-dry-run');
  if (values.fix && paths.includes('-')) throw new UsageError('--fix cannot write to stdin: use --fix-dry-run for a diff');
  if (values.cache && values['no-cache']) throw new UsageError('--cache and --no-cache exclude each other');
  const cache = (values.cache ?? context !== undefined) && !values['no-cache'] ? await openCacheAt(io, values['cache-location']) : undefined;
  // (--fix passes: roots no edit touched are rendered once, src/render RenderSettings.cache)
  const renderCache = fixing ? new Map<string, RenderedCopy>() : undefined;
  const run = (overrides?: Map<string, string>) =>
    audit({
      paths,
      cwd: io.cwd,
      config,
      exclude: values.exclude ?? [],
      ...(io.readStdin ? { readStdin: io.readStdin } : {}),
      ...(values['stdin-name'] ? { stdinName: values['stdin-name'] } : {}),
      ...(reportOnly ? { reportOnly } : {}),
      ...(baseline ? { baseline } : {}),
      ...(fixing || EDIT_FORMATS.has(format) ? { fixes: true } : {}),
      ...(format === 'html' ? { graph: true } : {}),
      ...(overrides?.size ? { overrides } : {}),
      ...(renderCache ? { renderCache } : {}),
      ...(cache ? { cache } : {}),
    });
  let full;
  if (fixing) {
    const { runFixes } = await import('../fix.ts');
    full = runFixes(run, fixTypes, { cwd: io.cwd, dryRun: !values.fix, io });
    if (values['fix-dry-run']) {
      await cache?.flush?.();
      return exitCodeFor(full, failOn);
    }
  } else full = run();
  const result = values.quiet ? errorsOnly(full) : full;
  if (values['write-baseline'] !== undefined) {
    const b = makeBaseline(result.findings);
    writeOrFail(resolve(io.cwd, values['write-baseline']), serializeBaseline(b), values['write-baseline']);
    io.stderr(`leastpriv: wrote ${b.findings.length} findings to the baseline ${values['write-baseline']}\n`);
    await cache?.flush?.();
    return 0;
  }
  emitReport(result, format, values, io, values['show-suppressed'] ?? false, values.verbose ?? false);
  // (the result's cache entry was compressed meanwhile: written before the process ends)
  await cache?.flush?.();
  if (auditedNothing(full) && !values['allow-empty']) {
    io.stderr(`leastpriv: ${emptyRunMessage(full, positionals.length ? positionals : paths, reportOnly, excluded())}\n`);
    return 2;
  }
  const code = exitCodeFor(result, failOn);
  if (code === 0 && maxWarnings >= 0 && result.summary.findings.warning > maxWarnings) {
    io.stderr(`leastpriv: too many warnings: ${result.summary.findings.warning} (--max-warnings ${maxWarnings})\n`);
    return 1;
  }
  return code;
}

/**
 * The files `--context DIR FILE...` reports on: each file named, and for a folder named the files
 * discovery finds in it, as `audit FOLDER` would read them (excludes, .gitignore): a hook or a person
 * naming `k8s/apps` gets that folder's findings, with the rest of DIR as context. A file named that
 * --exclude or the config's exclude leaves out is not read, so not reported on either, as without
 * --context (ruff's --force-exclude: pre-commit passes every changed file, excluded or not).
 */
function namedFiles(dir: string, positionals: string[], cwd: string, config: Config, exclude: string[]): Set<string> {
  const named = new Set<string>();
  for (const p of positionals) {
    if (p === '-') named.add('-');
    // (as the walk of DIR shows them: a name may go through a linked folder, namedPath)
    else if (statSync(resolve(cwd, p), { throwIfNoEntry: false })?.isDirectory()) for (const f of discoverInputs({ paths: [p], cwd, exclude }, config).files) named.add(namedPath(resolve(cwd, f), cwd, resolve(cwd, dir)));
    else if (discoverFound(p, cwd, config, exclude) !== 'excluded') named.add(namedPath(resolve(cwd, p), cwd, resolve(cwd, dir)));
  }
  return named;
}

/** Whether two paths name one file (through links too). */
function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return a === b;
  }
}

/** Whether discovery reads the file named `p` ('read'; or refuses it: a link out of the root), or excludes leave it out. */
function discoverFound(p: string, cwd: string, config: Config, exclude: string[]): 'read' | 'excluded' {
  const found = discoverInputs({ paths: [p], cwd, exclude }, config);
  return found.files.length || found.problems.length ? 'read' : 'excluded';
}

/** The cache (src/cache) at --cache-location, or the default folder under the working folder. */
async function openCacheAt(io: Io, location: string | undefined) {
  const { openCache, DEFAULT_CACHE_LOCATION } = await import('../../cache/memo.ts');
  return openCache(resolve(io.cwd, location ?? DEFAULT_CACHE_LOCATION), (m) => io.stderr(`leastpriv: ${m}\n`), { background: true });
}

/** Formats that carry the offered edits (the others do not show them: no need to compute them). */
const EDIT_FORMATS = new Set<string>(['json', 'sarif', 'html']);

/** `--fix-type fix,suggestion` (repeatable, comma-separated, as ESLint's) and `--suggestions`. */
function parseFixTypes(values: { 'fix-type'?: string[]; suggestions?: boolean }): Set<FixType> {
  const types = new Set<FixType>();
  for (const t of (values['fix-type'] ?? []).flatMap((x) => x.split(',')).map((x) => x.trim())) {
    if (t !== 'fix' && t !== 'suggestion') throw new UsageError(`--fix-type takes fix and/or suggestion (got '${t}')`);
    types.add(t);
  }
  if (!types.size) types.add('fix');
  if (values.suggestions) types.add('suggestion');
  return types;
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

function parseMaxWarnings(v: string | undefined): number {
  if (v === undefined) return -1;
  if (!/^-?\d+$/.test(v.trim()) || Number(v) < -1) throw new UsageError(`--max-warnings takes a whole number (-1 for no limit), got '${v}'`, 'audit');
  return Number(v);
}

const SEVERITIES: readonly string[] = ['error', 'warning', 'note', 'off'];

/**
 * `--rule ID[:SEVERITY]` (repeatable) runs only the rules named (on even when the profile has them
 * off); the input rules (category `input`: syntax, field types, unreadable input, rule crashes)
 * always run, since without them a broken file would pass silently. `--disable-rule ID` turns a rule
 * off. Both go over the config file, as command-line settings do in ESLint.
 */
export function applyRuleFlags(config: Config, only: readonly string[], disabled: readonly string[]): void {
  const resolveId = (raw: string, flag: string) => {
    const rule = findRule(raw);
    if (!rule) {
      const hint = didYouMean(raw, RULES.flatMap((r) => [r.meta.code, r.meta.name]));
      throw new UsageError(`${flag}: no rule '${raw}'${hint ? `; did you mean ${hint}?` : ''} (see 'leastpriv rules')`, 'audit');
    }
    return rule;
  };
  if (only.length) {
    const chosen = new Map<string, Severity | 'off' | undefined>();
    for (const raw of only) {
      const m = /^(.+?)(?::(\w+))?$/.exec(raw.trim())!;
      const rule = resolveId(m[1]!, '--rule');
      if (m[2] !== undefined && !SEVERITIES.includes(m[2])) throw new UsageError(`--rule ${raw}: severity must be one of ${SEVERITIES.join(', ')}`, 'audit');
      chosen.set(rule.meta.code, m[2] as Severity | 'off' | undefined);
    }
    const rules: Config['rules'] = {};
    const profile = profileSettings(config.profile);
    for (const r of RULES) {
      const configured = config.rules[r.meta.code] ?? config.rules[r.meta.name];
      const want = chosen.get(r.meta.code);
      if (chosen.has(r.meta.code)) {
        if (want === 'off') rules[r.meta.code] = 'off';
        else {
          const fromConfig = typeof configured === 'string' ? configured : configured?.severity;
          const p = profile[r.meta.code] ?? profile[r.meta.name];
          const fromProfile = typeof p === 'string' ? p : p?.severity;
          const severity = want ?? (fromConfig && fromConfig !== 'off' ? fromConfig : fromProfile && fromProfile !== 'off' ? fromProfile : r.meta.severity);
          rules[r.meta.code] = { ...(typeof configured === 'object' ? configured : {}), severity };
        }
      } else if (r.meta.category === 'input') {
        if (configured !== undefined) rules[r.meta.code] = configured;
      } else rules[r.meta.code] = 'off';
    }
    config.rules = rules;
  }
  for (const raw of disabled) {
    const rule = resolveId(raw, '--disable-rule');
    for (const id of [rule.meta.code, rule.meta.name]) delete config.rules[id];
    config.rules[rule.meta.code] = 'off';
  }
}

/** --quiet: only errors are reported and counted (suppressed ones too, for --show-suppressed). */
function errorsOnly(r: FullAuditResult): FullAuditResult {
  const findings = r.findings.filter((f) => f.severity === 'error');
  return {
    ...r,
    findings,
    summary: { ...r.summary, findings: { error: r.summary.findings.error, warning: 0, note: 0 }, suppressed: findings.filter((f) => f.suppressed).length },
  };
}

/**
 * `--print-config FILE` (ESLint): what a run from here would apply to FILE — the config file found,
 * the settings after the command line, each rule that runs with its severity and options, and
 * whether FILE would be read at all (--exclude, the config's exclude, .gitignore).
 */
export function effectiveConfig(config: Config, file: string, cwd: string, exclude: readonly string[], failOn: Level) {
  const abs = resolve(cwd, file);
  if (!existsSync(abs)) throw new UsageError(`--print-config: no such file or folder: ${file}`, 'audit');
  const excludes = [...config.exclude.map((p) => ({ base: config.file ? dirname(config.file) : cwd, pattern: p })), ...exclude.map((p) => ({ base: cwd, pattern: p }))];
  const shown = displayPath(abs, cwd);
  const found = discover([displayPath(dirname(abs), cwd)], { cwd, exclude: excludes, gitignore: config.gitignore });
  const audited = statSync(abs).isDirectory() || found.files.includes(shown);
  const rules = Object.fromEntries(
    activeRules(config)
      .filter((a) => !a.rule.meta.tags.includes('live'))
      .map((a) => [a.rule.meta.code, { name: a.rule.meta.name, severity: a.severity, ...(Object.keys(a.options).length ? { options: a.options } : {}) }]),
  );
  const { file: configFile, rules: _settings, ...settings } = config;
  return {
    file: shown,
    audited,
    ...(audited ? {} : { reason: 'excluded (--exclude, the config\'s exclude, .gitignore or not a .yaml/.yml/.json file in a folder)' }),
    configFile: configFile ? displayPath(configFile, cwd) : null,
    ...settings,
    failOn,
    rules,
  };
}
