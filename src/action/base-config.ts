/**
 * `config-from: base`: the Action reads `.leastpriv.yaml` (and the baseline file) as they are in the
 * pull request's base commit, not as the pull request has them. A pull request can then not weaken
 * its own gate (turn a rule off, exclude its folder, raise a limit, record its findings in the
 * baseline); the price is that a legitimate config change takes effect only once it is merged.
 *
 * The base commit is `pull_request.base.sha` (or `merge_group.base_sha`) of the event payload at
 * `$GITHUB_EVENT_PATH` (GitHub's "Webhook events and payloads"). actions/checkout fetches one
 * commit by default, so a base commit that is not in the clone is fetched (`git fetch --depth=1
 * origin SHA`, with the credentials checkout left). Every git command is an argument array.
 * Failing to read the base config fails the step: falling back to the pull request's config would
 * be exactly the weakening this input exists to prevent.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { CONFIG_NAMES, configFromText, defaults } from '../config/load.ts';
import type { Config } from '../config/types.ts';
import { InputError, type Env } from './runner-files.ts';

export type ConfigFrom = 'workspace' | 'base';

export function configFromInput(v: string): ConfigFrom {
  if (v === '' || v === 'workspace') return 'workspace';
  if (v === 'base') return 'base';
  throw new InputError(`input 'config-from' must be workspace or base, not '${v}'`);
}

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** The base commit of the pull request (or merge group) that triggered the run, if any. */
export function baseSha(env: Env): { sha?: string; event: string } {
  const event = env.GITHUB_EVENT_NAME ?? 'unknown';
  const file = env.GITHUB_EVENT_PATH;
  if (!file || !existsSync(file)) return { event };
  let payload: { pull_request?: { base?: { sha?: unknown } }; merge_group?: { base_sha?: unknown } };
  try {
    payload = JSON.parse(readFileSync(file, 'utf8')) as typeof payload;
  } catch (e) {
    throw new InputError(`config-from: base: cannot read the event payload ${file}: ${(e as Error).message}`);
  }
  const sha = payload.pull_request?.base?.sha ?? payload.merge_group?.base_sha;
  if (sha === undefined) return { event };
  if (typeof sha !== 'string' || !SHA.test(sha)) throw new InputError(`config-from: base: the event's base commit is not a commit id: ${JSON.stringify(sha)}`);
  return { sha, event };
}

function git(cwd: string, args: string[]): { ok: boolean; out: string; err: string } {
  try {
    const out = execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    return { ok: true, out, err: '' };
  } catch (e) {
    const x = e as { stderr?: string; code?: string; message: string };
    return { ok: false, out: '', err: (x.stderr || x.code || x.message).toString().trim() };
  }
}

/** The repository root and `p` (relative to the workspace) as a path inside it, with forward slashes. */
function repoPath(cwd: string, top: string, p: string): string {
  const rel = relative(top, resolve(cwd, p)).split('\\').join('/');
  if (rel.startsWith('..') || isAbsolute(rel)) throw new InputError(`config-from: base: ${p} is outside the repository`);
  return rel;
}

function ensureCommit(cwd: string, sha: string): void {
  if (git(cwd, ['cat-file', '-e', `${sha}^{commit}`]).ok) return;
  const fetched = git(cwd, ['fetch', '--no-tags', '--depth=1', 'origin', sha]);
  if (!fetched.ok || !git(cwd, ['cat-file', '-e', `${sha}^{commit}`]).ok) {
    throw new InputError(`config-from: base: the base commit ${sha} is not in the clone and could not be fetched (${fetched.err.split('\n')[0] || 'not found'}); check out with fetch-depth: 0, or fetch it before this step`);
  }
}

/** The text of `path` at `sha`, or undefined when the commit has no such file. */
function showAt(cwd: string, sha: string, path: string): string | undefined {
  if (!git(cwd, ['cat-file', '-e', `${sha}:${path}`]).ok) return undefined;
  const r = git(cwd, ['show', `${sha}:${path}`]);
  if (!r.ok) throw new InputError(`config-from: base: cannot read ${path} at ${sha}: ${r.err}`);
  return r.out;
}

export interface BaseConfig {
  /** undefined: no base commit (not a pull request), use the checked-out config. */
  config?: Config;
  /** One sentence for the log and the job summary. */
  note: string;
  /** The config file as a repository path, for messages. */
  label?: string;
  /** Reads a file (the baseline) as it is in the base commit; undefined when it is not there. */
  readAtBase?: (p: string) => string | undefined;
}

/**
 * The config the run uses with `config-from: base`. `configInput` is the `config` input (a path in
 * the workspace) or '' to look for .leastpriv.yaml / .leastpriv.yml from the workspace up to the
 * repository root, as the CLI does.
 */
export function baseConfig(env: Env, cwd: string, configInput: string, knownRule: (id: string) => boolean): BaseConfig {
  const { sha, event } = baseSha(env);
  if (!sha) {
    // A push to a branch, a schedule…: the checked-out commit is already the branch's own config.
    return { note: `config-from: base: this ${event} event has no base commit, so the checked-out config is used.` };
  }
  const topR = git(cwd, ['rev-parse', '--show-toplevel']);
  if (!topR.ok) throw new InputError(`config-from: base: the workspace is not a git clone (${topR.err.split('\n')[0]})`);
  const top = topR.out.trim();
  ensureCommit(cwd, sha);
  const short = sha.slice(0, 12);
  let path: string | undefined;
  let text: string | undefined;
  if (configInput) {
    path = repoPath(cwd, top, configInput);
    text = showAt(cwd, sha, path);
  } else {
    // Upward from the workspace to the repository root, as findConfig does in the working tree.
    let dir = repoPath(cwd, top, '.');
    for (;;) {
      for (const n of CONFIG_NAMES) {
        const p = dir === '' ? n : `${dir}/${n}`;
        text = showAt(cwd, sha, p);
        if (text !== undefined) {
          path = p;
          break;
        }
      }
      if (text !== undefined || dir === '') break;
      dir = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '';
    }
  }
  const readAtBase = (p: string): string | undefined => showAt(cwd, sha, repoPath(cwd, top, p));
  if (text === undefined) {
    return {
      config: defaults(),
      note: `Config read from the base commit ${short} (config-from: base): it has no ${configInput || CONFIG_NAMES.join(' or ')}, so the defaults are used${changedNote(top, configInput ? repoPath(cwd, top, configInput) : undefined, undefined)}.`,
      readAtBase,
    };
  }
  const label = `${path} at ${short}`;
  // (resolved where the file is in the working tree: its relative `exclude` patterns start there)
  const config = configFromText(text, resolve(top, path!), knownRule, label);
  return {
    config,
    note: `Config read from the base commit ${short} (${path}, config-from: base), not from this pull request${changedNote(top, path, text)}.`,
    label: path,
    readAtBase,
  };
}

/** ": this pull request changes it; the change applies once merged", when the working tree's copy differs. */
function changedNote(top: string, path: string | undefined, baseText: string | undefined): string {
  const candidates = path ? [path] : CONFIG_NAMES;
  for (const p of candidates) {
    const abs = resolve(top, p);
    const here = existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
    if (here !== baseText && (here !== undefined || baseText !== undefined)) {
      return `; this pull request ${here === undefined ? 'removes' : baseText === undefined ? 'adds' : 'changes'} ${p}, which takes effect once merged`;
    }
  }
  return '';
}
