/** What `audit()` asks of a cache (src/cache/memo.ts): the engine knows only this shape. */
import type { AuditInput, FullAuditResult } from '../engine/audit.ts';
import type { ParsedFile } from '../input/parse.ts';
import type { InputLimits, K8sObject, SourceFile } from '../input/types.ts';
import type { ShapeError } from '../model/shape.ts';

export interface AuditCache {
  /** The result of `compute(input)`: from the cache when the same inputs were audited before. */
  audit(input: AuditInput, compute: (input: AuditInput) => FullAuditResult): FullAuditResult;
  /** Renders of kustomize roots (src/cache/render.ts), used by the render stage of a computed run. */
  renders?: RenderCache;
  /** Files as parsed and shape checked (src/cache/parsed.ts), used by the input stage of a computed run. */
  parsed?: ParsedCache;
}

/** A file as parsed and shape checked (its objects' wrongly typed fields dropped), from the per-file layer. */
export interface StoredParse {
  parsed: ParsedFile;
  shapeErrors: Map<K8sObject, ShapeError[]>;
}

/**
 * The per-file layer (src/cache/parsed.ts): entries by key, as JSON. A file's parse is keyed by its
 * text as parsed, its path, chart and the limits (keyOf); the engine keeps other entries that
 * depend on the file under keys it derives from that one (engine/audit.ts: per-object findings).
 */
export interface ParsedCache {
  keyOf(source: SourceFile, chart: string | undefined, limits: InputLimits): string;
  get(key: string, source: SourceFile): StoredParse | undefined;
  /** Kept (when its objects survive storing exactly) to be written by save(). */
  put(key: string, source: SourceFile, parsed: ParsedFile, shapeErrors: ReadonlyMap<K8sObject, ShapeError[]>): void;
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
