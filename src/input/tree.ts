/**
 * The YAML tree of one document, for positions only, parsed again on demand.
 *
 * Keeping every parsed `Document` of a run alive costs about seven times the text in heap and a
 * third of the run in garbage collection (measured on the 38 MB real corpus: 347 MB of heap vs
 * 101 MB with plain values; see bench/RESULTS.md). Rules read plain values, and only the documents
 * that get a finding need a tree, so the loader drops each `Document` once its values are taken and
 * this module parses the one document again (its own slice of the text, not the whole file) when the
 * engine first needs a position in it. Anchors are document-scoped in YAML, so a document parses the
 * same on its own. Offsets in the slice are relative to `base`.
 *
 * Most documents are asked for a few paths only, so `walkPath` answers those first by walking to
 * each one (fast-yaml/locator.ts), which builds nothing; a document gets its tree after
 * WALKS_BEFORE_TREE walks, or at once when it cannot be walked.
 */
import type { Document, ScalarTag, Tags } from 'yaml';
import type { K8sObject, SourceFile } from './types.ts';
import { fastParse, type PosNode } from './fast-yaml.ts';
import { locatePath, type LocatedPath } from './fast-yaml/locator.ts';
import { yamlLib } from './yaml-lib.ts';
import { yaml11Breaks } from './go-chunks.ts';

/**
 * A document's nodes with their offsets: from the fast reader when it reads the document (the same
 * offsets the `yaml` package gives, see fast-yaml.ts), else the `yaml` package's Document.
 * `base` is the offset of the slice in the file text: add it to every node range.
 */
export type YamlTree = { kind: 'fast'; root: PosNode; base: number } | { kind: 'yaml'; doc: Document.Parsed; base: number };

/**
 * Floats as go-yaml v2 (the parser behind sigs.k8s.io/yaml) resolves them, which is narrower than the
 * YAML 1.1 spec's regexp the `yaml` package follows: go-yaml's resolve.go uses
 * `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`, so `.` (a path argument!), `1_0.5` and
 * `e5` stay strings, as the API server sees them.
 */
const GO_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const GO_FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
function goYamlFloats(tags: Tags): Tags {
  return tags.map((t) => {
    const tag = t as ScalarTag;
    if (tag.tag !== 'tag:yaml.org,2002:float' || !(tag.test instanceof RegExp) || /nan/i.test(tag.test.source)) return t;
    return { ...tag, test: tag.format === 'EXP' ? GO_FLOAT_EXP : GO_FLOAT };
  });
}

/** Parse options shared by the loader and the re-parse: YAML 1.1, as Kubernetes reads it. */
export const PARSE_OPTIONS = {
  version: '1.1',
  customTags: goYamlFloats,
  merge: true,
  uniqueKeys: true,
  prettyErrors: false,
  strict: false,
  // The `yaml` package reports some oddities (a mapping used as a key) with process.emitWarning,
  // which would print to the CLI's stderr; they are not errors of the manifest.
  logLevel: 'error',
} as const;

/**
 * Options for reading as kubectl reads (goyaml.ts): merge keys and duplicate keys are left in the tree
 * as written, and goyaml.ts applies them in go-yaml's order (a later key wins).
 */
export const GO_PARSE_OPTIONS = { ...PARSE_OPTIONS, merge: false, uniqueKeys: false } as const;

const trees = new WeakMap<SourceFile, Map<number, YamlTree | null>>();

function lineStart(text: string, at: number): number {
  const nl = text.lastIndexOf('\n', at - 1);
  return nl === -1 ? 0 : nl + 1;
}

/**
 * The document's text from the start of its first line (columns count for YAML), with anything
 * before the document on that line blanked: a value of a JSON stream may follow another on its line
 * (`{…}{…}`, go-json.ts). Offsets are those of the file from `base` on.
 */
function documentSlice(text: string, docRange: [number, number]): { base: number; slice: string } {
  const base = lineStart(text, docRange[0]);
  const before = text.slice(base, docRange[0]);
  const slice = text.slice(base, docRange[1]);
  return { base, slice: /^[ \t]*$/.test(before) ? slice : ' '.repeat(before.length) + slice.slice(before.length) };
}

/** Positions passes counted since `trackPositionsPasses` (tests pin how few an audit needs). */
export interface PositionsPasses {
  /** Full positions passes (treeOf). */
  passes: number;
  /** Walks to one path (walkPath). */
  walks: number;
  /** Distinct documents parsed (`path` NUL `documentIndex`). */
  documents: Set<string>;
}
let tracked: PositionsPasses | undefined;

/** For tests: count every positions pass from now on (not counted otherwise, as it costs memory). */
export function trackPositionsPasses(): PositionsPasses {
  return (tracked = { passes: 0, walks: 0, documents: new Set() });
}

/**
 * Paths a document answers by walking (fast-yaml/locator.ts) before it gets a tree. A walk passes
 * over the document's lines up to its target and builds nothing; a tree reads and keeps every node,
 * then answers any path. On the synthetic 50k repository (2 runs each; time within noise) peak RSS
 * was 534 MB with no walks, 338 MB with 2, 316 MB with 3, ~308 MB with 5 or unbounded, where most
 * documents are asked for one to three paths. The bound keeps a document with many findings from
 * being walked once per finding (quadratic in its size): after 8 walks it gets its tree.
 */
const WALKS_BEFORE_TREE = 8;
const walks = new WeakMap<SourceFile, Map<number, number>>();

/**
 * Where `path` leads in the object's document, found by walking to it (fast-yaml/locator.ts), with
 * the offset its slice starts at; undefined when the document has a tree already, has been walked
 * WALKS_BEFORE_TREE times, or was not read by the fast reader (then use `treeOf`).
 */
export function walkPath(obj: K8sObject, path: readonly (string | number)[]): { located: LocatedPath; base: number } | undefined {
  if (obj.rootStart === undefined) return undefined; // only documents the fast reader took whole
  const file = obj.file;
  if (trees.get(file)?.has(obj.documentIndex)) return undefined;
  let byDoc = walks.get(file);
  if (!byDoc) walks.set(file, (byDoc = new Map()));
  const n = byDoc.get(obj.documentIndex) ?? 0;
  if (n >= WALKS_BEFORE_TREE) return undefined;
  byDoc.set(obj.documentIndex, n + 1);
  if (tracked) {
    tracked.walks++;
    tracked.documents.add(`${file.path}\0${obj.documentIndex}`);
  }
  const { base, slice } = documentSlice(file.text, obj.docRange);
  const located = locatePath(slice, path);
  return located ? { located, base } : undefined;
}

/** The document's tree, parsed from its slice of the file; undefined if it cannot be rebuilt. */
export function treeOf(obj: K8sObject): YamlTree | undefined {
  const file = obj.file;
  let byDoc = trees.get(file);
  if (!byDoc) trees.set(file, (byDoc = new Map()));
  const hit = byDoc.get(obj.documentIndex);
  if (hit !== undefined) return hit ?? undefined;
  if (tracked) {
    tracked.passes++;
    tracked.documents.add(`${file.path}\0${obj.documentIndex}`);
  }
  const { base, slice } = documentSlice(file.text, obj.docRange);
  let tree: YamlTree | null = null;
  const fast = fastParse(slice, { withPos: true, positionsOnly: true });
  const firstFast = fast?.find((d) => d.value !== null);
  if (firstFast?.pos) {
    tree = { kind: 'fast', root: firstFast.pos, base };
  } else {
    try {
      const docs = yamlLib().parseAllDocuments(yaml11Breaks(slice), GO_PARSE_OPTIONS);
      const first = Array.isArray(docs) ? docs.find((d) => d.contents !== null) : undefined;
      if (first) tree = { kind: 'yaml', doc: first as Document.Parsed, base };
    } catch {
      tree = null;
    }
  }
  byDoc.set(obj.documentIndex, tree);
  return tree ?? undefined;
}
