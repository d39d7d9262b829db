/**
 * Fingerprints that identify a finding across commits: rule, file, object identity, the path inside
 * the object and the message data; never line numbers, so unrelated edits above do not change them
 * (the places a message names by file:line enter as the file and object there: engine/stable-text.ts).
 * The value is the first 128 bits of SHA-256 (see sha256.ts for why it is not node:crypto's).
 */
import { sha256Hex } from './sha256.ts';

export function fingerprint(parts: readonly (string | number | undefined)[]): string {
  return sha256Hex(parts.map((p) => (p === undefined ? '' : String(p))).join('\u0000')).slice(0, 32);
}
