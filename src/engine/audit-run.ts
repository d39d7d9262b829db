/**
 * One run of `audit()`: the state its stages share and one method per stage (engine/audit.ts
 * lists them and runs them in order). The state: the findings and what each is about (its object,
 * offered edits, root cause), the positions, the sources kept for the report, the suppression sites,
 * the objects kept for the model, and the rules, each with its context.
 */
import { newSource, type InputDiagnostic } from '../input/parse.ts';
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
import { eachFile, isNonKubernetes, LAYER_KEY, type InputFile } from './load.ts';
import type { Finding, ObjPath, Region, Severity, SkippedFile } from './types.ts';
import { MODEL_FILE } from './types.ts';
import { pssReport } from '../pss/report.ts';
import { resolveOffers, safeOffers } from '../fix/resolve.ts';
import type { Offer } from '../fix/offers.ts';
import { duplicateKeyOffers } from '../fix/duplicate-key.ts';
import { buildAccessGraph, type AccessGraph } from '../graph/build.ts';
import { justifiedBy } from '../rbac/node-access.ts';
import { coverageOf } from './coverage.ts';
import type { RenderedRoot } from '../render/index.ts';
import type { ShapeError } from '../model/shape.ts';
import { mergeAcrossRoots } from './roots.ts';
import { isFluxKustomizationObject, scopesOf, type RootLink, type Scopes } from './bundles.ts';
import { mapHelmSources } from '../render/helm-source.ts';
import { ObjectChecks } from './object-checks.ts';
import type { AuditInput, FullAuditResult, Justification } from './audit.ts';

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

/** A rule with its context: its checks, each guarded (a throw is an LP004 finding). */
interface RuleRunner {
  object(o: K8sObject): void;
  group(objects: readonly K8sObject[], scope: { name: string; rendered: boolean }): void;
  model(): void;
}

export const byPosition = (a: { file: string; region: Region }, b: { file: string; region: Region }): number =>
  (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.region.start.line - b.region.start.line || a.region.start.column - b.region.start.column;

export class AuditRun {
  private readonly config: Config;
  private readonly active: Map<string, ActiveRule>;
  private findings: Finding[] = [];
  private readonly objectOfFinding = new Map<Finding, K8sObject>();
  /** The edits rules offered, by finding (turned into text edits at the end when asked). */
  private readonly offers = new Map<Finding, Offer & { object: K8sObject }>();
  /** The root cause a finding reported (Report.cause), for folding findings of rules that yield to another. */
  private readonly causeOf = new Map<Finding, string>();
  private readonly positions = new Positions();
  /** What `ctx.where` answered, for fingerprints that do not move with lines (stable-text.ts). */
  private readonly whereTexts = new WhereTexts();
  private readonly sources = new Map<string, SourceFile>();
  private readonly justifications: Justification[] = [];
  /**
   * The per-file layer of --cache (src/cache/parsed.ts): per-object rules' findings on the model's
   * objects, kept per file and config, for each (object, rule) whose check read nothing but the
   * object (no `ctx.model`, no other object's position or comment, no report on another object).
   * Not with --fix edits (offers are not kept).
   */
  private readonly layer: NonNullable<AuditInput['cache']>['parsed'] | undefined;
  /** The check running now, while its reads are watched (layer). */
  private recording: { object: K8sObject; touched: boolean } | undefined;
  /** For each kept object of a file read with the layer: the file's key and the object's index in the file. */
  private readonly layerAt = new Map<K8sObject, { key: string; index: number }>();
  /** The model: made once every file is read (per-object rules that run earlier cannot ask for it). */
  private model: Model | undefined;
  /** The rendered roots read, for the bundles each is applied in (bundles.ts). */
  private readonly rootLinks: RootLink[] = [];
  /**
   * The scope whose model the rules read now, when the run has several (bundles.ts): what they
   * report about objects of other scopes is dropped, as another scope reports it.
   */
  private scope: { id: string; model: Model; of: (o: K8sObject) => string } | undefined;
  /** The scopes of the run, when it has several. */
  private scopes: Scopes | undefined;
  private readonly runners: RuleRunner[];
  /** The places (in `runners`) of the rules with a per-object check. */
  private readonly objectRules: number[];
  // What the input stage met, for the summary.
  private readonly skippedUnread: SkippedFile[] = [];
  private readonly skippedParsed: SkippedFile[] = [];
  private documents = 0;
  private readonly nonKubernetesFiles: string[] = [];
  private objectCount = 0;
  private objectsReported = 0;
  /** The objects of the model: RBAC objects and objects that carry pods. */
  private readonly kept: K8sObject[] = [];
  private readonly sites: SuppressionSite[] = [];
  /** Files whose text is kept: a finding or a suppression points into them. */
  private readonly pointedInto = new Set<string>();
  private graph: AccessGraph | undefined;

  constructor(private readonly input: AuditInput) {
    this.config = input.config ?? defaults();
    this.active = new Map(activeRules(this.config).map((a) => [a.rule.meta.code, a]));
    this.layer = input.fixes ? undefined : input.cache?.parsed;
    const checked = [...this.active.values()].filter((a) => a.rule.checkObject || a.rule.checkModel || a.rule.checkGroup);
    this.runners = checked.map((a) => this.ruleRunner(a));
    this.objectRules = checked.flatMap((a, i) => (a.rule.checkObject ? [i] : []));
  }

  private severityOf(code: string): Severity | undefined {
    return this.active.get(code)?.severity;
  }

  // ---- 1–4. File by file: input problems, shape errors (LP002), suppression sites, per-object rules
  // on objects outside the model. Then keep only what later stages read.

  readInputs(): void {
    eachFile(this.input, this.config, (f) => {
      if (f.read === 'root') this.visitRoot(f.root, f.shapeErrors);
      else if (!f.read) {
        if (f.source) this.sources.set(f.source.path, f.source);
        this.skippedUnread.push(f.skipped);
        this.pushDiagnostic(f.diagnostic, f.source);
      } else this.visitFile(f);
    });
  }

  /** Rendered objects: as a file's objects, found in the files a person edits (src/render). */
  private visitRoot(root: RenderedRoot, shapeErrors: Map<K8sObject, ShapeError[]>): void {
    if (root.error !== undefined) this.rootFinding(root, 'LP020', 'failed', root.error, root.errorAt);
    for (const note of root.notes) this.rootFinding(root, 'LP022', 'notModelled', note.text, note.path);
    this.objectCount += root.objects.length;
    this.rootLinks.push({ name: root.name, at: root.at, flux: root.objects.filter(isFluxKustomizationObject) });
    this.shapeFindings(shapeErrors);
    for (const o of root.objects) {
      this.sites.push(...annotationSuppressions(o, (path) => this.locateKept(o, path)));
      if (o.invalid) continue;
      if (inModel(o)) this.kept.push(o);
      else for (const r of this.runners) r.object(o);
    }
    const together = root.objects.filter((o) => !o.invalid);
    if (together.length > 1) for (const r of this.runners) r.group(together, { name: root.name, rendered: true });
    this.positions.release();
  }

  private visitFile(f: Extract<InputFile, { read: true }>): void {
    const { input, layer, layerAt } = this;
    const { source, parsed: p } = f;
    this.sources.set(source.path, source);
    this.documents += p.documents;
    if (p.skipped) this.skippedParsed.push({ file: source.path, reason: p.skipped });
    if (isNonKubernetes(p)) this.nonKubernetesFiles.push(source.path);
    // (a file a rendered root includes: its objects are audited, and counted, as the root renders them)
    if (!f.member) this.objectCount += p.objects.length;
    if (!input.reportOnly || input.reportOnly.has(source.path)) this.objectsReported += p.objects.length;
    const first = this.findings.length;
    for (const d of p.diagnostics) this.pushDiagnostic(d, source);
    this.shapeFindings(f.shapeErrors);
    const fileSites = commentSuppressions(source);
    if (!f.member) for (const o of p.objects) fileSites.push(...annotationSuppressions(o, (path) => this.locateKept(o, path)));
    this.sites.push(...fileSites);
    const keptHere = new Set<K8sObject>();
    const fileKey = layer ? LAYER_KEY.get(p) : undefined;
    for (let i = 0; i < p.objects.length; i++) {
      const o = p.objects[i]!;
      if (o.invalid || f.member) continue;
      if (inModel(o)) {
        keptHere.add(o);
        if (fileKey !== undefined) layerAt.set(o, { key: fileKey, index: i });
      } else for (const r of this.runners) r.object(o);
    }
    const together = f.member ? [] : p.objects.filter((o) => !o.invalid);
    if (together.length > 1) for (const r of this.runners) r.group(together, { name: source.path, rendered: false });
    this.kept.push(...keptHere);
    this.positions.release();
    // (a file a rendered root includes: findings of its objects point into it later)
    if (first === this.findings.length && fileSites.length === 0 && !f.member) {
      // Nothing will point into this file: it is listed (summary, JUnit), its text is not kept (unless
      // the same path, given twice, has findings from the first time).
      if (keptHere.size === 0 && !this.pointedInto.has(source.path)) this.sources.set(source.path, newSource(source.path, ''));
      else this.pointedInto.add(source.path);
      return;
    }
    this.pointedInto.add(source.path);
    // Findings and suppressions of objects that are not kept refer to a copy without the value.
    const copies = new Map<K8sObject, K8sObject>();
    const copy = (o: K8sObject): K8sObject => {
      if (keptHere.has(o)) return o;
      let c = copies.get(o);
      if (!c) copies.set(o, (c = { ...o, value: {} }));
      return c;
    };
    for (let i = first; i < this.findings.length; i++) {
      const o = this.objectOfFinding.get(this.findings[i]!);
      if (o) this.objectOfFinding.set(this.findings[i]!, copy(o));
    }
    for (const s of fileSites) if (s.object) s.object = copy(s.object);
  }

  /** LP002 for the fields of wrong types (the objects are audited without them). */
  private shapeFindings(shapeErrors: Map<K8sObject, ShapeError[]>): void {
    const lp002 = this.severityOf('LP002');
    if (!lp002) return;
    const template = findRule('LP002')!.meta.messages.wrongType ?? '';
    for (const [o, errs] of shapeErrors) {
      for (const e of errs) this.report(o, 'LP002', 'wrongType', format(template, { object: objectLabel(o), field: e.path.join('.'), detail: e.message }), e.path, lp002);
    }
  }

  private rootFinding(root: RenderedRoot, code: 'LP020' | 'LP022', messageId: string, detail: string, path: ObjPath = []): void {
    const severity = this.severityOf(code);
    if (!severity) return;
    this.report(root.at, code, messageId, format(findRule(code)!.meta.messages[messageId] ?? '', { root: root.name, detail }), path, severity, { root: root.name });
  }

  // ---- 5. The model, cross-object rules, then per-object rules on the model's objects. Findings of
  // cross-object rules are placed once all have run, file by file, together with the per-object
  // rules' findings in that file: a document's tree is parsed once for both (bench/RESULTS.md,
  // finding 16). (Cross-object rules first: no rule has both kinds of check.)

  checkModel(): void {
    const { positions, runners, layer, layerAt } = this;
    this.model = buildModel(this.kept);
    // Each bundle of rendered roots on its own, the files no root includes with the whole run (bundles.ts)
    const scopes = (this.scopes = scopesOf(this.kept, this.rootLinks, this.model));
    positions.deferPlacement();
    if (!scopes) for (const r of runners) r.model();
    else
      for (const [id, model] of scopes.models) {
        this.scope = { id, model, of: scopes.scopeOf };
        for (const r of runners) r.model();
      }
    positions.placeNow();
    let current: SourceFile | undefined;
    const objectChecks = layer && layerAt.size ? new ObjectChecks(layer, this.config) : undefined;
    for (const o of this.kept) {
      if (o.file !== current) {
        if (current) positions.placeDeferred(current);
        positions.focus((current = o.file));
      }
      if (scopes) this.scope = this.scopeFor(scopes, o);
      const at = objectChecks && layerAt.get(o);
      if (!at) for (const r of runners) r.object(o);
      else this.checkWithLayer(o, objectChecks, at);
    }
    this.scope = undefined;
    objectChecks?.save();
    if (current) positions.placeDeferred(current);
    positions.placeDeferred();
  }

  private scopeFor(scopes: Scopes, o: K8sObject): { id: string; model: Model; of: (o: K8sObject) => string } {
    const id = scopes.scopeOf(o);
    return { id, model: scopes.models.get(id) ?? this.model!, of: scopes.scopeOf };
  }

  /** The per-object checks of a model object of a file with an entry in the layer: replayed, or run and recorded. */
  private checkWithLayer(o: K8sObject, objectChecks: ObjectChecks, at: { key: string; index: number }): void {
    const { runners, justifications } = this;
    const stored = objectChecks.stored(at.key, at.index);
    if (stored === null) {
      for (const r of runners) r.object(o);
      return;
    }
    const slot = stored ? undefined : objectChecks.begin(at.key, at.index);
    for (const i of this.objectRules) {
      if (stored) {
        // (absent: the check reported nothing; null: it read more than the object, so it runs)
        const done = stored[i];
        if (done === undefined) continue;
        if (done === null) runners[i]!.object(o);
        else objectChecks.replay(done, o, (f, object, cause) => this.found(f, object, cause), justifications);
        continue;
      }
      const before = this.findings.length;
      const justifiedBefore = justifications.length;
      const watch = { object: o, touched: false };
      this.recording = watch;
      try {
        runners[i]!.object(o);
      } finally {
        this.recording = undefined;
        if (watch.touched) slot!.push(`"${i}":null`);
        else if (this.findings.length !== before || justifications.length !== justifiedBefore) {
          const found = this.findings.slice(before);
          slot!.push(`"${i}":${ObjectChecks.encode([found, found.map((f) => this.causeOf.get(f) ?? null), justifications.slice(justifiedBefore)])}`);
        }
      }
    }
  }

  // ---- 5a–7. What the reports draw, offered edits, findings merged across roots, suppressions and
  // one finding per root cause: the findings as the run settles them.

  /** `reported`: whether a finding can be reported (--context); edits are worked out only for those. */
  settle(reported?: (f: Finding) => boolean): Finding[] {
    const { input, positions, sources } = this;
    // 5a. The access graph, for the reports that draw it
    if (input.graph) this.graph = buildAccessGraph(this.model!, justifiedBy((o, p) => positions.commentFor(o, p)), (o, p) => ({ file: o.file.path, line: positions.locate(o, p).start.line }), { kubeVersion: this.config.kubeVersion, ...(this.scopes ? { together: this.scopes.together } : {}) });
    // 5b. Offered edits as text edits (only when asked: --fix, and the reports that carry them): those
    // of rendered objects now (whether findings merged across roots keep an edit depends on them, step
    // 6), the others once the findings that are reported are known (step 7: not those folded into
    // another, nor with reportOnly those of files read as context; bench/RESULTS.md finding 28).
    const offers = input.fixes ? this.offers : new Map<Finding, Offer & { object: K8sObject }>();
    resolveOffers(new Map([...offers].filter(([, o]) => o.object.render)), sources);
    // 5c. `helm template … | leastpriv audit -`: findings of stdin at the chart files (src/render/helm-source.ts)
    const stdin = input.stdinName === undefined ? sources.get('-') : undefined;
    if (stdin) mapHelmSources(this.findings, stdin, input.cwd ?? process.cwd(), sources);
    const about = (f: Finding) => this.objectOfFinding.get(f);
    // 6. A base that several roots render: one finding per distinct place, naming the roots.
    this.findings = mergeAcrossRoots(this.findings, about);
    // 7. Suppressions, then one finding per root cause (after suppressions: a suppression of a folded
    // finding still counts as used).
    applySuppressions(this.findings, this.sites, about);
    this.findings = foldRootCauses(this.findings, this.causeOf);
    this.causeOf.clear();
    if (offers.size) {
      const later = new Map<Finding, Offer & { object: K8sObject }>();
      for (const f of this.findings) {
        const o = offers.get(f);
        if (o && !o.object.render && (!reported || reported(f))) later.set(f, o);
      }
      resolveOffers(later, sources);
    }
    this.findings.push(...suppressionProblems(this.sites, (code) => this.severityOf(code)));
    return this.findings;
  }

  // ---- 8. The result: the findings as they are reported (filtered, ordered), and the summary.

  result(findings: Finding[]): FullAuditResult {
    const { input, config, active } = this;
    const only = input.reportOnly;
    const listed = (only ? this.justifications.filter((j) => only.has(j.file)) : this.justifications).sort(byPosition);
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
    const reportObjects = only ? this.kept.filter((o) => only.has(o.file.path)) : this.kept;
    const pss = pssReport(reportObjects, findings, (f) => this.objectOfFinding.get(f), controls, config.profile, config.kubeVersion);
    const skipped = [...this.skippedUnread, ...this.skippedParsed];
    const nonK8s = only ? this.nonKubernetesFiles.filter((f) => only.has(f)) : this.nonKubernetesFiles;
    return {
      ...(pss ? { pss } : {}),
      ...(this.graph ? { graph: this.graph } : {}),
      findings,
      // With reportOnly, files read only as context are not listed as skipped either.
      summary: { files: this.sources.size, documents: this.documents, objects: this.objectCount, skipped: only ? skipped.filter((k) => only.has(k.file)) : skipped, nonKubernetes: nonK8s.length, nonKubernetesFiles: nonK8s, objectsReported: this.objectsReported, findings: counts, suppressed },
      sources: this.sources,
      // Live-verification rules (tag 'live') are reported by `leastpriv verify`, never by audit: not listed here.
      rules: [...active.values()].filter((a) => !a.rule.meta.tags.includes('live')).map((a) => describeRule(a.rule, a.severity)),
      justifications: listed,
      coverage: coverageOf(config, input.exclude),
    };
  }

  // ---- How findings are made.

  private pushDiagnostic(d: InputDiagnostic, source?: SourceFile): void {
    const rule = findRule(d.code)!;
    const code = rule.meta.code;
    const ruled = this.severityOf(code);
    if (!ruled) return;
    const severity: Severity = d.lesser ? (ruled === 'error' ? 'warning' : 'note') : ruled;
    const region: Region = source ? offsetsToRegion({ file: source }, d.range) : { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    this.findings.push({
      code,
      rule: rule.meta.name,
      severity,
      messageId: Object.keys(rule.meta.messages)[0]!,
      message: d.message,
      file: d.file,
      region,
      fingerprint: fingerprint([code, d.file, withoutLines(d.message)]),
      ...(this.input.fixes && d.duplicate && source ? safeOffers(() => duplicateKeyOffers(source, d.duplicate!, this.config.limits)) : {}),
    });
  }

  /**
   * Where a value of the object was written (a rendered object's may be in a kustomization or a
   * patch), its file kept for the code frame as `report` keeps it.
   */
  private locateKept(object: K8sObject, path: ObjPath) {
    const at = this.positions.locateAt(object, path);
    const kept = this.sources.get(at.file.path);
    if (object.render && (!kept || (!kept.text && at.file.text))) this.sources.set(at.file.path, at.file);
    return at;
  }

  /** A finding about an object (its region is filled in by `positions`: at once, or file by file in step 5). */
  private report(object: K8sObject, code: string, messageId: string, message: string, path: ObjPath, severity: Severity, data?: Record<string, string>, offer?: Offer, cause?: string): void {
    if (this.recording && object !== this.recording.object) this.recording.touched = true;
    const f = objectFinding({ code, rule: findRule(code)!.meta.name, severity, messageId, message, fingerprintMessage: this.whereTexts.stable(message), object, path, region: UNPLACED, ...(data ? { data } : {}) });
    const sources = this.sources;
    this.positions.place(object, path, (r, file) => {
      f.region = r;
      if (file.path !== f.file) f.file = file.path;
      // (a file read with nothing pointing into it yet keeps an empty text, step 4: a finding placed
      // in it later, such as LP020 at a kustomization read before its root failed, needs the text)
      const kept = sources.get(file.path);
      if (!kept || (!kept.text && file.text)) sources.set(file.path, file);
    });
    this.found(f, object, cause);
    if (offer && this.input.fixes && (offer.fix || offer.suggestions?.length)) this.offers.set(f, { object, ...offer });
  }

  private found(f: Finding, object: K8sObject, cause: string | undefined): void {
    this.findings.push(f);
    this.objectOfFinding.set(f, object);
    if (cause !== undefined) this.causeOf.set(f, cause);
  }

  /** A rule with its context (RuleContext): what it reads of the run, and where its reports go. */
  private ruleRunner(a: ActiveRule): RuleRunner {
    const { rule } = a;
    const run = this;
    const touch = (obj: K8sObject) => {
      if (run.recording && obj !== run.recording.object) run.recording.touched = true;
    };
    const rctx: RuleContext<string, any> = {
      get model(): Model {
        if (run.recording) run.recording.touched = true;
        return run.scope?.model ?? run.model ?? NO_MODEL_YET;
      },
      options: a.options,
      severity: a.severity,
      kubeVersion: this.config.kubeVersion,
      report: (r) => {
        // (another scope's object: that scope reports it, from its own model)
        if (run.scope && run.scope.of(r.object) !== run.scope.id) return;
        const tpl = (rule.meta.messages as Record<string, string>)[r.messageId];
        if (tpl === undefined) throw new Error(`rule ${rule.meta.name} reported unknown message id '${r.messageId}'`);
        const data = r.data ? Object.fromEntries(Object.entries(r.data).map(([k, v]) => [k, String(v)])) : undefined;
        this.report(r.object, rule.meta.code, r.messageId, format(tpl, r.data), r.path, r.severity ?? a.severity, data, { ...(r.fix ? { fix: r.fix } : {}), ...(r.suggestions ? { suggestions: r.suggestions } : {}) }, r.cause);
      },
      commentFor: (obj, path) => {
        touch(obj);
        return this.positions.commentFor(obj, path);
      },
      where: (obj, path) => {
        touch(obj);
        const text = this.positions.where(obj, path);
        this.whereTexts.note(text, obj);
        return text;
      },
      justified: (j) => {
        touch(j.object);
        const { file, region } = this.positions.locateAt(j.object, j.path);
        this.justifications.push({ file: file.path, region, object: objectLabel(j.object), privilege: j.privilege, reason: j.reason, source: j.source });
      },
    };
    const crashed = (obj: K8sObject | undefined, e: unknown) => {
      const sev = this.severityOf('LP004');
      if (!sev) return;
      const detail = e instanceof Error ? e.message : String(e);
      const rie = findRule('LP004')!;
      const msg = format(rie.meta.messages.crashed ?? '', { rule: `${rule.meta.code} ${rule.meta.name}`, object: obj ? objectLabel(obj) : 'the model', detail });
      if (obj) this.report(obj, 'LP004', 'crashed', msg, [], sev, { rule: rule.meta.code });
      else this.findings.push({ code: 'LP004', rule: rie.meta.name, severity: sev, messageId: 'crashed', message: msg, file: MODEL_FILE, region: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, fingerprint: fingerprint(['LP004', rule.meta.code, detail]) });
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
      group(objects, scope) {
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
