/**
 * Fingerprints that identify a finding across commits: rule, file, object identity, the path inside
 * the object and the message data; never line numbers, so unrelated edits above do not change them.
 */
import { createHash } from 'node:crypto';

export function fingerprint(parts: readonly (string | number | undefined)[]): string {
  return createHash('sha256').update(parts.map((p) => (p === undefined ? '' : String(p))).join('\u0000')).digest('hex').slice(0, 32);
}
