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

/** `\s` in a JavaScript regexp (ECMA-262 WhiteSpace and LineTerminator), by code unit. */
const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
/** `[A-Za-z0-9_,\s-]` */
const isIdChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 44 || c === 45 || isSpace(c);
/** A line terminator, which `.` in a regexp does not match (the comment is one line of the file). */
const isBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
const DIRECTIVE_WORD = 'leastpriv-ignore';

/**
 * The rule list and reason of a `# leastpriv-ignore RULE[,RULE…] [-- reason] [# expect: …]` comment
 * (`comment`: from its `#` to the end of the line), or undefined. The same answers as the regexp
 * `/#\s*leastpriv-ignore\s+([A-Za-z0-9_,\s-]+?)(?:\s+--\s*(.*?))?\s*(?:#\s*expect:.*)?$/` (held to it
 * in test/regex-linear.test.ts), in one pass: that regexp backtracks quadratically on a long run of
 * spaces in the rule list or the reason.
 */
export function parseSuppressionComment(comment: string): { ids: string; reason?: string } | undefined {
  const n = comment.length;
  // Tables from the right, so that each question below is answered in constant time:
  // wsEnd[i]: end of the run of white space at i (i when none); okAt[i]: the smallest r >= i where
  // the tail `\s*(?:#\s*expect:.*)?$` matches (-1: none); breakAt[i]: the first line terminator at or
  // after i (n: none).
  const wsEnd = new Int32Array(n + 1);
  const okAt = new Int32Array(n + 2);
  const breakAt = new Int32Array(n + 1);
  wsEnd[n] = n;
  breakAt[n] = n;
  for (let i = n - 1; i >= 0; i--) {
    wsEnd[i] = isSpace(comment.charCodeAt(i)) ? wsEnd[i + 1]! : i;
    breakAt[i] = isBreak(comment.charCodeAt(i)) ? i : breakAt[i + 1]!;
  }
  const tail = (i: number): boolean => {
    const e = wsEnd[i]!;
    if (e === n) return true;
    if (comment.charCodeAt(e) !== 35 /* # */) return false;
    const x = wsEnd[e + 1]!;
    return comment.startsWith('expect:', x) && breakAt[x + 7] === n;
  };
  okAt[n + 1] = -1;
  for (let i = n; i >= 0; i--) okAt[i] = tail(i) ? i : okAt[i + 1]!;

  /** After a rule list ending at `end`: the reason (or '' for none) when the rest matches, else undefined. */
  const after = (end: number): { reason?: string } | undefined => {
    const e = wsEnd[end]!;
    if (e > end && comment.startsWith('--', e)) {
      // `\s*(.*?)` then the tail: the reason ends where the tail first matches, with no line terminator before
      const from = wsEnd[e + 2]!;
      const r = okAt[from]!;
      if (r !== -1 && r <= breakAt[from]!) return { reason: comment.slice(from, r) };
    }
    return tail(end) ? {} : undefined;
  };

  for (let h = comment.indexOf('#'); h !== -1; h = comment.indexOf('#', h + 1)) {
    const w = wsEnd[h + 1]!;
    if (!comment.startsWith(DIRECTIVE_WORD, w)) continue;
    const word = w + DIRECTIVE_WORD.length;
    const greedy = wsEnd[word]!; // `\s+` takes all the white space first, then gives it back
    if (greedy === word) continue;
    let runEnd = word;
    while (runEnd < n && isIdChar(comment.charCodeAt(runEnd))) runEnd++;
    // the rule list is lazy: the shortest one, from the greedy start, after which the rest matches
    for (let end = greedy + 1; end <= runEnd; end++) {
      const a = after(end);
      if (a) return { ids: comment.slice(greedy, end), ...a };
    }
    // `\s+` gives back one character at a time: the list starts earlier, inside the white space, and
    // every longer list was tried above; the first start that works has a one-character list
    for (let end = greedy; end >= word + 2; end--) {
      const a = after(end);
      if (a) return { ids: comment.slice(end - 1, end), ...a };
    }
  }
  return undefined;
}

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
    const m = parseSuppressionComment(text.slice(at));
    if (!m) continue;
    const alone = text.slice(0, at).trim() === '';
    const covered = alone ? [ln + 1] : [ln];
    for (const raw of m.ids.split(/[,\s]+/).filter(Boolean)) {
      const rule = findRule(raw);
      out.push({
        kind: 'comment',
        file: file.path,
        code: rule?.meta.code ?? raw,
        rawId: raw,
        known: !!rule,
        reason: (m.reason ?? '').trim(),
        region: { start: { line: ln, column: at + 1 }, end: { line: ln, column: text.length + 1 } },
        lines: covered,
        used: false,
      });
    }
  }
  return out;
}

/**
 * The object's `ignore.leastpriv.dev/RULE` annotations. `locateAt` gives the file and region where
 * each was written: for a rendered object that may be a kustomization's `commonAnnotations:` line
 * or a patch, not the object's own file.
 */
export function annotationSuppressions(obj: K8sObject, locateAt: (path: (string | number)[]) => { file: { path: string }; region: Region }): SuppressionSite[] {
  const ann = (obj.value.metadata as { annotations?: Record<string, unknown> } | undefined)?.annotations;
  if (!ann || typeof ann !== 'object') return [];
  const out: SuppressionSite[] = [];
  for (const [key, value] of Object.entries(ann)) {
    if (!key.startsWith(IGNORE_ANNOTATION_PREFIX)) continue;
    const raw = key.slice(IGNORE_ANNOTATION_PREFIX.length);
    const rule = findRule(raw);
    const at = locateAt(['metadata', 'annotations', key]);
    out.push({
      kind: 'annotation',
      file: at.file.path,
      code: rule?.meta.code ?? raw,
      rawId: raw,
      known: !!rule,
      reason: typeof value === 'string' ? value.trim() : '',
      region: at.region,
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
