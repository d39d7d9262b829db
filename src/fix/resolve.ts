/**
 * From a rule's edits (object + path + value) to text edits (file + range + new text). Each edit is
 * made on the text as the edits before it left it (src/fix/yaml-edit.ts), then the whole result is
 * checked before it is offered:
 * - the file still parses, with the same documents;
 * - every edited path holds the value the rule asked for;
 * - no edited object is one the API server rejects. The checks are those of the container security
 *   context validation that an edit could trip (kubernetes/kubernetes pkg/apis/core/validation,
 *   ValidateSecurityContext: `allowPrivilegeEscalation: false` with `privileged: true`, or with
 *   `CAP_SYS_ADMIN` in `capabilities.add`, is invalid).
 * The text edit is the changed span of each file (common prefix and suffix cut off), so a
 * replacement never covers more than what changes.
 */
import type { K8sObject, SourceFile } from '../input/types.ts';
import type { RuleFix } from '../engine/rule.ts';
import type { Finding, TextEdit, TextFix } from '../engine/types.ts';
import type { Offer } from './offers.ts';
import { applyEdit, deepEqual, parseDocs, valueAt } from './yaml-edit.ts';

/** The fix as text edits, and the files they are in (an edit of a rendered object may go into a patch file no finding points at). */
export type Resolved = { fix: TextFix; files: SourceFile[] } | { refused: string };

type PlannedEdit = { docIndex: number; path: (string | number)[]; op: 'set' | 'append'; value: unknown; comment?: string };

export function resolveFix(fix: RuleFix, reported: K8sObject): Resolved {
  const byFile = new Map<string, { file: SourceFile; list: PlannedEdit[] }>();
  for (const e of fix.edits) {
    const obj = e.object ?? reported;
    const op = 'append' in e ? 'append' : 'set';
    const value = 'append' in e ? e.append : e.set;
    let at: { file: SourceFile; docIndex: number; path: (string | number)[] };
    if (obj.render) {
      // A rendered object (src/render): the edit goes where the value is written, the origin file
      // or a strategic-merge patch file, or nowhere (mapback.ts editTargetFor says why).
      const t = obj.render.editTarget?.(e.path);
      if (!t) return { refused: 'no place to write an edit of a rendered object' };
      if ('refused' in t) return { refused: `${e.path.join('.')}: ${t.refused}` };
      const invalid = rejected(withEdit(obj.value, e.path, op, value));
      if (invalid && !rejected(obj.value)) return { refused: invalid };
      at = { file: t.object.file, docIndex: t.object.documentIndex, path: [...t.object.rootPath, ...t.path] };
    } else at = { file: obj.file, docIndex: obj.documentIndex, path: [...obj.rootPath, ...e.path] };
    const entry = byFile.get(at.file.path) ?? { file: at.file, list: [] };
    entry.list.push({ docIndex: at.docIndex, path: at.path, op, value, ...(e.comment ? { comment: e.comment } : {}) });
    byFile.set(at.file.path, entry);
  }
  const edits: TextEdit[] = [];
  const files: SourceFile[] = [];
  for (const { file, list: planned } of byFile.values()) {
    if (!file.text) return { refused: `the text of ${file.path} is not available` };
    // The edits of one document are made on its own text, so a fix costs a parse of its document,
    // not of the file: with the whole file parsed again for each fix (twice: the edit, the check),
    // --format json on one file of 1,000 privileged Pods took 400 s, 200 took 16 s.
    const part = documentPart(file, planned);
    const before = part ? file.text.slice(part.start, part.end) : file.text;
    const list = part ? planned.map((e) => ({ ...e, docIndex: 0 })) : planned;
    let text = before;
    for (const e of list) {
      const r = applyEdit(text, e.docIndex, { path: e.path, ...(e.comment ? { comment: e.comment } : {}), ...(e.op === 'append' ? { append: e.value } : { set: e.value }) });
      if ('refused' in r) return { refused: `${e.path.join('.')}: ${r.refused}` };
      text = r.text;
    }
    if (text === before) continue;
    const problem = check(before, text, list);
    if (problem) return { refused: problem };
    edits.push(changedSpan(file, before, text, part?.start));
    files.push(file);
  }
  if (!edits.length) return { refused: 'nothing to change' };
  return { fix: { description: fix.description, edits }, files };
}

/** Where each document of a file's text is, from its first line (or the file's start) to the next `---`. */
const documentParts = new WeakMap<SourceFile, { text: string; parts: { start: number; end: number }[] | undefined }>();

/**
 * The part of the file holding the one document all `list` edits are in, when it can be edited on
 * its own: it parses alone to that one document (no directive in the file, every later document
 * starting a line with its `---`). Undefined otherwise: then the whole file is edited.
 */
function documentPart(file: SourceFile, list: PlannedEdit[]): { start: number; end: number } | undefined {
  const di = list[0]?.docIndex;
  if (di === undefined || list.some((e) => e.docIndex !== di)) return undefined;
  let known = documentParts.get(file);
  if (known?.text !== file.text) {
    const text = file.text;
    let parts: { start: number; end: number }[] | undefined;
    if (!/^%/m.test(text)) {
      const docs = parseDocs(text);
      const starts = docs.map((d, i) => (i === 0 ? 0 : (d.range?.[0] ?? -1)));
      if (starts.every((s, i) => i === 0 || (s > 0 && text[s - 1] === '\n' && text.startsWith('---', s)))) {
        parts = starts.map((start, i) => ({ start, end: i + 1 < starts.length ? starts[i + 1]! : text.length }));
      }
    }
    documentParts.set(file, (known = { text, parts }));
  }
  const part = known.parts?.[di];
  if (!part) return undefined;
  // (alone, the part must read as the same one document: else the whole file is edited)
  const alone = parseDocs(file.text.slice(part.start, part.end));
  return alone.length === 1 && alone[0]!.errors.length === 0 ? part : undefined;
}

/** A copy of `value` with one edit made (for checking the rendered object the edit leads to). */
function withEdit(value: unknown, path: readonly (string | number)[], op: 'set' | 'append', v: unknown): unknown {
  const root = JSON.parse(JSON.stringify(value ?? {})) as Record<string, unknown>;
  let cur: Record<string | number, unknown> = root;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i]!;
    if (cur[k] === null || typeof cur[k] !== 'object') cur[k] = {};
    cur = cur[k] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1];
  if (last === undefined) return root;
  if (op === 'append') cur[last] = [...(Array.isArray(cur[last]) ? (cur[last] as unknown[]) : []), v];
  else cur[last] = v;
  return root;
}

function check(before: string, after: string, edits: PlannedEdit[]): string | undefined {
  const was = parseDocs(before);
  const now = parseDocs(after);
  if (was.length !== now.length) return 'the edit would change the documents of the file';
  for (const e of edits) {
    const doc = now[e.docIndex];
    if (!doc || doc.errors.length) return 'the edited document would not parse';
    const v = valueAt(now, e.docIndex, e.path);
    const ok = e.op === 'set' ? deepEqual(v, e.value) : Array.isArray(v) && v.some((x) => deepEqual(x, e.value));
    if (!ok) return `${e.path.join('.')} would not hold the value asked for`;
    const invalid = rejected(doc.toJS({ maxAliasCount: 100 }));
    if (invalid && !rejected(was[e.docIndex]?.toJS({ maxAliasCount: 100 }))) return invalid;
  }
  return undefined;
}

/** A reason the API server would reject the object, among those an edit could cause. */
export function rejected(value: unknown): string | undefined {
  let found: string | undefined;
  const visit = (v: unknown, depth: number): void => {
    if (found || depth > 64 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as Record<string, unknown>;
    const sc = o.securityContext as Record<string, unknown> | undefined;
    if (sc && typeof sc === 'object' && sc.allowPrivilegeEscalation === false) {
      if (sc.privileged === true) found = 'allowPrivilegeEscalation: false with privileged: true is rejected by the API server';
      const add = (sc.capabilities as { add?: unknown } | undefined)?.add;
      if (Array.isArray(add) && add.includes('CAP_SYS_ADMIN')) found = 'allowPrivilegeEscalation: false with CAP_SYS_ADMIN added is rejected by the API server';
    }
    for (const x of Object.values(o)) visit(x, depth + 1);
  };
  visit(value, 0);
  return found;
}

/** `offset`: where `before` starts in the file (a document's part of it). */
export function changedSpan(file: SourceFile, before: string, after: string, offset = 0): TextEdit {
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  const start = offset + p;
  const end = offset + before.length - s;
  const lc = file.lineCounter;
  const a = lc.linePos(start);
  const b = lc.linePos(end);
  return { file: file.path, range: [start, end], region: { start: { line: a.line, column: a.col }, end: { line: b.line, column: b.col } }, text: after.slice(p, after.length - s) };
}

/**
 * Each finding's offered fix and suggestions as text edits. Offers that cannot be written exactly,
 * or whose result would not parse, hold the value, or pass the API server, are dropped.
 */
export function resolveOffers(offers: Map<Finding, Offer & { object: K8sObject }>, sources: Map<string, SourceFile>): void {
  const keep = (files: SourceFile[]) => {
    for (const file of files) if (!sources.get(file.path)?.text) sources.set(file.path, file);
  };
  // (an offer that cannot be worked out is no offer: it never stops the audit)
  const resolveSafely = (fix: RuleFix, object: K8sObject): Resolved => {
    try {
      return resolveFix(fix, object);
    } catch (e) {
      return { refused: `internal error: ${e instanceof Error ? e.message : String(e)}` };
    }
  };
  for (const [f, o] of offers) {
    if (o.fix) {
      const r = resolveSafely(o.fix, o.object);
      if ('fix' in r) {
        f.fix = r.fix;
        keep(r.files);
      }
    }
    const suggestions = (o.suggestions ?? []).flatMap((s) => {
      const r = resolveSafely(s, o.object);
      if (!('fix' in r)) return [];
      keep(r.files);
      return [r.fix];
    });
    if (suggestions.length) f.suggestions = suggestions;
  }
}

/** Edits worked out for a finding, or none when working them out fails (an offer never stops the audit). */
export function safeOffers<T extends object>(f: () => T): T | Record<string, never> {
  try {
    return f();
  } catch {
    return {};
  }
}
