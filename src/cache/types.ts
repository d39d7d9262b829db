/** What `audit()` asks of a cache (src/cache/memo.ts): the engine knows only this shape. */
import type { AuditInput, FullAuditResult } from '../engine/audit.ts';
import type { InputLimits, SourceFile } from '../input/types.ts';

export interface AuditCache {
  /** The result of `compute(input)`: from the cache when the same inputs were audited before. */
  audit(input: AuditInput, compute: (input: AuditInput) => FullAuditResult): FullAuditResult;
  /** Renders of kustomize roots (src/cache/render.ts), used by the render stage of a computed run. */
  renders?: RenderCache;
  /** The per-file layer (src/cache/parsed.ts): what the per-object rules reported on a file's objects, used by a computed run. */
  parsed?: ParsedCache;
  /** Waits for entries still being written (a cache opened with `background`: src/cache/memo.ts openCache). */
  flush?(): Promise<void>;
}

/**
 * The per-file layer (src/cache/parsed.ts): entries by key, as JSON. A file's key is made from its
 * text as parsed, its path, chart and the limits (keyOf); the engine keeps entries that depend on
 * the file under keys it derives from that one (engine/audit.ts: per-object findings).
 */
export interface ParsedCache {
  keyOf(source: SourceFile, chart: string | undefined, limits: InputLimits): string;
  raw(key: string): string | undefined;
  putRaw(key: string, json: string): void;
  save(): void;
}

/** A root's render as stored: kustomize's output, or its message when it failed. */
export type StoredRender = { ok: true; stdout: string } | { ok: false; stderr: string };

/**
 * What the render stage asks of a cache (src/cache/render.ts): a root's kustomize output, kept
 * under a key made of everything kustomize reads for it (src/render/inputs.ts).
 */
export interface RenderCache {
  /** The key of the root whose wrapper kustomization is in `wrapperDir`, rendered by `command args`; or why it is not cached. */
  key(wrapperDir: string, command: string, args: readonly string[]): { key: string } | { uncached: string };
  get(key: string): StoredRender | undefined;
  /** Kept to be written by `done()`. */
  put(key: string, render: StoredRender): void;
  /** After a run's renders: writes what was put (unless a file read for a key changed meanwhile), then prunes. */
  done(): void;
  /** Whether every file hashed for a key still has the size, times and inode it had then. */
  unchanged(): boolean;
  /**
   * How many keyed roots failed in a way that is not kept (a timeout, kustomize not starting or
   * killed by a signal): a result computed with one is not stored either.
   */
  transient: number;
}
