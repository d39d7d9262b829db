import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  toMermaid
} from "./chunks/chunk-Y56E5YQL.js";
import {
  audit,
  auditedNothing,
  emptyRunMessage,
  exitCodeFor,
  parseBaseline
} from "./chunks/chunk-ZHWLV7JO.js";
import {
  annotationCommands,
  changeText,
  countsText,
  escData,
  notChecked,
  plural,
  safeText,
  sarifChunks,
  textReporter,
  worstFirst,
  writeChunksToFile
} from "./chunks/chunk-6HAW2HBN.js";
import {
  PROFILE_NAMES,
  firstPaths,
  isKnownRule
} from "./chunks/chunk-IODZ2AQT.js";
import "./chunks/chunk-RSS6ONCU.js";
import "./chunks/chunk-Q5VFHMWF.js";
import "./chunks/chunk-BSQQ7CGQ.js";
import {
  VERSION
} from "./chunks/chunk-23YRZK4Z.js";
import {
  CONFIG_NAMES,
  ConfigError,
  configFromText,
  defaults,
  loadConfig
} from "./chunks/chunk-ILG67AN3.js";
import "./chunks/chunk-FMZCO4Y2.js";
import "./chunks/chunk-2PPMHZ32.js";
import "./chunks/chunk-3YYMUT7C.js";

// src/action/run.ts
import { existsSync as existsSync2, mkdirSync, readFileSync as readFileSync3 } from "node:fs";
import { dirname, relative as relative2, resolve as resolve2 } from "node:path";

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

// src/action/summary-graph.ts
var MAX_PATHS = 12, MAX_DIAGRAM = 4e4;
function attackPathsMarkdown(graph) {
  if (!graph || !graph.paths.length) return [];
  let max = MAX_PATHS, cut = firstPaths(graph, max), diagram = toMermaid(cut.graph);
  for (; diagram.length > MAX_DIAGRAM && max > 1; )
    max = Math.max(1, Math.floor(max / 2)), cut = firstPaths(graph, max), diagram = toMermaid(cut.graph);
  if (diagram.length > MAX_DIAGRAM) return [];
  let n = graph.paths.length;
  return [
    "### Attack paths",
    "",
    `${n} chain${n === 1 ? "" : "s"} from a subject to root on a node (exec into a workload that reaches the node, or a permission that reaches it by itself):`,
    "",
    "```mermaid",
    diagram.trimEnd(),
    "```",
    "",
    ...cut.omitted ? [`\u2026 and ${cut.omitted} more: \`leastpriv graph --attack-paths\` draws them all.`, ""] : []
  ];
}

// src/action/summary.ts
var SUMMARY_ROWS = 50, MAX_MESSAGE = 400, ICON = { error: "\u{1F534}", warning: "\u{1F7E0}", note: "\u{1F535}" };
function md(s, max = MAX_MESSAGE) {
  let t = s.length > max ? s.slice(0, max - 1) + "\u2026" : s;
  return safeText(t).replace(/[!-/:-@[-`{-~]/g, "\\$&");
}
function mdCode(s, max = MAX_MESSAGE, inTable = !0) {
  let safe = safeText(s.length > max ? s.slice(0, max - 1) + "\u2026" : s), t = inTable ? safe.replace(/\|/g, "\\|") : safe;
  if (t.trim() === "") return md(s, max);
  let longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length)), fence2 = "`".repeat(longest + 1), pad = t.startsWith("`") || t.endsWith("`") || t.startsWith(" ") && t.endsWith(" ") ? " " : "";
  return `${fence2}${pad}${t}${pad}${fence2}`;
}
var urlPath = (file) => file.split("/").map((p) => encodeURIComponent(p).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
function blobBase(env) {
  let { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = env;
  return server && repo && sha ? `${server}/${repo}/blob/${sha}/` : void 0;
}
function where(file, line, base, inTable = !0) {
  let label = mdCode(`${file === "-" ? "stdin" : file}:${line}`, MAX_MESSAGE, inTable);
  return !base || file === "-" || file.startsWith("/") || line < 1 ? label : `[${label}](${base}${urlPath(file)}#L${line})`;
}
function mdMessage(message, max = MAX_MESSAGE) {
  let t = message.length > max ? message.slice(0, max - 1) + "\u2026" : message, parts = t.split("`");
  return parts.length % 2 === 0 ? md(t, 1 / 0) : parts.map((p, i) => i % 2 === 0 ? md(p, 1 / 0) : mdCode(p, 1 / 0)).join("");
}
var LISTED = 50;
function summaryMarkdown(result, ctx) {
  let s = result.summary, n = s.findings, total = n.error + n.warning + n.note, out = [], status = ctx.failed ? "\u274C failed" : total ? "\u26A0\uFE0F passed with findings" : "\u2705 passed";
  if (out.push(`## leastpriv: ${status}`, ""), out.push(
    `${["error", "warning", "note"].map((k) => `**${n[k]}** ${k}${n[k] === 1 ? "" : "s"}`).join(", ")} in ${plural(s.objects, "object")}, ${plural(s.documents, "document")}, ${plural(s.files, "file")} (fails on: ${md(ctx.failOn)}${ctx.failOn === "none" ? ": this step never fails" : ""}).` + (s.suppressed ? ` ${s.suppressed} suppressed${ctx.baselineMatched ? `, ${ctx.baselineMatched} of them by the baseline` : ""}.` : ""),
    ""
  ), ctx.configNote && out.push(md(ctx.configNote, 1 / 0), ""), out.push(...attackPathsMarkdown(result.graph)), total) {
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
      out.push(`| ${ICON[f.severity]} ${f.severity} | ${where(f.file, f.region.start.line, ctx.blobBase)} | ${f.code} | ${mdMessage(f.message)} |`);
    worst.length > SUMMARY_ROWS && out.push("", `\u2026 and ${worst.length - SUMMARY_ROWS} more: see the SARIF file ${mdCode(ctx.sarifFile, MAX_MESSAGE, !1)} or code scanning.`), out.push("");
  }
  if (result.justifications.length) {
    let js = result.justifications;
    out.push(`<details><summary>${plural(js.length, "justified privilege")}</summary>`, "", "| Where | Object | Privilege | Reason |", "|---|---|---|---|");
    for (let j of js.slice(0, LISTED)) out.push(`| ${where(j.file, j.region.start.line, ctx.blobBase)} | ${md(j.object)} | ${md(j.privilege)} | ${md(j.reason)} |`);
    js.length > LISTED && out.push("", `\u2026 and ${js.length - LISTED} more: see the log.`), out.push("", "</details>", "");
  }
  return out.push(...notCheckedMarkdown(result, ctx)), out.join(`
`) + `
`;
}
function notCheckedMarkdown(result, ctx) {
  let gaps = notChecked(result), s = result.summary, lines = [], item = (text) => {
    lines.push(`- ${text}`);
  };
  if (gaps) {
    if (gaps.byProfile.length && item(`profile ${md(gaps.profile)}: ${plural(gaps.byProfile.length, "rule")} off or downgraded against the default profile: ${gaps.byProfile.slice(0, LISTED).map((r) => `${r.code} ${r.name} (${md(changeText(r))})`).join(", ")}${gaps.byProfile.length > LISTED ? ", \u2026" : ""}`), gaps.byRules.length) {
      item(`${plural(gaps.byRules.length, "rule")} turned off, downgraded or given other options by \`rules\`${gaps.configFile ? ` in ${mdCode(ctx.configLabel ?? gaps.configFile, MAX_MESSAGE, !1)}` : ""}:`);
      for (let r of gaps.byRules) lines.push(`  - ${r.code} ${r.name}: ${md(changeText(r))}`);
    }
    if (gaps.exclude.length && item(`excluded paths: ${gaps.exclude.map((p) => mdCode(p, MAX_MESSAGE, !1)).join(", ")}`), gaps.suppressions.total) {
      item(`${plural(gaps.suppressions.total, "finding")} suppressed (${countsText(gaps.suppressions)}):`);
      for (let x of gaps.suppressed.slice(0, LISTED)) lines.push(`  - ${where(x.file, x.line, ctx.blobBase, !1)} ${x.code} ${x.rule}, by ${x.kind}: ${md(x.reason)}`);
      gaps.suppressed.length > LISTED && lines.push(`  - \u2026 and ${gaps.suppressed.length - LISTED} more: see the SARIF file ${mdCode(ctx.sarifFile, MAX_MESSAGE, !1)}.`);
    }
  }
  if (s.skipped.length) {
    item(`${plural(s.skipped.length, "file")} skipped:`);
    for (let k of s.skipped.slice(0, LISTED)) lines.push(`  - ${mdCode(k.file, MAX_MESSAGE, !1)}: ${md(k.reason)}`);
    s.skipped.length > LISTED && lines.push(`  - \u2026 and ${s.skipped.length - LISTED} more: see the log.`);
  }
  return s.nonKubernetes && item(`${plural(s.nonKubernetes, "file")} held no Kubernetes objects (values, kustomization, CI files)`), lines.length ? ["### Not checked in this run", "", ...lines, ""] : [];
}

// src/action/pr-suggestions.ts
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
function prTarget(env, token) {
  let path = env.GITHUB_EVENT_PATH;
  if (!path) return { skip: "no event payload (GITHUB_EVENT_PATH)" };
  let event;
  try {
    event = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    return { skip: `cannot read the event payload: ${e.message}` };
  }
  let pr = event?.pull_request;
  if (!pr || typeof pr.number != "number") return { skip: `the ${env.GITHUB_EVENT_NAME ?? ""} event has no pull request`.replace("  ", " ") };
  let head = pr.head?.repo?.full_name, base = pr.base?.repo?.full_name ?? env.GITHUB_REPOSITORY;
  return !head || head !== base || pr.head?.repo?.fork === !0 ? { skip: "the pull request comes from a fork, whose token cannot write review comments" } : token ? { api: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/$/, ""), token, repo: base, pull: pr.number, headSha: pr.head.sha } : { skip: "no token: set the input 'github-token' (the default is the workflow's token)" };
}
function fence(text) {
  let n = 3;
  for (let m of text.matchAll(/`{3,}/g)) n = Math.max(n, m[0].length + 1);
  return "`".repeat(n);
}
function suggestionLines(text, e) {
  if (e.range[1] > e.range[0] && text[e.range[1] - 1] === `
` && e.region.end.line > e.region.start.line) {
    let lineStart2 = text.lastIndexOf(`
`, e.range[0] - 1) + 1, after2 = (text.slice(lineStart2, e.range[0]) + e.text).replace(/\r/g, "").replace(/\n$/, "");
    return { startLine: e.region.start.line, endLine: e.region.end.line - 1, after: after2, ...after2 === "" ? { removes: !0 } : {} };
  }
  let lineStart = text.lastIndexOf(`
`, e.range[0] - 1) + 1, lineEnd = text.indexOf(`
`, e.range[1]);
  lineEnd === -1 && (lineEnd = text.length);
  let after = (text.slice(lineStart, e.range[0]) + e.text + text.slice(e.range[1], lineEnd)).replace(/\r/g, "");
  return { startLine: e.region.start.line, endLine: e.region.end.line, after };
}
function reviewComments(result) {
  let out = [];
  for (let f of result.findings) {
    if (f.suppressed) continue;
    let chosen = f.fix ? { kind: "Fix", x: f.fix } : f.suggestions?.[0] ? { kind: "Suggestion", x: f.suggestions[0] } : void 0;
    if (chosen)
      for (let e of chosen.x.edits) {
        let text = result.sources.get(e.file)?.text;
        if (!text || e.file === "-" || e.file.startsWith("/")) continue;
        let s = suggestionLines(text, e), marker = `leastpriv-suggestion:${createHash("sha256").update(`${f.fingerprint}\0${e.file}\0${e.range.join(",")}\0${e.text}`).digest("hex").slice(0, 24)}`, block = fence(s.after);
        out.push({
          path: e.file,
          line: s.endLine,
          ...s.startLine !== s.endLine ? { startLine: s.startLine } : {},
          marker,
          body: [`**leastpriv ${f.code} ${f.rule}** (${f.severity}) \u2014 ${chosen.kind.toLowerCase()}: ${chosen.x.description}`, "", `${block}suggestion`, ...s.removes ? [] : [s.after], block, "", summaryOf(f), "", `<!-- ${marker} -->`].join(`
`)
        });
      }
  }
  return out;
}
function summaryOf(f) {
  return `<sub>${(f.message.length > 600 ? f.message.slice(0, 599) + "\u2026" : f.message).replace(/[<>&]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;" })[c])}</sub>`;
}
function diffLines(patch) {
  let out = /* @__PURE__ */ new Set();
  if (!patch) return out;
  let line = 0;
  for (let l of patch.split(`
`)) {
    let h = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(l);
    if (h) {
      line = Number(h[1]);
      continue;
    }
    line && (l.startsWith("-") || l.startsWith("\\") || out.add(line++));
  }
  return out;
}
async function api(t, fetchImpl, method, path, body) {
  let res = await fetchImpl(`${t.api}/repos/${t.repo}/pulls/${t.pull}/${path}`, {
    method,
    headers: { authorization: `Bearer ${t.token}`, accept: "application/vnd.github+json", "x-github-api-version": "2022-11-28", "user-agent": "leastpriv", ...body ? { "content-type": "application/json" } : {} },
    ...body ? { body: JSON.stringify(body) } : {}
  });
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`);
  return res.json();
}
async function all(t, fetchImpl, path) {
  let out = [];
  for (let page = 1; page <= 30; page++) {
    let items = await api(t, fetchImpl, "GET", `${path}?per_page=100&page=${page}`);
    if (!Array.isArray(items) || (out.push(...items), items.length < 100)) break;
  }
  return out;
}
async function postSuggestions(t, comments, max, fetchImpl = fetch) {
  let files = await all(t, fetchImpl, "files"), lines = new Map(files.map((f) => [String(f.filename), diffLines(f.patch)])), existing = await all(t, fetchImpl, "comments"), seen = new Set(existing.flatMap((c) => [...String(c.body ?? "").matchAll(/<!-- (leastpriv-suggestion:[0-9a-f]+) -->/g)].map((m) => m[1]))), r = { posted: 0, already: 0, outsideDiff: 0, overLimit: 0 };
  for (let c of comments) {
    if (seen.has(c.marker)) {
      r.already++;
      continue;
    }
    let onDiff = lines.get(c.path), needed = Array.from({ length: c.line - (c.startLine ?? c.line) + 1 }, (_, i) => (c.startLine ?? c.line) + i);
    if (!onDiff || !needed.every((l) => onDiff.has(l))) {
      r.outsideDiff++;
      continue;
    }
    if (r.posted >= max) {
      r.overLimit++;
      continue;
    }
    await api(t, fetchImpl, "POST", "comments", {
      body: c.body,
      commit_id: t.headSha,
      path: c.path,
      line: c.line,
      side: "RIGHT",
      ...c.startLine !== void 0 ? { start_line: c.startLine, start_side: "RIGHT" } : {}
    }), seen.add(c.marker), r.posted++;
  }
  return r;
}

// src/action/base-config.ts
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync as readFileSync2 } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
function configFromInput(v) {
  if (v === "" || v === "workspace") return "workspace";
  if (v === "base") return "base";
  throw new InputError(`input 'config-from' must be workspace or base, not '${v}'`);
}
var SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function baseSha(env) {
  let event = env.GITHUB_EVENT_NAME ?? "unknown", file = env.GITHUB_EVENT_PATH;
  if (!file || !existsSync(file)) return { event };
  let payload;
  try {
    payload = JSON.parse(readFileSync2(file, "utf8"));
  } catch (e) {
    throw new InputError(`config-from: base: cannot read the event payload ${file}: ${e.message}`);
  }
  let sha = payload.pull_request?.base?.sha ?? payload.merge_group?.base_sha;
  if (sha === void 0) return { event };
  if (typeof sha != "string" || !SHA.test(sha)) throw new InputError(`config-from: base: the event's base commit is not a commit id: ${JSON.stringify(sha)}`);
  return { sha, event };
}
function git(cwd, args) {
  try {
    return { ok: !0, out: execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 67108864 }), err: "" };
  } catch (e) {
    let x = e;
    return { ok: !1, out: "", err: (x.stderr || x.code || x.message).toString().trim() };
  }
}
function repoPath(cwd, top, p) {
  let rel = relative(top, resolve(cwd, p)).split("\\").join("/");
  if (rel.startsWith("..") || isAbsolute(rel)) throw new InputError(`config-from: base: ${p} is outside the repository`);
  return rel;
}
function ensureCommit(cwd, sha) {
  if (git(cwd, ["cat-file", "-e", `${sha}^{commit}`]).ok) return;
  let fetched = git(cwd, ["fetch", "--no-tags", "--depth=1", "origin", sha]);
  if (!fetched.ok || !git(cwd, ["cat-file", "-e", `${sha}^{commit}`]).ok)
    throw new InputError(`config-from: base: the base commit ${sha} is not in the clone and could not be fetched (${fetched.err.split(`
`)[0] || "not found"}); check out with fetch-depth: 0, or fetch it before this step`);
}
function showAt(cwd, sha, path) {
  if (!git(cwd, ["cat-file", "-e", `${sha}:${path}`]).ok) return;
  let r = git(cwd, ["show", `${sha}:${path}`]);
  if (!r.ok) throw new InputError(`config-from: base: cannot read ${path} at ${sha}: ${r.err}`);
  return r.out;
}
function baseConfig(env, cwd, configInput, knownRule) {
  let { sha, event } = baseSha(env);
  if (!sha)
    return { note: `config-from: base: this ${event} event has no base commit, so the checked-out config is used.` };
  let topR = git(cwd, ["rev-parse", "--show-toplevel"]);
  if (!topR.ok) throw new InputError(`config-from: base: the workspace is not a git clone (${topR.err.split(`
`)[0]})`);
  let top = topR.out.trim();
  ensureCommit(cwd, sha);
  let short = sha.slice(0, 12), path, text;
  if (configInput)
    path = repoPath(cwd, top, configInput), text = showAt(cwd, sha, path);
  else {
    let dir = repoPath(cwd, top, ".");
    for (; ; ) {
      for (let n of CONFIG_NAMES) {
        let p = dir === "" ? n : `${dir}/${n}`;
        if (text = showAt(cwd, sha, p), text !== void 0) {
          path = p;
          break;
        }
      }
      if (text !== void 0 || dir === "") break;
      dir = dir.includes("/") ? dir.slice(0, dir.lastIndexOf("/")) : "";
    }
  }
  let readAtBase = (p) => showAt(cwd, sha, repoPath(cwd, top, p));
  if (text === void 0)
    return {
      config: defaults(),
      note: `Config read from the base commit ${short} (config-from: base): it has no ${configInput || CONFIG_NAMES.join(" or ")}, so the defaults are used${changedNote(top, configInput ? repoPath(cwd, top, configInput) : void 0, void 0)}.`,
      readAtBase
    };
  let label = `${path} at ${short}`;
  return {
    config: configFromText(text, resolve(top, path), knownRule, label),
    note: `Config read from the base commit ${short} (${path}, config-from: base), not from this pull request${changedNote(top, path, text)}.`,
    label: path,
    readAtBase
  };
}
function changedNote(top, path, baseText) {
  let candidates = path ? [path] : CONFIG_NAMES;
  for (let p of candidates) {
    let abs = resolve(top, p), here = existsSync(abs) ? readFileSync2(abs, "utf8") : void 0;
    if (here !== baseText && (here !== void 0 || baseText !== void 0))
      return `; this pull request ${here === void 0 ? "removes" : baseText === void 0 ? "adds" : "changes"} ${p}, which takes effect once merged`;
  }
  return "";
}

// src/action/run.ts
var LEVELS = ["error", "warning", "note", "none"];
function maxSeverity(findings) {
  for (let s of ["error", "warning", "note"]) if (findings.some((f) => !f.suppressed && f.severity === s)) return s;
  return "none";
}
async function prSuggestions(env, result, write) {
  let maxInput = getInput(env, "pr-suggestions-max") || "10";
  if (!/^\d+$/.test(maxInput)) throw new InputError(`input 'pr-suggestions-max' must be a whole number, not '${maxInput}'`);
  let target = prTarget(env, getInput(env, "github-token"));
  if ("skip" in target) {
    write(`::notice title=leastpriv::${escData(`pr-suggestions skipped: ${target.skip}`)}
`);
    return;
  }
  try {
    let r = await postSuggestions(target, reviewComments(result), Number(maxInput));
    write(`leastpriv: pr-suggestions: ${r.posted} posted, ${r.already} already on the pull request, ${r.outsideDiff} outside its diff, ${r.overLimit} over the limit of ${maxInput}
`);
  } catch (e) {
    write(`::warning title=leastpriv::${escData(`pr-suggestions: ${e.message}`)}
`);
  }
}
async function runAction(env, write) {
  try {
    let cwd = resolve2(env.GITHUB_WORKSPACE || process.cwd()), configInput = getInput(env, "config"), fromBase = configFromInput(getInput(env, "config-from")) === "base" ? baseConfig(env, cwd, configInput, isKnownRule) : void 0, config = fromBase?.config ?? loadConfig({ cwd, ...configInput ? { configPath: configInput } : {}, knownRule: isKnownRule });
    fromBase && write(`leastpriv: ${fromBase.note}
`);
    let profile = getInput(env, "profile");
    if (profile) {
      if (!PROFILE_NAMES().includes(profile)) throw new InputError(`input 'profile': unknown profile '${profile}' (${PROFILE_NAMES().join(", ")})`);
      config.profile = profile;
    }
    let failOnInput = getInput(env, "fail-on");
    if (failOnInput && !LEVELS.includes(failOnInput)) throw new InputError(`input 'fail-on' must be one of ${LEVELS.join(", ")}`);
    let failOn = failOnInput || config.failOn, sarifFile = getInput(env, "sarif-file") || "leastpriv.sarif", baselineInput = getInput(env, "baseline"), baseline;
    if (baselineInput)
      try {
        let text = fromBase?.readAtBase ? fromBase.readAtBase(baselineInput) : readFileSync3(resolve2(cwd, baselineInput), "utf8");
        text !== void 0 && (baseline = { baseline: parseBaseline(text), label: fromBase?.readAtBase ? `${baselineInput} (base commit)` : baselineInput });
      } catch (e) {
        throw new InputError(`input 'baseline': ${baselineInput}: ${e.code ?? e.message}`);
      }
    let listed = getListInput(env, "paths"), paths = listed.length ? listed : ["."], missing = paths.filter((p) => !existsSync2(resolve2(cwd, p)));
    if (missing.length) throw new InputError(`input 'paths': no such file or folder in the workspace: ${missing.join(", ")}`);
    let allowEmpty = getBooleanInput(env, "allow-empty", !1), result = audit({ paths, cwd, config, ...baseline ? { baseline } : {}, fixes: !0, graph: getBooleanInput(env, "summary", !0) }), empty = auditedNothing(result) && !allowEmpty, failed = exitCodeFor(result, failOn) === 1 || empty, reportOpts = { color: !1, showSuppressed: !1, sarifRoot: cwd, cwd, toolVersion: VERSION }, sarifPath = resolve2(cwd, sarifFile);
    if (mkdirSync(dirname(sarifPath), { recursive: !0 }), writeChunksToFile(sarifPath, sarifChunks(result, reportOpts)), getBooleanInput(env, "annotations", !0)) {
      let cmds = annotationCommands(result, "See the job summary, the log or the SARIF file for all of them.");
      cmds.length && write(cmds.join(`
`) + `
`);
    }
    write(withoutCommands(textReporter(result, reportOpts)));
    let baselineMatched = result.findings.filter((f) => f.suppressed?.kind === "baseline").length;
    if (getBooleanInput(env, "summary", !0)) {
      let configLabel = fromBase?.label ?? (config.file ? relative2(cwd, config.file) || config.file : void 0), md2 = summaryMarkdown(result, {
        ...blobBase(env) ? { blobBase: blobBase(env) } : {},
        failOn,
        failed,
        sarifFile,
        baselineMatched,
        ...fromBase ? { configNote: fromBase.note } : {},
        ...configLabel ? { configLabel } : {}
      });
      Buffer.byteLength(md2) > STEP_SUMMARY_LIMIT / 2 && (md2 = md2.slice(0, STEP_SUMMARY_LIMIT / 8) + `

\u2026 summary cut: see the log or the SARIF file.
`), appendSummary(env, md2);
    }
    getBooleanInput(env, "pr-suggestions", !1) && await prSuggestions(env, result, write);
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
