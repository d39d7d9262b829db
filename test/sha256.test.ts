/**
 * The SHA-256 behind finding fingerprints (src/engine/sha256.ts): the standard's values, and
 * fingerprints as they were when a SHA-256 written out in JavaScript made them (a baseline written
 * then stays valid).
 */
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../src/engine/sha256.ts';
import { fingerprint } from '../src/engine/fingerprint.ts';

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 examples', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('keeps fingerprints as they were (values the written-out SHA-256 gave, UTF-8 and a lone surrogate as U+FFFD)', () => {
    expect(fingerprint(['LP116', 'fixtures/incident/after.yaml', 'rbac.authorization.k8s.io/v1', 'Role', 'ns', 'name', undefined, 3])).toBe('2465b93625c567a13fe71568c968d22a');
    expect(fingerprint(['LP201', 'ä€😀.yaml', '\ud800'])).toBe('c1c8932f29e1474fbc95d307bb8c4849');
  });
});
