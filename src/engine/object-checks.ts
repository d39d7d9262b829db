/**
 * The per-file layer's record of the per-object checks of the model's objects (engine/audit.ts,
 * step 5): what each rule reported on each object of a file, kept under the file's key in
 * src/cache/parsed.ts, so that a run computed again (a hook after an edit) checks again only the
 * objects of the files whose text changed.
 */
import type { Config } from '../config/types.ts';
import type { AuditCache } from '../cache/types.ts';
import type { Justification } from './audit.ts';
import type { K8sObject } from '../input/types.ts';
import { activeRules } from './registry.ts';
import { sha256Hex } from './sha256.ts';
import { packFinding, unpackFinding } from './finding-codec.ts';
import type { Finding } from './types.ts';

/** What one per-object check yielded on one object: its findings, their causes, its justifications. */
export type CheckRecord = [Finding[], (string | null)[], Justification[]];

/**
 * The per-object checks of the model's objects kept in the per-file layer (src/cache/parsed.ts),
 * one entry per file and config: for each kept object (by its index in the file), for each rule
 * that reported something or read more than the object (by its place among the active rules), what
 * it reported, or null (then it runs every time). Keyed by the file's key (its text, path, chart,
 * limits), the whole effective config and the active rules; the packs carry the code's identity.
 * An entry is made when a file has none: the same inputs give the same checks.
 */
export class ObjectChecks {
  private readonly config: string;
  /** Entries read, by file key: by object index, the checks by rule place. */
  private readonly read = new Map<string, Map<number, Record<number, CheckRecord | null>> | null>();
  /** Entries made in this run, by file key: per object index, per rule place the record's JSON or 'null'. */
  private readonly made = new Map<string, [number, string[]][]>();
  private readonly unsound = new Set<string>();

  constructor(
    private readonly layer: NonNullable<AuditCache['parsed']>,
    config: Config,
  ) {
    this.config = sha256Hex(JSON.stringify([config, activeRules(config).map((a) => a.rule.meta.code)]));
  }

  private readonly keys = new Map<string, string>();

  private keyOf(fileKey: string): string {
    let k = this.keys.get(fileKey);
    if (k === undefined) this.keys.set(fileKey, (k = `${fileKey}.checks.${this.config}`));
    return k;
  }

  /**
   * The stored checks of a file's object (by rule place), or undefined when they are to be recorded
   * (the file has no entry), or null when the entry lacks the object (not this file's): they all run.
   */
  stored(fileKey: string, index: number): Record<number, CheckRecord | null> | null | undefined {
    let entry = this.read.get(fileKey);
    if (entry === undefined) {
      entry = null;
      const json = this.layer.raw(this.keyOf(fileKey));
      if (json !== undefined) {
        try {
          entry = new Map(JSON.parse(json) as [number, Record<number, CheckRecord | null>][]);
          for (const checks of entry.values()) for (const record of Object.values(checks)) if (record) record[0].forEach(unpackFinding);
        } catch {
          entry = null;
        }
      }
      this.read.set(fileKey, entry);
    }
    if (!entry) return undefined;
    return entry.get(index) ?? null;
  }

  /** Hands over a stored check's findings (each with its cause) and justifications again. */
  replay(record: CheckRecord, object: K8sObject, found: (f: Finding, object: K8sObject, cause: string | undefined) => void, justifications: Justification[]): void {
    const [findings, causes, justified] = record;
    for (let k = 0; k < findings.length; k++) found(findings[k]!, object, causes[k] ?? undefined);
    justifications.push(...justified);
  }

  /**
   * Where the checks of a file's object are recorded, as `"place":json` (a rule that reported
   * nothing and read nothing else is left out; `null`: it read more than the object).
   */
  begin(fileKey: string, index: number): string[] {
    let list = this.made.get(fileKey);
    if (!list) this.made.set(fileKey, (list = []));
    // (a file's objects come in order: one met again, a file given twice, is not kept)
    if (list.length && list[list.length - 1]![0] >= index) this.unsound.add(fileKey);
    const slot: string[] = [];
    list.push([index, slot]);
    return slot;
  }

  /** A check's record as JSON now (later stages change findings in place); null when JSON would not give it back exactly. */
  static encode(record: CheckRecord): string {
    return record.every((part) => part.every((x) => x === null || exact(x, new Set()))) ? JSON.stringify([record[0].map(packFinding), record[1], record[2]]) : 'null';
  }

  save(): void {
    for (const [fileKey, list] of this.made) {
      if (this.unsound.has(fileKey)) continue;
      this.layer.putRaw(this.keyOf(fileKey), `[${list.map(([index, checks]) => `[${index},{${checks.join(',')}}]`).join(',')}]`);
    }
  }
}

/** Whether JSON gives `v` back exactly (as src/cache/parsed.ts faithful: plain data, no value reached twice). */
function exact(v: unknown, seen: Set<object>): boolean {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(v) && !Object.is(v, -0);
    case 'object': {
      if (v === null) return true;
      if (seen.has(v)) return false;
      seen.add(v);
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) if (!(i in v) || !exact(v[i], seen)) return false;
        return true;
      }
      if (Object.getPrototypeOf(v) !== Object.prototype) return false;
      for (const k in v) if (!Object.hasOwn(v, k) || !exact((v as Record<string, unknown>)[k], seen)) return false;
      return true;
    }
    default:
      return false;
  }
}
