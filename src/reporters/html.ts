/**
 * `--format html`: one self-contained page — inline CSS and JS, no request to anything (a
 * Content-Security-Policy of `default-src 'none'` says so to the browser too) — with the summary,
 * the findings filterable by rule, severity and file (each with its code frame and the fix or
 * suggestions offered), the justified privileges, and the access graph drawn as an inline SVG.
 *
 * The graph's layout needs no library: its nodes have ranks by kind (subject → binding → role →
 * permission → workload → node), so each kind is a column and edges run left to right.
 * Everything taken from the manifests is HTML-escaped; code frames show controls as visible
 * characters (safe-text.ts). test/html-report.test.ts loads the page in headless Chromium.
 */
import type { FullAuditResult } from '../engine/audit.ts';
import type { Finding, Severity } from '../engine/types.ts';
import type { AccessGraph, GraphNode, NodeKind } from '../graph/build.ts';
import { firstPaths } from '../graph/build.ts';
import { codeFrame } from './frame.ts';
import { safeText } from './safe-text.ts';
import { dependsOn } from './involves.ts';
import type { Reporter } from './types.ts';

/** Above this many nodes the page draws the attack paths only (a full graph that size is unreadable). */
export const MAX_GRAPH_NODES = 150;
/** Findings listed (the rest counted): a page with 100k articles is no report. */
export const MAX_FINDINGS = 5000;

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

const SEVERITIES: Severity[] = ['error', 'warning', 'note'];

function frameHtml(result: FullAuditResult, f: Finding): string {
  const src = result.sources.get(f.file);
  if (!src || !src.text || f.region.start.line < 1) return '';
  // Sentinels (controls, which safeText never lets through from a manifest) mark the painted parts.
  const raw = codeFrame(src, f.region, { dim: (s) => `\u0001${s}\u0002`, caret: (s) => `\u0003${s}\u0002` });
  return `<pre class="frame">${esc(raw).replace(/\u0001/g, '<span class="dim">').replace(/\u0003/g, '<span class="caret">').replace(/\u0002/g, '</span>')}</pre>`;
}

function fixesHtml(f: Finding): string {
  const offered = [...(f.fix ? [{ kind: 'Fix', x: f.fix }] : []), ...(f.suggestions ?? []).map((x) => ({ kind: 'Suggestion', x }))];
  if (!offered.length) return '';
  return `<ul class="fixes">${offered
    .map(({ kind, x }) => `<li><b>${kind}:</b> ${esc(safeText(x.description))}${x.edits.map((e) => ` <code>${esc(safeText(`${e.file}:${e.region.start.line}`))}</code>`).join('')}</li>`)
    .join('')}</ul>`;
}

function findingHtml(result: FullAuditResult, f: Finding): string {
  const loc = `${f.file === '-' ? '<stdin>' : f.file}:${f.region.start.line}:${f.region.start.column}`;
  return `<article class="finding sev-${f.severity}" data-rule="${esc(f.rule)}" data-severity="${f.severity}" data-file="${esc(f.file)}">
<header><span class="sev">${f.severity}</span> <code class="loc">${esc(safeText(loc))}</code> <span class="rule">${esc(f.code)} ${esc(f.rule)}</span></header>
<p>${esc(safeText(f.message))}${f.involves ? ` <span class="involves">${esc(dependsOn(f))}</span>` : ''}</p>
${frameHtml(result, f)}${fixesHtml(f)}</article>`;
}

const COLUMNS: NodeKind[] = ['subject', 'binding', 'role', 'permission', 'workload', 'node'];
const BOX_W = 178;
const BOX_H = 62;
const COL_GAP = 36;
const ROW_GAP = 14;

function clipLabel(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

/** The end of a long `file:line` (the line number is what matters). */
function clipStart(s: string, n: number): string {
  return s.length > n ? '…' + s.slice(s.length - n + 1) : s;
}

/** A label on two lines of at most n characters, broken after a space or `/` where one is near. */
function twoLines(s: string, n: number): [string, string] {
  if (s.length <= n) return [s, ''];
  let cut = -1;
  for (let i = Math.min(n, s.length - 1); i > n / 2; i--) if (s[i - 1] === ' ' || s[i - 1] === '/') {
    cut = i;
    break;
  }
  if (cut === -1) cut = n;
  return [s.slice(0, cut).trimEnd(), clipLabel(s.slice(cut).trimStart(), n)];
}

/** The graph as an SVG: one column per kind, edges as curves from right to left edges. */
export function graphSvg(g: AccessGraph): string {
  const pos = new Map<string, { x: number; y: number }>();
  const rows = new Map<NodeKind, GraphNode[]>();
  for (const n of g.nodes) rows.set(n.kind, [...(rows.get(n.kind) ?? []), n]);
  let height = 0;
  COLUMNS.forEach((kind, col) => {
    (rows.get(kind) ?? []).forEach((n, row) => {
      const p = { x: 10 + col * (BOX_W + COL_GAP), y: 10 + row * (BOX_H + ROW_GAP) };
      pos.set(n.id, p);
      height = Math.max(height, p.y + BOX_H + 10);
    });
  });
  const width = 10 + COLUMNS.length * (BOX_W + COL_GAP);
  const edges = g.edges
    .map((e) => {
      const a = pos.get(e.from);
      const b = pos.get(e.to);
      if (!a || !b) return '';
      const x1 = a.x + BOX_W;
      const y1 = a.y + BOX_H / 2;
      const x2 = b.x;
      const y2 = b.y + BOX_H / 2;
      const mx = (x1 + x2) / 2;
      // (what reaches the node is written in the workload's box: the gap between columns is narrow)
      return `<path class="edge" d="M${x1},${y1} C${mx},${y1} ${mx},${y2} ${x2},${y2}" marker-end="url(#arrow)"><title>${esc(e.label ?? '')}</title></path>`;
    })
    .join('\n');
  const nodes = g.nodes
    .map((n) => {
      const p = pos.get(n.id)!;
      const where = n.file ? `${n.file}:${n.line}` : '';
      const [l1, l2] = twoLines(n.label, 27);
      const features = n.features?.length ? [...new Set(n.features.map((f) => f.what))].join(', ') : '';
      const extra = features || where;
      return `<g class="gnode k-${n.kind}" data-id="${n.id}"><title>${esc([n.label, where, features].filter(Boolean).join('\n'))}</title><rect x="${p.x}" y="${p.y}" width="${BOX_W}" height="${BOX_H}" rx="8"/><text x="${p.x + 8}" y="${p.y + 17}">${esc(l1)}</text>${l2 ? `<text x="${p.x + 8}" y="${p.y + 32}">${esc(l2)}</text>` : ''}${extra ? `<text class="${features ? 'feat' : 'where'}" x="${p.x + 8}" y="${p.y + 50}">${esc(features ? clipLabel(extra, 31) : clipStart(extra, 31))}</text>` : ''}</g>`;
    })
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" class="graph" width="${width}" height="${Math.max(height, 60)}" viewBox="0 0 ${width} ${Math.max(height, 60)}" role="img" aria-label="access graph">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#888"/></marker></defs>
${edges}
${nodes}
</svg>`;
}

function graphSection(g: AccessGraph | undefined): string {
  if (!g) return '';
  if (!g.nodes.length) return '<section id="graph"><h2>Who can reach what</h2><p class="empty">No dangerous permission is granted in these manifests.</p></section>';
  let shown = g;
  let note = `${g.paths.length} attack path${g.paths.length === 1 ? '' : 's'} (chains that end on root on a node).`;
  if (g.nodes.length > MAX_GRAPH_NODES) {
    const cut = firstPaths(g, 30);
    shown = cut.graph;
    note = `The full graph has ${g.nodes.length} nodes: shown are ${cut.graph.paths.length} of its ${g.paths.length} attack paths. \`leastpriv graph\` draws all of it.`;
  }
  return `<section id="graph"><h2>Who can reach what</h2><p>${esc(note)}</p><div class="graph-wrap">${graphSvg(shown)}</div>
<p class="legend"><span class="k-subject">subject</span> → <span class="k-binding">binding</span> → <span class="k-role">role</span> → <span class="k-permission">dangerous permission</span> → <span class="k-workload">workload</span> → <span class="k-node">node</span></p></section>`;
}

function options(values: string[], all: string): string {
  return `<option value="">${all}</option>` + values.map((v) => `<option value="${esc(v)}">${esc(safeText(v))}</option>`).join('');
}

const CSS = `
:root{font-family:system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#1f2328;background:#fff}
body{margin:0 auto;max-width:1340px;padding:16px 24px}
h1{font-size:22px;margin:8px 0}h2{font-size:18px;border-bottom:1px solid #d0d7de;padding-bottom:4px;margin-top:28px}
.counts span{display:inline-block;margin-right:14px;font-weight:600}
.c-error{color:#cf222e}.c-warning{color:#9a6700}.c-note{color:#0969da}
.filters{display:flex;gap:12px;flex-wrap:wrap;align-items:center;background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:8px 12px;position:sticky;top:0}
.filters label{font-size:13px}.filters select,.filters input{font-size:13px;margin-left:4px}
.finding{border:1px solid #d0d7de;border-left-width:5px;border-radius:6px;margin:10px 0;padding:8px 12px}
.finding.sev-error{border-left-color:#cf222e}.finding.sev-warning{border-left-color:#d4a72c}.finding.sev-note{border-left-color:#0969da}
.finding header{font-size:13px}.finding p{margin:6px 0;font-size:14px}
.sev{font-weight:700;text-transform:uppercase;font-size:11px}.sev-error .sev{color:#cf222e}.sev-warning .sev{color:#9a6700}.sev-note .sev{color:#0969da}
.rule{color:#57606a;float:right}
pre.frame{background:#f6f8fa;border-radius:4px;padding:6px 8px;overflow-x:auto;font-size:12px;margin:4px 0}
.dim{color:#8c959f}.caret{color:#cf222e;font-weight:700}
.fixes{font-size:13px;margin:4px 0 0 0;padding-left:18px}
table{border-collapse:collapse;font-size:13px;width:100%}td,th{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
.graph-wrap{overflow:auto;border:1px solid #d0d7de;border-radius:6px;padding:4px}
svg.graph text{font-size:12px;fill:#1f2328}svg.graph text.where{font-size:10px;fill:#57606a}svg.graph text.feat{font-size:10px;fill:#a40e26;font-weight:600}
svg.graph .edge{fill:none;stroke:#8c959f;stroke-width:1.4}
.gnode rect{stroke-width:1.5}
.k-subject rect{fill:#ddf4ff;stroke:#0969da}.k-binding rect,.k-role rect{fill:#f6f8fa;stroke:#6e7781}
.k-permission rect{fill:#fff8c5;stroke:#bf8700}.k-workload rect{fill:#ffebe9;stroke:#cf222e}
.k-node rect{fill:#cf222e;stroke:#82071e}.k-node text{fill:#fff!important}
.legend span{padding:1px 6px;border-radius:4px;font-size:12px}.legend .k-subject{background:#ddf4ff}.legend .k-permission{background:#fff8c5}.legend .k-workload{background:#ffebe9}.legend .k-node{background:#cf222e;color:#fff}
.hidden{display:none}.empty{color:#57606a}
`;

/** The filter: every select narrows the list; the count says how many are shown. */
const JS = `
(function(){
  var items=[].slice.call(document.querySelectorAll('.finding'));
  var sel={rule:document.getElementById('f-rule'),severity:document.getElementById('f-severity'),file:document.getElementById('f-file')};
  var text=document.getElementById('f-text');
  var shown=document.getElementById('shown');
  function apply(){
    var n=0,q=text.value.toLowerCase();
    items.forEach(function(el){
      var ok=(!sel.rule.value||el.dataset.rule===sel.rule.value)&&(!sel.severity.value||el.dataset.severity===sel.severity.value)&&(!sel.file.value||el.dataset.file===sel.file.value)&&(!q||el.textContent.toLowerCase().indexOf(q)!==-1);
      el.classList.toggle('hidden',!ok);if(ok)n++;
    });
    shown.textContent=String(n);
  }
  Object.keys(sel).forEach(function(k){sel[k].addEventListener('change',apply)});
  text.addEventListener('input',apply);
  apply();
})();
`;

export const htmlReporter: Reporter = (result, opts) => {
  const s = result.summary;
  const listed = result.findings.filter((f) => opts.showSuppressed || !f.suppressed);
  const findings = listed.slice(0, MAX_FINDINGS);
  const rules = [...new Set(findings.map((f) => f.rule))].sort();
  const files = [...new Set(findings.map((f) => f.file))].sort();
  const justified = result.justifications.length
    ? `<section id="justified"><h2>Justified privileges</h2><table><thead><tr><th>Where</th><th>Object</th><th>Privilege</th><th>Reason</th></tr></thead><tbody>${result.justifications
        .map((j) => `<tr><td><code>${esc(safeText(`${j.file}:${j.region.start.line}`))}</code></td><td>${esc(safeText(j.object))}</td><td>${esc(safeText(j.privilege))}</td><td>${esc(safeText(j.reason))}</td></tr>`)
        .join('')}</tbody></table></section>`
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>leastpriv report</title>
<style>${CSS}</style>
</head>
<body>
<h1>leastpriv report</h1>
<p class="counts">${SEVERITIES.map((k) => `<span class="c-${k}">${s.findings[k]} ${k}${s.findings[k] === 1 ? '' : 's'}</span>`).join('')} in ${plural(s.objects, 'object')}, ${plural(s.documents, 'document')}, ${plural(s.files, 'file')}${s.suppressed ? `; ${s.suppressed} suppressed` : ''}. leastpriv ${esc(opts.toolVersion)}.</p>
${graphSection(result.graph)}
<section id="findings"><h2>Findings</h2>
<div class="filters" role="search">
<label>Rule<select id="f-rule">${options(rules, 'all rules')}</select></label>
<label>Severity<select id="f-severity">${options(SEVERITIES.filter((k) => findings.some((f) => f.severity === k)), 'all severities')}</select></label>
<label>File<select id="f-file">${options(files, 'all files')}</select></label>
<label>Text<input id="f-text" type="search" placeholder="filter"></label>
<span><b id="shown">${findings.length}</b> of ${findings.length} shown</span>
</div>
${findings.length ? findings.map((f) => findingHtml(result, f)).join('\n') : '<p class="empty">No findings.</p>'}
${listed.length > findings.length ? `<p class="empty">… and ${listed.length - findings.length} more: see --format json or sarif.</p>` : ''}
</section>
${justified}
<script>${JS}</script>
</body>
</html>
`;
};
