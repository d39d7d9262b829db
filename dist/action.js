import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  annotationCommands,
  escData,
  sarifChunks,
  textReporter,
  worstFirst,
  writeChunksToFile
} from "./chunks/chunk-XJYNQJBK.js";
import {
  VERSION
} from "./chunks/chunk-23YRZK4Z.js";
import {
  audit,
  auditedNothing,
  emptyRunMessage,
  exitCodeFor,
  parseBaseline
} from "./chunks/chunk-ELBEVWPM.js";
import {
  PROFILE_NAMES,
  isKnownRule
} from "./chunks/chunk-NWNTZ6XY.js";
import {
  ConfigError,
  loadConfig
} from "./chunks/chunk-XVPLYJFZ.js";
import "./chunks/chunk-FMZCO4Y2.js";
import "./chunks/chunk-3YYMUT7C.js";

// src/action/run.ts
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

// src/action/runner-files.ts
import { appendFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
var STEP_SUMMARY_LIMIT = 1024 * 1024, InputError = class extends Error {
};
function getInput(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function getBooleanInput(env, name, dflt) {
  let v = getInput(env, name);
  if (v === "") return dflt;
  if (["true", "True", "TRUE"].includes(v)) return !0;
  if (["false", "False", "FALSE"].includes(v)) return !1;
  throw new InputError(`input '${name}' must be true or false, not '${v}'`);
}
function getListInput(env, name) {
  return getInput(env, name).split(/\r?\n/).map((s) => s.trim()).filter((s) => s !== "");
}
function outputRecord(name, value) {
  let delimiter = `ghadelimiter_${randomUUID()}`;
  for (; value.includes(delimiter); ) delimiter = `ghadelimiter_${randomUUID()}`;
  return `${name}<<${delimiter}
${value}
${delimiter}
`;
}
function setOutputs(env, outputs) {
  let file = env.GITHUB_OUTPUT;
  file && appendFileSync(file, Object.entries(outputs).map(([k, v]) => outputRecord(k, v)).join(""));
}
function appendSummary(env, markdown) {
  let file = env.GITHUB_STEP_SUMMARY;
  file && appendFileSync(file, markdown);
}
function withoutCommands(text) {
  let token = `leastpriv-${randomUUID()}`;
  return `::stop-commands::${token}
${text}${text.endsWith(`
`) ? "" : `
`}::${token}::
`;
}

// src/action/summary.ts
var SUMMARY_ROWS = 50, MAX_MESSAGE = 400, ICON = { error: "\u{1F534}", warning: "\u{1F7E0}", note: "\u{1F535}" };
function cell(s, max = MAX_MESSAGE) {
  return (s.length > max ? s.slice(0, max - 1) + "\u2026" : s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function blobBase(env) {
  let { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = env;
  return server && repo && sha ? `${server}/${repo}/blob/${sha}/` : void 0;
}
function where(f, base) {
  let label = `${f.file === "-" ? "stdin" : f.file}:${f.region.start.line}`;
  if (!base || f.file === "-" || f.file.startsWith("/")) return `\`${cell(label)}\``;
  let path = f.file.split("/").map(encodeURIComponent).join("/");
  return `[\`${cell(label)}\`](${base}${path}#L${f.region.start.line})`;
}
function summaryMarkdown(result, ctx) {
  let s = result.summary, n = s.findings, total = n.error + n.warning + n.note, out = [], status = ctx.failed ? "\u274C failed" : total ? "\u26A0\uFE0F passed with findings" : "\u2705 passed";
  if (out.push(`## leastpriv: ${status}`, ""), out.push(
    `${["error", "warning", "note"].map((k) => `**${n[k]}** ${k}${n[k] === 1 ? "" : "s"}`).join(", ")} in ${s.objects} objects, ${s.documents} documents, ${s.files} files (fails on: ${ctx.failOn}).` + (s.suppressed ? ` ${s.suppressed} suppressed${ctx.baselineMatched ? `, ${ctx.baselineMatched} of them by the baseline` : ""}.` : ""),
    ""
  ), total) {
    let rows = /* @__PURE__ */ new Map(), uri = new Map(result.rules.map((r) => [r.code, r.helpUri]));
    for (let f of worstFirst(result)) {
      let k = `${f.code} ${f.severity}`, row = rows.get(k);
      row ? row.count++ : rows.set(k, { f, count: 1, uri: uri.get(f.code) });
    }
    out.push("### By rule", "", "| Rule | Severity | Findings |", "|---|---|---:|");
    for (let { f, count, uri: u } of rows.values()) {
      let name = `${f.code} ${f.rule}`;
      out.push(`| ${u ? `[${name}](${u})` : name} | ${ICON[f.severity]} ${f.severity} | ${count} |`);
    }
    out.push("", "### Worst findings", "", "| Severity | Where | Rule | Finding |", "|---|---|---|---|");
    let worst = worstFirst(result);
    for (let f of worst.slice(0, SUMMARY_ROWS))
      out.push(`| ${ICON[f.severity]} ${f.severity} | ${where(f, ctx.blobBase)} | ${f.code} | ${cell(f.message)} |`);
    worst.length > SUMMARY_ROWS && out.push("", `\u2026 and ${worst.length - SUMMARY_ROWS} more: see the SARIF file \`${cell(ctx.sarifFile)}\` or code scanning.`), out.push("");
  }
  return s.skipped.length && out.push(`<details><summary>${s.skipped.length} files skipped</summary>`, "", ...s.skipped.slice(0, 50).map((k) => `- \`${cell(k.file)}\`: ${cell(k.reason)}`), "", "</details>", ""), out.join(`
`) + `
`;
}

// src/action/run.ts
var LEVELS = ["error", "warning", "note", "none"];
function maxSeverity(findings) {
  for (let s of ["error", "warning", "note"]) if (findings.some((f) => !f.suppressed && f.severity === s)) return s;
  return "none";
}
async function runAction(env, write) {
  try {
    let cwd = resolve(env.GITHUB_WORKSPACE || process.cwd()), configInput = getInput(env, "config"), config = loadConfig({ cwd, ...configInput ? { configPath: configInput } : {}, knownRule: isKnownRule }), profile = getInput(env, "profile");
    if (profile) {
      if (!PROFILE_NAMES().includes(profile)) throw new InputError(`input 'profile': unknown profile '${profile}' (${PROFILE_NAMES().join(", ")})`);
      config.profile = profile;
    }
    let failOnInput = getInput(env, "fail-on");
    if (failOnInput && !LEVELS.includes(failOnInput)) throw new InputError(`input 'fail-on' must be one of ${LEVELS.join(", ")}`);
    let failOn = failOnInput || config.failOn, sarifFile = getInput(env, "sarif-file") || "leastpriv.sarif", baselineInput = getInput(env, "baseline"), baseline;
    if (baselineInput)
      try {
        baseline = { baseline: parseBaseline(readFileSync(resolve(cwd, baselineInput), "utf8")), label: baselineInput };
      } catch (e) {
        throw new InputError(`input 'baseline': ${baselineInput}: ${e.code ?? e.message}`);
      }
    let listed = getListInput(env, "paths"), paths = listed.length ? listed : ["."], missing = paths.filter((p) => !existsSync(resolve(cwd, p)));
    if (missing.length) throw new InputError(`input 'paths': no such file or folder in the workspace: ${missing.join(", ")}`);
    let allowEmpty = getBooleanInput(env, "allow-empty", !1), result = audit({ paths, cwd, config, ...baseline ? { baseline } : {} }), empty = auditedNothing(result) && !allowEmpty, failed = exitCodeFor(result, failOn) === 1 || empty, reportOpts = { color: !1, showSuppressed: !1, sarifRoot: cwd, cwd, toolVersion: VERSION }, sarifPath = resolve(cwd, sarifFile);
    if (mkdirSync(dirname(sarifPath), { recursive: !0 }), writeChunksToFile(sarifPath, sarifChunks(result, reportOpts)), getBooleanInput(env, "annotations", !0)) {
      let cmds = annotationCommands(result, "See the job summary, the log or the SARIF file for all of them.");
      cmds.length && write(cmds.join(`
`) + `
`);
    }
    write(withoutCommands(textReporter(result, reportOpts)));
    let baselineMatched = result.findings.filter((f) => f.suppressed?.kind === "baseline").length;
    if (getBooleanInput(env, "summary", !0)) {
      let md = summaryMarkdown(result, { ...blobBase(env) ? { blobBase: blobBase(env) } : {}, failOn, failed, sarifFile, baselineMatched });
      Buffer.byteLength(md) > STEP_SUMMARY_LIMIT / 2 && (md = md.slice(0, STEP_SUMMARY_LIMIT / 8) + `

\u2026 summary cut: see the log or the SARIF file.
`), appendSummary(env, md);
    }
    let unsuppressed = result.findings.filter((f) => !f.suppressed);
    if (setOutputs(env, { "sarif-file": sarifFile, findings: String(unsuppressed.length), "max-severity": maxSeverity(result.findings) }), empty)
      return write(`::error title=leastpriv::${escData(`leastpriv: ${emptyRunMessage(result, paths).replace("pass --allow-empty", "set the input 'allow-empty: true'")}`)}
`), 1;
    if (failed) {
      let atOrAbove = unsuppressed.length;
      return write(`leastpriv: failing the step: findings at or above '${failOn}' (${atOrAbove} unsuppressed findings in all).
`), 1;
    }
    return 0;
  } catch (e) {
    let msg = e instanceof InputError || e instanceof ConfigError ? e.message : e instanceof Error ? e.stack ?? e.message : String(e), kind = e instanceof ConfigError ? "config error: " : e instanceof InputError ? "" : "internal error: ";
    return write(`::error title=leastpriv::${escData(`leastpriv: ${kind}${msg}`)}
`), 1;
  }
}

// src/action/main.ts
runAction(process.env, (s) => {
  process.stdout.write(s);
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stdout.write(`::error title=leastpriv::${escData(`internal error: ${e instanceof Error ? e.message : String(e)}`)}
`), process.exitCode = 1;
  }
);
