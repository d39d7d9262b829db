/**
 * Findings as `--cache` stores them (src/cache/memo.ts: a run's result; engine/object-checks.ts: the
 * per-file layer). Most of a finding is its message, made from the rule's message template and the
 * finding's data, which the finding also carries: the data once and the text made of it again. A
 * stored finding holds 0 in place of its rule name and of its message when the rule's code gives the
 * name back and the template with the data gives the message back, character for character (checked
 * when packed, so a message changed by a later stage is kept as it is). The key stays where it was,
 * so an unpacked finding prints byte for byte as the computed one. On synthetic 50k (27,774 findings)
 * a full audit's entry is 37 → 26 MB of JSON (bench/RESULTS.md finding 31).
 *
 * The per-file layer stores JSON made ASCII (`\uXXXX` for the rest, as JSON allows): a one-byte
 * string, turned into bytes by a copy (latin1) rather than UTF-8 encoding, and read back by V8's ASCII
 * fast path. (A run's result is stored by V8's serializer instead: src/cache/entry.ts.)
 */
import { findRule } from './registry.ts';
import { format, formats } from './rule.ts';
import type { Finding } from './types.ts';

/** A finding as stored: `rule` and `message` 0 where they are derived (unpackFinding). */
export type PackedFinding = Omit<Finding, 'rule' | 'message'> & { rule: string | 0; message: string | 0 };

/** The stored form of a finding: a copy with 0 for what unpackFinding gives back; the finding itself when nothing is. */
export function packFinding(f: Finding): Finding | PackedFinding {
  // (a --context counterfactual's result holds fingerprints only: engine/audit.ts)
  const meta = typeof f.code === 'string' ? findRule(f.code)?.meta : undefined;
  if (!meta) return f;
  const rule = f.rule === meta.name;
  const template = meta.messages[f.messageId];
  const message = f.data !== undefined && template !== undefined && typeof f.message === 'string' && formats(template, f.data, f.message);
  if (!rule && !message) return f;
  return { ...f, ...(rule ? { rule: 0 as const } : {}), ...(message ? { message: 0 as const } : {}) };
}

/** A stored finding made whole again, in place (JSON.parse made it: nobody else holds it). */
export function unpackFinding(f: Finding | PackedFinding): Finding {
  if (f.rule !== 0 && f.message !== 0) return f as Finding;
  const meta = findRule(f.code)?.meta;
  // (a code no rule has: the entry is not this build's; the cache's checks keep such entries out)
  if (!meta) throw new Error(`stored finding of unknown rule ${f.code}`);
  const w = f as { rule: string | 0; message: string | 0 };
  if (w.rule === 0) w.rule = meta.name;
  if (w.message === 0) w.message = format(meta.messages[f.messageId] ?? '', f.data);
  return f as Finding;
}

/** JSON text with every character over 0x7f written as `\uXXXX` (the same JSON value). */
export function asciiOnly(json: string): string {
  return NON_ASCII.test(json) ? json.replace(NON_ASCII_ALL, escape) : json;
}

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_ALL = /[^\x00-\x7f]/g;
