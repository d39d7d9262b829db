/**
 * The job summary: a Markdown report appended to `$GITHUB_STEP_SUMMARY` — counts, a table by rule and
 * severity, the worst findings with links to file:line at the audited commit, the justified
 * privileges with their reasons, and what the run did not check (not-checked.ts).
 *
 * Every piece of text from the manifests goes through `md()`: GitHub renders the summary as GFM,
 * where manifest text could otherwise open HTML, a heading, a link or an image, an autolink, a
 * table cell, or a new line (a lone CR is a line ending in CommonMark). test/summary.test.ts renders
 * the summary with a CommonMark renderer and checks that no element or link comes from a manifest.
 */
import type { FullAuditResult } from '../engine/audit.ts';
import type { Finding, Severity } from '../engine/types.ts';
import { attackPathsMarkdown } from './summary-graph.ts';
import { worstFirst } from '../reporters/annotations.ts';
import { safeText } from '../reporters/safe-text.ts';
import { changeText, countsText, notChecked, plural } from '../reporters/not-checked.ts';

export const SUMMARY_ROWS = 50;
const MAX_MESSAGE = 400;
const ICON: Record<Severity, string> = { error: '🔴', warning: '🟠', note: '🔵' };

/**
 * Manifest text as inline Markdown that renders as exactly that text: controls made visible
 * (safe-text.ts: no line break, CR or escape sequence survives), then every ASCII punctuation
 * character backslash-escaped (CommonMark 2.4: any ASCII punctuation may be escaped), so that
 * nothing can start HTML, an entity, emphasis, a link, an image, a heading, a code span, a table
 * cell or a GFM autolink (`https://`, `www.`, `a@b.c` need their `:`, `.` or `@` unescaped).
 * Safe in a table cell (`\|`). Never put its result in a code span, where escapes do not work.
 */
export function md(s: string, max = MAX_MESSAGE): string {
  const t = s.length > max ? s.slice(0, max - 1) + '…' : s;
  return safeText(t).replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** @deprecated name kept for callers: the same as md(). */
export const cell = md;

/**
 * Manifest text as a code span, shown literally in monospace: inside a code span nothing is parsed
 * (no HTML, link, entity or escape), so only what ends the span or the line matters — backticks (the
 * fence is longer than any run of them inside, padded with a space when the text starts or ends
 * with one), line breaks (safeText) and, in a table, `|` (GFM reads `\|` as a pipe inside a cell).
 */
export function mdCode(s: string, max = MAX_MESSAGE, inTable = true): string {
  const safe = safeText(s.length > max ? s.slice(0, max - 1) + '…' : s);
  const t = inTable ? safe.replace(/\|/g, '\\|') : safe;
  if (t.trim() === '') return md(s, max);
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') || (t.startsWith(' ') && t.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

/** A URL path from a repository path: each segment percent-encoded, including ( ) ! ' * (which end or confuse a Markdown link). */
const urlPath = (file: string): string =>
  file
    .split('/')
    .map((p) => encodeURIComponent(p).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');

export interface SummaryContext {
  /** `https://github.com/OWNER/REPO/blob/SHA/` when known: links to file:line. */
  blobBase?: string;
  failOn: string;
  failed: boolean;
  sarifFile: string;
  baselineMatched: number;
  /** Where the config came from, when the Action chose (config-from): one sentence. */
  configNote?: string;
  /** How to name the config file (a repository path rather than the runner's absolute one). */
  configLabel?: string;
}

export function blobBase(env: Record<string, string | undefined>): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = env;
  return server && repo && sha ? `${server}/${repo}/blob/${sha}/` : undefined;
}

function where(file: string, line: number, base: string | undefined, inTable = true): string {
  const label = mdCode(`${file === '-' ? 'stdin' : file}:${line}`, MAX_MESSAGE, inTable);
  if (!base || file === '-' || file.startsWith('/') || line < 1) return label;
  return `[${label}](${base}${urlPath(file)}#L${line})`;
}

/**
 * A finding's message: our messages mark code with backticks (`hostPID: true`), shown as code spans
 * when they pair up; everything else is md() text. A code span is literal (no HTML, link or escape
 * inside), its content has no backtick (split on them) and no line break (safeText).
 */
export function mdMessage(message: string, max = MAX_MESSAGE): string {
  const t = message.length > max ? message.slice(0, max - 1) + '…' : message;
  const parts = t.split('`');
  if (parts.length % 2 === 0) return md(t, Infinity);
  return parts
    .map((p, i) => {
      if (i % 2 === 0) return md(p, Infinity);
      return mdCode(p, Infinity);
    })
    .join('');
}

/** Rows listed per table or list before "… and N more". */
const LISTED = 50;

export function summaryMarkdown(result: FullAuditResult, ctx: SummaryContext): string {
  const s = result.summary;
  const n = s.findings;
  const total = n.error + n.warning + n.note;
  const out: string[] = [];
  const status = ctx.failed ? '❌ failed' : total ? '⚠️ passed with findings' : '✅ passed';
  out.push(`## leastpriv: ${status}`, '');
  out.push(
    `${(['error', 'warning', 'note'] as const).map((k) => `**${n[k]}** ${k}${n[k] === 1 ? '' : 's'}`).join(', ')} in ${plural(s.objects, 'object')}, ${plural(s.documents, 'document')}, ${plural(s.files, 'file')}` +
      ` (fails on: ${md(ctx.failOn)}${ctx.failOn === 'none' ? ': this step never fails' : ''}).` +
      (s.suppressed ? ` ${s.suppressed} suppressed${ctx.baselineMatched ? `, ${ctx.baselineMatched} of them by the baseline` : ''}.` : ''),
    '',
  );
  if (ctx.configNote) out.push(md(ctx.configNote, Infinity), '');
  out.push(...attackPathsMarkdown(result.graph));
  if (total) {
    const rows = new Map<string, { f: Finding; count: number; uri: string | undefined }>();
    const uri = new Map(result.rules.map((r) => [r.code, r.helpUri]));
    for (const f of worstFirst(result)) {
      const k = `${f.code} ${f.severity}`;
      const row = rows.get(k);
      if (row) row.count++;
      else rows.set(k, { f, count: 1, uri: uri.get(f.code) });
    }
    out.push('### By rule', '', '| Rule | Severity | Findings |', '|---|---|---:|');
    for (const { f, count, uri: u } of rows.values()) {
      const name = `${f.code} ${f.rule}`; // (ours: a code and a kebab-case name)
      out.push(`| ${u ? `[${name}](${u})` : name} | ${ICON[f.severity]} ${f.severity} | ${count} |`);
    }
    out.push('', '### Worst findings', '', '| Severity | Where | Rule | Finding |', '|---|---|---|---|');
    const worst = worstFirst(result);
    for (const f of worst.slice(0, SUMMARY_ROWS)) {
      out.push(`| ${ICON[f.severity]} ${f.severity} | ${where(f.file, f.region.start.line, ctx.blobBase)} | ${f.code} | ${mdMessage(f.message)} |`);
    }
    if (worst.length > SUMMARY_ROWS) out.push('', `… and ${worst.length - SUMMARY_ROWS} more: see the SARIF file ${mdCode(ctx.sarifFile, MAX_MESSAGE, false)} or code scanning.`);
    out.push('');
  }
  if (result.justifications.length) {
    const js = result.justifications;
    out.push(`<details><summary>${plural(js.length, 'justified privilege')}</summary>`, '', '| Where | Object | Privilege | Reason |', '|---|---|---|---|');
    for (const j of js.slice(0, LISTED)) out.push(`| ${where(j.file, j.region.start.line, ctx.blobBase)} | ${md(j.object)} | ${md(j.privilege)} | ${md(j.reason)} |`);
    if (js.length > LISTED) out.push('', `… and ${js.length - LISTED} more: see the log.`);
    out.push('', '</details>', '');
  }
  out.push(...notCheckedMarkdown(result, ctx));
  return out.join('\n') + '\n';
}

/** What this run did not check: always shown when anything was left out, so a weakened gate is visible. */
function notCheckedMarkdown(result: FullAuditResult, ctx: SummaryContext): string[] {
  const gaps = notChecked(result);
  const s = result.summary;
  const lines: string[] = [];
  const item = (text: string): void => void lines.push(`- ${text}`);
  if (gaps) {
    if (gaps.byProfile.length) {
      item(`profile ${md(gaps.profile)}: ${plural(gaps.byProfile.length, 'rule')} off or downgraded against the default profile: ${gaps.byProfile.slice(0, LISTED).map((r) => `${r.code} ${r.name} (${md(changeText(r))})`).join(', ')}${gaps.byProfile.length > LISTED ? ', …' : ''}`);
    }
    if (gaps.byRules.length) {
      item(`${plural(gaps.byRules.length, 'rule')} turned off, downgraded or given other options by \`rules\`${gaps.configFile ? ` in ${mdCode(ctx.configLabel ?? gaps.configFile, MAX_MESSAGE, false)}` : ''}:`);
      for (const r of gaps.byRules) lines.push(`  - ${r.code} ${r.name}: ${md(changeText(r))}`);
    }
    if (gaps.exclude.length) item(`excluded paths: ${gaps.exclude.map((p) => mdCode(p, MAX_MESSAGE, false)).join(', ')}`);
    if (gaps.suppressions.total) {
      item(`${plural(gaps.suppressions.total, 'finding')} suppressed (${countsText(gaps.suppressions)}):`);
      for (const x of gaps.suppressed.slice(0, LISTED)) lines.push(`  - ${where(x.file, x.line, ctx.blobBase, false)} ${x.code} ${x.rule}, by ${x.kind}: ${md(x.reason)}`);
      if (gaps.suppressed.length > LISTED) lines.push(`  - … and ${gaps.suppressed.length - LISTED} more: see the SARIF file ${mdCode(ctx.sarifFile, MAX_MESSAGE, false)}.`);
    }
  }
  if (s.skipped.length) {
    item(`${plural(s.skipped.length, 'file')} skipped:`);
    for (const k of s.skipped.slice(0, LISTED)) lines.push(`  - ${mdCode(k.file, MAX_MESSAGE, false)}: ${md(k.reason)}`);
    if (s.skipped.length > LISTED) lines.push(`  - … and ${s.skipped.length - LISTED} more: see the log.`);
  }
  if (s.nonKubernetes) item(`${plural(s.nonKubernetes, 'file')} held no Kubernetes objects (values, kustomization, CI files)`);
  if (!lines.length) return [];
  return ['### Not checked in this run', '', ...lines, ''];
}
