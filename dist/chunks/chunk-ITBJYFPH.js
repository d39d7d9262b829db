import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  displayFile,
  githubReporter,
  sarifReporter,
  textReporter
} from "./chunk-YJU2EO6C.js";
import {
  VERSION
} from "./chunk-23YRZK4Z.js";
import {
  UsageError
} from "./chunk-7H2KTD5E.js";
import {
  audit,
  displayPath,
  exitCodeFor,
  makeBaseline,
  parseBaseline,
  serializeBaseline
} from "./chunk-HWV7RRQM.js";
import {
  PROFILE_NAMES,
  isKnownRule
} from "./chunk-2MAY36FM.js";
import {
  ConfigError,
  DEFAULT_LIMITS,
  loadConfig,
  parseVersion,
  validateConfig
} from "./chunk-WPTS262L.js";

// src/cli/commands/audit.ts
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// src/reporters/json.ts
var jsonReporter = (result, opts) => JSON.stringify(
  {
    version: 1,
    tool: { name: "leastpriv", version: opts.toolVersion },
    summary: {
      files: result.summary.files,
      documents: result.summary.documents,
      objects: result.summary.objects,
      skipped: result.summary.skipped.map((k) => ({ file: k.file, reason: k.reason })),
      nonKubernetes: result.summary.nonKubernetes,
      findings: { ...result.summary.findings },
      suppressed: result.summary.suppressed
    },
    findings: result.findings.map((f) => ({
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
      fingerprint: f.fingerprint,
      suppressed: f.suppressed ?? null
    })),
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
  null,
  2
) + `
`;

// src/reporters/junit.ts
function xml(s) {
  return s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
function testcase(f) {
  let file = displayFile(f.file), where = `${file}:${f.region.start.line}:${f.region.start.column}`, name = `${f.code} ${f.rule} at ${where}`, attrs = `name="${xml(name)}" classname="${xml(file)}" file="${xml(file)}" line="${f.region.start.line}"`;
  if (f.suppressed) return `    <testcase ${attrs}>
      <skipped message="${xml(`suppressed: ${f.suppressed.justification}`)}"/>
    </testcase>`;
  let body = [`${f.severity}: ${f.message}`, `at ${where}`, f.object ? `object: ${f.object.kind} ${f.object.namespace ? `${f.object.namespace}/` : ""}${f.object.name}` : "", `rule: ${f.code} ${f.rule}`].filter(Boolean).join(`
`);
  return `    <testcase ${attrs}>
      <failure message="${xml(f.message)}" type="${f.severity}">${xml(body)}</failure>
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
`;
};

// src/reporters/index.ts
var REPORTERS = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
  junit: junitReporter
};

// src/cli/commands/audit.ts
var LEVELS = ["error", "warning", "note", "none"];
function parseAuditArgs(args) {
  try {
    return parseArgs({
      args,
      allowPositionals: !0,
      options: {
        format: { type: "string", short: "f" },
        output: { type: "string", short: "o" },
        "fail-on": { type: "string" },
        config: { type: "string", short: "c" },
        profile: { type: "string" },
        "kube-version": { type: "string" },
        exclude: { type: "string", multiple: !0 },
        limit: { type: "string", multiple: !0 },
        "no-gitignore": { type: "boolean" },
        "show-suppressed": { type: "boolean" },
        "sarif-root": { type: "string" },
        "stdin-name": { type: "string" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        context: { type: "string" },
        baseline: { type: "string" },
        "write-baseline": { type: "string" }
      }
    });
  } catch (e) {
    throw new UsageError(e.message);
  }
}
function parseLimits(flags) {
  let limits = {};
  for (let f of flags) {
    let m = /^(\w+)=(-?\d+)$/.exec(f.trim());
    if (!m) throw new UsageError(`--limit takes NAME=INTEGER (${Object.keys(DEFAULT_LIMITS).join(", ")}), got '${f}'`);
    limits[m[1]] = Number(m[2]);
  }
  try {
    return validateConfig({ limits }, "--limit", () => !0).limits ?? {};
  } catch (e) {
    throw new UsageError(e.message);
  }
}
function useColor(io, flags, toFile) {
  return flags["no-color"] ? !1 : flags.color ? !0 : toFile || "NO_COLOR" in io.env && io.env.NO_COLOR !== "" ? !1 : "FORCE_COLOR" in io.env ? io.env.FORCE_COLOR !== "0" && io.env.FORCE_COLOR !== "false" : io.isTTY;
}
async function runAudit(args, io) {
  let { values, positionals } = parseAuditArgs(args), format = values.format ?? "text";
  if (!(format in REPORTERS)) throw new UsageError(`unknown format '${format}' (${Object.keys(REPORTERS).join(", ")})`);
  let failOnFlag = values["fail-on"];
  if (failOnFlag !== void 0 && !LEVELS.includes(failOnFlag))
    throw new UsageError(`--fail-on must be one of ${LEVELS.join(", ")}`);
  let config = loadConfig({ cwd: io.cwd, ...values.config ? { configPath: values.config } : {}, knownRule: isKnownRule });
  if (values.profile) {
    if (!PROFILE_NAMES().includes(values.profile)) throw new UsageError(`unknown profile '${values.profile}' (${PROFILE_NAMES().join(", ")})`);
    config.profile = values.profile;
  }
  if (values["kube-version"] !== void 0) {
    if (!parseVersion(values["kube-version"])) throw new UsageError(`--kube-version must look like v1.35 (got '${values["kube-version"]}')`);
    config.kubeVersion = values["kube-version"];
  }
  values["no-gitignore"] && (config.gitignore = !1), values.limit?.length && (config.limits = { ...config.limits, ...parseLimits(values.limit) });
  let failOn = failOnFlag ?? config.failOn, context = values.context;
  if (context !== void 0 && positionals.length === 0) throw new UsageError("--context DIR needs the files to report on (leastpriv audit --context DIR FILE...)");
  let paths = context !== void 0 ? [context, ...positionals] : positionals.length ? positionals : ["."], reportOnly = context !== void 0 ? new Set(positionals.map((p) => p === "-" ? "-" : displayPath(resolve(io.cwd, p), io.cwd))) : void 0, baseline = values.baseline !== void 0 ? { baseline: readBaseline(io.cwd, values.baseline), label: values.baseline } : void 0;
  for (let p of paths) if (p !== "-" && !existsSync(resolve(io.cwd, p))) throw new UsageError(`no such file or folder: ${p}`);
  let result = audit({
    paths,
    cwd: io.cwd,
    config,
    exclude: values.exclude ?? [],
    ...io.readStdin ? { readStdin: io.readStdin } : {},
    ...values["stdin-name"] ? { stdinName: values["stdin-name"] } : {},
    ...reportOnly ? { reportOnly } : {},
    ...baseline ? { baseline } : {}
  });
  if (values["write-baseline"] !== void 0) {
    let b = makeBaseline(result.findings);
    return writeOrFail(resolve(io.cwd, values["write-baseline"]), serializeBaseline(b), values["write-baseline"]), io.stderr(`leastpriv: wrote ${b.findings.length} findings to the baseline ${values["write-baseline"]}
`), 0;
  }
  let toFile = values.output !== void 0, text = REPORTERS[format](result, {
    color: useColor(io, values, toFile),
    showSuppressed: values["show-suppressed"] ?? !1,
    sarifRoot: resolve(io.cwd, values["sarif-root"] ?? "."),
    cwd: io.cwd,
    toolVersion: VERSION
  });
  return toFile ? writeOrFail(resolve(io.cwd, values.output), text, values.output) : io.stdout(text), exitCodeFor(result, failOn);
}
function writeOrFail(path, text, shown) {
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new UsageError(`cannot write ${shown}: ${e.code ?? e.message}`);
  }
}
function readBaseline(cwd, file) {
  let text;
  try {
    text = readFileSync(resolve(cwd, file), "utf8");
  } catch (e) {
    throw new ConfigError(`baseline ${file}: cannot read: ${e.code ?? e.message}`);
  }
  try {
    return parseBaseline(text);
  } catch (e) {
    throw new ConfigError(`baseline ${file}: ${e.message}`);
  }
}

export {
  REPORTERS,
  parseAuditArgs,
  parseLimits,
  useColor,
  runAudit
};
