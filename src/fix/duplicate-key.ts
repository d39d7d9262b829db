/**
 * Edits for a duplicate key (LP001 `yaml-syntax-error`, from the input stage). kubectl applies the
 * last value of a key written twice (go-yaml v2 semantics: src/input/goyaml.ts); kustomize and Flux
 * refuse the document.
 * - Same value twice: the later entry is redundant. Removing it changes nothing kubectl applies: a
 *   **fix** (ESLint: no judgement needed; the issue names this case).
 * - Different values: removing either entry makes the file unambiguous, but which value was meant
 *   is a person's call (the first may be the safer one: `privileged: false` … `privileged: true`), so
 *   both are **suggestions**: first, remove the earlier entry (the object stays what kubectl
 *   applies today); second, remove the later one (the first value is applied from then on).
 * Each edit deletes the entry's lines only (yaml-edit.ts deletePairAt) and is offered only when the
 * edited file still reads with the same documents, one duplicate fewer, no new problem, and, for
 * the edits that keep what kubectl applies, exactly the same objects.
 */
import type { InputLimits, SourceFile } from '../input/types.ts';
import { newSource, parseSource, type InputDiagnostic } from '../input/parse.ts';
import type { TextFix } from '../engine/types.ts';
import { deletePairAt } from './yaml-edit.ts';
import { changedSpan } from './resolve.ts';

export interface DuplicateOffer {
  fix?: TextFix;
  suggestions?: TextFix[];
}

type Dup = NonNullable<InputDiagnostic['duplicate']>;

export function duplicateKeyOffers(source: SourceFile, dup: Dup, limits: InputLimits): DuplicateOffer {
  const line = (offset: number) => source.lineCounter.linePos(offset).line;
  const before = parseSource(source, limits);
  // (key order aside: kubectl's JSON has no order, and a removed first entry moves its key)
  const objects = (p: ReturnType<typeof parseSource>) => JSON.stringify(p.objects.map((o) => [o.documentIndex, o.rootPath, canonical(o.value)]));
  const dupCount = (p: ReturnType<typeof parseSource>) => p.diagnostics.filter((d) => d.duplicate).length;
  const others = (p: ReturnType<typeof parseSource>) => p.diagnostics.filter((d) => !d.duplicate).map((d) => `${d.code}\0${d.message}`).sort().join('\n');
  const attempt = (at: number, description: string, sameObjects: boolean): TextFix | undefined => {
    const r = deletePairAt(source.text, at);
    if ('refused' in r) return undefined;
    const after = parseSource(newSource(source.path, r.text), limits);
    if (after.documents !== before.documents || after.objects.length !== before.objects.length) return undefined;
    if (dupCount(after) >= dupCount(before) || others(after) !== others(before)) return undefined;
    if (sameObjects && objects(after) !== objects(before)) return undefined;
    return { description, edits: [changedSpan(source, source.text, r.text)] };
  };
  const key = `\`${dup.key}\``;
  if (dup.sameValue) {
    const fix = attempt(dup.at, `Remove the repeated ${key} (line ${line(dup.at)}): it has the value of line ${line(dup.first)}`, true);
    return fix ? { fix } : {};
  }
  const suggestions = [
    attempt(dup.first, `Remove the earlier ${key} (line ${line(dup.first)}), keeping the value kubectl applies (line ${line(dup.at)})`, true),
    attempt(dup.at, `Remove the later ${key} (line ${line(dup.at)}), keeping the value of line ${line(dup.first)} (this changes what is applied)`, false),
  ].filter((s): s is TextFix => !!s);
  return suggestions.length ? { suggestions } : {};
}

/** A value with every mapping's keys sorted (for comparing objects as kubectl sees them). */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]));
  return v;
}
