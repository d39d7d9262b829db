import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  MODEL_FILE,
  REPO_URL,
  SEVERITY_RANK,
  lineText,
  suppressionCounts
} from "./chunk-IODZ2AQT.js";
import {
  __commonJS,
  __toESM
} from "./chunk-3YYMUT7C.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {}, argv = p.argv || [], env = p.env || {}, isColorSupported = !(env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI), formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    }, replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do
        result += string.substring(cursor, index) + replace, cursor = index + close.length, index = string.indexOf(close, cursor);
      while (~index);
      return result + string.substring(cursor);
    }, createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// src/reporters/annotations.ts
var ANNOTATIONS_PER_KIND = 10;
function worstFirst(result) {
  let secSev = new Map(result.rules.map((r) => [r.code, r.securitySeverity]));
  return result.findings.filter((f) => !f.suppressed).map((f, i) => ({ f, i })).sort(
    (a, b) => SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] || (secSev.get(b.f.code) ?? 0) - (secSev.get(a.f.code) ?? 0) || a.i - b.i
  ).map((x) => x.f);
}
function selectAnnotations(result, perKind = ANNOTATIONS_PER_KIND) {
  let all = worstFirst(result), by = { error: [], warning: [], note: [] };
  for (let f of all) by[f.severity].push(f);
  let overflow = by.error.length > perKind || by.warning.length > perKind || by.note.length > perKind, limit = { error: perKind, warning: perKind, note: overflow ? perKind - 1 : perKind }, keep = /* @__PURE__ */ new Set(), omittedBy = { error: 0, warning: 0, note: 0 };
  for (let sev of ["error", "warning", "note"])
    by[sev].slice(0, limit[sev]).forEach((f) => keep.add(f)), omittedBy[sev] = Math.max(0, by[sev].length - limit[sev]);
  return { shown: all.filter((f) => keep.has(f)), omitted: all.length - keep.size, omittedBy };
}
function omittedNotice(sel, seeAlso) {
  if (sel.omitted === 0) return;
  let parts = ["error", "warning", "note"].filter((s) => sel.omittedBy[s]).map((s) => `${sel.omittedBy[s]} ${s}${sel.omittedBy[s] === 1 ? "" : "s"}`);
  return `leastpriv: ${sel.omitted} more finding${sel.omitted === 1 ? "" : "s"} not shown as annotations (${parts.join(", ")}; GitHub shows ${ANNOTATIONS_PER_KIND} of each kind per step). ${seeAlso}`;
}

// src/reporters/safe-text.ts
var C0 = /[\u0000-\u001f\u007f]/g, INVISIBLE = /[\u0080-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2066-\u206f\ufeff\ufff9-\ufffb]/g, picture = (c) => c === "\x7F" ? "\u2421" : String.fromCharCode(9216 + c.charCodeAt(0)), uEscape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`, LEGACY_COMMAND = /##\[/g;
function safeText(s) {
  return s.replace(C0, picture).replace(INVISIBLE, uEscape).replace(LEGACY_COMMAND, "#\uFF03[");
}
var COMMAND_START = /^[\s\u0085]*::/, startsCommand = (line) => COMMAND_START.test(line);
function guardLine(line) {
  return startsCommand(line) ? line.replace(":", "\uFF1A") : line;
}
function safeFileName(f) {
  let s = safeText(f);
  return startsCommand(s) ? `./${s}` : s;
}
function safeLines(text) {
  return text.split(`
`).map((l) => guardLine(safeText(l))).join(`
`);
}

// src/reporters/github.ts
var escData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"), escProp = (s) => escData(s).replace(/:/g, "%3A").replace(/,/g, "%2C"), COMMAND = { error: "error", warning: "warning", note: "notice" };
function annotationCommand(f) {
  let props = [...f.file === MODEL_FILE ? [] : [
    `file=${escProp(f.file === "-" ? "stdin" : f.file)}`,
    `line=${f.region.start.line}`,
    `col=${f.region.start.column}`,
    `endLine=${f.region.end.line}`,
    `endColumn=${f.region.end.column}`
  ], `title=${escProp(`leastpriv ${f.code} ${f.rule}`)}`];
  return `::${COMMAND[f.severity]} ${props.join(",")}::${escData(safeText(f.message))}`;
}
function noticeCommand(message) {
  return `::notice title=leastpriv::${escData(message)}`;
}
function annotationCommands(result, seeAlso) {
  let sel = selectAnnotations(result), out = sel.shown.map(annotationCommand), more = omittedNotice(sel, seeAlso);
  return more && out.push(noticeCommand(more)), out;
}
var githubReporter = (result) => {
  let out = annotationCommands(result, "Run leastpriv with --format text (or sarif) to see them all.");
  return out.length ? out.join(`
`) + `
` : "";
};

// src/reporters/text.ts
var import_picocolors = __toESM(require_picocolors(), 1);

// src/reporters/json-chunks.ts
var STREAMED = "\0leastpriv:streamed-array\0";
function* jsonChunks(template, items) {
  let whole = JSON.stringify(template, null, 2) + `
`, marker = JSON.stringify(STREAMED), at = whole.indexOf(marker);
  if (at === -1 || whole.indexOf(marker, at + 1) !== -1) throw new Error("jsonChunks: the template must hold STREAMED exactly once");
  let head = whole.slice(0, at), indent = /^ */.exec(head.slice(head.lastIndexOf(`
`) + 1))[0], pad = indent + "  ";
  yield head;
  let first = !0;
  for (let item of items)
    yield (first ? `[
` : `,
`) + pad + JSON.stringify(item, null, 2).replaceAll(`
`, `
` + pad), first = !1;
  yield (first ? "[]" : `
` + indent + "]") + whole.slice(at + marker.length);
}
function joinChunks(chunks) {
  let s = "";
  for (let c of chunks) s += c;
  return s;
}
function* lazyMap(list, f) {
  for (let x of list) yield f(x);
}

// src/reporters/frame.ts
var MAX_WIDTH = 160;
function clip(s, from) {
  if (s.length <= MAX_WIDTH) return { text: s, shift: 0 };
  let start = Math.max(0, Math.min(from - 40, s.length - MAX_WIDTH));
  return { text: (start > 0 ? "\u2026" : "") + s.slice(start, start + MAX_WIDTH) + "\u2026", shift: start > 0 ? start - 1 : 0 };
}
function codeFrame(file, region, paint) {
  let { line, column } = region.start, out = [], width = String(line + 1).length;
  for (let l = Math.max(1, line - 1); l <= line + 1; l++) {
    let t = lineText(file, l);
    if (t === void 0) continue;
    let { text, shift } = clip(safeText(t.replace(/\t/g, " ")), column - 1), gutter = `${l === line ? ">" : " "} ${String(l).padStart(width)} | `;
    if (out.push(l === line ? gutter + text : paint.dim(gutter + text)), l === line) {
      let endCol = region.end.line === line ? region.end.column : t.length + 1, len = Math.max(1, Math.min(endCol - column, text.length - (column - 1 - shift)));
      out.push(paint.dim(`  ${" ".repeat(width)} | `) + " ".repeat(Math.max(0, column - 1 - shift)) + paint.caret("^".repeat(len)));
    }
  }
  return out.join(`
`);
}

// src/reporters/not-checked.ts
function notChecked(result) {
  let c = result.coverage, counts = suppressionCounts(result.findings), byProfile = c?.ruleChanges.filter((r) => r.by === "profile") ?? [], byRules = c?.ruleChanges.filter((r) => r.by === "rules") ?? [], exclude = c?.exclude ?? [];
  if (!(!byProfile.length && !byRules.length && !exclude.length && !counts.total))
    return {
      ...c?.configFile ? { configFile: c.configFile } : {},
      profile: c?.profile ?? "leastpriv",
      byProfile,
      byRules,
      exclude,
      suppressions: counts,
      suppressed: result.findings.filter((f) => f.suppressed).map((f) => ({ file: f.file, line: f.region.start.line, code: f.code, rule: f.rule, kind: f.suppressed.kind, reason: f.suppressed.justification }))
    };
}
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function changeText(c) {
  let sev = c.to === c.from ? "" : `${c.to} (default: ${c.from})`, opts = c.options ? `options ${JSON.stringify(c.options)}` : "";
  return [sev, opts].filter(Boolean).join(", ");
}
function countsText(s) {
  let parts = [];
  return s.byKind.comment && parts.push(`${s.byKind.comment} by comment`), s.byKind.annotation && parts.push(`${s.byKind.annotation} by annotation`), s.byKind.baseline && parts.push(`${s.byKind.baseline} in the baseline`), parts.join(", ");
}

// src/reporters/text.ts
import { relative } from "node:path";
var nl = (line) => guardLine(line) + `
`, plural2 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`, displayFile = (f) => f === "-" ? "<stdin>" : safeFileName(f), textChunks = function* (result, opts) {
  let c = import_picocolors.default.createColors(opts.color), sevColor = { error: c.red, warning: c.yellow, note: c.cyan }, shown = result.findings.filter((f) => opts.showSuppressed || !f.suppressed), byFile = /* @__PURE__ */ new Map();
  for (let f of shown) byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  for (let [file, list] of byFile) {
    yield nl(c.underline(c.bold(displayFile(file))));
    for (let f of list) {
      let pos = `${displayFile(file)}:${f.region.start.line}:${f.region.start.column}`, sev = sevColor[f.severity](f.severity), sup = (f.suppressed ? c.dim(` (suppressed: ${safeText(f.suppressed.justification)})`) : "") + (f.involves ? c.dim(` (reported because it depends on ${f.involves.map(displayFile).join(", ")})`) : "");
      yield nl(`  ${pos}  ${sev}  ${safeText(f.message)}  ${c.dim(`${f.rule} ${f.code}`)}${sup}`);
      let src = result.sources.get(file);
      src && f.region.start.line > 0 && (yield nl(
        codeFrame(src, f.region, { dim: c.dim, caret: sevColor[f.severity] }).split(`
`).map((l) => "    " + l).join(`
`)
      )), yield nl("");
    }
  }
  if (result.justifications.length) {
    yield nl(c.bold("Justified privileges"));
    for (let j of result.justifications)
      yield nl(`  ${displayFile(j.file)}:${j.region.start.line}:${j.region.start.column}  ${safeText(j.object)}: ${safeText(j.privilege)} ${c.dim("\u2014")} ${safeText(j.reason)}`);
    yield nl("");
  }
  let s = result.summary, counts = ["error", "warning", "note"].map((k) => plural2(s.findings[k], k)), head = s.findings.error ? c.red("\u2716") : s.findings.warning ? c.yellow("\u26A0") : c.green("\u2714");
  if (yield nl(
    `${head} ${counts.join(", ")}${s.suppressed ? ` (${s.suppressed} suppressed)` : ""} in ${plural2(s.objects, "object")}, ${plural2(s.documents, "document")}, ${plural2(s.files, "file")}`
  ), s.nonKubernetes && (yield nl(c.dim(`  ${plural2(s.nonKubernetes, "file")} held no Kubernetes objects (values, kustomization, CI files) and ${s.nonKubernetes === 1 ? "was" : "were"} skipped${opts.verbose ? ":" : " (--verbose names them)"}`)), opts.verbose))
    for (let f of s.nonKubernetesFiles) yield nl(c.dim(`    ${displayFile(f)}`));
  if (s.skipped.length) {
    yield nl(c.dim(`  ${plural2(s.skipped.length, "file")} skipped:`));
    let shownSkips = opts.verbose ? s.skipped : s.skipped.slice(0, 20);
    for (let k of shownSkips) yield nl(c.dim(`    ${displayFile(k.file)}: ${safeText(k.reason)}`));
    s.skipped.length > shownSkips.length && (yield nl(c.dim(`    \u2026 and ${s.skipped.length - shownSkips.length} more (--verbose or --format json lists them)`)));
  }
  let gaps = notChecked(result);
  if (gaps) {
    yield nl("");
    let cfg = gaps.configFile ? ` (config: ${displayFile(relative(opts.cwd, gaps.configFile) || gaps.configFile)})` : "";
    if (yield nl(c.bold(`Not checked in this run${cfg}`)), gaps.byProfile.length) {
      yield nl(`  profile ${safeText(gaps.profile)}: ${plural2(gaps.byProfile.length, "rule")} off or downgraded against the default profile`);
      let shown2 = gaps.byProfile.slice(0, MAX_LISTED);
      for (let r of shown2) yield nl(c.dim(`    ${r.code} ${r.name}: ${safeText(changeText(r))}`));
      gaps.byProfile.length > shown2.length && (yield nl(c.dim(`    \u2026 and ${gaps.byProfile.length - shown2.length} more (leastpriv rules --profile ${safeText(gaps.profile)})`)));
    }
    if (gaps.byRules.length) {
      yield nl(`  ${plural2(gaps.byRules.length, "rule")} turned off, downgraded or given other options by \`rules\`:`);
      for (let r of gaps.byRules) yield nl(c.dim(`    ${r.code} ${r.name}: ${safeText(changeText(r))}`));
    }
    if (gaps.exclude.length && (yield nl(`  excluded paths: ${gaps.exclude.map(safeText).join(", ")}`)), gaps.suppressions.total) {
      yield nl(`  ${plural2(gaps.suppressions.total, "finding")} suppressed: ${countsText(gaps.suppressions)}`);
      let shown2 = gaps.suppressed.slice(0, MAX_LISTED);
      for (let x of shown2) yield nl(c.dim(`    ${displayFile(x.file)}:${x.line}  ${x.code} ${x.rule} (${x.kind}) \u2014 ${safeText(x.reason)}`));
      gaps.suppressed.length > shown2.length && (yield nl(c.dim(`    \u2026 and ${gaps.suppressed.length - shown2.length} more (--show-suppressed, or --format json)`)));
    }
  }
}, MAX_LISTED = 100, textReporter = (result, opts) => joinChunks(textChunks(result, opts));

// src/reporters/sarif.ts
import { isAbsolute, relative as relative2, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
var sarifText = (s) => s.replace(/[[\]]/g, "\\$&"), SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json", SRCROOT = "%SRCROOT%", MAX_RESULTS = 25e3;
function artifactLocation(file, cwd, root) {
  if (file === "-") return { uri: "stdin", uriBaseId: SRCROOT };
  let abs = resolve(cwd, file), rel = relative2(root, abs);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? { uri: pathToFileURL(abs).href } : { uri: rel.split(sep).map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
}
function location(f, cwd, root) {
  let { start, end } = f.region, loc = {
    physicalLocation: {
      artifactLocation: artifactLocation(f.file, cwd, root),
      region: {
        startLine: start.line,
        startColumn: start.column,
        endLine: Math.max(end.line, start.line),
        // SARIF end columns are exclusive: a region on one line is at least one character wide.
        endColumn: end.line > start.line ? Math.max(end.column, 1) : Math.max(end.column, start.column + 1)
      }
    }
  };
  if (f.object) {
    let o = f.object;
    loc.logicalLocations = [
      {
        kind: "resource",
        name: o.name || "(unnamed)",
        fullyQualifiedName: [o.kind, o.namespace, o.name || "(unnamed)"].filter(Boolean).join("/"),
        properties: { kind: o.kind, apiVersion: o.apiVersion, ...o.namespace ? { namespace: o.namespace } : {} }
      }
    ];
  }
  return loc;
}
function capResults(findings, max) {
  if (findings.length <= max) return { kept: findings };
  let keep = new Set([...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]).slice(0, max)), dropped = findings.length - max;
  return {
    kept: findings.filter((f) => keep.has(f)),
    notice: `${dropped} results were left out: GitHub code scanning accepts at most ${max} per run. Narrow the audit, or use --format json for all of them.`
  };
}
function sarifFix(x, cwd, root) {
  let byFile = /* @__PURE__ */ new Map();
  for (let e of x.edits) byFile.set(e.file, [...byFile.get(e.file) ?? [], e]);
  return {
    description: { text: x.description },
    artifactChanges: [...byFile].map(([file, edits]) => ({
      artifactLocation: artifactLocation(file, cwd, root),
      replacements: edits.map((e) => ({
        deletedRegion: { startLine: e.region.start.line, startColumn: e.region.start.column, endLine: e.region.end.line, endColumn: e.region.end.column },
        insertedContent: { text: e.text }
      }))
    }))
  };
}
var pascal = (name) => name.replace(/(^|-)([a-z0-9])/g, (_m, _d, ch) => ch.toUpperCase()), sarifChunks = (result, opts) => {
  let rules = [], index = /* @__PURE__ */ new Map(), addRule = (code) => {
    let d = result.rules.find((r) => r.code === code);
    !d || index.has(code) || (index.set(code, rules.length), rules.push({
      id: d.code,
      name: pascal(d.name),
      shortDescription: { text: d.description },
      fullDescription: { text: d.fullDescription },
      help: { text: d.helpText, markdown: d.helpMarkdown },
      helpUri: d.helpUri,
      defaultConfiguration: { level: d.severity },
      properties: {
        tags: [.../* @__PURE__ */ new Set([...d.tags, d.name])].slice(0, 20),
        "security-severity": d.securitySeverity.toFixed(1),
        precision: "very-high"
      }
    }));
  };
  for (let r of result.rules) addRule(r.code);
  let notifications = [], located = result.findings.filter((f) => f.file !== MODEL_FILE ? !0 : (notifications.push({ level: "error", message: { text: sarifText(f.message) }, descriptor: { id: f.code } }), !1)), fileNote = (file, text) => ({
    level: "note",
    message: { text: sarifText(text) },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(file, opts.cwd, opts.sarifRoot) } }]
  });
  for (let k of result.summary.skipped) notifications.push(fileNote(k.file, `${k.file === "-" ? "stdin" : k.file}: not audited: ${k.reason}`));
  for (let f of result.summary.nonKubernetesFiles) notifications.push(fileNote(f, `${f === "-" ? "stdin" : f}: not audited: no Kubernetes object in it`));
  let capped = capResults(located, MAX_RESULTS);
  located = capped.kept, capped.notice && notifications.push({ level: "warning", message: { text: capped.notice } });
  let overrides = (result.coverage?.ruleChanges ?? []).map((c) => ({
    descriptor: index.has(c.code) ? { id: c.code, index: index.get(c.code) } : { id: c.code },
    configuration: { enabled: c.to !== "off", ...c.to !== "off" ? { level: c.to } : {}, ...c.options ? { parameters: c.options } : {} },
    properties: { changedBy: c.by, defaultLevel: c.from }
  })), toResult = (f) => {
    let res = {
      ruleId: f.code,
      ruleIndex: index.get(f.code),
      level: f.severity,
      message: { text: sarifText(f.message) },
      locations: [location(f, opts.cwd, opts.sarifRoot)],
      partialFingerprints: { "leastpriv/v1": f.fingerprint }
    }, offered = [...f.fix ? [f.fix] : [], ...f.suggestions ?? []];
    return offered.length && (res.fixes = offered.map((x) => sarifFix(x, opts.cwd, opts.sarifRoot))), f.related?.length && (res.relatedLocations = f.related.map((r, i) => ({
      id: i + 1,
      message: { text: r.message },
      physicalLocation: {
        artifactLocation: artifactLocation(r.file, opts.cwd, opts.sarifRoot),
        region: { startLine: r.region.start.line, startColumn: r.region.start.column }
      }
    }))), f.suppressed && (res.suppressions = [{ kind: f.suppressed.kind === "baseline" ? "external" : "inSource", justification: f.suppressed.justification }]), res;
  }, log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "leastpriv",
            semanticVersion: opts.toolVersion,
            informationUri: REPO_URL,
            rules
          }
        },
        invocations: [
          {
            executionSuccessful: !notifications.some((n) => n.level === "error"),
            ...notifications.length ? { toolExecutionNotifications: notifications } : {},
            // Rules this run turned off, downgraded or gave options (SARIF 2.1.0 §3.20.5
            // invocation.ruleConfigurationOverrides, §3.51 configurationOverride): a weakened audit
            // stays visible in the log, as in the text report's "not checked".
            ...overrides.length ? { ruleConfigurationOverrides: overrides } : {}
          }
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(opts.sarifRoot).href.replace(/\/?$/, "/") } },
        results: STREAMED,
        columnKind: "utf16CodeUnits"
      }
    ]
  };
  return jsonChunks(log, lazyMap(located, toResult));
}, sarifReporter = (result, opts) => joinChunks(sarifChunks(result, opts));

// src/reporters/write.ts
import { closeSync, openSync, writeSync } from "node:fs";
var PIECE = 65536;
function writeChunks(chunks, write) {
  let pending = "";
  for (let c of chunks)
    pending += c, pending.length >= PIECE && (write(pending), pending = "");
  pending && write(pending);
}
function writeChunksToFile(path, chunks, failed = (e) => e) {
  let fd;
  try {
    fd = openSync(path, "w");
  } catch (e) {
    throw failed(e);
  }
  let buf = Buffer.allocUnsafe(4 * PIECE), used = 0, flush = (bytes, length) => {
    try {
      for (let off = 0; off < length; ) off += writeSync(fd, bytes, off, length - off);
    } catch (e) {
      throw failed(e);
    }
  };
  try {
    for (let c of chunks)
      if (used + 3 * c.length > buf.length && (flush(buf, used), used = 0), 3 * c.length > buf.length) {
        let big = Buffer.from(c);
        flush(big, big.length);
      } else used += buf.write(c, used);
    flush(buf, used);
  } finally {
    closeSync(fd);
  }
}

export {
  require_picocolors,
  STREAMED,
  jsonChunks,
  joinChunks,
  lazyMap,
  safeText,
  startsCommand,
  guardLine,
  safeLines,
  codeFrame,
  notChecked,
  plural,
  changeText,
  countsText,
  displayFile,
  textChunks,
  textReporter,
  sarifChunks,
  sarifReporter,
  worstFirst,
  escData,
  annotationCommands,
  githubReporter,
  writeChunks,
  writeChunksToFile
};
