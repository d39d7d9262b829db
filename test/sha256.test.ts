/** The SHA-256 behind finding fingerprints (src/engine/sha256.ts) must equal node:crypto's, byte for byte. */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../src/engine/sha256.ts';
import { fingerprint } from '../src/engine/fingerprint.ts';

const node = (s: string) => createHash('sha256').update(s).digest('hex');

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 examples', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('equals node:crypto at every length around the block and padding boundaries', () => {
    for (let n = 0; n <= 200; n++) {
      const s = 'x'.repeat(n);
      expect(sha256Hex(s), `length ${n}`).toBe(node(s));
    }
    const big = 'ä€😀 '.repeat(40_000);
    expect(sha256Hex(big)).toBe(node(big));
  });

  it('equals node:crypto on any string, UTF-8 encoded (fast-check, fixed seed)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 300 }), fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 100 }).map((u) => String.fromCharCode(...u)), (a, b) => {
        expect(sha256Hex(a)).toBe(node(a));
        // Any UTF-16 units, lone surrogates too: both encode those as U+FFFD.
        expect(sha256Hex(b)).toBe(node(b));
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('keeps fingerprints as they were (a baseline written before stays valid)', () => {
    const parts = ['LP116', 'fixtures/incident/after.yaml', 'rbac.authorization.k8s.io/v1', 'Role', 'ns', 'name', undefined, 3];
    expect(fingerprint(parts)).toBe(node(parts.map((p) => (p === undefined ? '' : String(p))).join('\u0000')).slice(0, 32));
  });
});
