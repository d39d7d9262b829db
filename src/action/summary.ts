/**
 * The job summary: a Markdown report appended to `$GITHUB_STEP_SUMMARY` — counts, a table by rule and
 * severity, and the worst findings with links to file:line at the audited commit.
 */
import type { FullAuditResult } from '../engine/audit.ts';
import type { Finding, Severity } from '../engine/types.ts';
import { worstFirst } from '../reporters/annotations.ts';

export const SUMMARY_ROWS = 50;
const MAX_MESSAGE = 400;
const ICON: Record<Severity, string> = { error: '🔴', warning: '🟠', note: '🔵' };

/** Text safe in a Markdown table cell: no pipes, newlines or HTML. */
export function cell(s: string, max = MAX_MESSAGE): string {
  const t = s.length > max ? s.slice(0, max - 1) + '…' : s;
  return t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export interface SummaryContext {
  /** `https://github.com/OWNER/REPO/blob/SHA/` when known: links to file:line. */
  blobBase?: string;
  failOn: string;
  failed: boolean;
  sarifFile: string;
  baselineMatched: number;
}

export function blobBase(env: Record<string, string | undefined>): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = env;
  return server && repo && sha ? `${server}/${repo}/blob/${sha}/` : undefined;
}

function where(f: Finding, base: string | undefined): string {
  const label = `${f.file === '-' ? 'stdin' : f.file}:${f.region.start.line}`;
  if (!base || f.file === '-' || f.file.startsWith('/')) return `\`${cell(label)}\``;
  const path = f.file.split('/').map(encodeURIComponent).join('/');
  return `[\`${cell(label)}\`](${base}${path}#L${f.region.start.line})`;
}

export function summaryMarkdown(result: FullAuditResult, ctx: SummaryContext): string {
  const s = result.summary;
  const n = s.findings;
  const total = n.error + n.warning + n.note;
  const out: string[] = [];
  const status = ctx.failed ? '❌ failed' : total ? '⚠️ passed with findings' : '✅ passed';
  out.push(`## leastpriv: ${status}`, '');
  out.push(
    `${(['error', 'warning', 'note'] as const).map((k) => `**${n[k]}** ${k}${n[k] === 1 ? '' : 's'}`).join(', ')} in ${s.objects} objects, ${s.documents} documents, ${s.files} files` +
      ` (fails on: ${ctx.failOn}).` +
      (s.suppressed ? ` ${s.suppressed} suppressed${ctx.baselineMatched ? `, ${ctx.baselineMatched} of them by the baseline` : ''}.` : ''),
    '',
  );
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
      const name = `${f.code} ${f.rule}`;
      out.push(`| ${u ? `[${name}](${u})` : name} | ${ICON[f.severity]} ${f.severity} | ${count} |`);
    }
    out.push('', '### Worst findings', '', '| Severity | Where | Rule | Finding |', '|---|---|---|---|');
    const worst = worstFirst(result);
    for (const f of worst.slice(0, SUMMARY_ROWS)) {
      out.push(`| ${ICON[f.severity]} ${f.severity} | ${where(f, ctx.blobBase)} | ${f.code} | ${cell(f.message)} |`);
    }
    if (worst.length > SUMMARY_ROWS) out.push('', `… and ${worst.length - SUMMARY_ROWS} more: see the SARIF file \`${cell(ctx.sarifFile)}\` or code scanning.`);
    out.push('');
  }
  if (s.skipped.length) out.push(`<details><summary>${s.skipped.length} files skipped</summary>`, '', ...s.skipped.slice(0, 50).map((k) => `- \`${cell(k.file)}\`: ${cell(k.reason)}`), '', '</details>', '');
  return out.join('\n') + '\n';
}
