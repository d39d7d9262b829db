/**
 * The SHA-256 behind finding fingerprints (src/engine/sha256.ts) must equal node:crypto's, byte for
 * byte: the written-out function on its own, and sha256Hex, which hands over to node:crypto once it
 * has hashed its budget.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resetSha256Budget, sha256Hex, sha256Written, WRITTEN_OUT_BLOCKS } from '../src/engine/sha256.ts';
import { fingerprint } from '../src/engine/fingerprint.ts';

const node = (s: string) => createHash('sha256').update(s).digest('hex');

describe('the written-out SHA-256', () => {
  it('matches the FIPS 180-2 examples', () => {
    expect(sha256Written('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Written('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Written('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('equals node:crypto at every length around the block and padding boundaries', () => {
    for (let n = 0; n <= 200; n++) {
      const s = 'x'.repeat(n);
      expect(sha256Written(s), `length ${n}`).toBe(node(s));
    }
    const big = 'ä€😀 '.repeat(40_000);
    expect(sha256Written(big)).toBe(node(big));
  });

  it('equals node:crypto on any string, UTF-8 encoded (fast-check, fixed seed)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 300 }), fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 100 }).map((u) => String.fromCharCode(...u)), (a, b) => {
        expect(sha256Written(a)).toBe(node(a));
        // Any UTF-16 units, lone surrogates too: both encode those as U+FFFD.
        expect(sha256Written(b)).toBe(node(b));
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('keeps fingerprints as they were (a baseline written before stays valid)', () => {
    const parts = ['LP116', 'fixtures/incident/after.yaml', 'rbac.authorization.k8s.io/v1', 'Role', 'ns', 'name', undefined, 3];
    expect(fingerprint(parts)).toBe(node(parts.map((p) => (p === undefined ? '' : String(p))).join('\u0000')).slice(0, 32));
  });
});

describe('sha256Hex', () => {
  it('gives node:crypto\'s value before, across and after the hand-over to node:crypto', () => {
    resetSha256Budget();
    const inputs = Array.from({ length: 40 }, (_, i) => `LP10${i % 10}\u0000fixtures/a-${i}.yaml\u0000${'ä'.repeat(i * 7)}\u0000${i}`);
    // (which of them the written-out function hashes: those before the budget runs out)
    let left = WRITTEN_OUT_BLOCKS;
    let before = 0;
    let handedOver = false;
    for (const s of inputs) {
      expect(sha256Hex(s), s).toBe(node(s));
      const blocks = Math.ceil((Buffer.byteLength(s) + 9) / 64);
      if (!handedOver && blocks <= left) {
        left -= blocks;
        before++;
      } else handedOver = true;
    }
    expect(before).toBeGreaterThan(1);
    expect(handedOver).toBe(true);
    // (an input longer than what is left of the budget goes to node:crypto at once)
    resetSha256Budget(1);
    expect(sha256Hex('x'.repeat(64))).toBe(node('x'.repeat(64)));
    expect(sha256Hex('abc')).toBe(node('abc'));
    resetSha256Budget();
  });
});
