/**
 * A root kustomize refused: its message as shown (cleanError) and the entry of the root's
 * kustomization that the message names (failingEntry, failingComponent), where LP020 lands
 * (src/render/index.ts reports it). kustomize's messages name entries in a few shapes only, each
 * checked with kubectl 1.32 (kustomize v5.5.0) and cited at its function; a message none of them
 * matches lands on the whole kustomization.
 */
import { resolve, sep } from 'node:path';
import type { ObjPath } from '../engine/types.ts';
import type { Level } from './kustomization.ts';
import { isRecord } from '../model/workloads.ts';
import { readRegularText, rel, safeRealpath } from './read.ts';

/**
 * kustomize's message, shown at the root: its paths relative to the audit root (issue 15: no absolute
 * paths in messages), the wrapper folder as `(root)`.
 */
export function cleanError(stderr: string, wrapperDir: string, tmp: string, cwd: string, real?: (abs: string) => string): string {
  let msg = stderr.trim() || 'kustomize failed';
  const m = /err="((?:[^"\\]|\\.)*)"/.exec(msg);
  // klog writes a message of several lines as `err=<` + tab-indented lines + ` >` (the prefix
  // carries a time and a process id: never part of the message)
  const block = /err=<\n([\s\S]*?)\n\s*>\s*$/.exec(msg);
  // a kustomize that panics (kubectl 1.32 does when a patch renames an object onto another's id)
  // prints a Go stack after the message: the message is enough
  const panic = /^panic: (.*)$/m.exec(msg);
  if (m) msg = m[1]!.replace(/\\"/g, '"').replace(/\\\\/g, '\\');
  else if (block) msg = block[1]!.replace(/^\t/gm, '');
  else if (panic) msg = `kustomize crashed: ${panic[1]}`;
  msg = msg.replace(/^Error:\s*/, '').replace(/\\n/g, ' ').replace(/\s+/g, ' ').trim();
  // Longest first: the wrapper's relative way to the audit root, then the root itself (as given and
  // with links resolved), then the temporary folders.
  // A root outside the audit's folder (`leastpriv audit /elsewhere/repo`, `../repo`): the wrapper
  // lists it by its way up from the temporary folder (`../../home/me/repo/app`), which means
  // nothing to a reader; kustomize quotes that entry first (the outermost "accumulating resources
  // from '…'"), then as "'…' must resolve to a file". Shown as the path it resolves to.
  const entry = /accumulating (?:resources|components) from '(\.\.\/[^']*)'/.exec(msg)?.[1];
  if (entry !== undefined) {
    const abs = resolve(wrapperDir, entry);
    if (!abs.startsWith(`${tmp}/`)) msg = msg.split(`'${entry}'`).join(`'${abs}'`).split(`'${entry}/`).join(`'${abs}/`);
  }
  // A root rendered from a copy of its folders (mirror.ts: `--fix` passes, the run without a file
  // `--context` names) has kustomize name the copy: shown as the files on disk, as a render from disk
  // names them (else the message, and the finding's fingerprint, differ between the two runs, and
  // `--context` reports a root's failure as caused by any file of the root named).
  const mirror = resolve(wrapperDir, 'mirror');
  const onDisk = real?.(mirror);
  // (the copy's top itself too, when the root's folder is that top: `'mirror'`, `…/mirror: is a directory`)
  if (onDisk !== undefined && onDisk !== mirror) msg = msg.split(mirror).join(onDisk).split(`'mirror/`).join(`'${rel(wrapperDir, onDisk)}/`).split(`'mirror'`).join(`'${rel(wrapperDir, onDisk)}'`);
  const roots = [...new Set([cwd, safeRealpath(cwd)])];
  for (const r of roots) msg = msg.split(`${rel(wrapperDir, r)}/`).join('');
  for (const r of roots) msg = msg.split(`${r}/`).join('');
  return msg.split(wrapperDir).join('(root)').split(tmp).join('(tmp)');
}

/**
 * kustomize's message without the wrapper's own layer, which only says that the root (named
 * already: "kustomize could not render <root>: …") is a folder: "accumulating resources:
 * accumulation err='accumulating resources from '<root>': '<root>' must resolve to a file':
 * recursed accumulation of path '<root>': " (the last part not always there; a Flux folder: "…: read
 * <root>: is a directory': …";
 * kubectl 1.32, api/internal/target/kusttarget.go accumulateResources tries the entry as a file
 * first). Taken off after the entry the message names was found (failingEntry reads that layer).
 */
export function withoutWrapper(message: string): string {
  const m = /^accumulating resources: accumulation err='accumulating resources from '([^']*)': (?:'[^']*' must resolve to a file|read [^']*: is a directory)': (?:recursed accumulation of path '[^']*': )?(?=\S)/.exec(message);
  return m ? message.slice(m[0].length) : message;
}

/**
 * The entry of a root's kustomization that kustomize's message names: kustomize wraps each failure
 * in "accumulating resources from '<entry as written>'", outermost first (api/internal/target/
 * kusttarget.go, accumulateResources); the first is the wrapper's entry for the root itself, the
 * second the root's own entry (`missing.yaml`, `../base`, `.` of a cycle).
 */
export function failingEntry(top: Level, message: string, cwd: string): ObjPath | undefined {
  const refs = refsIn(message);
  const ref = refs[1];
  // (a patch of the root that matches nothing, when no resource entry is on the way)
  const unmatched = refs.length <= 1 ? unmatchedPatch(top, message) : undefined;
  if (unmatched) return unmatched;
  // (helmCharts without --enable-helm: kubectl kustomize's HelmChartInflationGenerator refuses them)
  if (ref === undefined && /HelmChartInflationGenerator|--enable-helm/.test(message) && top.value.helmCharts !== undefined) return ['helmCharts'];
  if (ref === undefined) return failingComponent(top, message, cwd) ?? missingFile(top, message, cwd) ?? invalidField(top, message);
  for (const field of ['resources', 'bases', 'components']) {
    const list = top.value[field];
    const i = Array.isArray(list) ? list.findIndex((x) => x === ref) : -1;
    if (i !== -1) return [field, i];
  }
  return undefined;
}

const refsIn = (message: string): string[] => [...message.matchAll(/accumulating (?:resources|components) from '([^']*)'/g)].map((m) => m[1]!);

/**
 * The patch of `top` that kustomize says matches nothing: "no resource matches strategic merge patch
 * \"Deployment.v1.apps/NAME.[noNs]\"", "failed to find unique target for patch
 * KIND.VERSION.GROUP/NAME.[NS]" (a JSON6902 patch whose target selects nothing is no error).
 */
function unmatchedPatch(top: Level, message: string): ObjPath | undefined {
  const unmatched = /(?:matches strategic merge patch "|unique target for patch )[^/"\s]*\/([^"\s;]+?)\.\[[^\]]*\]/.exec(message)?.[1];
  if (unmatched === undefined) return undefined;
  const named = (text: string | undefined) => text !== undefined && new RegExp(`^\\s*name:\\s*["']?${unmatched.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*(?:#.*)?$`, 'm').test(text);
  return top.patches.find((x) => x.target?.name === unmatched || named(x.inline?.text) || (x.file !== undefined && named(readRegularText(x.file))))?.at;
}

/**
 * Where LP020 lands on a Flux Kustomization (a path in the object, below `spec`): the
 * `spec.components` entry or the `spec.patches` entry kustomize's message names (Flux's patches
 * are the wrapper's own: no resource entry on the way); else, for a failure inside the folder of
 * `spec.path` (the wrapper's first "accumulating resources from '<folder>'", or a manifest in it
 * for a folder without kustomization.yaml), the `path:` line, as a kustomization's failure inside
 * a base lands on the entry that lists the base.
 */
export function failingFluxEntry(top: Level, message: string, cwd: string): ObjPath | undefined {
  const inSpec = failingComponent(top, message, cwd) ?? (refsIn(message).length === 0 ? unmatchedPatch(top, message) : undefined);
  if (inSpec) return ['spec', ...inSpec];
  const first = refsIn(message)[0];
  if (first === undefined || typeof top.value.path !== 'string') return undefined;
  const dir = safeRealpath(top.dir);
  const abs = safeRealpath(resolve(cwd, first));
  return abs === dir || abs.startsWith(`${dir}${sep}`) ? ['spec', 'path'] : undefined;
}

/**
 * The field of a root's kustomization that kustomize cannot read ("invalid Kustomization: json:
 * cannot unmarshal string into Go struct field Kustomization.patches of type types.Patch", "json:
 * unknown field \"patchesJson\"": kustomize decodes the file strictly, api/types/kustomization.go
 * with sigs.k8s.io/yaml), when it is one of its top-level keys. (A Flux Kustomization saved as
 * kustomization.yaml, whose unknown field is `spec`, stays on its first line: the whole file is
 * the mistake.)
 */
function invalidField(top: Level, message: string): ObjPath | undefined {
  if (typeof top.value.apiVersion === 'string' && top.value.apiVersion.startsWith('kustomize.toolkit.fluxcd.io/')) return undefined;
  const field = /Go struct field Kustomization\.(\w+)/.exec(message)?.[1] ?? /invalid Kustomization: json: unknown field "([^"]+)"/.exec(message)?.[1];
  return field !== undefined && field in top.value ? [field] : undefined;
}

/**
 * The `components` entry of a root (a kustomization's, or a Flux Kustomization's spec.components)
 * that kustomize's message names by its resolved folder, made relative to the audit's folder by
 * cleanError; kustomize names no entry for components (kubectl 1.32 / kustomize v5.5.0):
 * a Kustomization listed as one, "expected kind 'Component' for path '<folder>' but got
 * 'Kustomization'"; a folder that does not exist, "accumulating components: loader.New … evalsymlink
 * failure on '<folder>'". The path is the kustomization's (a Flux root's is below `spec`).
 */
export function failingComponent(top: Level, message: string, cwd: string): ObjPath | undefined {
  const named = /expected kind 'Component' for path '([^']*)'/.exec(message)?.[1] ?? /accumulating components: loader\.New .*?evalsymlink failure on '([^']*)'/.exec(message)?.[1];
  if (named === undefined || !Array.isArray(top.value.components)) return undefined;
  const want = resolve(cwd, named);
  const i = top.value.components.findIndex((x) => typeof x === 'string' && (resolve(top.dir, x) === want || safeRealpath(resolve(top.dir, x)) === safeRealpath(want)));
  return i === -1 ? undefined : ['components', i];
}

/**
 * The field of a root's own kustomization that names a file kustomize could not find: it says only
 * "evalsymlink failure on '<file>'" (kubectl 1.32: a `configurations:`, `crds:` or `openapi.path`
 * file, a generator's `files:` entry `KEY=path`, a patch file), or that is outside the root's
 * folder. The first string of the kustomization that resolves to that file.
 */
function missingFile(top: Level, message: string, cwd: string): ObjPath | undefined {
  // (or a file outside the root's folder, which the load restrictor refuses: "security; file
  // '<file>' is not in or below '<root>'", a patch file of patches, patchesStrategicMerge or
  // patchesJson6902 through `../`)
  const named = /evalsymlink failure on '([^']*)'/.exec(message)?.[1] ?? /security; file '([^']*)' is not in or below/.exec(message)?.[1];
  if (named === undefined) return undefined;
  const want = resolve(cwd, named);
  const walk = (v: unknown, at: ObjPath, depth: number): ObjPath | undefined => {
    if (typeof v === 'string') return resolve(top.dir, v.includes('=') ? v.slice(v.indexOf('=') + 1) : v) === want ? at : undefined;
    if (depth > 6) return undefined;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const hit = walk(v[i], [...at, i], depth + 1);
        if (hit) return hit;
      }
    } else if (isRecord(v)) {
      for (const [k, x] of Object.entries(v)) {
        const hit = walk(x, [...at, k], depth + 1);
        if (hit) return hit;
      }
    }
    return undefined;
  };
  return walk(top.value, [], 0);
}

