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
 */
import type { Document, ScalarTag, Tags } from 'yaml';
import type { K8sObject, SourceFile } from './types.ts';
import { fastParse, type PosNode } from './fast-yaml.ts';
import { yamlLib } from './yaml-lib.ts';

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

const trees = new WeakMap<SourceFile, Map<number, YamlTree | null>>();

function lineStart(text: string, at: number): number {
  const nl = text.lastIndexOf('\n', at - 1);
  return nl === -1 ? 0 : nl + 1;
}

/** Positions passes counted since `trackPositionsPasses` (tests pin how few an audit needs). */
export interface PositionsPasses {
  passes: number;
  /** Distinct documents parsed (`path` NUL `documentIndex`). */
  documents: Set<string>;
}
let tracked: PositionsPasses | undefined;

/** For tests: count every positions pass from now on (not counted otherwise, as it costs memory). */
export function trackPositionsPasses(): PositionsPasses {
  return (tracked = { passes: 0, documents: new Set() });
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
  const base = lineStart(file.text, obj.docRange[0]);
  const slice = file.text.slice(base, obj.docRange[1]);
  let tree: YamlTree | null = null;
  const fast = fastParse(slice, { withPos: true, positionsOnly: true });
  const firstFast = fast?.find((d) => d.value !== null);
  if (firstFast?.pos) {
    tree = { kind: 'fast', root: firstFast.pos, base };
  } else {
    try {
      const docs = yamlLib().parseAllDocuments(slice, PARSE_OPTIONS);
      const first = Array.isArray(docs) ? docs.find((d) => d.contents !== null) : undefined;
      if (first) tree = { kind: 'yaml', doc: first as Document.Parsed, base };
    } catch {
      tree = null;
    }
  }
  byDoc.set(obj.documentIndex, tree);
  return tree ?? undefined;
}
