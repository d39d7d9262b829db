/**
 * The Action's `pr-suggestions: true`: each finding's fix (or first suggestion) posted as a pull
 * request review comment holding a ```suggestion block, which a reviewer commits in one click.
 *
 * GitHub REST API (docs.github.com/rest/pulls/comments): `POST /repos/{owner}/{repo}/pulls/{n}/comments`
 * with `body`, `commit_id` (the head SHA), `path`, `line`, `side: RIGHT` and, for several lines,
 * `start_line`/`start_side`; a comment must sit on lines of the pull request's diff, which
 * `GET .../pulls/{n}/files` gives as each file's `patch`. Existing comments (`GET .../pulls/{n}/comments`)
 * are read first: each comment carries a hidden marker of its finding and edit, so a re-run posts
 * nothing twice. At most `pr-suggestions-max` comments per run. A pull request from a fork gets a
 * read-only token, so the step says it skips and posts nothing; so does an event without a pull request.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { FullAuditResult } from '../engine/audit.ts';
import type { Finding, TextEdit, TextFix } from '../engine/types.ts';
import type { Env } from './runner-files.ts';

export interface PrTarget {
  api: string;
  token: string;
  repo: string;
  pull: number;
  headSha: string;
}

export interface ReviewComment {
  path: string;
  line: number;
  startLine?: number;
  body: string;
  marker: string;
}

/** The pull request this run is for, or why suggestions are skipped. */
export function prTarget(env: Env, token: string): PrTarget | { skip: string } {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return { skip: 'no event payload (GITHUB_EVENT_PATH)' };
  let event: any;
  try {
    event = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    return { skip: `cannot read the event payload: ${(e as Error).message}` };
  }
  const pr = event?.pull_request;
  if (!pr || typeof pr.number !== 'number') return { skip: `the ${env.GITHUB_EVENT_NAME ?? ''} event has no pull request`.replace('  ', ' ') };
  const head = pr.head?.repo?.full_name;
  const base = pr.base?.repo?.full_name ?? env.GITHUB_REPOSITORY;
  if (!head || head !== base || pr.head?.repo?.fork === true) return { skip: 'the pull request comes from a fork, whose token cannot write review comments' };
  if (!token) return { skip: "no token: set the input 'github-token' (the default is the workflow's token)" };
  return { api: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''), token, repo: base, pull: pr.number, headSha: pr.head.sha };
}

function fence(text: string): string {
  let n = 3;
  for (const m of text.matchAll(/`{3,}/g)) n = Math.max(n, m[0].length + 1);
  return '`'.repeat(n);
}

/** Whole lines an edit touches, before and after: what a suggestion block replaces them with. */
export function suggestionLines(text: string, e: TextEdit): { startLine: number; endLine: number; after: string; removes?: boolean } {
  // An edit that ends where a line starts (a deleted line: its line break is in the range) touches
  // the lines up to the one before: the suggestion replaces those, without the last line break
  // (nothing at all in the block when they go: an empty line in it would leave an empty line).
  if (e.range[1] > e.range[0] && text[e.range[1] - 1] === '\n' && e.region.end.line > e.region.start.line) {
    const lineStart = text.lastIndexOf('\n', e.range[0] - 1) + 1;
    const after = (text.slice(lineStart, e.range[0]) + e.text).replace(/\r/g, '').replace(/\n$/, '');
    return { startLine: e.region.start.line, endLine: e.region.end.line - 1, after, ...(after === '' ? { removes: true } : {}) };
  }
  const lineStart = text.lastIndexOf('\n', e.range[0] - 1) + 1;
  let lineEnd = text.indexOf('\n', e.range[1]);
  if (lineEnd === -1) lineEnd = text.length;
  const after = (text.slice(lineStart, e.range[0]) + e.text + text.slice(e.range[1], lineEnd)).replace(/\r/g, '');
  return { startLine: e.region.start.line, endLine: e.region.end.line, after };
}

/** The comments to post: one per edit of each finding's fix (or first suggestion), unsuppressed findings only. */
export function reviewComments(result: FullAuditResult): ReviewComment[] {
  const out: ReviewComment[] = [];
  for (const f of result.findings) {
    if (f.suppressed) continue;
    const chosen: { kind: string; x: TextFix } | undefined = f.fix ? { kind: 'Fix', x: f.fix } : f.suggestions?.[0] ? { kind: 'Suggestion', x: f.suggestions[0] } : undefined;
    if (!chosen) continue;
    for (const e of chosen.x.edits) {
      const text = result.sources.get(e.file)?.text;
      if (!text || e.file === '-' || e.file.startsWith('/')) continue;
      const s = suggestionLines(text, e);
      const marker = `leastpriv-suggestion:${createHash('sha256').update(`${f.fingerprint}\0${e.file}\0${e.range.join(',')}\0${e.text}`).digest('hex').slice(0, 24)}`;
      const block = fence(s.after);
      out.push({
        path: e.file,
        line: s.endLine,
        ...(s.startLine !== s.endLine ? { startLine: s.startLine } : {}),
        marker,
        body: [`**leastpriv ${f.code} ${f.rule}** (${f.severity}) — ${chosen.kind.toLowerCase()}: ${chosen.x.description}`, '', `${block}suggestion`, ...(s.removes ? [] : [s.after]), block, '', summaryOf(f), '', `<!-- ${marker} -->`].join('\n'),
      });
    }
  }
  return out;
}

function summaryOf(f: Finding): string {
  const m = f.message.length > 600 ? f.message.slice(0, 599) + '…' : f.message;
  return `<sub>${m.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!)}</sub>`;
}

/** Right-side lines each file's patch shows (added or context): where review comments can go. */
export function diffLines(patch: string | undefined): Set<number> {
  const out = new Set<number>();
  if (!patch) return out;
  let line = 0;
  for (const l of patch.split('\n')) {
    const h = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(l);
    if (h) {
      line = Number(h[1]);
      continue;
    }
    if (!line) continue;
    if (l.startsWith('-') || l.startsWith('\\')) continue;
    out.add(line++);
  }
  return out;
}

type Fetch = typeof fetch;

async function api(t: PrTarget, fetchImpl: Fetch, method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetchImpl(`${t.api}/repos/${t.repo}/pulls/${t.pull}/${path}`, {
    method,
    headers: { authorization: `Bearer ${t.token}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', 'user-agent': 'leastpriv', ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`);
  return res.json();
}

/** Every page of a list endpoint (100 per page, at most 30 pages). */
async function all(t: PrTarget, fetchImpl: Fetch, path: string): Promise<any[]> {
  const out: any[] = [];
  for (let page = 1; page <= 30; page++) {
    const items = await api(t, fetchImpl, 'GET', `${path}?per_page=100&page=${page}`);
    if (!Array.isArray(items)) break;
    out.push(...items);
    if (items.length < 100) break;
  }
  return out;
}

export interface PostResult {
  posted: number;
  already: number;
  outsideDiff: number;
  overLimit: number;
}

export async function postSuggestions(t: PrTarget, comments: ReviewComment[], max: number, fetchImpl: Fetch = fetch): Promise<PostResult> {
  const files = await all(t, fetchImpl, 'files');
  const lines = new Map<string, Set<number>>(files.map((f) => [String(f.filename), diffLines(f.patch)]));
  const existing = await all(t, fetchImpl, 'comments');
  const seen = new Set(existing.flatMap((c) => [...String(c.body ?? '').matchAll(/<!-- (leastpriv-suggestion:[0-9a-f]+) -->/g)].map((m) => m[1]!)));
  const r: PostResult = { posted: 0, already: 0, outsideDiff: 0, overLimit: 0 };
  for (const c of comments) {
    if (seen.has(c.marker)) {
      r.already++;
      continue;
    }
    const onDiff = lines.get(c.path);
    const needed = Array.from({ length: c.line - (c.startLine ?? c.line) + 1 }, (_, i) => (c.startLine ?? c.line) + i);
    if (!onDiff || !needed.every((l) => onDiff.has(l))) {
      r.outsideDiff++;
      continue;
    }
    if (r.posted >= max) {
      r.overLimit++;
      continue;
    }
    await api(t, fetchImpl, 'POST', 'comments', {
      body: c.body,
      commit_id: t.headSha,
      path: c.path,
      line: c.line,
      side: 'RIGHT',
      ...(c.startLine !== undefined ? { start_line: c.startLine, start_side: 'RIGHT' } : {}),
    });
    seen.add(c.marker);
    r.posted++;
  }
  return r;
}
