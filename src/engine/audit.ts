/**
 * `audit()`: the one API that the CLI, the GitHub Action and the tests call.
 * inputs → read → parse → shape check → per-object rules (objects outside the model) → model →
 * cross-object rules → per-object rules (the model's objects) → positions → suppressions → sorted
 * findings.
 *
 * Files are audited as they are read. Objects outside the model (neither RBAC nor carrying pods:
 * CRDs, ConfigMaps, Services…) are checked by the per-object rules at once and then dropped, and so
 * is the text of a file that nothing later reads (no object in the model, no finding, no
 * suppression): what a run holds is the model, the findings and the text they point into, not every
 * byte of the repository (bench/RESULTS.md, finding 9).
 *
 * The stages are the methods of one run (AuditRun, src/engine/audit-run.ts), called in order by
 * auditFully below; this file keeps the API around them: the result cache, the `--context`
 * counterfactuals, the report order, exit codes.
 */
import type { ParsedFile } from '../input/parse.ts';
import type { Config } from '../config/types.ts';
import { fingerprint } from './fingerprint.ts';
import { applyBaseline, type Baseline } from './baseline.ts';
import type { AuditResult, Finding, Region, Severity } from './types.ts';
import { SEVERITY_RANK } from './types.ts';
import type { PssReport } from '../pss/report.ts';
import type { AccessGraph } from '../graph/build.ts';
import type { Coverage } from './coverage.ts';
import type { RenderedCopy } from '../render/index.ts';
import type { Discovered } from '../input/discover.ts';
import type { AuditCache } from '../cache/types.ts';
import { AuditRun, byPosition } from './audit-run.ts';
export { foldRootCauses } from './audit-run.ts';

export { eachFile, loadObjects, type InputFile, type LoadedObjects } from './load.ts';

export interface AuditInput {
  /** Files and folders; '-' for stdin. */
  paths?: string[];
  /** In-memory sources (tests, editors): audited as if read from these paths. */
  sources?: { path: string; text: string }[];
  cwd?: string;
  config?: Config;
  /** Extra exclude patterns (gitignore syntax, relative to cwd), e.g. from --exclude. */
  exclude?: string[];
  /** Reads standard input, at most `max + 1` bytes (src/input/read.ts, readBounded). */
  readStdin?: (max: number) => Uint8Array;
  /** Path that findings in stdin are reported under (e.g. the file it was rendered from); default '-'. */
  stdinName?: string;
  /**
   * Report the findings in these files, and the findings elsewhere whose cause involves them: those
   * that go away when these files are left out (a new privileged DaemonSet makes an existing binding
   * an attack path; a RoleBinding re-pointed to another Role). Those carry `involves`. The other
   * files are read as context (RBAC answers need every Role and binding).
   */
  reportOnly?: Set<string>;
  /** Files (as discovered, relative to cwd) not to read: the counterfactual run of `reportOnly`. */
  omit?: ReadonlySet<string>;
  /**
   * Parsed files to reuse across runs over the same inputs (several profiles over one corpus): a file
   * whose text is unchanged is not parsed again. Filled as files are parsed.
   */
  parseCache?: Map<string, ParsedFile>;
  /** Render kustomizations and Flux Kustomizations (default: the config's `render`, true). */
  render?: boolean;
  /** kustomize to run (default: the config's `kustomizeCommand`, `kubectl`). */
  kustomizeCommand?: string;
  /** Findings recorded here are suppressed (kind `baseline`): only new findings count. */
  baseline?: { baseline: Baseline; label: string };
  /**
   * Turn the fixes and suggestions rules offer into text edits (Finding.fix / .suggestions): for
   * --fix and the JSON, SARIF and HTML reports. Off by default: it parses each file with a fix again.
   */
  fixes?: boolean;
  /** Build the access graph (src/graph/build.ts) for reports that draw it: the Action's summary, HTML. */
  graph?: boolean;
  /** Texts that replace files' contents as read (by display path): `--fix` passes after the first. */
  overrides?: Map<string, string>;
  /** Renders of roots read from disk, reused by the later runs of one `--fix` (src/render RenderSettings.cache). */
  renderCache?: Map<string, RenderedCopy>;
  /** `paths` as already discovered (the cache discovers them first): not discovered again. */
  discovered?: Discovered;
  /**
   * The bytes of a discovered file (as discovered, relative to cwd) as the cache read them to make
   * the run's key (src/cache/memo.ts): the input stage decodes these instead of reading the file
   * again, so the run audits exactly the bytes its key was made from. Undefined: read the file.
   */
  readBytes?: (file: string) => Uint8Array | undefined;
  /** Results cached on disk (src/cache): a run over the same inputs is not computed again. */
  cache?: AuditCache;
  /**
   * The counterfactual runs of `reportOnly`: only the findings' fingerprints are read, so the result
   * holds nothing else (findings reduced to their fingerprint, no sources, rules or reports).
   */
  fingerprintsOnly?: boolean;
}

export interface Justification {
  file: string;
  region: Region;
  object: string;
  privilege: string;
  reason: string;
  source: 'annotation' | 'comment';
}

/** The JSON report's `verify` section (docs/json-format.md); filled in by src/live/verify. */
export interface VerifyReport {
  server?: string;
  serverVersion?: string;
  accessReviews: number;
  exec: 'opened' | 'skipped (--no-exec)';
  execAccess: { checks: number; proven: number; refused: number };
  probes: { total: number; ran: number; matchedNothing: number; passed: number; failed: number; notRun: number };
  proofs: { subresource: string; identity: string; namespace: string; pod: string; outcome: string }[];
  unverified: { what: string; why: string }[];
}

export interface FullAuditResult extends AuditResult {
  justifications: Justification[];
  /** Per-pod, per-control Pod Security Standards verdicts, when any LP3xx control ran. */
  pss?: PssReport;
  /** What the run was told not to check (coverage.ts): shown by the text report and the job summary. */
  coverage?: Coverage;
  /** What `leastpriv verify` exercised against the cluster (verify's results only). */
  verify?: VerifyReport;
  /** Who can reach what (when asked: AuditInput.graph). */
  graph?: AccessGraph;
}


/**
 * Two findings with the same fingerprint (the same YAML error twice in a file, say) would be merged
 * into one alert by code scanning: the second and later ones get their ordinal mixed in. Findings are
 * in file/line order here, so the ordinal follows the file, not the run.
 */
function disambiguateFingerprints(findings: Finding[]): void {
  const seen = new Map<string, number>();
  for (const f of findings) {
    const n = seen.get(f.fingerprint) ?? 0;
    seen.set(f.fingerprint, n + 1);
    if (n > 0) f.fingerprint = fingerprint([f.fingerprint, n]);
  }
}


/** At most this many files named get their own counterfactual run (which of them a finding involves). */
const ATTRIBUTE_UP_TO = 4;
/** Past ATTRIBUTE_UP_TO, at most this many more runs narrow down the files a finding involves (narrow). */
const NARROWING_RUNS = 8;

/**
 * For `reportOnly`: the fingerprints of the findings of runs without the named files (all of them,
 * and each one alone when there are few), sharing the parse cache with the main run.
 */
function counterfactuals(input: AuditInput): { withoutAll: Set<string>; withoutEach: Map<string, Set<string>>; run: (names: string[]) => Set<string> } {
  const named = [...input.reportOnly!];
  // (a file stdin stands for is left out by leaving stdin out: stdinNamed)
  const stdin = input.paths?.includes('-') ? input.stdinName : undefined;
  const run = (names: string[]) => {
    // (fingerprints only: no edits to resolve, no graph to draw, nothing else kept or cached)
    const { reportOnly: _r, baseline: _b, fixes: _f, graph: _g, ...rest } = input;
    const omit = new Set(names.map((n) => (n === stdin ? '-' : n)));
    return new Set(audit({ ...rest, omit, fingerprintsOnly: true }).findings.map((f) => f.fingerprint));
  };
  const withoutAll = run(named);
  const withoutEach = new Map<string, Set<string>>();
  if (named.length > 1 && named.length <= ATTRIBUTE_UP_TO) for (const n of named) withoutEach.set(n, run([n]));
  return { withoutAll, withoutEach, run };
}

/**
 * `reportOnly`: the findings in the named files, and those elsewhere that go away without them
 * (counterfactuals), each marked with the named files it involves.
 */
function involving(findings: Finding[], named: ReadonlySet<string>, { withoutAll, withoutEach, run }: ReturnType<typeof counterfactuals>): Finding[] {
  const elsewhere: Finding[] = [];
  const kept = findings.filter((f) => {
    if (named.has(f.file)) return true;
    if (withoutAll.has(f.fingerprint)) return false;
    elsewhere.push(f);
    return true;
  });
  if (named.size > ATTRIBUTE_UP_TO) narrow(elsewhere, [...named], run);
  else
    for (const f of elsewhere) {
      const each = [...named].filter((n) => withoutEach.has(n) && !withoutEach.get(n)!.has(f.fingerprint));
      f.involves = each.length ? each : [...named];
    }
  return kept;
}

/**
 * More files named than get a run each: the files each finding elsewhere involves, narrowed down by
 * halves. A group of files a finding goes away without is split in two and each half left out on
 * its own: the finding involves each half it goes away without (both, when either takes it away),
 * and the whole group when neither half alone does (a cause in both together). Breadth first, at
 * most NARROWING_RUNS runs (findings in one group share its runs), and only when some finding is
 * reported elsewhere; a group not split further is named whole. Without this every file named was
 * named, so one file's finding 'depended on' every file of a commit.
 */
function narrow(findings: Finding[], named: string[], run: (names: string[]) => Set<string>): void {
  const involves = new Map<Finding, Set<string>>();
  let budget = NARROWING_RUNS;
  const queue: { group: string[]; findings: Finding[] }[] = findings.length ? [{ group: named, findings }] : [];
  const settle = (group: string[], fs: Finding[]) => {
    for (const f of fs) for (const n of group) involves.set(f, (involves.get(f) ?? new Set()).add(n));
  };
  for (let q = queue.shift(); q; q = queue.shift()) {
    if (q.group.length === 1 || budget < 2) {
      settle(q.group, q.findings);
      continue;
    }
    budget -= 2;
    const halves = [q.group.slice(0, Math.ceil(q.group.length / 2)), q.group.slice(Math.ceil(q.group.length / 2))];
    const without = halves.map((h) => run(h));
    const inHalf = without.map((w) => q.findings.filter((f) => !w.has(f.fingerprint)));
    settle(q.group, q.findings.filter((f) => without.every((w) => w.has(f.fingerprint))));
    halves.forEach((h, i) => inHalf[i]!.length && queue.push({ group: h, findings: inHalf[i]! }));
  }
  for (const f of findings) f.involves = named.filter((n) => involves.get(f)?.has(n));
}

/** Sorts findings by file, line, column, rule and message, then makes their fingerprints distinct. */
function inReportOrder(findings: Finding[]): void {
  findings.sort((a, b) => byPosition(a, b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
  disambiguateFingerprints(findings);
}

export function audit(input: AuditInput): FullAuditResult {
  input = stdinNamed(input);
  return input.cache ? input.cache.audit(input, auditNow) : auditNow(input);
}

/**
 * `reportOnly` naming stdin ('-') when its findings are reported under `stdinName`: the name, as the
 * findings, the summary and `involves` carry it (load.ts stdinStandsFor: stdin stands for that file).
 */
function stdinNamed(input: AuditInput): AuditInput {
  const { reportOnly, stdinName } = input;
  if (!reportOnly?.has('-') || stdinName === undefined || !input.paths?.includes('-')) return input;
  return { ...input, reportOnly: new Set([...reportOnly].map((n) => (n === '-' ? stdinName : n))) };
}

function auditNow(input: AuditInput): FullAuditResult {
  const result = auditFully(input);
  if (!input.fingerprintsOnly) return result;
  return {
    findings: result.findings.map((f) => ({ fingerprint: f.fingerprint }) as Finding),
    summary: result.summary,
    sources: new Map(),
    rules: [],
    justifications: [],
  };
}

function auditFully(input: AuditInput): FullAuditResult {
  if (input.reportOnly && !input.parseCache) input = { ...input, parseCache: new Map() };
  const run = new AuditRun(input);
  run.readInputs(); // 1–4
  run.checkModel(); // 5
  // (with reportOnly, which findings are reported is known before edits are worked out: only theirs
  // are, not those of every file read as context, bench/RESULTS.md finding 28)
  const named = input.reportOnly;
  const without = named ? counterfactuals(input) : undefined;
  const settled = run.settle(without && ((f) => named!.has(f.file) || !without.withoutAll.has(f.fingerprint))); // 5a–7
  // 8. Order and summary
  const findings = without ? involving(settled, named!, without) : settled;
  if (input.baseline) applyBaseline(findings, input.baseline.baseline, input.baseline.label);
  inReportOrder(findings);
  return run.result(findings);
}

/**
 * True when the run audited no Kubernetes object and found nothing to say: an empty folder, empty
 * stdin, a path with only Helm values or CI files. Like ESLint's "No files matching", the CLI and the
 * Action treat this as a mistake (exit 2) unless --allow-empty: a typo or a render step that
 * produced nothing must not pass as clean. (Findings such as a YAML syntax error are a result.)
 */
export function auditedNothing(result: AuditResult): boolean {
  return result.summary.objectsReported === 0 && result.findings.length === 0;
}

/**
 * Why a run counts as empty, in words: what was read instead. `named`: with --context, the files
 * named (the summary counts the files read as context too). `excluded`: files named that excludes
 * left out (not read, so neither empty nor counted).
 */
export function emptyRunMessage(result: AuditResult, paths: readonly string[], named?: ReadonlySet<string>, excluded: readonly string[] = []): string {
  const s = named ? { ...result.summary, files: named.size } : result.summary;
  const what = paths.map((p) => (p === '-' ? 'stdin' : p)).join(', ');
  const read =
    s.files === 0
      ? excluded.length ? '' : 'no .yaml, .yml or .json file was read'
      : `${s.files} file${s.files === 1 ? '' : 's'} read: ${[s.nonKubernetes ? `${s.nonKubernetes} without Kubernetes objects` : '', s.skipped.length ? `${s.skipped.length} skipped` : '', !s.nonKubernetes && !s.skipped.length ? 'empty' : ''].filter(Boolean).join(', ')}`;
  const left = excluded.length ? `${excluded.join(', ')} ${excluded.length === 1 ? 'is' : 'are'} excluded by --exclude or the config's exclude` : '';
  return `no Kubernetes object to audit in ${what} (${[read, left].filter(Boolean).join('; ')}); pass --allow-empty if an empty input is expected`;
}

/** Exit status for a result: 1 when an unsuppressed finding is at or above the threshold. */
export function exitCodeFor(result: AuditResult, failOn: Severity | 'none'): 0 | 1 {
  if (failOn === 'none') return 0;
  const min = SEVERITY_RANK[failOn];
  return result.findings.some((f) => !f.suppressed && SEVERITY_RANK[f.severity] >= min) ? 1 : 0;
}
