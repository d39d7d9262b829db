/**
 * Why `audit --context DIR FILE...` reports a finding in a file that was not named (Finding.involves:
 * it goes away without the files named). Every report says it in the same words, so that a reader of
 * any format (an editor reading SARIF, an annotation on a pull request, a CI test report) knows the
 * finding is there because of the change, not a stray one from elsewhere.
 */
import type { Finding } from '../engine/types.ts';
import { safeFileName } from './safe-text.ts';

/** `(reported because it depends on a.yaml, b.yaml)`, or '' for a finding in a file named. */
export function dependsOn(f: Finding): string {
  if (!f.involves?.length) return '';
  return `(reported because it depends on ${f.involves.map((n) => (n === '-' ? '<stdin>' : safeFileName(n))).join(', ')})`;
}
