import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  REPORTERS,
  applyRenderFlags,
  checkFailOn,
  checkOutput,
  emitReport,
  writeOrFail
} from "./chunk-SMT67TH4.js";
import {
  UsageError,
  parseCommand
} from "./chunk-KF2SOTX4.js";
import {
  audit,
  auditedNothing,
  emptyRunMessage,
  exitCodeFor,
  makeBaseline,
  parseBaseline,
  serializeBaseline
} from "./chunk-ZHWLV7JO.js";
import "./chunk-6HAW2HBN.js";
import {
  PROFILE_NAMES,
  RULES,
  activeRules,
  findRule,
  isKnownRule,
  profileSettings
} from "./chunk-IODZ2AQT.js";
import {
  discover,
  displayPath
} from "./chunk-RSS6ONCU.js";
import "./chunk-Q5VFHMWF.js";
import "./chunk-BSQQ7CGQ.js";
import "./chunk-23YRZK4Z.js";
import {
  ConfigError,
  DEFAULT_LIMITS,
  loadConfig,
  parseVersion,
  validateConfig
} from "./chunk-ILG67AN3.js";
import "./chunk-FMZCO4Y2.js";
import {
  didYouMean
} from "./chunk-2PPMHZ32.js";
import "./chunk-3YYMUT7C.js";

// src/cli/commands/audit.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
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
async function runAudit(args, io) {
  let { values, positionals } = parseCommand("audit", args), format = values.format ?? "text";
  if (!(format in REPORTERS)) throw new UsageError(`unknown format '${format}' (${Object.keys(REPORTERS).join(", ")})`);
  checkOutput(values.output, "audit");
  let maxWarnings = parseMaxWarnings(values["max-warnings"]), failOnFlag = values["fail-on"];
  checkFailOn(failOnFlag);
  let config = loadConfig({ cwd: io.cwd, ...values.config ? { configPath: values.config } : {}, knownRule: isKnownRule });
  if (values.profile) {
    if (!PROFILE_NAMES().includes(values.profile)) throw new UsageError(`unknown profile '${values.profile}' (${PROFILE_NAMES().join(", ")})`);
    config.profile = values.profile;
  }
  if (values["kube-version"] !== void 0) {
    if (!parseVersion(values["kube-version"])) throw new UsageError(`--kube-version must look like v1.35 (got '${values["kube-version"]}')`);
    config.kubeVersion = values["kube-version"];
  }
  values["no-gitignore"] && (config.gitignore = !1), applyRenderFlags(config, values), values.limit?.length && (config.limits = { ...config.limits, ...parseLimits(values.limit) }), applyRuleFlags(config, values.rule ?? [], values["disable-rule"] ?? []);
  let failOn = failOnFlag ?? config.failOn;
  if (values["print-config"] !== void 0)
    return io.stdout(`${JSON.stringify(effectiveConfig(config, values["print-config"], io.cwd, values.exclude ?? [], failOn), null, 2)}
`), 0;
  let context = values.context;
  if (context !== void 0 && positionals.length === 0) throw new UsageError("--context DIR needs the files to report on (leastpriv audit --context DIR FILE...)");
  let paths = context !== void 0 ? [context, ...positionals] : positionals.length ? positionals : ["."], reportOnly = context !== void 0 ? new Set(positionals.map((p) => p === "-" ? "-" : displayPath(resolve(io.cwd, p), io.cwd))) : void 0, baseline = values.baseline !== void 0 ? { baseline: readBaseline(io.cwd, values.baseline), label: values.baseline } : void 0;
  for (let p of paths) if (p !== "-" && !existsSync(resolve(io.cwd, p))) throw new UsageError(`no such file or folder: ${p}`);
  let fixTypes = parseFixTypes(values), fixing = values.fix || values["fix-dry-run"];
  if (values.fix && values["fix-dry-run"]) throw new UsageError("--fix and --fix-dry-run exclude each other");
  if (!fixing && (values["fix-type"] || values.suggestions)) throw new UsageError("--fix-type and --suggestions go with --fix or --fix-dry-run");
  if (values.fix && paths.includes("-")) throw new UsageError("--fix cannot write to stdin: use --fix-dry-run for a diff");
  if (values.cache && values["no-cache"]) throw new UsageError("--cache and --no-cache exclude each other");
  let cache = (values.cache ?? context !== void 0) && !values["no-cache"] ? await openCacheAt(io, values["cache-location"]) : void 0, renderCache = fixing ? /* @__PURE__ */ new Map() : void 0, run = (overrides) => audit({
    paths,
    cwd: io.cwd,
    config,
    exclude: values.exclude ?? [],
    ...io.readStdin ? { readStdin: io.readStdin } : {},
    ...values["stdin-name"] ? { stdinName: values["stdin-name"] } : {},
    ...reportOnly ? { reportOnly } : {},
    ...baseline ? { baseline } : {},
    ...fixing || EDIT_FORMATS.has(format) ? { fixes: !0 } : {},
    ...format === "html" ? { graph: !0 } : {},
    ...overrides?.size ? { overrides } : {},
    ...renderCache ? { renderCache } : {},
    ...cache ? { cache } : {}
  }), full;
  if (fixing) {
    let { runFixes } = await import("./fix-KZ62Z7QG.js");
    if (full = runFixes(run, fixTypes, { cwd: io.cwd, dryRun: !values.fix, io }), values["fix-dry-run"]) return exitCodeFor(full, failOn);
  } else full = run();
  let result = values.quiet ? errorsOnly(full) : full;
  if (values["write-baseline"] !== void 0) {
    let b = makeBaseline(result.findings);
    return writeOrFail(resolve(io.cwd, values["write-baseline"]), serializeBaseline(b), values["write-baseline"]), io.stderr(`leastpriv: wrote ${b.findings.length} findings to the baseline ${values["write-baseline"]}
`), 0;
  }
  if (emitReport(result, format, values, io, values["show-suppressed"] ?? !1, values.verbose ?? !1), auditedNothing(full) && !values["allow-empty"])
    return io.stderr(`leastpriv: ${emptyRunMessage(full, positionals.length ? positionals : paths)}
`), 2;
  let code = exitCodeFor(result, failOn);
  return code === 0 && maxWarnings >= 0 && result.summary.findings.warning > maxWarnings ? (io.stderr(`leastpriv: too many warnings: ${result.summary.findings.warning} (--max-warnings ${maxWarnings})
`), 1) : code;
}
async function openCacheAt(io, location) {
  let { openCache, DEFAULT_CACHE_LOCATION } = await import("./memo-2NPNGR37.js");
  return openCache(resolve(io.cwd, location ?? DEFAULT_CACHE_LOCATION), (m) => io.stderr(`leastpriv: ${m}
`));
}
var EDIT_FORMATS = /* @__PURE__ */ new Set(["json", "sarif", "html"]);
function parseFixTypes(values) {
  let types = /* @__PURE__ */ new Set();
  for (let t of (values["fix-type"] ?? []).flatMap((x) => x.split(",")).map((x) => x.trim())) {
    if (t !== "fix" && t !== "suggestion") throw new UsageError(`--fix-type takes fix and/or suggestion (got '${t}')`);
    types.add(t);
  }
  return types.size || types.add("fix"), values.suggestions && types.add("suggestion"), types;
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
function parseMaxWarnings(v) {
  if (v === void 0) return -1;
  if (!/^-?\d+$/.test(v.trim()) || Number(v) < -1) throw new UsageError(`--max-warnings takes a whole number (-1 for no limit), got '${v}'`, "audit");
  return Number(v);
}
var SEVERITIES = ["error", "warning", "note", "off"];
function applyRuleFlags(config, only, disabled) {
  let resolveId = (raw, flag) => {
    let rule = findRule(raw);
    if (!rule) {
      let hint = didYouMean(raw, RULES.flatMap((r) => [r.meta.code, r.meta.name]));
      throw new UsageError(`${flag}: no rule '${raw}'${hint ? `; did you mean ${hint}?` : ""} (see 'leastpriv rules')`, "audit");
    }
    return rule;
  };
  if (only.length) {
    let chosen = /* @__PURE__ */ new Map();
    for (let raw of only) {
      let m = /^(.+?)(?::(\w+))?$/.exec(raw.trim()), rule = resolveId(m[1], "--rule");
      if (m[2] !== void 0 && !SEVERITIES.includes(m[2])) throw new UsageError(`--rule ${raw}: severity must be one of ${SEVERITIES.join(", ")}`, "audit");
      chosen.set(rule.meta.code, m[2]);
    }
    let rules = {}, profile = profileSettings(config.profile);
    for (let r of RULES) {
      let configured = config.rules[r.meta.code] ?? config.rules[r.meta.name], want = chosen.get(r.meta.code);
      if (chosen.has(r.meta.code))
        if (want === "off") rules[r.meta.code] = "off";
        else {
          let fromConfig = typeof configured == "string" ? configured : configured?.severity, p = profile[r.meta.code] ?? profile[r.meta.name], fromProfile = typeof p == "string" ? p : p?.severity, severity = want ?? (fromConfig && fromConfig !== "off" ? fromConfig : fromProfile && fromProfile !== "off" ? fromProfile : r.meta.severity);
          rules[r.meta.code] = { ...typeof configured == "object" ? configured : {}, severity };
        }
      else r.meta.category === "input" ? configured !== void 0 && (rules[r.meta.code] = configured) : rules[r.meta.code] = "off";
    }
    config.rules = rules;
  }
  for (let raw of disabled) {
    let rule = resolveId(raw, "--disable-rule");
    for (let id of [rule.meta.code, rule.meta.name]) delete config.rules[id];
    config.rules[rule.meta.code] = "off";
  }
}
function errorsOnly(r) {
  let findings = r.findings.filter((f) => f.severity === "error");
  return {
    ...r,
    findings,
    summary: { ...r.summary, findings: { error: r.summary.findings.error, warning: 0, note: 0 }, suppressed: findings.filter((f) => f.suppressed).length }
  };
}
function effectiveConfig(config, file, cwd, exclude, failOn) {
  let abs = resolve(cwd, file);
  if (!existsSync(abs)) throw new UsageError(`--print-config: no such file or folder: ${file}`, "audit");
  let excludes = [...config.exclude.map((p) => ({ base: config.file ? dirname(config.file) : cwd, pattern: p })), ...exclude.map((p) => ({ base: cwd, pattern: p }))], shown = displayPath(abs, cwd), found = discover([displayPath(dirname(abs), cwd)], { cwd, exclude: excludes, gitignore: config.gitignore }), audited = statSync(abs).isDirectory() || found.files.includes(shown), rules = Object.fromEntries(
    activeRules(config).filter((a) => !a.rule.meta.tags.includes("live")).map((a) => [a.rule.meta.code, { name: a.rule.meta.name, severity: a.severity, ...Object.keys(a.options).length ? { options: a.options } : {} }])
  ), { file: configFile, rules: _settings, ...settings } = config;
  return {
    file: shown,
    audited,
    ...audited ? {} : { reason: "excluded (--exclude, the config's exclude, .gitignore or not a .yaml/.yml/.json file in a folder)" },
    configFile: configFile ? displayPath(configFile, cwd) : null,
    ...settings,
    failOn,
    rules
  };
}
export {
  applyRuleFlags,
  effectiveConfig,
  parseLimits,
  runAudit
};
