/**
 * Suppressions, each with a required reason:
 * - a comment `# leastpriv-ignore RULE[,RULE…] -- reason` at the end of the finding's line, or alone
 *   on the line just above it;
 * - an annotation `ignore.leastpriv.dev/RULE: "reason"` on the object (all its findings of that rule).
 * RULE is a code or a name. Suppressed findings are kept (JSON and SARIF show them); a suppression
 * that matches nothing, or has no reason, is reported itself.
 *
 * A suppression can silence a finding, never hide an object: the findings of the input rules
 * (category `input`: a YAML error, input that cannot be audited, wrong field types, a rule that
 * crashed) each say that objects were not audited, so none can be suppressed, by a comment, an
 * annotation or a baseline; a suppression naming one is reported (LP006) and changes nothing.
 */
import type { K8sObject, SourceFile } from '../input/types.ts';
import type { Finding, Region, Severity } from './types.ts';
import { commentStart, lineText } from './comments.ts';
import { findRule } from './registry.ts';
import { format } from './rule.ts';
import { fingerprint } from './fingerprint.ts';

export const IGNORE_ANNOTATION_PREFIX = 'ignore.leastpriv.dev/';
const COMMENT = /#\s*leastpriv-ignore\s+([A-Za-z0-9_,\s-]+?)(?:\s+--\s*(.*?))?\s*(?:#\s*expect:.*)?$/;

/**
 * Whether findings of `code` can be suppressed: not those of the input rules (above), whose
 * findings stand for objects that were not audited. (Live rules are reported by `verify` only.)
 */
export function suppressible(code: string): boolean {
  const rule = findRule(code);
  return !rule || rule.meta.category !== 'input' || rule.meta.tags.includes('live');
}

export interface SuppressionSite {
  kind: 'comment' | 'annotation';
  file: string;
  /** Rule code it suppresses (resolved), or the raw id if unknown. */
  code: string;
  rawId: string;
  known: boolean;
  reason: string;
  region: Region;
  /** Comment: the lines whose findings it covers. Annotation: the object. */
  lines?: number[];
  object?: K8sObject;
  /** Path of the annotation, for locating problems. */
  used: boolean;
}

export function commentSuppressions(file: SourceFile): SuppressionSite[] {
  if (!file.text.includes('leastpriv-ignore')) return [];
  const out: SuppressionSite[] = [];
  const lines = file.lineCounter.lineStarts.length;
  for (let ln = 1; ln <= lines; ln++) {
    const text = lineText(file, ln)!;
    if (!text.includes('leastpriv-ignore')) continue;
    const at = commentStart(text);
    if (at === -1) continue;
    const m = COMMENT.exec(text.slice(at));
    if (!m) continue;
    const alone = text.slice(0, at).trim() === '';
    const covered = alone ? [ln + 1] : [ln];
    for (const raw of m[1]!.split(/[,\s]+/).filter(Boolean)) {
      const rule = findRule(raw);
      out.push({
        kind: 'comment',
        file: file.path,
        code: rule?.meta.code ?? raw,
        rawId: raw,
        known: !!rule,
        reason: (m[2] ?? '').trim(),
        region: { start: { line: ln, column: at + 1 }, end: { line: ln, column: text.length + 1 } },
        lines: covered,
        used: false,
      });
    }
  }
  return out;
}

export function annotationSuppressions(obj: K8sObject, locateAt: (path: (string | number)[]) => Region): SuppressionSite[] {
  const ann = (obj.value.metadata as { annotations?: Record<string, unknown> } | undefined)?.annotations;
  if (!ann || typeof ann !== 'object') return [];
  const out: SuppressionSite[] = [];
  for (const [key, value] of Object.entries(ann)) {
    if (!key.startsWith(IGNORE_ANNOTATION_PREFIX)) continue;
    const raw = key.slice(IGNORE_ANNOTATION_PREFIX.length);
    const rule = findRule(raw);
    out.push({
      kind: 'annotation',
      file: obj.file.path,
      code: rule?.meta.code ?? raw,
      rawId: raw,
      known: !!rule,
      reason: typeof value === 'string' ? value.trim() : '',
      region: locateAt(['metadata', 'annotations', key]),
      object: obj,
      used: false,
    });
  }
  return out;
}

/** Marks findings suppressed by valid sites; marks the sites that were used. */
export function applySuppressions(findings: Finding[], sites: SuppressionSite[], objectOf: (f: Finding) => K8sObject | undefined): void {
  if (sites.length === 0) return;
  const byLine = new Map<string, SuppressionSite[]>();
  const byObject = new Map<K8sObject, SuppressionSite[]>();
  for (const s of sites) {
    if (!s.known || !s.reason || !suppressible(s.code)) continue;
    if (s.lines) {
      for (const l of s.lines) {
        const k = `${s.file}\0${l}`;
        byLine.set(k, [...(byLine.get(k) ?? []), s]);
      }
    } else if (s.object) {
      byObject.set(s.object, [...(byObject.get(s.object) ?? []), s]);
    }
  }
  for (const f of findings) {
    if (!suppressible(f.code)) continue;
    const onLine = byLine.get(`${f.file}\0${f.region.start.line}`)?.find((s) => s.code === f.code);
    const obj = objectOf(f);
    const site = onLine ?? (obj ? byObject.get(obj)?.find((s) => s.code === f.code) : undefined);
    if (!site) continue;
    site.used = true;
    f.suppressed = { kind: site.kind === 'comment' ? 'comment' : 'annotation', justification: site.reason, location: { file: site.file, line: site.region.start.line } };
  }
}

/**
 * The suppressions that are problems themselves, as findings where they are written: one that
 * matched nothing (LP005), or names no rule or gives no reason (LP006). `severityOf` is the
 * severity a rule runs with, undefined when it is off.
 */
export function suppressionProblems(sites: readonly SuppressionSite[], severityOf: (code: string) => Severity | undefined): Finding[] {
  const out: Finding[] = [];
  for (const s of sites) {
    // A suppression of a rule that did not run (off in the config, --disable-rule, --rule) cannot be
    // known to be unused.
    const problem = !s.known ? 'unknownRule' : !suppressible(s.code) ? 'notSuppressible' : !s.reason ? 'noReason' : !s.used && severityOf(s.code) !== undefined ? 'unused' : undefined;
    if (!problem) continue;
    const code = problem === 'unused' ? 'LP005' : 'LP006';
    const severity = severityOf(code);
    if (!severity) continue;
    const rule = findRule(code)!;
    out.push({
      code,
      rule: rule.meta.name,
      severity,
      messageId: problem,
      message: format((rule.meta.messages as Record<string, string>)[problem]!, { rule: s.rawId, code: s.code, name: findRule(s.code)?.meta.name ?? s.rawId }),
      file: s.file,
      region: s.region,
      fingerprint: fingerprint([code, s.file, s.rawId, s.kind, s.object?.name]),
    });
  }
  return out;
}
