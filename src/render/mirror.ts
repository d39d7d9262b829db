/**
 * A copy of a root's folders for kustomize to read, when some of its files must be read with other
 * texts than on disk (render/index.ts): `audit --fix` edits, CRD schemas stubbed (crd-stubs.ts),
 * files a `--context` run leaves out.
 */
import { constants, copyFileSync, mkdirSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Level } from './kustomization.ts';

/** What the copy needs of the render stage's context. */
export interface MirrorCtx {
  cwd: string;
  show: (abs: string) => string;
  settings: { overrides?: Map<string, string>; omit?: ReadonlySet<string> };
}

/** What the copy needs of a root's closure (render/index.ts). */
export interface MirrorClosure {
  levels: Level[];
  files: Set<string>;
  patchFiles: Set<string>;
  ownerOf: Map<string, Level>;
}

/** A copy of a root's folders holds at most this much (else the root renders from the files on disk). */
const MIRROR_MAX_FILES = 20_000;
const MIRROR_MAX_BYTES = 256 * 1024 * 1024;

export interface Mirror {
  /** Where kustomize finds a real path. */
  place: (abs: string) => string;
  /** The real path of one kustomize names. */
  real: (abs: string) => string;
  /** The copy holds texts `audit --fix` edited. */
  edited: boolean;
  /** Left-out resource files (RenderSettings.omit) the copy holds as empty, by display path. */
  omitted: string[];
  /** The copy holds files with CRDs stubbed (crd-stubs.ts). */
  stubbed: boolean;
  /** The copy holds the `rewritten` texts (a Flux root's kustomization as Flux writes it: flux.ts fluxMergedKustomization). */
  rewritten: boolean;
  /** The copy leaves symbolic links out, as the artifact Flux builds from does (flux.ts FLUX_DROPS_LINKS). */
  noLinks?: true;
}

export const SAME: Mirror = { place: (a) => a, real: (a) => a, edited: false, omitted: [], stubbed: false, rewritten: false };

/**
 * When some files a root includes have edited texts (`settings.overrides`: the passes of `audit
 * --fix`, which write nothing until the end), kustomize must read those texts, and it reads only
 * files: the root's folders (every kustomization folder it passes through, and the folders of its
 * other files) are copied into the temporary folder, at the same places relative to their common
 * ancestor, with the edited texts written into the copy. Links are copied as links (one that leads
 * out of the copied folders to its real target); an edited file is written as a new file, never
 * through a link; the copy leaves out
 * `.git`; past MIRROR_MAX_FILES or MIRROR_MAX_BYTES the root is rendered from disk as it is.
 * The same copy holds `stubs` (the root's large files with their CRD schemas stubbed, crd-stubs.ts;
 * by absolute path), left-out resource files as empty and left-out patch files as entries taken out
 * of the kustomizations that list them (`settings.omit`), and `rewritten` (absolute path → text: a
 * Flux root's kustomization with the Flux fields written into it). The copy is made inside the root's wrapper folder (`wrapperDir/mirror`), so the
 * origin paths kustomize writes are the same in every run (the render cache keeps them).
 */
export function mirrorFor(ctx: MirrorCtx, wrapperDir: string, c: MirrorClosure, extraDir: string | undefined, stubs: Map<string, string>, rewritten = new Map<string, string>(), noLinks = false): Mirror {
  const fixed = ctx.settings.overrides ?? new Map<string, string>();
  const overrides = new Map(fixed);
  // (a left-out resource file renders as empty: RenderSettings.omit)
  const omitted = [...c.ownerOf.keys()].map((f) => ctx.show(f)).filter((f) => ctx.settings.omit?.has(f)).sort();
  for (const f of omitted) overrides.set(f, '');
  // (a left-out kustomization another root includes renders nothing: an empty one, which kustomize
  // takes when it lists `resources: []`, and a Component only with its header)
  for (const l of c.levels) {
    if (l.anchor.rootPath.length !== 0 || !ctx.settings.omit?.has(ctx.show(resolve(ctx.cwd, l.source.path)))) continue;
    overrides.set(ctx.show(resolve(ctx.cwd, l.source.path)), l.isComponent ? 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources: []\n' : 'resources: []\n');
    omitted.push(ctx.show(resolve(ctx.cwd, l.source.path)));
  }
  // (a left-out patch file: the kustomizations that list it, without that entry. kustomize refuses
  // an empty patch file, and the root without the patch is what the run without the file means.
  // Written as JSON, which is YAML. Entries of `transformers:` configs are left as they are.)
  const rewrote = new Set<string>();
  for (const l of c.levels) {
    const file = resolve(ctx.cwd, l.source.path);
    const shown = ctx.show(file);
    // (a rewritten kustomization keeps the folder's own patch entries first, at their indexes)
    const own = rewritten.get(file);
    const taken = overrides.has(shown) && (own === undefined || overrides.get(shown) !== fixed.get(shown));
    if (l.anchor.rootPath.length !== 0 || taken) continue;
    const gone = l.patches.filter((p) => p.file !== undefined && ctx.settings.omit?.has(ctx.show(p.file)) && p.at.length === 2 && PATCH_FIELDS.has(String(p.at[0])));
    if (!gone.length) continue;
    overrides.set(shown, JSON.stringify(withoutEntries(own !== undefined ? (JSON.parse(own) as Record<string, unknown>) : l.value, gone.map((p) => p.at as [string, number]))));
    if (own !== undefined) rewrote.add(shown);
    omitted.push(...gone.map((p) => ctx.show(p.file!)));
  }
  // (rewritten texts are made from the texts as edited; a left-out kustomization stays empty)
  for (const [f, t] of rewritten) {
    const shown = ctx.show(f);
    if (!rewrote.has(shown) && (!overrides.has(shown) || overrides.get(shown) === fixed.get(shown))) {
      overrides.set(shown, t);
      rewrote.add(shown);
    }
  }
  for (const f of stubs.keys()) if (overrides.get(ctx.show(f)) === '') stubs.delete(f);
  if (!overrides.size && !stubs.size && !noLinks) return SAME;
  const levelFiles = c.levels.filter((l) => l.anchor.rootPath.length === 0 || l.anchor.rootPath[0] !== 'spec').map((l) => resolve(ctx.cwd, l.source.path));
  const involved = [...c.files, ...c.patchFiles, ...levelFiles];
  const edited = involved.filter((f) => overrides.has(ctx.show(f)));
  if (!edited.length && !stubs.size && !noLinks) return SAME;
  const dirs = [...new Set([...c.levels.map((l) => l.dir), ...involved.map((f) => dirname(f)), ...(extraDir ? [extraDir] : [])])].sort();
  const tops = dirs.filter((d) => !dirs.some((o) => o !== d && (d + sep).startsWith(o.endsWith(sep) ? o : o + sep)));
  let base = tops[0]!;
  for (const d of tops) while (!(d + sep).startsWith(base.endsWith(sep) ? base : base + sep)) base = dirname(base);
  const mroot = join(wrapperDir, 'mirror');
  const place = (abs: string) => {
    const r = relative(base, abs);
    return r.startsWith('..') || isAbsolute(r) ? abs : join(mroot, r);
  };
  const real = (abs: string) => {
    const r = relative(mroot, abs);
    return r.startsWith('..') || isAbsolute(r) ? abs : join(base, r);
  };
  let files = 0;
  let bytes = 0;
  const copyDir = (from: string, to: string): boolean => {
    mkdirSync(to, { recursive: true });
    for (const e of readdirSync(from, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      const a = join(from, e.name);
      const b = join(to, e.name);
      if (e.isDirectory()) {
        if (!copyDir(a, b)) return false;
      } else if (e.isSymbolicLink()) {
        if (noLinks) continue;
        // a link into the copied folders stays relative (it points into the copy); one out of them
        // points at its real target, as the link on disk does
        const to = readlinkSync(a);
        const abs = resolve(dirname(a), to);
        const inside = !relative(base, abs).startsWith('..') && !isAbsolute(relative(base, abs));
        symlinkSync(isAbsolute(to) || inside ? to : abs, b);
      } else if (e.isFile()) {
        if (++files > MIRROR_MAX_FILES) return false;
        bytes += statSync(a).size;
        if (bytes > MIRROR_MAX_BYTES) return false;
        // (a copy, shared blocks where the file system can (FICLONE), never a hard link: linking and
        // unlinking change the file's ctime, as link(2) says, so every file a copied root holds
        // looked edited to the result cache's stat checks (nothing a --context run on a kustomize
        // tree computed was ever stored), and to git's index, which re-read them)
        copyFileSync(a, b, constants.COPYFILE_FICLONE);
      }
    }
    return true;
  };
  try {
    for (const d of tops) if (!copyDir(d, place(d))) return SAME;
    // (a stub is made from the text as edited, when it is: parsedFile reads overrides)
    for (const f of new Set([...edited, ...stubs.keys()])) {
      const m = place(f);
      rmSync(m, { force: true });
      mkdirSync(dirname(m), { recursive: true });
      writeFileSync(m, stubs.get(f) ?? overrides.get(ctx.show(f))!);
    }
  } catch {
    return SAME;
  }
  return { place, real, edited: edited.some((f) => fixed.has(ctx.show(f))), omitted, stubbed: stubs.size > 0, rewritten: rewrote.size > 0, ...(noLinks ? { noLinks } : {}) };
}

/** The fields of a kustomization that list patches (PatchRef.at[0]): an entry is removed from them alone. */
const PATCH_FIELDS = new Set(['patches', 'patchesStrategicMerge', 'patchesJson6902']);

/** A kustomization's value without the list entries at `at` (field, index). */
function withoutEntries(value: Record<string, unknown>, at: [string, number][]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...value };
  for (const field of new Set(at.map(([f]) => f))) {
    const list = value[field];
    if (!Array.isArray(list)) continue;
    const drop = new Set(at.filter(([f]) => f === field).map(([, i]) => i));
    out[field] = list.filter((_, i) => !drop.has(i));
  }
  return out;
}
