import type { LineIndex } from './line-index.ts';

/** One file (or stdin) as read from disk, with what positions need. */
export interface SourceFile {
  /** Path as shown to users: relative to the cwd when below it, '-' for stdin. */
  path: string;
  text: string;
  lineCounter: LineIndex;
}

/** One Kubernetes object: a YAML document's root mapping, or one item of a `*List`. */
export interface K8sObject {
  file: SourceFile;
  documentIndex: number;
  /** Offsets of the YAML document in the file text (its tree is parsed again on demand: tree.ts). */
  docRange: [number, number];
  /**
   * Where the object's mapping starts in the file, when the fast reader read it (not for List items):
   * the line of `locate(obj, [])` without parsing the document again (Positions.where).
   */
  rootStart?: number;
  /** For items of a List: the path from the document root to this item (['items', 3]). */
  rootPath: readonly (string | number)[];
  /** Plain JS value of the object (aliases expanded, merge keys applied). */
  value: Record<string, unknown>;
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
  /** Set when the object failed shape validation: rules do not run on it. */
  invalid?: boolean;
  /**
   * Set for an object rendered by kustomize or Flux (src/render): `file`/`docRange` are its origin
   * document, `value` is as rendered; `mapBack` gives the place a person edits for a path.
   */
  render?: {
    /** The root (kustomization folder or Flux Kustomization) it was rendered from, as shown to users. */
    root: string;
    /** Rendered by a Flux Kustomization: kustomize-controller applies it, not `kubectl apply`. */
    flux?: true;
    /** For an origin file outside the working folder: the entry inside it that reaches the file (`file:line`). */
    from?: string;
    mapBack(path: readonly (string | number)[]): { object: K8sObject; path: readonly (string | number)[] } | { source: SourceFile; range: [number, number] };
    /** Where an edit of `path` is written (the origin file or a strategic-merge patch file), or why it cannot be (src/render/mapback.ts editTargetFor). */
    editTarget?(path: readonly (string | number)[]): { object: K8sObject; path: readonly (string | number)[]; via: 'origin' | 'patch' } | { refused: string };
  };
}

export interface InputLimits {
  /** Bytes; larger files are reported and skipped. */
  maxFileSize: number;
  /** Documents per file; the rest of the file is reported and skipped. */
  maxDocuments: number;
  /** Alias expansions per document (billion-laughs guard). */
  maxAliasCount: number;
  /** Nesting depth; deeper documents are reported and skipped. */
  maxDepth: number;
}

export const DEFAULT_LIMITS: InputLimits = {
  maxFileSize: 16 * 1024 * 1024,
  maxDocuments: 10_000,
  maxAliasCount: 10_000,
  maxDepth: 200,
};
