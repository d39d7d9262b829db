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
 */
import { newSource, type InputDiagnostic, type ParsedFile } from '../input/parse.ts';
import type { K8sObject, SourceFile } from '../input/types.ts';
import type { Config } from '../config/types.ts';
import { defaults } from '../config/load.ts';
import { buildModel, inModel, type Model } from '../model/model.ts';
import { objectLabel } from '../model/describe.ts';
import { activeRules, describeRule, findRule, type ActiveRule } from './registry.ts';
import { format, type RuleContext } from './rule.ts';
import { offsetsToRegion } from './locate.ts';
import { Positions } from './positions.ts';
import { annotationSuppressions, applySuppressions, commentSuppressions, suppressionProblems, type SuppressionSite } from './suppress.ts';
import { fingerprint } from './fingerprint.ts';
import { WhereTexts, withoutLines } from './stable-text.ts';
import { objectFinding } from './finding.ts';
import { applyBaseline, type Baseline } from './baseline.ts';
import { eachFile, isNonKubernetes, LAYER_KEY } from './load.ts';
import type { AuditResult, Finding, ObjPath, Region, Severity, SkippedFile } from './types.ts';
import { MODEL_FILE, SEVERITY_RANK } from './types.ts';
import { pssReport, type PssReport } from '../pss/report.ts';
import type { RuleFix } from './rule.ts';
import { resolveFix as resolveOne } from '../fix/resolve.ts';
import { duplicateKeyOffers } from '../fix/duplicate-key.ts';
import { buildAccessGraph, type AccessGraph } from '../graph/build.ts';
import { justifiedBy } from '../rbac/node-access.ts';
import { coverageOf, type Coverage } from './coverage.ts';
import type { RenderedCopy, RenderedRoot } from '../render/index.ts';
import type { ShapeError } from '../model/shape.ts';
import { mergeAcrossRoots } from './roots.ts';
import { mapHelmSources } from '../render/helm-source.ts';
import type { Discovered } from '../input/discover.ts';
import type { AuditCache } from '../cache/types.ts';
import { ObjectChecks } from './object-checks.ts';

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

/** A finding's region until `positions` places it. */
const UNPLACED: Region = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };

/** What checkObject sees as `ctx.model` for an object outside the model: using it is a rule bug (LP004). */
const NO_MODEL_YET: Model = {
  get objects(): never {
    return unavailable();
  },
  byKind: () => unavailable(),
  get rbac(): never {
    return unavailable();
  },
};
function unavailable(): never {
  throw new Error('the model is not available to checkObject for an object outside it (neither RBAC nor carrying pods); use checkModel');
}

interface Ctx {
  findings: Finding[];
  objectOfFinding: Map<Finding, K8sObject>;
  /** The edits rules offered, by finding (turned into text edits at the end when asked). */
  offers: Map<Finding, { object: K8sObject; fix?: RuleFix; suggestions?: RuleFix[] }>;
  /** The root cause a finding reported (Report.cause), for folding findings of rules that yield to another. */
  causeOf: Map<Finding, string>;
}

/**
 * One finding per root cause: a finding whose rule yields to another (meta.yieldsTo) and that shares
 * its cause with a finding of that rule is folded into it as a related location. Rules that are off
 * report nothing, so nothing is folded into them: the yielding finding then stands on its own.
 */
export function foldRootCauses(findings: Finding[], causeOf: Map<Finding, string>): Finding[] {
  const yields = new Map<string, string[]>();
  const targets = new Set<string>();
  for (const f of causeOf.keys()) {
    const y = findRule(f.code)?.meta.yieldsTo;
    if (y) {
      yields.set(f.code, y.codes);
      for (const c of y.codes) targets.add(c);
    }
  }
  if (!yields.size) return findings;
  const roots = new Map<string, Finding>();
  for (const [f, cause] of causeOf) if (targets.has(f.code) && !roots.has(`${f.code}\0${cause}`)) roots.set(`${f.code}\0${cause}`, f);
  const folded = new Set<Finding>();
  for (const [f, cause] of causeOf) {
    const codes = yields.get(f.code);
    if (!codes) continue;
    const root = codes.map((c) => roots.get(`${c}\0${cause}`)).find((r) => r !== undefined);
    if (!root) continue;
    folded.add(f);
    const same = root.file === f.file && root.region.start.line === f.region.start.line && root.region.start.column === f.region.start.column;
    if (!same) (root.related ??= []).push({ file: f.file, region: f.region, message: `${f.code} ${f.rule}: ${f.message}`, code: f.code });
  }
  if (!folded.size) return findings;
  for (const f of findings) if (f.related && f.related.length > 1) f.related.sort(byPosition);
  return findings.filter((f) => !folded.has(f));
}

function ruleSeverity(active: Map<string, ActiveRule>, code: string): Severity | undefined {
  return active.get(code)?.severity;
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

const byPosition = (a: { file: string; region: Region }, b: { file: string; region: Region }): number =>
  (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.region.start.line - b.region.start.line || a.region.start.column - b.region.start.column;

/** At most this many files named get their own counterfactual run (which of them a finding involves). */
const ATTRIBUTE_UP_TO = 4;

/**
 * For `reportOnly`: the fingerprints of the findings of runs without the named files (all of them,
 * and each one alone when there are few), sharing the parse cache with the main run.
 */
function counterfactuals(input: AuditInput): { withoutAll: Set<string>; withoutEach: Map<string, Set<string>> } {
  const named = [...input.reportOnly!];
  const run = (omit: Set<string>) => {
    // (fingerprints only: no edits to resolve, no graph to draw, nothing else kept or cached)
    const { reportOnly: _r, baseline: _b, fixes: _f, graph: _g, ...rest } = input;
    return new Set(audit({ ...rest, omit, fingerprintsOnly: true }).findings.map((f) => f.fingerprint));
  };
  const withoutAll = run(new Set(named));
  const withoutEach = new Map<string, Set<string>>();
  if (named.length > 1 && named.length <= ATTRIBUTE_UP_TO) for (const n of named) withoutEach.set(n, run(new Set([n])));
  return { withoutAll, withoutEach };
}

/**
 * `reportOnly`: the findings in the named files, and those elsewhere that go away without them
 * (counterfactuals), each marked with the named files it involves.
 */
function involving(findings: Finding[], input: AuditInput, named: ReadonlySet<string>): Finding[] {
  const { withoutAll, withoutEach } = counterfactuals(input);
  return findings.filter((f) => {
    if (named.has(f.file)) return true;
    if (withoutAll.has(f.fingerprint)) return false;
    const each = [...named].filter((n) => withoutEach.has(n) && !withoutEach.get(n)!.has(f.fingerprint));
    f.involves = each.length ? each : [...named];
    return true;
  });
}

/** Sorts findings by file, line, column, rule and message, then makes their fingerprints distinct. */
function inReportOrder(findings: Finding[]): void {
  findings.sort((a, b) => byPosition(a, b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
  disambiguateFingerprints(findings);
}

export function audit(input: AuditInput): FullAuditResult {
  return input.cache ? input.cache.audit(input, auditNow) : auditNow(input);
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
  const config = input.config ?? defaults();
  const active = new Map(activeRules(config).map((a) => [a.rule.meta.code, a]));
  const ctx: Ctx = { findings: [], objectOfFinding: new Map(), offers: new Map(), causeOf: new Map() };
  const positions = new Positions();
  /** What `ctx.where` answered, for fingerprints that do not move with lines (stable-text.ts). */
  const whereTexts = new WhereTexts();
  const sources = new Map<string, SourceFile>();
  /**
   * The per-file layer of --cache (src/cache/parsed.ts): per-object rules' findings on the model's
   * objects, kept per file and config, for each (object, rule) whose check read nothing but the
   * object (no `ctx.model`, no other object's position or comment, no report on another object).
   * Not with --fix edits (offers are not kept).
   */
  const layer = input.fixes ? undefined : input.cache?.parsed;
  /** The check running now, while its reads are watched (layer). */
  let recording: { object: K8sObject; touched: boolean } | undefined;
  /** For each kept object of a file read with the layer: the file's key and the object's index in the file. */
  const layerAt = new Map<K8sObject, { key: string; index: number }>();

  const pushDiagnostic = (d: InputDiagnostic, source?: SourceFile) => {
    const rule = findRule(d.code)!;
    const code = rule.meta.code;
    const ruled = ruleSeverity(active, code);
    if (!ruled) return;
    const severity: Severity = d.lesser ? (ruled === 'error' ? 'warning' : 'note') : ruled;
    const region: Region = source ? offsetsToRegion({ file: source }, d.range) : { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    ctx.findings.push({
      code,
      rule: rule.meta.name,
      severity,
      messageId: Object.keys(rule.meta.messages)[0]!,
      message: d.message,
      file: d.file,
      region,
      fingerprint: fingerprint([code, d.file, withoutLines(d.message)]),
      ...(input.fixes && d.duplicate && source ? safeOffers(() => duplicateKeyOffers(source, d.duplicate!, config.limits)) : {}),
    });
  };

  // Where a value of the object was written (a rendered object's may be in a kustomization or a
  // patch), its file kept for the code frame as `report` keeps it.
  const locateKept = (object: K8sObject, path: ObjPath) => {
    const at = positions.locateAt(object, path);
    const kept = sources.get(at.file.path);
    if (object.render && (!kept || (!kept.text && at.file.text))) sources.set(at.file.path, at.file);
    return at;
  };

  // (The region is filled in by `positions`: at once, or file by file in step 5.)
  const report = (object: K8sObject, code: string, messageId: string, message: string, path: ObjPath, severity: Severity, data?: Record<string, string>, offer?: { fix?: RuleFix; suggestions?: RuleFix[] }, cause?: string) => {
    if (recording && object !== recording.object) recording.touched = true;
    const f = objectFinding({ code, rule: findRule(code)!.meta.name, severity, messageId, message, fingerprintMessage: whereTexts.stable(message), object, path, region: UNPLACED, ...(data ? { data } : {}) });
    positions.place(object, path, (r, file) => {
      f.region = r;
      if (file.path !== f.file) f.file = file.path;
      // (a file read with nothing pointing into it yet keeps an empty text, step 4: a finding placed
      // in it later, such as LP020 at a kustomization read before its root failed, needs the text)
      const kept = sources.get(file.path);
      if (!kept || (!kept.text && file.text)) sources.set(file.path, file);
    });
    ctx.findings.push(f);
    ctx.objectOfFinding.set(f, object);
    if (offer && input.fixes && (offer.fix || offer.suggestions?.length)) ctx.offers.set(f, { object, ...offer });
    if (cause !== undefined) ctx.causeOf.set(f, cause);
  };

  // Rules, each with its context. The model exists once every file is read: per-object rules that run
  // earlier (objects outside the model) cannot ask for it.
  let model: Model | undefined;
  const justifications: Justification[] = [];
  const checked = [...active.values()].filter((a) => a.rule.checkObject || a.rule.checkModel || a.rule.checkGroup);
  const runners = checked.map((a) => ruleRunner(a));
  /** The places (in `runners`) of the rules with a per-object check. */
  const objectRules = checked.flatMap((a, i) => (a.rule.checkObject ? [i] : []));
  function ruleRunner(a: ActiveRule): { object(o: K8sObject): void; group(objects: readonly K8sObject[], scope: { name: string; rendered: boolean }): void; model(): void } {
    const { rule } = a;
    const rctx: RuleContext<string, any> = {
      get model(): Model {
        if (recording) recording.touched = true;
        return model ?? NO_MODEL_YET;
      },
      options: a.options,
      severity: a.severity,
      kubeVersion: config.kubeVersion,
      report: (r) => {
        const tpl = (rule.meta.messages as Record<string, string>)[r.messageId];
        if (tpl === undefined) throw new Error(`rule ${rule.meta.name} reported unknown message id '${r.messageId}'`);
        const data = r.data ? Object.fromEntries(Object.entries(r.data).map(([k, v]) => [k, String(v)])) : undefined;
        report(r.object, rule.meta.code, r.messageId, format(tpl, r.data), r.path, r.severity ?? a.severity, data, { ...(r.fix ? { fix: r.fix } : {}), ...(r.suggestions ? { suggestions: r.suggestions } : {}) }, r.cause);
      },
      commentFor: (obj, path) => {
        if (recording && obj !== recording.object) recording.touched = true;
        return positions.commentFor(obj, path);
      },
      where: (obj, path) => {
        if (recording && obj !== recording.object) recording.touched = true;
        const text = positions.where(obj, path);
        whereTexts.note(text, obj, path);
        return text;
      },
      justified: (j) =>
        (recording && j.object !== recording.object ? (recording.touched = true) : true) &&
        justifications.push({
          ...(({ file, region }) => ({ file: file.path, region }))(positions.locateAt(j.object, j.path)),
          object: objectLabel(j.object),
          privilege: j.privilege,
          reason: j.reason,
          source: j.source,
        }),
    };
    const crashed = (obj: K8sObject | undefined, e: unknown) => {
      const sev = ruleSeverity(active, 'LP004');
      if (!sev) return;
      const detail = e instanceof Error ? e.message : String(e);
      const rie = findRule('LP004')!;
      const msg = format(rie.meta.messages.crashed ?? "", { rule: `${rule.meta.code} ${rule.meta.name}`, object: obj ? objectLabel(obj) : 'the model', detail });
      if (obj) report(obj, 'LP004', 'crashed', msg, [], sev, { rule: rule.meta.code });
      else ctx.findings.push({ code: 'LP004', rule: rie.meta.name, severity: sev, messageId: 'crashed', message: msg, file: MODEL_FILE, region: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, fingerprint: fingerprint(['LP004', rule.meta.code, detail]) });
    };
    return {
      object(o) {
        if (!rule.checkObject) return;
        try {
          rule.checkObject(o, rctx);
        } catch (e) {
          crashed(o, e);
        }
      },
      group(objects: readonly K8sObject[], scope: { name: string; rendered: boolean }) {
        if (!rule.checkGroup) return;
        try {
          rule.checkGroup(objects, scope, rctx);
        } catch (e) {
          crashed(undefined, e);
        }
      },
      model() {
        if (!rule.checkModel) return;
        try {
          rule.checkModel(rctx);
        } catch (e) {
          crashed(undefined, e);
        }
      },
    };
  }

  // 1–4. File by file: input problems, shape errors (LP002), suppression sites, per-object rules on
  // objects outside the model. Then keep only what later stages read.
  const skippedUnread: SkippedFile[] = [];
  const skippedParsed: SkippedFile[] = [];
  let documents = 0;
  const nonKubernetesFiles: string[] = [];
  let objectCount = 0;
  let objectsReported = 0;
  const kept: K8sObject[] = [];
  const sites: SuppressionSite[] = [];
  const pointedInto = new Set<string>();
  const lp002 = ruleSeverity(active, 'LP002');
  const rootFinding = (root: RenderedRoot, code: 'LP020' | 'LP022', messageId: string, detail: string, path: ObjPath = []) => {
    const severity = ruleSeverity(active, code);
    if (!severity) return;
    report(root.at, code, messageId, format(findRule(code)!.meta.messages[messageId] ?? '', { root: root.name, detail }), path, severity, { root: root.name });
  };
  /** Rendered objects: as a file's objects below, found in the files a person edits (src/render). */
  const visitRoot = (root: RenderedRoot, shapeErrors: Map<K8sObject, ShapeError[]>) => {
    if (root.error !== undefined) rootFinding(root, 'LP020', 'failed', root.error, root.errorAt);
    for (const note of root.notes) rootFinding(root, 'LP022', 'notModelled', note.text, note.path);
    objectCount += root.objects.length;
    for (const [o, errs] of shapeErrors) {
      if (!lp002) continue;
      for (const e of errs) report(o, 'LP002', 'wrongType', format(findRule('LP002')!.meta.messages.wrongType ?? '', { object: objectLabel(o), field: e.path.join('.'), detail: e.message }), e.path, lp002);
    }
    for (const o of root.objects) {
      sites.push(...annotationSuppressions(o, (path) => locateKept(o, path)));
      if (o.invalid) continue;
      if (inModel(o)) kept.push(o);
      else for (const r of runners) r.object(o);
    }
    const together = root.objects.filter((o) => !o.invalid);
    if (together.length > 1) for (const r of runners) r.group(together, { name: root.name, rendered: true });
    positions.release();
  };
  eachFile(input, config, (f) => {
    if (f.read === 'root') return visitRoot(f.root, f.shapeErrors);
    if (!f.read) {
      if (f.source) sources.set(f.source.path, f.source);
      skippedUnread.push(f.skipped);
      pushDiagnostic(f.diagnostic, f.source);
      return;
    }
    const { source, parsed: p } = f;
    sources.set(source.path, source);
    documents += p.documents;
    if (p.skipped) skippedParsed.push({ file: source.path, reason: p.skipped });
    if (isNonKubernetes(p)) nonKubernetesFiles.push(source.path);
    objectCount += p.objects.length;
    if (!input.reportOnly || input.reportOnly.has(source.path)) objectsReported += p.objects.length;
    const first = ctx.findings.length;
    for (const d of p.diagnostics) pushDiagnostic(d, source);
    for (const [o, errs] of f.shapeErrors) {
      if (!lp002) continue;
      for (const e of errs) {
        const field = e.path.join('.');
        const rule = findRule('LP002')!;
        report(o, 'LP002', 'wrongType', format(rule.meta.messages.wrongType ?? "", { object: objectLabel(o), field, detail: e.message }), e.path, lp002);
      }
    }
    const fileSites = commentSuppressions(source);
    if (!f.member) for (const o of p.objects) fileSites.push(...annotationSuppressions(o, (path) => locateKept(o, path)));
    sites.push(...fileSites);
    const keptHere = new Set<K8sObject>();
    const fileKey = layer ? LAYER_KEY.get(p) : undefined;
    for (let i = 0; i < p.objects.length; i++) {
      const o = p.objects[i]!;
      if (o.invalid || f.member) continue;
      if (inModel(o)) {
        keptHere.add(o);
        if (fileKey !== undefined) layerAt.set(o, { key: fileKey, index: i });
      } else for (const r of runners) r.object(o);
    }
    const together = f.member ? [] : p.objects.filter((o) => !o.invalid);
    if (together.length > 1) for (const r of runners) r.group(together, { name: source.path, rendered: false });
    kept.push(...keptHere);
    positions.release();
    // (a file a rendered root includes: findings of its objects point into it later)
    if (first === ctx.findings.length && fileSites.length === 0 && !f.member) {
      // Nothing will point into this file: it is listed (summary, JUnit), its text is not kept (unless
      // the same path, given twice, has findings from the first time).
      if (keptHere.size === 0 && !pointedInto.has(source.path)) sources.set(source.path, newSource(source.path, ''));
      else pointedInto.add(source.path);
      return;
    }
    pointedInto.add(source.path);
    // Findings and suppressions of objects that are not kept refer to a copy without the value.
    const copies = new Map<K8sObject, K8sObject>();
    const copy = (o: K8sObject): K8sObject => {
      if (keptHere.has(o)) return o;
      let c = copies.get(o);
      if (!c) copies.set(o, (c = { ...o, value: {} }));
      return c;
    };
    for (let i = first; i < ctx.findings.length; i++) {
      const o = ctx.objectOfFinding.get(ctx.findings[i]!);
      if (o) ctx.objectOfFinding.set(ctx.findings[i]!, copy(o));
    }
    for (const s of fileSites) if (s.object) s.object = copy(s.object);
  });

  // 5. The model, cross-object rules, then per-object rules on the model's objects. Findings of
  // cross-object rules are placed once all have run, file by file, together with the per-object
  // rules' findings in that file: a document's tree is parsed once for both (bench/RESULTS.md,
  // finding 16). (Cross-object rules first: no rule has both kinds of check.)
  model = buildModel(kept);
  positions.deferPlacement();
  for (const r of runners) r.model();
  positions.placeNow();
  let current: SourceFile | undefined;
  const objectChecks = layer && layerAt.size ? new ObjectChecks(layer, config) : undefined;
  const replayed = (f: Finding, object: K8sObject, cause: string | undefined) => {
    ctx.findings.push(f);
    ctx.objectOfFinding.set(f, object);
    if (cause !== undefined) ctx.causeOf.set(f, cause);
  };
  const watch = { object: kept[0]!, touched: false };
  for (const o of kept) {
    if (o.file !== current) {
      if (current) positions.placeDeferred(current);
      positions.focus((current = o.file));
    }
    const at = objectChecks && layerAt.get(o);
    if (!at) {
      for (const r of runners) r.object(o);
      continue;
    }
    const stored = objectChecks.stored(at.key, at.index);
    if (stored === null) {
      for (const r of runners) r.object(o);
      continue;
    }
    const slot = stored ? undefined : objectChecks.begin(at.key, at.index);
    for (const i of objectRules) {
      if (stored) {
        // (absent: the check reported nothing; null: it read more than the object, so it runs)
        const done = stored[i];
        if (done === undefined) continue;
        if (done === null) runners[i]!.object(o);
        else objectChecks.replay(done, o, replayed, justifications);
        continue;
      }
      const before = ctx.findings.length;
      const justifiedBefore = justifications.length;
      watch.object = o;
      watch.touched = false;
      recording = watch;
      try {
        runners[i]!.object(o);
      } finally {
        recording = undefined;
        if (watch.touched) slot!.push(`"${i}":null`);
        else if (ctx.findings.length !== before || justifications.length !== justifiedBefore) {
          const found = ctx.findings.slice(before);
          slot!.push(`"${i}":${ObjectChecks.encode([found, found.map((f) => ctx.causeOf.get(f) ?? null), justifications.slice(justifiedBefore)])}`);
        }
      }
    }
  }
  objectChecks?.save();
  if (current) positions.placeDeferred(current);
  positions.placeDeferred();

  // 5a. The access graph, for the reports that draw it
  const graph = input.graph
    ? buildAccessGraph(model, justifiedBy((o, p) => positions.commentFor(o, p)), (o, p) => ({ file: o.file.path, line: positions.locate(o, p).start.line }), { kubeVersion: config.kubeVersion })
    : undefined;

  // 5b. Offered edits as text edits (only when asked: --fix, and the reports that carry them)
  if (input.fixes) resolveOffers(ctx.offers, sources);

  // 5c. `helm template … | leastpriv audit -`: findings of stdin at the chart files (src/render/helm-source.ts)
  const stdin = input.stdinName === undefined ? sources.get('-') : undefined;
  if (stdin) mapHelmSources(ctx.findings, stdin, input.cwd ?? process.cwd(), sources);

  // 6. A base that several roots render: one finding per distinct place, naming the roots.
  ctx.findings = mergeAcrossRoots(ctx.findings, (f) => ctx.objectOfFinding.get(f));

  // 7. Suppressions
  applySuppressions(ctx.findings, sites, (f) => ctx.objectOfFinding.get(f));
  // One finding per root cause (after suppressions: a suppression of a folded finding still counts as used).
  ctx.findings = foldRootCauses(ctx.findings, ctx.causeOf);
  ctx.causeOf.clear();
  ctx.findings.push(...suppressionProblems(sites, (code) => ruleSeverity(active, code)));

  // 8. Order and summary
  const findings = input.reportOnly ? involving(ctx.findings, input, input.reportOnly) : ctx.findings;
  if (input.baseline) applyBaseline(findings, input.baseline.baseline, input.baseline.label);
  inReportOrder(findings);
  const listed = (input.reportOnly ? justifications.filter((j) => input.reportOnly!.has(j.file)) : justifications).sort(byPosition);
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  let suppressed = 0;
  for (const f of findings) {
    if (f.suppressed) suppressed++;
    else counts[f.severity]++;
  }
  const controls = [...active.values()].flatMap((a) => {
    const control = a.rule.meta.control;
    return control ? [{ control, level: (a.options as { level: 'baseline' | 'restricted' }).level }] : [];
  });
  // Objects that carry pods are all in the model.
  const reportObjects = input.reportOnly ? kept.filter((o) => input.reportOnly!.has(o.file.path)) : kept;
  const pss = pssReport(reportObjects, findings, (f) => ctx.objectOfFinding.get(f), controls, config.profile, config.kubeVersion);
  const skipped = [...skippedUnread, ...skippedParsed];
  const nonK8s = input.reportOnly ? nonKubernetesFiles.filter((f) => input.reportOnly!.has(f)) : nonKubernetesFiles;
  return {
    ...(pss ? { pss } : {}),
    ...(graph ? { graph } : {}),
    findings,
    // With reportOnly, files read only as context are not listed as skipped either.
    summary: { files: sources.size, documents, objects: objectCount, skipped: input.reportOnly ? skipped.filter((k) => input.reportOnly!.has(k.file)) : skipped, nonKubernetes: nonK8s.length, nonKubernetesFiles: nonK8s, objectsReported, findings: counts, suppressed },
    sources,
    // Live-verification rules (tag 'live') are reported by `leastpriv verify`, never by audit: not listed here.
    rules: [...active.values()].filter((a) => !a.rule.meta.tags.includes('live')).map((a) => describeRule(a.rule, a.severity)),
    justifications: listed,
    coverage: coverageOf(config, input.exclude),
  };
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

/** Why a run counts as empty, in words: what was read instead. */
export function emptyRunMessage(result: AuditResult, paths: readonly string[]): string {
  const s = result.summary;
  const what = paths.map((p) => (p === '-' ? 'stdin' : p)).join(', ');
  const read =
    s.files === 0
      ? 'no .yaml, .yml or .json file was read'
      : `${s.files} file${s.files === 1 ? '' : 's'} read: ${[s.nonKubernetes ? `${s.nonKubernetes} without Kubernetes objects` : '', s.skipped.length ? `${s.skipped.length} skipped` : '', !s.nonKubernetes && !s.skipped.length ? 'empty' : ''].filter(Boolean).join(', ')}`;
  return `no Kubernetes object to audit in ${what} (${read}); pass --allow-empty if an empty input is expected`;
}

/**
 * Each finding's offered fix and suggestions as text edits. Offers that cannot be written exactly,
 * or whose result would not parse, hold the value, or pass the API server, are dropped.
 */
function resolveOffers(offers: Ctx['offers'], sources: Map<string, SourceFile>): void {
  const keep = (files: SourceFile[]) => {
    for (const file of files) if (!sources.get(file.path)?.text) sources.set(file.path, file);
  };
  // (an offer that cannot be worked out is no offer: it never stops the audit)
  const resolveFix = (fix: RuleFix, object: K8sObject): ReturnType<typeof resolveOne> => {
    try {
      return resolveOne(fix, object);
    } catch (e) {
      return { refused: `internal error: ${e instanceof Error ? e.message : String(e)}` };
    }
  };
  for (const [f, o] of offers) {
    if (o.fix) {
      const r = resolveFix(o.fix, o.object);
      if ('fix' in r) {
        f.fix = r.fix;
        keep(r.files);
      }
    }
    const suggestions = (o.suggestions ?? []).flatMap((s) => {
      const r = resolveFix(s, o.object);
      if (!('fix' in r)) return [];
      keep(r.files);
      return [r.fix];
    });
    if (suggestions.length) f.suggestions = suggestions;
  }
}

/** Edits worked out for a finding, or none when working them out fails (an offer never stops the audit). */
function safeOffers<T extends object>(f: () => T): T | Record<string, never> {
  try {
    return f();
  } catch {
    return {};
  }
}

/** Exit status for a result: 1 when an unsuppressed finding is at or above the threshold. */
export function exitCodeFor(result: AuditResult, failOn: Severity | 'none'): 0 | 1 {
  if (failOn === 'none') return 0;
  const min = SEVERITY_RANK[failOn];
  return result.findings.some((f) => !f.suppressed && SEVERITY_RANK[f.severity] >= min) ? 1 : 0;
}
