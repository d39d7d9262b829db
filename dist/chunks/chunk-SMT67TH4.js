import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-KF2SOTX4.js";
import {
  STREAMED,
  codeFrame,
  displayFile,
  githubReporter,
  guardLine,
  joinChunks,
  jsonChunks,
  lazyMap,
  notChecked,
  safeText,
  sarifChunks,
  sarifReporter,
  startsCommand,
  textChunks,
  textReporter,
  writeChunks,
  writeChunksToFile
} from "./chunk-6HAW2HBN.js";
import {
  firstPaths
} from "./chunk-IODZ2AQT.js";
import {
  VERSION
} from "./chunk-23YRZK4Z.js";

// src/reporters/json.ts
var JSON_FORMAT_VERSION = 1, jsonReportChunks = (result, opts) => jsonChunks(
  {
    version: JSON_FORMAT_VERSION,
    tool: { name: "leastpriv", version: opts.toolVersion },
    summary: {
      files: result.summary.files,
      documents: result.summary.documents,
      objects: result.summary.objects,
      skipped: result.summary.skipped.map((k) => ({ file: k.file, reason: k.reason })),
      nonKubernetes: result.summary.nonKubernetes,
      // Additive (format version 1): the files counted in nonKubernetes, by name.
      nonKubernetesFiles: [...result.summary.nonKubernetesFiles],
      findings: { ...result.summary.findings },
      suppressed: result.summary.suppressed
    },
    findings: STREAMED,
    justifications: result.justifications.map((j) => ({
      file: j.file,
      line: j.region.start.line,
      column: j.region.start.column,
      object: j.object,
      privilege: j.privilege,
      reason: j.reason,
      source: j.source
    })),
    // Additive (format version 1): present when any Pod Security Standards control ran.
    ...result.pss ? { pss: result.pss } : {},
    // Additive (format version 1): present in `leastpriv verify` reports.
    ...result.verify ? { verify: result.verify } : {},
    // Additive (format version 1): present when this run checked less than the default audit.
    ...notCheckedJson(result)
  },
  lazyMap(result.findings, findingJson)
), jsonReporter = (result, opts) => joinChunks(jsonReportChunks(result, opts)), findingJson = (f) => ({
  code: f.code,
  rule: f.rule,
  severity: f.severity,
  messageId: f.messageId,
  message: f.message,
  file: f.file,
  line: f.region.start.line,
  column: f.region.start.column,
  endLine: f.region.end.line,
  endColumn: f.region.end.column,
  ...f.object ? { object: f.object } : {},
  ...f.path ? { path: f.path.join(".") } : {},
  ...f.data ? { data: f.data } : {},
  // Additive (format version 1): the offered edits.
  ...f.fix ? { fix: fixJson(f.fix) } : {},
  ...f.suggestions?.length ? { suggestions: f.suggestions.map(fixJson) } : {},
  // Additive (format version 1): audit --context, a finding outside the files named that depends on them.
  ...f.involves ? { involves: f.involves } : {},
  // Additive (format version 1): other places of the same root cause (findings folded into this one).
  ...f.related?.length ? { related: f.related.map((r) => ({ code: r.code, file: r.file, line: r.region.start.line, column: r.region.start.column, message: r.message })) } : {},
  fingerprint: f.fingerprint,
  suppressed: f.suppressed ?? null
}), fixJson = (x) => ({
  description: x.description,
  edits: x.edits.map((e) => ({
    file: e.file,
    start: e.range[0],
    end: e.range[1],
    line: e.region.start.line,
    column: e.region.start.column,
    endLine: e.region.end.line,
    endColumn: e.region.end.column,
    text: e.text
  }))
});
function notCheckedJson(result) {
  let n = notChecked(result);
  return n ? {
    notChecked: {
      ...n.configFile ? { configFile: n.configFile } : {},
      profile: n.profile,
      rules: [...n.byProfile, ...n.byRules].map((r) => ({ code: r.code, rule: r.name, default: r.from, severity: r.to, by: r.by, ...r.options ? { options: r.options } : {} })),
      exclude: [...n.exclude],
      suppressions: { total: n.suppressions.total, ...n.suppressions.byKind }
    }
  } : {};
}

// src/reporters/junit.ts
function xml(s) {
  return safeText(s).replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/#\uff03\[/g, "#&#35;[");
}
var guardXmlLine = (line) => startsCommand(line) ? line.replace(":", "&#58;") : line;
function testcase(f) {
  let file = displayFile(f.file), where = `${file}:${f.region.start.line}:${f.region.start.column}`, name = `${f.code} ${f.rule} at ${where}`, attrs = `name="${xml(name)}" classname="${xml(file)}" file="${xml(file)}" line="${f.region.start.line}"`;
  if (f.suppressed) return `    <testcase ${attrs}>
      <skipped message="${xml(`suppressed: ${f.suppressed.justification}`)}"/>
    </testcase>`;
  let body = [`${f.severity}: ${f.message}`, `at ${where}`, f.object ? `object: ${f.object.kind} ${f.object.namespace ? `${f.object.namespace}/` : ""}${f.object.name}` : "", `rule: ${f.code} ${f.rule}`].filter(Boolean).map(xml).join(`
`);
  return `    <testcase ${attrs}>
      <failure message="${xml(f.message)}" type="${f.severity}">${body}</failure>
    </testcase>`;
}
var junitReporter = (result) => {
  let byFile = /* @__PURE__ */ new Map();
  for (let file of [...result.sources.keys()].sort()) byFile.set(file, []);
  for (let f of result.findings) byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  let suites = [], tests = 0, failures = 0, skipped = 0;
  for (let [file, list] of byFile) {
    let fails = list.filter((f) => !f.suppressed).length, skips = list.length - fails, cases = list.length ? list.map(testcase) : [`    <testcase name="no findings" classname="${xml(displayFile(file))}" file="${xml(displayFile(file))}"/>`], n = Math.max(1, list.length);
    tests += n, failures += fails, skipped += skips, suites.push(`  <testsuite name="${xml(displayFile(file))}" tests="${n}" failures="${fails}" errors="0" skipped="${skips}">
${cases.join(`
`)}
  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="leastpriv" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">
${suites.join(`
`)}${suites.length ? `
` : ""}</testsuites>
`.split(`
`).map(guardXmlLine).join(`
`);
};

// src/reporters/compact.ts
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`, compactChunks = function* (result, opts) {
  for (let f of result.findings) {
    if (f.suppressed && !opts.showSuppressed) continue;
    let sup = (f.suppressed ? ` [suppressed: ${safeText(f.suppressed.justification)}]` : "") + (f.involves ? ` [depends on ${f.involves.map(displayFile).join(", ")}]` : "");
    yield `${guardLine(`${displayFile(f.file)}:${f.region.start.line}:${f.region.start.column}: ${f.severity} ${safeText(f.message)} (${f.rule} ${f.code})${sup}`)}
`;
  }
  let s = result.summary;
  if (yield `${["error", "warning", "note"].map((k) => plural(s.findings[k], k)).join(", ")}${s.suppressed ? ` (${s.suppressed} suppressed)` : ""} in ${plural(s.objects, "object")}, ${plural(s.files, "file")}
`, opts.verbose) {
    for (let f of s.nonKubernetesFiles) yield `${displayFile(f)}: not audited: no Kubernetes object in it
`;
    for (let k of s.skipped) yield `${displayFile(k.file)}: not audited: ${safeText(k.reason)}
`;
  }
}, compactReporter = (result, opts) => joinChunks(compactChunks(result, opts));

// src/reporters/html.ts
var MAX_GRAPH_NODES = 150, MAX_FINDINGS = 5e3;
function esc(s) {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
var plural2 = (n, w) => `${n} ${w}${n === 1 ? "" : "s"}`, SEVERITIES = ["error", "warning", "note"];
function frameHtml(result, f) {
  let src = result.sources.get(f.file);
  if (!src || !src.text || f.region.start.line < 1) return "";
  let raw = codeFrame(src, f.region, { dim: (s) => `${s}`, caret: (s) => `${s}` });
  return `<pre class="frame">${esc(raw).replace(/\u0001/g, '<span class="dim">').replace(/\u0003/g, '<span class="caret">').replace(/\u0002/g, "</span>")}</pre>`;
}
function fixesHtml(f) {
  let offered = [...f.fix ? [{ kind: "Fix", x: f.fix }] : [], ...(f.suggestions ?? []).map((x) => ({ kind: "Suggestion", x }))];
  return offered.length ? `<ul class="fixes">${offered.map(({ kind, x }) => `<li><b>${kind}:</b> ${esc(safeText(x.description))}${x.edits.map((e) => ` <code>${esc(safeText(`${e.file}:${e.region.start.line}`))}</code>`).join("")}</li>`).join("")}</ul>` : "";
}
function findingHtml(result, f) {
  let loc = `${f.file === "-" ? "<stdin>" : f.file}:${f.region.start.line}:${f.region.start.column}`;
  return `<article class="finding sev-${f.severity}" data-rule="${esc(f.rule)}" data-severity="${f.severity}" data-file="${esc(f.file)}">
<header><span class="sev">${f.severity}</span> <code class="loc">${esc(safeText(loc))}</code> <span class="rule">${esc(f.code)} ${esc(f.rule)}</span></header>
<p>${esc(safeText(f.message))}</p>
${frameHtml(result, f)}${fixesHtml(f)}</article>`;
}
var COLUMNS = ["subject", "binding", "role", "permission", "workload", "node"], BOX_W = 178, BOX_H = 62, COL_GAP = 36, ROW_GAP = 14;
function clipLabel(s, n) {
  return s.length > n ? s.slice(0, n - 1) + "\u2026" : s;
}
function clipStart(s, n) {
  return s.length > n ? "\u2026" + s.slice(s.length - n + 1) : s;
}
function twoLines(s, n) {
  if (s.length <= n) return [s, ""];
  let cut = -1;
  for (let i = Math.min(n, s.length - 1); i > n / 2; i--) if (s[i - 1] === " " || s[i - 1] === "/") {
    cut = i;
    break;
  }
  return cut === -1 && (cut = n), [s.slice(0, cut).trimEnd(), clipLabel(s.slice(cut).trimStart(), n)];
}
function graphSvg(g) {
  let pos = /* @__PURE__ */ new Map(), rows = /* @__PURE__ */ new Map();
  for (let n of g.nodes) rows.set(n.kind, [...rows.get(n.kind) ?? [], n]);
  let height = 0;
  COLUMNS.forEach((kind, col) => {
    (rows.get(kind) ?? []).forEach((n, row) => {
      let p = { x: 10 + col * (BOX_W + COL_GAP), y: 10 + row * (BOX_H + ROW_GAP) };
      pos.set(n.id, p), height = Math.max(height, p.y + BOX_H + 10);
    });
  });
  let width = 10 + COLUMNS.length * (BOX_W + COL_GAP), edges = g.edges.map((e) => {
    let a = pos.get(e.from), b = pos.get(e.to);
    if (!a || !b) return "";
    let x1 = a.x + BOX_W, y1 = a.y + BOX_H / 2, x2 = b.x, y2 = b.y + BOX_H / 2, mx = (x1 + x2) / 2;
    return `<path class="edge" d="M${x1},${y1} C${mx},${y1} ${mx},${y2} ${x2},${y2}" marker-end="url(#arrow)"><title>${esc(e.label ?? "")}</title></path>`;
  }).join(`
`), nodes = g.nodes.map((n) => {
    let p = pos.get(n.id), where = n.file ? `${n.file}:${n.line}` : "", [l1, l2] = twoLines(n.label, 27), features = n.features?.length ? [...new Set(n.features.map((f) => f.what))].join(", ") : "", extra = features || where;
    return `<g class="gnode k-${n.kind}" data-id="${n.id}"><title>${esc([n.label, where, features].filter(Boolean).join(`
`))}</title><rect x="${p.x}" y="${p.y}" width="${BOX_W}" height="${BOX_H}" rx="8"/><text x="${p.x + 8}" y="${p.y + 17}">${esc(l1)}</text>${l2 ? `<text x="${p.x + 8}" y="${p.y + 32}">${esc(l2)}</text>` : ""}${extra ? `<text class="${features ? "feat" : "where"}" x="${p.x + 8}" y="${p.y + 50}">${esc(features ? clipLabel(extra, 31) : clipStart(extra, 31))}</text>` : ""}</g>`;
  }).join(`
`);
  return `<svg xmlns="http://www.w3.org/2000/svg" class="graph" width="${width}" height="${Math.max(height, 60)}" viewBox="0 0 ${width} ${Math.max(height, 60)}" role="img" aria-label="access graph">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#888"/></marker></defs>
${edges}
${nodes}
</svg>`;
}
function graphSection(g) {
  if (!g) return "";
  if (!g.nodes.length) return '<section id="graph"><h2>Who can reach what</h2><p class="empty">No dangerous permission is granted in these manifests.</p></section>';
  let shown = g, note = `${g.paths.length} attack path${g.paths.length === 1 ? "" : "s"} (chains that end on root on a node).`;
  if (g.nodes.length > MAX_GRAPH_NODES) {
    let cut = firstPaths(g, 30);
    shown = cut.graph, note = `The full graph has ${g.nodes.length} nodes: shown are ${cut.graph.paths.length} of its ${g.paths.length} attack paths. \`leastpriv graph\` draws all of it.`;
  }
  return `<section id="graph"><h2>Who can reach what</h2><p>${esc(note)}</p><div class="graph-wrap">${graphSvg(shown)}</div>
<p class="legend"><span class="k-subject">subject</span> \u2192 <span class="k-binding">binding</span> \u2192 <span class="k-role">role</span> \u2192 <span class="k-permission">dangerous permission</span> \u2192 <span class="k-workload">workload</span> \u2192 <span class="k-node">node</span></p></section>`;
}
function options(values, all) {
  return `<option value="">${all}</option>` + values.map((v) => `<option value="${esc(v)}">${esc(safeText(v))}</option>`).join("");
}
var CSS = `
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
`, JS = `
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
`, htmlReporter = (result, opts) => {
  let s = result.summary, listed = result.findings.filter((f) => opts.showSuppressed || !f.suppressed), findings = listed.slice(0, MAX_FINDINGS), rules = [...new Set(findings.map((f) => f.rule))].sort(), files = [...new Set(findings.map((f) => f.file))].sort(), justified = result.justifications.length ? `<section id="justified"><h2>Justified privileges</h2><table><thead><tr><th>Where</th><th>Object</th><th>Privilege</th><th>Reason</th></tr></thead><tbody>${result.justifications.map((j) => `<tr><td><code>${esc(safeText(`${j.file}:${j.region.start.line}`))}</code></td><td>${esc(safeText(j.object))}</td><td>${esc(safeText(j.privilege))}</td><td>${esc(safeText(j.reason))}</td></tr>`).join("")}</tbody></table></section>` : "";
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
<p class="counts">${SEVERITIES.map((k) => `<span class="c-${k}">${s.findings[k]} ${k}${s.findings[k] === 1 ? "" : "s"}</span>`).join("")} in ${plural2(s.objects, "object")}, ${plural2(s.documents, "document")}, ${plural2(s.files, "file")}${s.suppressed ? `; ${s.suppressed} suppressed` : ""}. leastpriv ${esc(opts.toolVersion)}.</p>
${graphSection(result.graph)}
<section id="findings"><h2>Findings</h2>
<div class="filters" role="search">
<label>Rule<select id="f-rule">${options(rules, "all rules")}</select></label>
<label>Severity<select id="f-severity">${options(SEVERITIES.filter((k) => findings.some((f) => f.severity === k)), "all severities")}</select></label>
<label>File<select id="f-file">${options(files, "all files")}</select></label>
<label>Text<input id="f-text" type="search" placeholder="filter"></label>
<span><b id="shown">${findings.length}</b> of ${findings.length} shown</span>
</div>
${findings.length ? findings.map((f) => findingHtml(result, f)).join(`
`) : '<p class="empty">No findings.</p>'}
${listed.length > findings.length ? `<p class="empty">\u2026 and ${listed.length - findings.length} more: see --format json or sarif.</p>` : ""}
</section>
${justified}
<script>${JS}</script>
</body>
</html>
`;
};

// src/reporters/index.ts
var REPORTERS = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
  junit: junitReporter,
  compact: compactReporter,
  html: htmlReporter,
  // ESLint's name for its default formatter, findings grouped by file: leastpriv's text is that, with code frames.
  stylish: textReporter
}, REPORT_CHUNKS = {
  text: textChunks,
  json: jsonReportChunks,
  sarif: sarifChunks,
  github: (result, opts) => [githubReporter(result, opts)],
  junit: (result, opts) => [junitReporter(result, opts)],
  compact: compactChunks,
  html: (result, opts) => [htmlReporter(result, opts)],
  stylish: textChunks
};

// src/cli/output.ts
import { resolve } from "node:path";
var LEVELS = ["error", "warning", "note", "none"];
function checkOutput(output, cmd) {
  if (output !== void 0 && output in REPORT_CHUNKS)
    throw new UsageError(`-o/--output names the report file, and '${output}' is a format: did you mean -f ${output}? (to write a file named ${output}, say -o ./${output})`, cmd);
}
function applyRenderFlags(config, values) {
  if (values["no-render"] && (config.render = !1), values["kustomize-command"] !== void 0) {
    if (!values["kustomize-command"].trim()) throw new UsageError("--kustomize-command needs a command (kubectl, or a kustomize binary)");
    config.kustomizeCommand = values["kustomize-command"];
  }
}
function checkFailOn(flag) {
  if (flag !== void 0 && !LEVELS.includes(flag)) throw new UsageError(`--fail-on must be one of ${LEVELS.join(", ")}`);
  return flag;
}
function useColor(io, flags, toFile) {
  return flags["no-color"] ? !1 : flags.color ? !0 : toFile || "NO_COLOR" in io.env && io.env.NO_COLOR !== "" ? !1 : "FORCE_COLOR" in io.env ? io.env.FORCE_COLOR !== "0" && io.env.FORCE_COLOR !== "false" : io.isTTY;
}
function writeOrFail(path, text, shown) {
  writeChunksToFile(path, [text], cannotWrite(shown));
}
var cannotWrite = (shown) => (e) => new UsageError(`cannot write ${shown}: ${e.code ?? e.message}`);
function emitReport(result, format, flags, io, showSuppressed, verbose = !1) {
  let toFile = flags.output !== void 0, chunks = REPORT_CHUNKS[format](result, {
    color: useColor(io, flags, toFile),
    showSuppressed,
    sarifRoot: resolve(io.cwd, flags["sarif-root"] ?? "."),
    cwd: io.cwd,
    toolVersion: VERSION,
    verbose
  });
  if (!toFile) return writeChunks(chunks, io.stdout);
  let shown = flags.output;
  writeChunksToFile(resolve(io.cwd, shown), chunks, cannotWrite(shown));
}

export {
  REPORTERS,
  checkOutput,
  applyRenderFlags,
  checkFailOn,
  useColor,
  writeOrFail,
  emitReport
};
