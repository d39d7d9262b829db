/** What `audit()` asks of a cache (src/cache/memo.ts): the engine knows only this shape. */
import type { AuditInput, FullAuditResult } from '../engine/audit.ts';

export interface AuditCache {
  /** The result of `compute(input)`: from the cache when the same inputs were audited before. */
  audit(input: AuditInput, compute: (input: AuditInput) => FullAuditResult): FullAuditResult;
}
