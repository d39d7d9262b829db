/**
 * What a root of the render stage includes (index.ts plans from it, origins.ts ties rendered objects
 * back through it): the kustomizations (levels) reachable from the root through resources, bases and
 * components, the files each lists, and the ways from the root down to each level, whose name
 * prefixes, suffixes and namespaces give a rendered object its name.
 */
import { relative, resolve } from 'node:path';
import { newSource, parseSource, type ParsedFile } from '../input/parse.ts';
import { kustomizationFileIn, readKustomization, type Level } from './kustomization.ts';
import { readRegularText, safeRealpath } from './read.ts';
import type { RenderSettings } from './index.ts';

export interface Ctx {
  cwd: string;
  settings: RenderSettings;
  levels: Map<string, Level | null>;
  parsed: Map<string, ParsedFile>;
  /** absolute path → display path */
  show: (abs: string) => string;
  /** Stubbed texts of files with large CRDs (crd-stubs.ts), by absolute path; null: none. */
  stubs: Map<string, string | null>;
}

/**
 * The kustomization of a folder, read once. kustomize loads a kustomization at its real folder and
 * resolves what it names from there: with prod/app a link to staging/app, `../base` in it is
 * staging/base (kubectl 1.32 renders staging/base's objects), so the level is read at the real
 * folder, one level for every path that leads to it.
 */
export function levelOf(ctx: Ctx, dir: string): Level | undefined {
  if (ctx.levels.has(dir)) return ctx.levels.get(dir) ?? undefined;
  const real = safeRealpath(dir);
  if (real !== dir && ctx.levels.has(real)) {
    const known = ctx.levels.get(real)!;
    ctx.levels.set(dir, known);
    return known ?? undefined;
  }
  const file = kustomizationFileIn(real);
  const lvl = file ? readKustomization(file, ctx.show, ctx.settings.overrides?.get(ctx.show(file))) : undefined;
  ctx.levels.set(real, lvl ?? null);
  ctx.levels.set(dir, lvl ?? null);
  return lvl;
}


export function parsedFile(ctx: Ctx, abs: string): ParsedFile | undefined {
  const shown = ctx.show(abs);
  const hit = ctx.parsed.get(shown);
  if (hit) return hit;
  const text = ctx.settings.overrides?.get(shown) ?? readRegularText(abs, ctx.settings.limits.maxFileSize);
  if (text === undefined) return undefined;
  const p = parseSource(newSource(shown, text), ctx.settings.limits);
  ctx.parsed.set(shown, p);
  return p;
}

/** Everything a root includes: levels (with the level that includes each), files by owner. */
export interface Closure {
  levels: Level[];
  /** The levels that include each level (a base two intermediate overlays of one root list has two). */
  parents: Map<Level, Level[]>;
  components: Map<Level, Level[]>;
  ownerOf: Map<string, Level>;
  /** Every level that lists the file (Flux builds have no load restrictions: two may). */
  owners: Map<string, Level[]>;
  files: Set<string>;
  patchFiles: Set<string>;
  /**
   * The paths kustomize's origin annotations name files by → the files it read, where they differ.
   * It reads each kustomization at its real folder (levelOf) but writes an origin as the relative
   * paths joined as written: a kustomization reached through a link (shared/app → common/app) that
   * lists `../base` read common/base/pod.yaml and names it shared/base/pod.yaml (kubectl 1.32).
   */
  textual: Map<string, string>;
}

export function closure(ctx: Ctx, top: Level, extraFiles: string[] = []): Closure {
  const c: Closure = { levels: [], parents: new Map(), components: new Map(), ownerOf: new Map(), owners: new Map(), files: new Set(), patchFiles: new Set(), textual: new Map() };
  const seen = new Set<Level>();
  const visit = (l: Level) => {
    if (seen.has(l)) return;
    seen.add(l);
    c.levels.push(l);
    if (l.anchor.rootPath.length === 0) c.files.add(resolve(ctx.cwd, l.source.path));
    for (const f of l.resourceFiles) {
      c.files.add(f);
      if (!c.ownerOf.has(f)) c.ownerOf.set(f, l);
      const o = c.owners.get(f) ?? [];
      if (!o.includes(l)) c.owners.set(f, [...o, l]);
    }
    for (const p of l.patches) if (p.file) c.patchFiles.add(p.file);
    for (const f of l.dataFiles) c.patchFiles.add(f);
    for (const ch of l.children) {
      const child = levelOf(ctx, ch.dir);
      if (!child) continue;
      const ps = c.parents.get(child) ?? [];
      if (child !== top && !ps.includes(l)) c.parents.set(child, [...ps, l]);
      if (ch.field === 'components') c.components.set(l, [...(c.components.get(l) ?? []), child]);
      visit(child);
    }
  };
  visit(top);
  // (each level at each path it is reached by, as kustomize joins them: `textual`; bounded, as a
  // tree of diamonds could name one level by many paths. A level reached again on its own way is a
  // cycle, which kustomize refuses: a link to the kustomization's own folder, `sub -> .`, names it
  // by ever longer paths, sub/sub/sub…)
  const walked = new Set<string>();
  const onTheWay = new Set<Level>();
  const walk = (l: Level, at: string) => {
    if (walked.size > 4096 || walked.has(`${l.dir}\0${at}`) || onTheWay.has(l)) return;
    walked.add(`${l.dir}\0${at}`);
    onTheWay.add(l);
    const named = (f: string) => {
      const t = resolve(at, relative(l.dir, f));
      if (t !== f) c.textual.set(t, f);
    };
    if (l.anchor.rootPath.length === 0) named(resolve(ctx.cwd, l.source.path));
    for (const f of l.resourceFiles) named(f);
    for (const p of l.patches) if (p.file) named(p.file);
    for (const ch of l.children) {
      const child = levelOf(ctx, ch.dir);
      if (child) walk(child, resolve(at, relative(l.dir, ch.dir)));
    }
    onTheWay.delete(l);
  };
  walk(top, top.dir);
  for (const f of extraFiles) {
    c.files.add(f);
    c.ownerOf.set(f, top);
    c.owners.set(f, [top]);
  }
  return c;
}

/**
 * The components a level applies, nested ones included, in the order their patches and fields
 * apply: a component is built as a kustomization is, its own components before its own patches
 * (kustomize api/internal/target/kusttarget.go: accumulateComponents runs before the
 * transformers of the kustomization or component that lists them).
 */
export function componentsIn(c: Closure, level: Level, seen = new Set<Level>()): Level[] {
  const out: Level[] = [];
  for (const comp of c.components.get(level) ?? []) {
    if (seen.has(comp)) continue;
    seen.add(comp);
    out.push(...componentsIn(c, comp, seen), comp);
  }
  return out;
}

/**
 * The ways from the root to `owner` (each the levels an object passed through, outermost first):
 * one, unless a base is listed by two kustomizations of the root (a root listing `../a` and `../b`,
 * each listing `../base` with its own `namePrefix` and patches). At most 64.
 */
export function chainsTo(c: Closure, owner: Level): Level[][] {
  const out: Level[][] = [];
  const up = (l: Level, below: Level[]) => {
    if (out.length >= 64) return;
    const chain = [l, ...below];
    const ps = (c.parents.get(l) ?? []).filter((p) => !chain.includes(p));
    if (!ps.length) out.push(chain);
    for (const p of ps) up(p, chain);
  };
  up(owner, []);
  return out;
}

/**
 * Of the ways an object may have come, the one that gives its rendered name and namespace: each
 * level's `namePrefix`/`nameSuffix` wraps the names of everything it includes (the outermost
 * prefix first), and the outermost `namespace:` set wins.
 */
export function pickChain(chains: Level[][], originName: string, name: string, namespace: string | undefined): Level[] {
  if (chains.length <= 1) return chains[0] ?? [];
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const score = (chain: Level[]) => {
    let n = originName;
    for (let i = chain.length - 1; i >= 0; i--) n = str(chain[i]!.value.namePrefix) + n + str(chain[i]!.value.nameSuffix);
    const ns = chain.map((l) => str(l.value[l.namespaceKey])).find((x) => x !== '');
    return (n === name ? 2 : 0) + (ns === undefined || ns === namespace ? 1 : 0);
  };
  return chains.map((ch) => ({ ch, s: score(ch) })).sort((a, b) => b.s - a.s)[0]!.ch;
}
