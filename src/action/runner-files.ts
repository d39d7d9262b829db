/**
 * The runner's file commands and inputs, as GitHub documents them ("Workflow commands for GitHub
 * Actions"):
 * - an input `fail-on` arrives as the environment variable `INPUT_FAIL-ON` (name upper-cased, spaces
 *   turned into `_`, hyphens kept);
 * - outputs are appended to the file named by `$GITHUB_OUTPUT` as `name<<DELIMITER`, the value, and
 *   `DELIMITER` on lines of their own, with a random delimiter that must not occur in the value;
 * - Markdown appended to `$GITHUB_STEP_SUMMARY` becomes the job summary; the runner refuses a step
 *   summary over 1024 KiB ("$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of
 *   1024k"), so we stay well below it.
 * - `::stop-commands::TOKEN` … `::TOKEN::` stops the runner from reading workflow commands in between,
 *   for printing text that comes from the repository (manifests could contain `::` lines).
 */
import { appendFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';

export const STEP_SUMMARY_LIMIT = 1024 * 1024;

export type Env = Record<string, string | undefined>;

export class InputError extends Error {}

export function getInput(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** YAML 1.2 core-schema booleans, as the toolkit's getBooleanInput accepts. */
export function getBooleanInput(env: Env, name: string, dflt: boolean): boolean {
  const v = getInput(env, name);
  if (v === '') return dflt;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new InputError(`input '${name}' must be true or false, not '${v}'`);
}

/** One entry per line; blank lines and surrounding spaces are dropped. */
export function getListInput(env: Env, name: string): string[] {
  return getInput(env, name)
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function outputRecord(name: string, value: string): string {
  let delimiter = `ghadelimiter_${randomUUID()}`;
  while (value.includes(delimiter)) delimiter = `ghadelimiter_${randomUUID()}`;
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

export function setOutputs(env: Env, outputs: Record<string, string>): void {
  const file = env.GITHUB_OUTPUT;
  if (!file) return;
  appendFileSync(file, Object.entries(outputs).map(([k, v]) => outputRecord(k, v)).join(''));
}

export function appendSummary(env: Env, markdown: string): void {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  appendFileSync(file, markdown);
}

/** Wraps untrusted text so that the runner does not read workflow commands in it. */
export function withoutCommands(text: string): string {
  const token = `leastpriv-${randomUUID()}`;
  return `::stop-commands::${token}\n${text}${text.endsWith('\n') ? '' : '\n'}::${token}::\n`;
}
