import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  REPORTERS,
  REPORT_OPTIONS,
  checkFailOn,
  emitReport,
  writeOrFail
} from "./chunk-FZ5JLQ4G.js";
import "./chunk-LJ4RMCV3.js";
import "./chunk-23YRZK4Z.js";
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
} from "./chunk-W2PKNGCA.js";
import {
  PROFILE_NAMES,
  isKnownRule
} from "./chunk-XGIHCVNQ.js";
import {
  ConfigError,
  DEFAULT_LIMITS,
  loadConfig,
  parseVersion,
  validateConfig
} from "./chunk-XVPLYJFZ.js";
import "./chunk-FMZCO4Y2.js";
import "./chunk-3YYMUT7C.js";

// src/cli/commands/audit.ts
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
function parseAuditArgs(args) {
  try {
    return parseArgs({
      args,
      allowPositionals: !0,
      options: {
        ...REPORT_OPTIONS,
        profile: { type: "string" },
        "kube-version": { type: "string" },
        limit: { type: "string", multiple: !0 },
        "show-suppressed": { type: "boolean" },
        "stdin-name": { type: "string" },
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
async function runAudit(args, io) {
  let { values, positionals } = parseAuditArgs(args), format = values.format ?? "text";
  if (!(format in REPORTERS)) throw new UsageError(`unknown format '${format}' (${Object.keys(REPORTERS).join(", ")})`);
  let failOnFlag = values["fail-on"];
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
  return emitReport(result, format, values, io, values["show-suppressed"] ?? !1), exitCodeFor(result, failOn);
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
  parseAuditArgs,
  parseLimits,
  runAudit
};
