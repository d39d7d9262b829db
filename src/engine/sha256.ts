/**
 * SHA-256 of a string's UTF-8 bytes, as lowercase hex: the same value as node:crypto's
 * `createHash('sha256').update(s).digest('hex')` (test/sha256.test.ts checks that on many inputs).
 * Used for finding fingerprints (short strings) and a few keys.
 *
 * The first few kilobytes a process hashes go through the SHA-256 written out below (FIPS 180-4,
 * "Secure Hash Standard", §4.1.2, §4.2.2, §5.1.1, §5.3.3, §6.2), the rest through node:crypto,
 * loaded then. Why both (bench/RESULTS.md, finding 25): a one-file audit hashes a handful of
 * fingerprints, and loading node:crypto for them costs ~2–3 ms of CPU; but once the written-out
 * function has run a few dozen blocks V8 finds it hot and TurboFan compiles it, ~6–7 ms of CPU on a
 * background thread (`node --trace-opt`: "completed compiling sha256Hex … took 7.4 ms"), more than
 * loading node:crypto, which is as fast per fingerprint (~3 µs). So the written-out function stops
 * before it gets hot. Identity, not security: nothing secret goes in.
 */
import { createRequire } from 'node:module';

/**
 * 64-byte blocks (the message with its padding, §5.1.1) the written-out function hashes at most per
 * process, then node:crypto. Measured on Node 20 (`--trace-opt`): 28 blocks in calls of any size
 * from 10 bytes to 1.4 KB never made it hot; 32 did (16 calls of 64 bytes, or one of 2 KB through
 * on-stack replacement); 7 fingerprints of ~450 bytes, 56 blocks, did.
 */
export const WRITTEN_OUT_BLOCKS = 24;
let budget = WRITTEN_OUT_BLOCKS;
let nodeHash: ((s: string) => string) | undefined;

export function sha256Hex(text: string): string {
  if (nodeHash) return nodeHash(text);
  const blocks = Math.ceil((Buffer.byteLength(text, 'utf8') + 9) / 64);
  if (blocks <= budget) {
    budget -= blocks;
    return written(text);
  }
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  nodeHash = (s) => createHash('sha256').update(s).digest('hex');
  return nodeHash(text);
}

/** For tests: the written-out function on its own, and the budget set again. */
export const sha256Written = (text: string): string => written(text);
export function resetSha256Budget(blocks = WRITTEN_OUT_BLOCKS): void {
  budget = blocks;
  nodeHash = undefined;
}

/** §4.2.2: the first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** §5.3.3: the first 32 bits of the fractional parts of the square roots of the first 8 primes. */
const H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

const encoder = new TextEncoder();
const W = new Uint32Array(64);
const H = new Uint32Array(8);
/** Reused for inputs up to 64 KiB; a longer one gets its own buffer. */
const KEPT = 65536;
let buf = new Uint8Array(1024);
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** The written-out SHA-256. */
function written(text: string): string {
  // UTF-8 is at most 3 bytes per UTF-16 unit; 72 more for the padding.
  const need = text.length * 3 + 72;
  const bytes = need <= buf.length ? buf : need <= KEPT ? (buf = new Uint8Array(KEPT)) : new Uint8Array(need);
  const n = encoder.encodeInto(text, bytes).written;
  // §5.1.1 padding: the message, a 1 bit, zeros, then the length in bits as 64 bits big-endian.
  const end = Math.ceil((n + 9) / 64) * 64;
  bytes.fill(0, n, end);
  bytes[n] = 0x80;
  const view = new DataView(bytes.buffer, 0, end);
  view.setUint32(end - 8, Math.floor(n / 0x20000000));
  view.setUint32(end - 4, (n * 8) >>> 0);

  H.set(H0);
  for (let off = 0; off < end; off += 64) {
    // §6.2.2: message schedule, then 64 rounds (functions Σ, σ, Ch, Maj from §4.1.2).
    for (let t = 0; t < 16; t++) W[t] = view.getUint32(off + t * 4);
    for (let t = 16; t < 64; t++) {
      const w15 = W[t - 15]!, w2 = W[t - 2]!;
      const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
      const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
      W[t] = W[t - 16]! + s0 + W[t - 7]! + s1;
    }
    let a = H[0]!, b = H[1]!, c = H[2]!, d = H[3]!, e = H[4]!, f = H[5]!, g = H[6]!, h = H[7]!;
    for (let t = 0; t < 64; t++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[t]! + W[t]!) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    H[0] = H[0]! + a;
    H[1] = H[1]! + b;
    H[2] = H[2]! + c;
    H[3] = H[3]! + d;
    H[4] = H[4]! + e;
    H[5] = H[5]! + f;
    H[6] = H[6]! + g;
    H[7] = H[7]! + h;
  }
  let hex = '';
  for (let i = 0; i < 8; i++) {
    const x = H[i]!;
    hex += HEX[x >>> 24]! + HEX[(x >>> 16) & 0xff]! + HEX[(x >>> 8) & 0xff]! + HEX[x & 0xff]!;
  }
  return hex;
}
