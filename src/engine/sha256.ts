/**
 * SHA-256 of a string's UTF-8 bytes, as lowercase hex: finding fingerprints and a few keys. From
 * node:crypto, loaded on first use, so that a run that hashes nothing (a clean one-file audit,
 * `--help`) does not load it (test/startup-imports.test.ts). Identity, not security: nothing secret
 * goes in.
 *
 * (A SHA-256 written out in JavaScript was here, to spare node:crypto's load, ~3 ms of CPU. Measured
 * in session 7, bench/RESULTS.md finding 25: once it has hashed ~30 blocks V8 finds it hot and
 * TurboFan compiles it, ~7 ms of CPU on a background thread — a one-file audit with 7 findings paid
 * that — and node:crypto is as fast per fingerprint.)
 */
import { createRequire } from 'node:module';

let hash: ((text: string) => string) | undefined;

export function sha256Hex(text: string): string {
  if (!hash) {
    const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
    hash = (s) => createHash('sha256').update(s).digest('hex');
  }
  return hash(text);
}
