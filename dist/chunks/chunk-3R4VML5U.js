import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  STREAMED,
  displayFile,
  githubReporter,
  guardLine,
  joinChunks,
  jsonChunks,
  lazyMap,
  safeText,
  sarifChunks,
  sarifReporter,
  startsCommand,
  textChunks,
  textReporter,
  writeChunks,
  writeChunksToFile
} from "./chunk-XJYNQJBK.js";
import {
  VERSION
} from "./chunk-23YRZK4Z.js";
import {
  UsageError
} from "./chunk-YKTDWP2P.js";

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
    ...result.pss ? { pss: result.pss } : {}
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
    let sup = f.suppressed ? ` [suppressed: ${safeText(f.suppressed.justification)}]` : "";
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

// src/reporters/index.ts
var REPORTERS = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
  junit: junitReporter,
  compact: compactReporter,
  // ESLint's name for its default formatter, findings grouped by file: leastpriv's text is that, with code frames.
  stylish: textReporter
}, REPORT_CHUNKS = {
  text: textChunks,
  json: jsonReportChunks,
  sarif: sarifChunks,
  github: (result, opts) => [githubReporter(result, opts)],
  junit: (result, opts) => [junitReporter(result, opts)],
  compact: compactChunks,
  stylish: textChunks
};

// src/cli/output.ts
import { resolve } from "node:path";
var LEVELS = ["error", "warning", "note", "none"];
function checkOutput(output, cmd) {
  if (output !== void 0 && output in REPORT_CHUNKS)
    throw new UsageError(`-o/--output names the report file, and '${output}' is a format: did you mean -f ${output}? (to write a file named ${output}, say -o ./${output})`, cmd);
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
  checkFailOn,
  writeOrFail,
  emitReport
};
