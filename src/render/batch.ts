/**
 * Several roots in one kustomize process (bench/RESULTS.md, "Render stage": a `kubectl kustomize`
 * start costs about 0.15 s of CPU, and most roots of a repository are small).
 *
 * A batch is a wrapper kustomization that lists several roots (`resources: [../a, ../b]`), built
 * once; each object is given back to its root by its `config.kubernetes.io/origin` path. The output
 * must be what each root renders alone, so only roots where that is certain are batched:
 *
 * - kustomize runs some steps once, for the whole build, not per kustomization
 *   (sigs.k8s.io/kustomize/api/internal/target/kusttarget.go, makeCustomizedResMap: name suffix
 *   hashes of generated objects, fixing references to renamed objects, vars). In a batch these see
 *   every root's objects: a Deployment of one root that refers to ConfigMap `cfg` it does not define
 *   is rewritten to another root's `b-cfg` (checked with kubectl 1.32). So a batched root has no
 *   transformer/generator/validator plugins, `vars`, `sortOptions`, `openapi` or Helm charts, and no
 *   `configurations`/`crds` (they add name-reference and name-prefix field specs, merged into the
 *   configuration of the whole build: another root's fields would become references) at any
 *   level it includes, nothing remote and nothing missing; and after the build every object must
 *   carry the name it is written with in its origin file (a JSON6902 patch can rename): then those
 *   whole-build steps change nothing, alone or not. (A Namespace is the exception: `namespace:`
 *   renames it, and it is no name-reference target: builtinpluginconsts/namereference.go.)
 * - A root that renames (`namePrefix`/`nameSuffix`, ConfigMap/Secret generators, whose objects get
 *   a hash suffix) shares a process only with roots that cannot refer to its objects: the
 *   name-reference step matches a field's value against the names an object had (written, then
 *   prefixed, suffixed, hashed: each contains the written name), so no scalar of the other root's
 *   files (parsed, inline patches too) may contain a name the renaming root writes or generates.
 *   After the build each of its objects' names must contain the name written in its origin file
 *   (a generated one: its generator's name), else the batch is rendered again root by root.
 * - Roots of one batch include no file in common (so each object's origin names its root) and
 *   write no kind/name in common (kustomize refuses two objects with one id in a build).
 * - Large roots (most of their cost is parsing, not starting) render alone.
 *
 * A batch that fails is split: the root kustomize's message names (`accumulating resources from
 * '../x'`) renders alone, the others are batched again; if no root is named, the batch is halved.
 * Down to single roots, so errors read exactly as when each root renders alone. A batch whose
 * output does not pass the checks above, or that hit the timeout, is rendered again one root at a
 * time.
 */

// (the `yaml` package loaded on first use, as everywhere: bundled statically it would be compiled at
// every run's start-up, kustomizations or not; test/startup-imports.test.ts)
import { yamlLib } from '../input/yaml-lib.ts';

export interface BatchCandidate {
  /** Index of the root (the caller's). */
  index: number;
  /** Absolute folder of the root. */
  dir: string;
  /** Every file the root includes (kustomization files, resource files). */
  files: Set<string>;
  /** `kind/name` of every object its resource files write. */
  ids: Set<string>;
  /** Bytes of its files (the cost of parsing them). */
  weight: number;
  /** Set when a level renames its objects (RENAMING_FIELDS): the names it writes or generates. */
  renames?: string[];
  /** The texts of its files (a Flux root's: its spec's strings), undefined when one could not be read. */
  texts?: string[];
  /** Every scalar of its files, as text (undefined: a file could not be read as YAML). */
  scalars: () => string[] | undefined;
}

/** Roots larger than this render alone: their cost is parsing, not the process start. */
export const BATCH_MAX_ROOT_BYTES = 256 * 1024;
/** A batch holds at most this many roots (a failing batch is split; smaller batches cost less to split). */
export const BATCH_MAX_ROOTS = 24;

/** Groups candidates into batches (first fit, in the order given); a group of one renders alone. */
export function planBatches(candidates: BatchCandidate[], maxRoots = BATCH_MAX_ROOTS): BatchCandidate[][] {
  const batches: { members: BatchCandidate[]; files: Set<string>; ids: Set<string> }[] = [];
  for (const c of candidates) {
    const fits = batches.find((b) => b.members.length < maxRoots && disjoint(b.files, c.files) && disjoint(b.ids, c.ids) && b.members.every((m) => !refersTo(c, m) && !refersTo(m, c)));
    if (fits) {
      fits.members.push(c);
      for (const f of c.files) fits.files.add(f);
      for (const id of c.ids) fits.ids.add(id);
    } else batches.push({ members: [c], files: new Set(c.files), ids: new Set(c.ids) });
  }
  return batches.map((b) => b.members);
}

/** Whether a scalar of `x`'s files could name one of the objects `y` renames (see above). */
function refersTo(x: BatchCandidate, y: BatchCandidate): boolean {
  if (!y.renames?.length) return false;
  // Quick answer first: a scalar equal to a name is in the text as written, unless an escape (`\`)
  // or line folding (whitespace in the name) or quoting made it: then the scalars are read.
  const names = anyOf(y.renames);
  const plainNames = y.renames.every((n) => !/[\s\\'"]/.test(n));
  if (plainNames && x.texts?.every((t) => !t.includes('\\')) && !x.texts.some((t) => names.test(t))) return false;
  const scalars = x.scalars();
  if (!scalars) return true;
  return scalars.some((s) => names.test(s));
}

// (one expression per list of names, kept: a text is scanned once, not once per name)
const anyOfs = new WeakMap<string[], RegExp>();
function anyOf(names: string[]): RegExp {
  let re = anyOfs.get(names);
  if (!re) anyOfs.set(names, (re = new RegExp(names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'))));
  return re;
}

/**
 * Every scalar of a YAML text (keys too; strings holding several lines are read as YAML again, as
 * kustomize reads an inline patch); undefined when the text does not read as YAML.
 */
export function scalarsOf(text: string, out: string[] = [], depth = 0): string[] | undefined {
  try {
    for (const doc of yamlLib().parseAllDocuments(text, { uniqueKeys: false })) {
      if (doc.errors.length) return undefined;
      visit(doc.contents, text, (v) => {
        out.push(v);
        // (an inline patch; when it does not read as YAML, its text as a whole is what is kept)
        if (depth < 2 && v.includes('\n')) scalarsOf(v, out, depth + 1);
      });
    }
  } catch {
    return undefined;
  }
  return out;
}

// (a scalar's value and its text as written: kustomize's YAML reader may take `010` or `yes` as written)
function visit(node: unknown, text: string, f: (v: string) => void): void {
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  if (isScalar(node)) {
    if (node.value !== null && node.value !== undefined) f(String(node.value));
    if (node.range) f(text.slice(node.range[0], node.range[1]));
  } else if (isMap(node) || isSeq(node)) {
    for (const item of node.items) {
      if (isPair(item)) {
        visit(item.key, text, f);
        visit(item.value, text, f);
      } else visit(item, text, f);
    }
  }
}

function disjoint<T>(a: Set<T>, b: Set<T>): boolean {
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) return false;
  return true;
}

/**
 * The member a failed batch's message names: kustomize says `accumulating resources from '<ref>'`
 * for the entry of the wrapper it was reading (`refs`: each member's entry in the wrapper).
 */
export function culprit(message: string, refs: string[]): number | undefined {
  const re = /accumulating resources from '([^']*)'/g;
  for (let m = re.exec(message); m; m = re.exec(message)) {
    const i = refs.indexOf(m[1]!);
    if (i !== -1) return i;
  }
  return undefined;
}

/** Kustomization fields that rename a root's objects (batched only with roots that cannot refer to them). */
export const RENAMING_FIELDS = ['namePrefix', 'nameSuffix', 'configMapGenerator', 'secretGenerator'];

/** Kustomization fields whose effect reaches beyond the root when roots share a build (see above). */
export const NOT_BATCHED_FIELDS = ['configurations', 'crds', 'generators', 'transformers', 'validators', 'vars', 'sortOptions', 'openapi', 'helmCharts', 'helmChartInflationGenerator', 'helmGlobals'];
