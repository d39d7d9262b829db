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
 *   `namePrefix`/`nameSuffix`, no generators, transformer/generator/validator plugins, `vars`,
 *   `sortOptions`, `openapi` or Helm charts at any level it includes, nothing remote and nothing
 *   missing; and after the build every object must carry the name it is written with in its origin
 *   file (a JSON6902 patch can rename): then those whole-build steps change nothing, alone or not.
 *   (A Namespace is the exception: `namespace:` renames it, and it is no name-reference target.)
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
}

/** Roots larger than this render alone: their cost is parsing, not the process start. */
export const BATCH_MAX_ROOT_BYTES = 256 * 1024;
/** A batch holds at most this many roots (a failing batch is split; smaller batches cost less to split). */
export const BATCH_MAX_ROOTS = 24;

/** Groups candidates into batches (first fit, in the order given); a group of one renders alone. */
export function planBatches(candidates: BatchCandidate[], maxRoots = BATCH_MAX_ROOTS): BatchCandidate[][] {
  const batches: { members: BatchCandidate[]; files: Set<string>; ids: Set<string> }[] = [];
  for (const c of candidates) {
    const fits = batches.find((b) => b.members.length < maxRoots && disjoint(b.files, c.files) && disjoint(b.ids, c.ids));
    if (fits) {
      fits.members.push(c);
      for (const f of c.files) fits.files.add(f);
      for (const id of c.ids) fits.ids.add(id);
    } else batches.push({ members: [c], files: new Set(c.files), ids: new Set(c.ids) });
  }
  return batches.map((b) => b.members);
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

/** Kustomization fields whose effect reaches beyond the root when roots share a build (see above). */
export const NOT_BATCHED_FIELDS = ['namePrefix', 'nameSuffix', 'configMapGenerator', 'secretGenerator', 'generators', 'transformers', 'validators', 'vars', 'sortOptions', 'openapi', 'helmCharts', 'helmChartInflationGenerator', 'helmGlobals'];
