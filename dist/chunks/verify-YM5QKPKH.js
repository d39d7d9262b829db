import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  REPORTERS,
  applyRenderFlags,
  checkFailOn,
  checkOutput,
  emitReport
} from "./chunk-SMT67TH4.js";
import {
  UsageError,
  parseCommand
} from "./chunk-KF2SOTX4.js";
import {
  exitCodeFor
} from "./chunk-ZHWLV7JO.js";
import "./chunk-6HAW2HBN.js";
import {
  isKnownRule
} from "./chunk-IODZ2AQT.js";
import "./chunk-RSS6ONCU.js";
import "./chunk-Q5VFHMWF.js";
import "./chunk-BSQQ7CGQ.js";
import "./chunk-23YRZK4Z.js";
import {
  loadConfig
} from "./chunk-ILG67AN3.js";
import "./chunk-FMZCO4Y2.js";
import "./chunk-2PPMHZ32.js";
import "./chunk-3YYMUT7C.js";

// src/cli/commands/verify.ts
import { resolve } from "node:path";
function parseDuration(text) {
  let m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text.trim());
  if (!m) throw new UsageError(`--timeout must look like 30s, 500ms or 2m, not '${text}'`);
  let n = Number(m[1]), ms = m[2] === "ms" ? n : m[2] === "m" ? n * 6e4 : n * 1e3;
  if (ms <= 0 || ms > 36e5) throw new UsageError("--timeout must be between 1ms and 60m");
  return ms;
}
async function runVerify(args, io) {
  let { values, positionals } = parseCommand("verify", args), format = values.format ?? "text";
  if (!(format in REPORTERS)) throw new UsageError(`unknown format '${format}' (text, json, sarif, github)`);
  checkOutput(values.output, "verify");
  let failOnFlag = values["fail-on"];
  checkFailOn(failOnFlag);
  let concurrency = values.concurrency === void 0 ? 4 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new UsageError("--concurrency must be a whole number from 1 to 64");
  if (values["as-group"]?.length && !values.as) throw new UsageError("--as-group needs --as");
  let config = loadConfig({ cwd: io.cwd, ...values.config ? { configPath: values.config } : {}, knownRule: isKnownRule });
  values["no-gitignore"] && (config.gitignore = !1), applyRenderFlags(config, values);
  let failOn = failOnFlag ?? config.failOn, { verify, describePlan } = await import("./verify-CFOFUIM6.js"), { CatalogError } = await import("./catalog-CFPHUH63.js"), result;
  try {
    result = await verify({
      paths: positionals.length ? positionals : ["."],
      cwd: io.cwd,
      config,
      exclude: values.exclude ?? [],
      env: io.env,
      ...values.kubeconfig ? { kubeconfig: resolve(io.cwd, values.kubeconfig) } : {},
      ...values.context ? { context: values.context } : {},
      ...values.as ? { asUser: values.as, asGroups: values["as-group"] ?? [] } : {},
      probeFiles: (values.probes ?? []).map((p) => resolve(io.cwd, p)),
      timeoutMs: values.timeout ? parseDuration(values.timeout) : 3e4,
      concurrency,
      dryRun: values["dry-run"] ?? !1,
      noExec: values["no-exec"] ?? !1
    });
  } catch (e) {
    throw e instanceof CatalogError ? new UsageError(e.message) : e;
  }
  if (values["dry-run"]) {
    let lines = describePlan(result.plan);
    return io.stdout(`leastpriv verify --dry-run: ${lines.length} request(s), nothing sent
${lines.join(`
`)}
`), 0;
  }
  return emitReport(result, format, values, io, !1), format === "text" && io.stderr(verifySummary(result.stats, result.plan.noExec)), result.unreachable ? 2 : exitCodeFor(result, failOn);
}
function verifySummary(s, noExec) {
  let p = s.probes;
  return `${[
    `verify: ${s.server ?? "no cluster"}${s.serverVersion ? ` (${s.serverVersion})` : ""}: ${s.reviews} access review(s)${s.reviewMode ? ` (${s.reviewMode})` : ""}, ${s.capabilityChecks} capability check(s), ${s.objectsCompared} object(s) compared`,
    noExec ? "exec: not verified (--no-exec): no exec session was opened" : `exec/attach access: ${s.execAccess.checks} identity/namespace check(s), ${s.execAccess.proven} proven, ${s.execAccess.refused} refused`,
    `probes: ${p.total} in the catalogs, ${p.ran} ran, ${p.matchedNothing} matched nothing, ${p.passed} passed, ${p.failed} failed${p.notRun ? `, ${p.notRun} not run` : ""}`,
    ...s.proofs.map((x) => `  ${x.subresource} proven: ${x.identity} in pod ${x.namespace}/${x.pod} (${x.outcome})`),
    ...s.unverified.map((u) => `  not verified: ${u.what}: ${u.why}`)
  ].join(`
`)}
`;
}
export {
  parseDuration,
  runVerify,
  verifySummary
};
