/**
 * The GitHub Action: reads the inputs the runner passes as `INPUT_*`, runs the same `audit()` as the
 * CLI in `$GITHUB_WORKSPACE`, writes the SARIF file, annotations for the worst findings, the job
 * summary and the outputs, and fails the step when findings reach `fail-on`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { audit, auditedNothing, emptyRunMessage, exitCodeFor } from '../engine/audit.ts';
import { parseBaseline } from '../engine/baseline.ts';
import { ConfigError, loadConfig } from '../config/load.ts';
import { isKnownRule } from '../engine/registry.ts';
import { PROFILE_NAMES } from '../engine/profiles.ts';
import type { Severity } from '../engine/types.ts';
import { sarifChunks } from '../reporters/sarif.ts';
import { writeChunksToFile } from '../reporters/write.ts';
import { textReporter } from '../reporters/text.ts';
import { annotationCommands, escData } from '../reporters/github.ts';
import { VERSION } from '../version.ts';
import { appendSummary, getBooleanInput, getInput, getListInput, InputError, setOutputs, STEP_SUMMARY_LIMIT, withoutCommands, type Env } from './runner-files.ts';
import { blobBase, summaryMarkdown } from './summary.ts';
import { postSuggestions, prTarget, reviewComments } from './pr-suggestions.ts';
import { baseConfig, configFromInput } from './base-config.ts';

const LEVELS = ['error', 'warning', 'note', 'none'] as const;

export function maxSeverity(findings: { severity: Severity; suppressed?: unknown }[]): Severity | 'none' {
  for (const s of ['error', 'warning', 'note'] as const) if (findings.some((f) => !f.suppressed && f.severity === s)) return s;
  return 'none';
}

/** pr-suggestions: post, or say why not; a failure to post warns and never changes the verdict. */
async function prSuggestions(env: Env, result: Parameters<typeof reviewComments>[0], write: (s: string) => void): Promise<void> {
  const maxInput = getInput(env, 'pr-suggestions-max') || '10';
  if (!/^\d+$/.test(maxInput)) throw new InputError(`input 'pr-suggestions-max' must be a whole number, not '${maxInput}'`);
  const target = prTarget(env, getInput(env, 'github-token'));
  if ('skip' in target) {
    write(`::notice title=leastpriv::${escData(`pr-suggestions skipped: ${target.skip}`)}\n`);
    return;
  }
  try {
    const r = await postSuggestions(target, reviewComments(result), Number(maxInput));
    write(`leastpriv: pr-suggestions: ${r.posted} posted, ${r.already} already on the pull request, ${r.outsideDiff} outside its diff, ${r.overLimit} over the limit of ${maxInput}\n`);
  } catch (e) {
    write(`::warning title=leastpriv::${escData(`pr-suggestions: ${(e as Error).message}`)}\n`);
  }
}

export async function runAction(env: Env, write: (s: string) => void): Promise<number> {
  try {
    const cwd = resolve(env.GITHUB_WORKSPACE || process.cwd());
    const configInput = getInput(env, 'config');
    // config-from: base — the pull request cannot weaken its own gate (base-config.ts).
    const from = configFromInput(getInput(env, 'config-from'));
    const fromBase = from === 'base' ? baseConfig(env, cwd, configInput, isKnownRule) : undefined;
    const config = fromBase?.config ?? loadConfig({ cwd, ...(configInput ? { configPath: configInput } : {}), knownRule: isKnownRule });
    if (fromBase) write(`leastpriv: ${fromBase.note}\n`);
    const profile = getInput(env, 'profile');
    if (profile) {
      if (!PROFILE_NAMES().includes(profile)) throw new InputError(`input 'profile': unknown profile '${profile}' (${PROFILE_NAMES().join(', ')})`);
      config.profile = profile;
    }
    const failOnInput = getInput(env, 'fail-on');
    if (failOnInput && !(LEVELS as readonly string[]).includes(failOnInput)) throw new InputError(`input 'fail-on' must be one of ${LEVELS.join(', ')}`);
    const failOn = (failOnInput || config.failOn) as (typeof LEVELS)[number];
    const sarifFile = getInput(env, 'sarif-file') || 'leastpriv.sarif';
    const baselineInput = getInput(env, 'baseline');
    let baseline: Parameters<typeof audit>[0]['baseline'];
    if (baselineInput) {
      try {
        // With config-from: base the baseline comes from the base commit too: a pull request that
        // records its own findings in it must not pass because of that. None there: no baseline.
        const text = fromBase?.readAtBase ? fromBase.readAtBase(baselineInput) : readFileSync(resolve(cwd, baselineInput), 'utf8');
        if (text !== undefined) baseline = { baseline: parseBaseline(text), label: fromBase?.readAtBase ? `${baselineInput} (base commit)` : baselineInput };
      } catch (e) {
        throw new InputError(`input 'baseline': ${baselineInput}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
    }
    const listed = getListInput(env, 'paths');
    const paths = listed.length ? listed : ['.'];
    // As the CLI: a path that does not exist is a mistake (`paths: clusterz/`), not a warning.
    const missing = paths.filter((p) => !existsSync(resolve(cwd, p)));
    if (missing.length) throw new InputError(`input 'paths': no such file or folder in the workspace: ${missing.join(', ')}`);
    const allowEmpty = getBooleanInput(env, 'allow-empty', false);

    // (the SARIF file carries the offered edits; the summary draws the attack paths)
    const result = audit({ paths, cwd, config, ...(baseline ? { baseline } : {}), fixes: true, graph: getBooleanInput(env, 'summary', true) });
    const empty = auditedNothing(result) && !allowEmpty;
    const failed = exitCodeFor(result, failOn) === 1 || empty;
    const reportOpts = { color: false, showSuppressed: false, sarifRoot: cwd, cwd, toolVersion: VERSION };

    const sarifPath = resolve(cwd, sarifFile);
    mkdirSync(dirname(sarifPath), { recursive: true });
    writeChunksToFile(sarifPath, sarifChunks(result, reportOpts));

    if (getBooleanInput(env, 'annotations', true)) {
      const cmds = annotationCommands(result, 'See the job summary, the log or the SARIF file for all of them.');
      if (cmds.length) write(cmds.join('\n') + '\n');
    }
    // The full report, with code frames quoted from the manifests: commands inside it are not read.
    write(withoutCommands(textReporter(result, reportOpts)));

    const baselineMatched = result.findings.filter((f) => f.suppressed?.kind === 'baseline').length;
    if (getBooleanInput(env, 'summary', true)) {
      const configLabel = fromBase?.label ?? (config.file ? relative(cwd, config.file) || config.file : undefined);
      let md = summaryMarkdown(result, {
        ...(blobBase(env) ? { blobBase: blobBase(env)! } : {}),
        failOn,
        failed,
        sarifFile,
        baselineMatched,
        ...(fromBase ? { configNote: fromBase.note } : {}),
        ...(configLabel ? { configLabel } : {}),
      });
      if (Buffer.byteLength(md) > STEP_SUMMARY_LIMIT / 2) md = md.slice(0, STEP_SUMMARY_LIMIT / 8) + '\n\n… summary cut: see the log or the SARIF file.\n';
      appendSummary(env, md);
    }

    if (getBooleanInput(env, 'pr-suggestions', false)) await prSuggestions(env, result, write);

    const unsuppressed = result.findings.filter((f) => !f.suppressed);
    setOutputs(env, { 'sarif-file': sarifFile, findings: String(unsuppressed.length), 'max-severity': maxSeverity(result.findings) });

    if (empty) {
      write(`::error title=leastpriv::${escData(`leastpriv: ${emptyRunMessage(result, paths).replace('pass --allow-empty', "set the input 'allow-empty: true'")}`)}\n`);
      return 1;
    }
    if (failed) {
      const atOrAbove = unsuppressed.length;
      write(`leastpriv: failing the step: findings at or above '${failOn}' (${atOrAbove} unsuppressed findings in all).\n`);
      return 1;
    }
    return 0;
  } catch (e) {
    const msg = e instanceof InputError || e instanceof ConfigError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e);
    const kind = e instanceof ConfigError ? 'config error: ' : e instanceof InputError ? '' : 'internal error: ';
    write(`::error title=leastpriv::${escData(`leastpriv: ${kind}${msg}`)}\n`);
    return 1;
  }
}
