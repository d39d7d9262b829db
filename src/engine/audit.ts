/**
 * `audit()`: the one API that the CLI, the GitHub Action and the tests call.
 * inputs → read → parse → shape check → model → rules → positions → suppressions → sorted findings.
 */
import { dirname } from 'node:path';
import { discover } from '../input/discover.ts';
import { ensureLineStarts, parseSource, newSource, type InputDiagnostic, type ParsedFile } from '../input/parse.ts';
import { readInput } from '../input/read.ts';
import type { K8sObject, SourceFile } from '../input/types.ts';
import type { Config } from '../config/types.ts';
import { defaults } from '../config/load.ts';
import { buildModel } from '../model/model.ts';
import { shapeErrors, type ShapeError } from '../model/shape.ts';
import { objectLabel } from '../model/describe.ts';
import { activeRules, describeRule, findRule, type ActiveRule } from './registry.ts';
import { format, type RuleContext } from './rule.ts';
import { locate, offsetsToRegion, where } from './locate.ts';
import { commentForLine } from './comments.ts';
import { annotationSuppressions, applySuppressions, commentSuppressions, type SuppressionSite } from './suppress.ts';
import { fingerprint } from './fingerprint.ts';
import { objectFinding } from './finding.ts';
import { applyBaseline, type Baseline } from './baseline.ts';
import type { AuditResult, Finding, ObjPath, Region, Severity, SkippedFile } from './types.ts';
import { MODEL_FILE, SEVERITY_RANK } from './types.ts';
import { pssReport, type PssReport } from '../pss/report.ts';

export interface AuditInput {
  /** Files and folders; '-' for stdin. */
  paths?: string[];
  /** In-memory sources (tests, editors): audited as if read from these paths. */
  sources?: { path: string; text: string }[];
  cwd?: string;
  config?: Config;
  /** Extra exclude patterns (gitignore syntax, relative to cwd), e.g. from --exclude. */
  exclude?: string[];
  readStdin?: () => Uint8Array;
  /** Path that findings in stdin are reported under (e.g. the file it was rendered from); default '-'. */
  stdinName?: string;
  /** Report only findings in these files (the others are loaded as context, e.g. for RBAC answers). */
  reportOnly?: Set<string>;
  /**
   * Parsed files to reuse across runs over the same inputs (several profiles over one corpus): a file
   * whose text is unchanged is not parsed again. Filled as files are parsed.
   */
  parseCache?: Map<string, ParsedFile>;
  /** Findings recorded here are suppressed (kind `baseline`): only new findings count. */
  baseline?: { baseline: Baseline; label: string };
}

export interface Justification {
  file: string;
  region: Region;
  object: string;
  privilege: string;
  reason: string;
  source: 'annotation' | 'comment';
}

export interface FullAuditResult extends AuditResult {
  justifications: Justification[];
  /** Per-pod, per-control Pod Security Standards verdicts, when any LP3xx control ran. */
  pss?: PssReport;
}

interface Ctx {
  findings: Finding[];
  objectOfFinding: Map<Finding, K8sObject>;
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

export interface LoadedObjects {
  /** Every object found, invalid ones marked (`invalid`). */
  objects: K8sObject[];
  sources: Map<string, SourceFile>;
  skipped: SkippedFile[];
  documents: number;
  nonKubernetes: number;
  /** Input problems, in the order met, with the source they are in when known. */
  diagnostics: { diagnostic: InputDiagnostic; source?: SourceFile }[];
  /** Objects whose audited fields have wrong types: not audited further. */
  shapeErrors: Map<K8sObject, ShapeError[]>;
}

/**
 * The input stage of `audit()`, shared with the commands that answer questions about the manifests
 * (can-i, who-can): discover files, read, parse, and check the shape of the fields leastpriv reads.
 */
export function loadObjects(input: AuditInput, config: Config): LoadedObjects {
  const cwd = input.cwd ?? process.cwd();
  const out: LoadedObjects = { objects: [], sources: new Map(), skipped: [], documents: 0, nonKubernetes: 0, diagnostics: [], shapeErrors: new Map() };
  const { sources, skipped } = out;
  const parsed: ParsedFile[] = [];
  const pushDiagnostic = (diagnostic: InputDiagnostic, source?: SourceFile) => out.diagnostics.push(source ? { diagnostic, source } : { diagnostic });

  // Inputs
  const files: string[] = [];
  if (input.paths?.length) {
    const excludes = [...config.exclude.map((p) => ({ base: config.file ? dirname(config.file) : cwd, pattern: p })), ...(input.exclude ?? []).map((p) => ({ base: cwd, pattern: p }))];
    const found = discover(input.paths, { cwd, exclude: excludes, gitignore: config.gitignore });
    files.push(...found.files);
    for (const p of found.problems) {
      skipped.push(p);
      pushDiagnostic({ code: 'input-not-auditable', file: p.file, message: p.reason, range: [0, 1] });
    }
  }
  for (const s of input.sources ?? []) {
    const src = newSource(s.path, s.text);
    sources.set(src.path, src);
    parsed.push(parseSource(src, config.limits));
  }
  for (const f of files) {
    const shownAs = f === '-' ? (input.stdinName ?? '-') : f;
    const r = readInput(f, cwd, config.limits.maxFileSize, input.readStdin, shownAs);
    if ('diagnostic' in r) {
      skipped.push({ file: shownAs, reason: r.diagnostic.message });
      const partial = r.text !== undefined ? newSource(shownAs, r.text) : undefined;
      if (partial) {
        ensureLineStarts(partial);
        sources.set(shownAs, partial);
      }
      pushDiagnostic(r.diagnostic, partial);
      continue;
    }
    const cached = input.parseCache?.get(r.source.path);
    if (cached && cached.source.text === r.source.text) {
      sources.set(cached.source.path, cached.source);
      parsed.push(cached);
      continue;
    }
    sources.set(r.source.path, r.source);
    const p = parseSource(r.source, config.limits);
    input.parseCache?.set(r.source.path, p);
    parsed.push(p);
  }

  // Parse results
  for (const p of parsed) {
    out.documents += p.documents;
    if (p.skipped) skipped.push({ file: p.source.path, reason: p.skipped });
    for (const d of p.diagnostics) pushDiagnostic(d, p.source);
    if (!p.skipped && p.objects.length === 0 && p.diagnostics.length === 0) out.nonKubernetes++;
    out.objects.push(...p.objects);
  }

  // Shape check: objects with wrong types are marked and not audited further.
  for (const o of out.objects) {
    const errs = shapeErrors(o);
    if (errs.length === 0) continue;
    o.invalid = true;
    out.shapeErrors.set(o, errs);
  }
  return out;
}

export function audit(input: AuditInput): FullAuditResult {
  const config = input.config ?? defaults();
  const active = new Map(activeRules(config).map((a) => [a.rule.meta.code, a]));
  const ctx: Ctx = { findings: [], objectOfFinding: new Map() };

  const pushDiagnostic = (d: InputDiagnostic, source?: SourceFile) => {
    const code = d.code === 'yaml-syntax-error' ? 'LP001' : 'LP003';
    const severity = ruleSeverity(active, code);
    if (!severity) return;
    const rule = findRule(code)!;
    if (source) ensureLineStarts(source); // a file refused before parsing has no line index yet
    const region: Region = source ? offsetsToRegion({ file: source }, d.range) : { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    ctx.findings.push({
      code,
      rule: rule.meta.name,
      severity,
      messageId: code === 'LP001' ? 'syntax' : 'notAuditable',
      message: d.message,
      file: d.file,
      region,
      fingerprint: fingerprint([code, d.file, d.message]),
    });
  };

  // 1–2. Inputs, parse results
  const loaded = loadObjects(input, config);
  for (const { diagnostic, source } of loaded.diagnostics) pushDiagnostic(diagnostic, source);
  const { objects, sources, skipped, documents, nonKubernetes } = loaded;

  const report = (object: K8sObject, code: string, messageId: string, message: string, path: ObjPath, severity: Severity, data?: Record<string, string>) => {
    const f = objectFinding({ code, rule: findRule(code)!.meta.name, severity, messageId, message, object, path, ...(data ? { data } : {}) });
    ctx.findings.push(f);
    ctx.objectOfFinding.set(f, object);
  };

  // 3. Shape check: objects with wrong types are reported and not audited further.
  const lp002 = ruleSeverity(active, 'LP002');
  for (const [o, errs] of loaded.shapeErrors) {
    if (!lp002) continue;
    for (const e of errs) {
      const field = e.path.join('.');
      const rule = findRule('LP002')!;
      report(o, 'LP002', 'wrongType', format(rule.meta.messages.wrongType ?? "", { object: objectLabel(o), field, detail: e.message }), e.path, lp002);
    }
  }

  // 4. Rules
  const valid = objects.filter((o) => !o.invalid);
  const model = buildModel(valid);
  const justifications: Justification[] = [];
  for (const a of active.values()) {
    const { rule } = a;
    if (!rule.checkObject && !rule.checkModel) continue;
    let current: K8sObject | undefined;
    const rctx: RuleContext<string, any> = {
      model,
      options: a.options,
      severity: a.severity,
      kubeVersion: config.kubeVersion,
      report: (r) => {
        const tpl = (rule.meta.messages as Record<string, string>)[r.messageId];
        if (tpl === undefined) throw new Error(`rule ${rule.meta.name} reported unknown message id '${r.messageId}'`);
        const data = r.data ? Object.fromEntries(Object.entries(r.data).map(([k, v]) => [k, String(v)])) : undefined;
        report(r.object, rule.meta.code, r.messageId, format(tpl, r.data), r.path, r.severity ?? a.severity, data);
      },
      commentFor: (obj, path) => commentForLine(obj.file, locate(obj, path).start.line),
      where,
      justified: (j) =>
        justifications.push({
          file: j.object.file.path,
          region: locate(j.object, j.path),
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
    if (rule.checkObject) {
      for (const o of valid) {
        current = o;
        try {
          rule.checkObject(o, rctx);
        } catch (e) {
          crashed(current, e);
        }
      }
    }
    if (rule.checkModel) {
      try {
        rule.checkModel(rctx);
      } catch (e) {
        crashed(undefined, e);
      }
    }
  }

  // 5. Suppressions
  const sites: SuppressionSite[] = [];
  for (const s of sources.values()) sites.push(...commentSuppressions(s));
  for (const o of objects) sites.push(...annotationSuppressions(o, (p) => locate(o, p)));
  applySuppressions(ctx.findings, sites, (f) => ctx.objectOfFinding.get(f));
  for (const s of sites) {
    const problem = !s.known ? 'unknownRule' : !s.reason ? 'noReason' : !s.used ? 'unused' : undefined;
    if (!problem) continue;
    const code = problem === 'unused' ? 'LP005' : 'LP006';
    const sev = ruleSeverity(active, code);
    if (!sev) continue;
    const rule = findRule(code)!;
    ctx.findings.push({
      code,
      rule: rule.meta.name,
      severity: sev,
      messageId: problem,
      message: format((rule.meta.messages as Record<string, string>)[problem]!, { rule: s.rawId }),
      file: s.file,
      region: s.region,
      fingerprint: fingerprint([code, s.file, s.rawId, s.kind, s.object?.name]),
    });
  }

  // 6. Order and summary
  let findings = ctx.findings;
  if (input.reportOnly) findings = findings.filter((f) => input.reportOnly!.has(f.file));
  if (input.baseline) applyBaseline(findings, input.baseline.baseline, input.baseline.label);
  findings.sort(
    (a, b) =>
      byPosition(a, b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
  disambiguateFingerprints(findings);
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
  const reportObjects = input.reportOnly ? valid.filter((o) => input.reportOnly!.has(o.file.path)) : valid;
  const pss = pssReport(reportObjects, findings, (f) => ctx.objectOfFinding.get(f), controls, config.profile, config.kubeVersion);
  return {
    ...(pss ? { pss } : {}),
    findings,
    // With reportOnly, files read only as context are not listed as skipped either.
    summary: { files: sources.size, documents, objects: objects.length, skipped: input.reportOnly ? skipped.filter((k) => input.reportOnly!.has(k.file)) : skipped, nonKubernetes, findings: counts, suppressed },
    sources,
    // Live-verification rules (tag 'live') are reported by `leastpriv verify`, never by audit: not listed here.
    rules: [...active.values()].filter((a) => !a.rule.meta.tags.includes('live')).map((a) => describeRule(a.rule, a.severity)),
    justifications: listed,
  };
}

/** Exit status for a result: 1 when an unsuppressed finding is at or above the threshold. */
export function exitCodeFor(result: AuditResult, failOn: Severity | 'none'): 0 | 1 {
  if (failOn === 'none') return 0;
  const min = SEVERITY_RANK[failOn];
  return result.findings.some((f) => !f.suppressed && SEVERITY_RANK[f.severity] >= min) ? 1 : 0;
}
