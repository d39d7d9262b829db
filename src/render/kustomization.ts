/**
 * Reading a kustomization file (kustomize's `kustomization.yaml`, or the `spec` of a Flux
 * `Kustomization`, which carries the same kind of fields): what it includes (bases, components,
 * resource files, patch files, generator inputs) and where each field is written, for mapping
 * rendered values back to the line that set them (mapback.ts).
 *
 * Field list: kustomize's Kustomization type (sigs.k8s.io/kustomize/api/types/kustomization.go):
 * resources, bases (deprecated), components, crds, patches, patchesStrategicMerge,
 * patchesJson6902, configMapGenerator / secretGenerator (files, envs, env), generators,
 * transformers, validators, replacements (path), configurations, openapi.path.
 */
import { existsSync, statSync } from 'node:fs';
import { readRegularText } from './read.ts';
import { dirname, join, resolve } from 'node:path';
import type { K8sObject, SourceFile } from '../input/types.ts';
import { newSource } from '../input/parse.ts';
import { PARSE_OPTIONS } from '../input/tree.ts';
import { yamlLib } from '../input/yaml-lib.ts';
import type { ObjPath } from '../engine/types.ts';
import { isRecord } from '../model/workloads.ts';

export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** The kustomization file of a folder, if it has one (kustomize's recognised names, in its order). */
export function kustomizationFileIn(dir: string): string | undefined {
  for (const n of KUSTOMIZATION_FILES) {
    const p = join(dir, n);
    try {
      if (statSync(p).isFile()) return p;
    } catch {
      /* not there */
    }
  }
  return undefined;
}

/** Remote references (git URLs, `github.com/…`): never fetched; the root fails to render offline. */
export function isRemote(ref: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:\/\/|git::|gh:|git@|github\.com[:/])/i.test(ref);
}

/** One patch of a kustomization: a file, or a string written inline. */
export interface PatchRef {
  /** Path of the entry in the kustomization (from its `basePath`), e.g. ['patches', 2]. */
  at: ObjPath;
  /** The patch's file, when it is one. */
  file?: string;
  /**
   * Inline patch text and where the string is, e.g. ['patches', 2, 'patch'] in the kustomization,
   * or ['patch'] in `in`, a transformer config of another file (`transformers:`), or of a string
   * written inline at `nested` in the kustomization (`transformers: - |` …).
   */
  inline?: { text: string; at: ObjPath; in?: { source: SourceFile; anchor: K8sObject; nested?: ObjPath } };
  /** target selector (patches, patchesJson6902). */
  target?: Record<string, unknown>;
  /** patchesJson6902 always is one; otherwise told by the content. */
  json6902?: boolean;
}

/** A kustomization level: a kustomization.yaml, or a Flux Kustomization's spec. */
export interface Level {
  /** Absolute folder relative references resolve against. */
  dir: string;
  source: SourceFile;
  /** A pseudo object for positions: its document, with `rootPath` at the fields (['spec'] for Flux). */
  anchor: K8sObject;
  value: Record<string, unknown>;
  isComponent: boolean;
  /** The key that sets every object's namespace (`namespace`, Flux: `targetNamespace`). */
  namespaceKey: string;
  children: { dir: string; field: 'resources' | 'bases' | 'components'; index: number }[];
  resourceFiles: string[];
  patches: PatchRef[];
  /** Files read by generators, transformers and the like: never manifests to audit on their own. */
  dataFiles: string[];
  remote: string[];
  /** References that point at nothing (kustomize will fail). */
  missing: string[];
  /**
   * The `replacements:` of a kustomization, in order, each where it is written: inline, or in the
   * file a `path:` entry names (mapback.ts: the fieldPaths item that writes a value).
   */
  replacements?: Replacement[];
}

/** One replacement (source, targets) and the place it is written: `at` in `anchor`'s document. */
export interface Replacement {
  value: Record<string, unknown>;
  anchor: K8sObject;
  at: ObjPath;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);

/**
 * The kind of patch an inline string or file holds: a list (of ops) is a JSON6902 patch. The first
 * line that is not blank, a comment, a directive or a `---` document marker decides: many patch
 * files start with `---`, which is no list item.
 */
export function looksJson6902(text: string): boolean {
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    let l = line.trim();
    if (/^---(?:\s|$)/.test(l)) l = l.slice(3).trim(); // (`--- [ … ]`: the document on the marker's line)
    if (!l || l.startsWith('#') || l.startsWith('%')) continue;
    return l.startsWith('-') || l.startsWith('[');
  }
  return false;
}

export function levelFrom(dir: string, source: SourceFile, anchor: K8sObject, value: Record<string, unknown>, namespaceKey: string): Level {
  const lvl: Level = { dir, source, anchor, value, isComponent: false, namespaceKey, children: [], resourceFiles: [], patches: [], dataFiles: [], remote: [], missing: [] };
  const ref = (r: string, field: 'resources' | 'bases' | 'components' | 'crds', index: number) => {
    if (isRemote(r)) return void lvl.remote.push(r);
    const abs = resolve(dir, r);
    let st;
    try {
      st = statSync(abs);
    } catch {
      return void lvl.missing.push(r);
    }
    if (st.isDirectory()) {
      if (field === 'crds') return;
      lvl.children.push({ dir: abs, field: field === 'components' ? 'components' : field === 'bases' ? 'bases' : 'resources', index });
    } else lvl.resourceFiles.push(abs);
  };
  strings(value.resources).forEach((r, i) => ref(r, 'resources', i));
  strings(value.bases).forEach((r, i) => ref(r, 'bases', i));
  strings(value.components).forEach((r, i) => ref(r, 'components', i));
  strings(value.crds).forEach((r, i) => ref(r, 'crds', i));
  const file = (p: string) => resolve(dir, p);
  if (Array.isArray(value.patches)) {
    value.patches.forEach((p, i) => {
      // (a file name as an entry, as patchesStrategicMerge takes them: kustomize refuses it, and
      // the file is still a patch, not an object to audit)
      if (typeof p === 'string' && !p.includes('\n') && existsSync(file(p))) return void lvl.patches.push({ at: ['patches', i], file: file(p) });
      if (!isRecord(p)) return;
      const target = isRecord(p.target) ? p.target : undefined;
      if (typeof p.path === 'string') lvl.patches.push({ at: ['patches', i], file: file(p.path), ...(target ? { target } : {}) });
      else if (typeof p.patch === 'string') lvl.patches.push({ at: ['patches', i], inline: { text: p.patch, at: ['patches', i, 'patch'] }, ...(target ? { target } : {}) });
    });
  }
  if (Array.isArray(value.patchesStrategicMerge)) {
    value.patchesStrategicMerge.forEach((p, i) => {
      if (typeof p !== 'string') return;
      // an entry is a file name, or (kustomize accepts it) a patch written inline
      if (!p.includes('\n') && existsSync(file(p))) lvl.patches.push({ at: ['patchesStrategicMerge', i], file: file(p) });
      else lvl.patches.push({ at: ['patchesStrategicMerge', i], inline: { text: p, at: ['patchesStrategicMerge', i] } });
    });
  }
  if (Array.isArray(value.patchesJson6902)) {
    value.patchesJson6902.forEach((p, i) => {
      if (!isRecord(p)) return;
      const target = isRecord(p.target) ? p.target : undefined;
      const base = { at: ['patchesJson6902', i] as ObjPath, json6902: true, ...(target ? { target } : {}) };
      if (typeof p.path === 'string') lvl.patches.push({ ...base, file: file(p.path) });
      else if (typeof p.patch === 'string') lvl.patches.push({ ...base, inline: { text: p.patch, at: ['patchesJson6902', i, 'patch'] } });
    });
  }
  for (const gen of ['configMapGenerator', 'secretGenerator']) {
    const list = value[gen];
    if (!Array.isArray(list)) continue;
    for (const g of list) {
      if (!isRecord(g)) continue;
      for (const f of strings(g.files)) lvl.dataFiles.push(file(f.includes('=') ? f.slice(f.indexOf('=') + 1) : f));
      for (const f of [...strings(g.envs), ...strings(g.env)]) lvl.dataFiles.push(file(f));
    }
  }
  for (const key of ['generators', 'transformers', 'validators', 'configurations']) {
    for (const r of strings(value[key])) {
      if (isRemote(r)) continue;
      const abs = file(r);
      try {
        if (statSync(abs).isDirectory()) continue; // a kustomization of plugin configs: not followed
      } catch {
        continue;
      }
      lvl.dataFiles.push(abs);
    }
  }
  if (Array.isArray(value.replacements)) for (const r of value.replacements) if (isRecord(r) && typeof r.path === 'string') lvl.dataFiles.push(file(r.path));
  if (isRecord(value.openapi) && typeof value.openapi.path === 'string') lvl.dataFiles.push(file(value.openapi.path));
  return lvl;
}

/**
 * A kustomization file read into a Level; undefined when it cannot be read or is not a mapping
 * (kustomize reports that when it renders); one with YAML errors is read as far as it parses. `show` turns an absolute path into the path shown.
 */
/** `text`: the kustomization's text when it is not the file's (`--fix` edits, stdin standing for it). */
export function readKustomization(file: string, show: (abs: string) => string, text = readRegularText(file)): Level | undefined {
  if (text === undefined) return undefined;
  const source = newSource(show(file), text);
  const { parseAllDocuments, isMap } = yamlLib();
  let docs;
  try {
    docs = parseAllDocuments(source.text, PARSE_OPTIONS);
  } catch {
    return undefined;
  }
  if (!Array.isArray(docs)) return undefined;
  const di = docs.findIndex((d) => isMap(d.contents));
  const doc = docs[di];
  if (!doc) return undefined;
  // A kustomization with a YAML error is still a root or a base: kustomize refuses it (LP020 with
  // its message, the input stage reports the error at its line, LP001), and what the parser could
  // read of it still tells which files are its patches (never audited as objects of their own)
  // and which kustomizations it includes (no longer roots of their own).
  let value: Record<string, unknown>;
  try {
    value = doc.toJS({ maxAliasCount: 1000 }) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const anchor = pseudoObject(source, di, [doc.range[0], doc.range[2]], []);
  const lvl = levelFrom(dirname(file), source, anchor, value, 'namespace');
  lvl.isComponent = value.kind === 'Component';
  transformerPatches(lvl, show);
  lvl.replacements = replacementsOf(lvl, show);
  return lvl;
}

/**
 * The patches of a kustomization's `transformers:` files: builtin PatchTransformer (`patch:` inline
 * or `path:`, `target:`), PatchStrategicMergeTransformer (`paths:`, `patches:`) and
 * PatchJson6902Transformer (`target:`, `path:` or `jsonOp:`), as kustomize's builtin plugins read
 * them (api/internal/builtins/PatchTransformer.go, PatchStrategicMergeTransformer.go,
 * PatchJson6902Transformer.go; paths are relative to the kustomization's folder). kustomize runs
 * these after the kustomization's own fields and patches (api/internal/target/kusttarget.go,
 * runTransformers: the builtin transformers, then `transformers:`), so they come last here, and
 * mapback (which reads patches last first) asks them first.
 */
function transformerPatches(lvl: Level, show: (abs: string) => string): void {
  const { parseAllDocuments } = yamlLib();
  strings(lvl.value.transformers).forEach((r, i) => {
    if (isRemote(r)) return;
    // (a config written inline, as kubectl 1.32 takes it: `transformers: - |` and the YAML)
    const written = r.includes('\n');
    const abs = resolve(lvl.dir, r);
    const text = written ? r : readRegularText(abs);
    if (text === undefined) return;
    const source = newSource(written ? lvl.source.path : show(abs), text);
    let docs;
    try {
      docs = parseAllDocuments(text, PARSE_OPTIONS);
    } catch {
      return;
    }
    if (!Array.isArray(docs)) return;
    docs.forEach((d, di) => {
      if (d.errors.length) return;
      let v: unknown;
      try {
        v = d.toJS({ maxAliasCount: 1000 });
      } catch {
        return;
      }
      if (!isRecord(v) || typeof v.kind !== 'string') return;
      const anchor = pseudoObject(source, di, [d.range[0], d.range[2]], []);
      const at: ObjPath = ['transformers', i];
      const target = isRecord(v.target) ? { target: v.target } : {};
      const inline = (t: string, key: string) => ({ text: t, at: [key], in: { source, anchor, ...(written ? { nested: at } : {}) } });
      if (v.kind === 'PatchTransformer') {
        if (typeof v.path === 'string') lvl.patches.push({ at, file: resolve(lvl.dir, v.path), ...target });
        else if (typeof v.patch === 'string') lvl.patches.push({ at, inline: inline(v.patch, 'patch'), ...target });
      } else if (v.kind === 'PatchStrategicMergeTransformer') {
        for (const f of strings(v.paths)) lvl.patches.push({ at, file: resolve(lvl.dir, f), json6902: false });
        if (typeof v.patches === 'string') lvl.patches.push({ at, inline: inline(v.patches, 'patches'), json6902: false });
      } else if (v.kind === 'PatchJson6902Transformer') {
        if (typeof v.path === 'string') lvl.patches.push({ at, file: resolve(lvl.dir, v.path), json6902: true, ...target });
        else if (typeof v.jsonOp === 'string') lvl.patches.push({ at, inline: inline(v.jsonOp, 'jsonOp'), json6902: true, ...target });
      }
    });
  });
}

/**
 * A kustomization's replacements: an inline entry, or each replacement of the file a `path:` entry
 * names (one replacement, or a list of them: kubectl kustomize v5.5 takes both;
 * api/internal/builtins/ReplacementTransformer.go reads the file as a list or one object).
 */
function replacementsOf(lvl: Level, show: (abs: string) => string): Replacement[] {
  const list = lvl.value.replacements;
  if (!Array.isArray(list)) return [];
  return list.flatMap((r, i): Replacement[] => {
    if (!isRecord(r)) return [];
    if (typeof r.path !== 'string') return [{ value: r, anchor: lvl.anchor, at: ['replacements', i] }];
    const abs = resolve(lvl.dir, r.path);
    const text = readRegularText(abs);
    if (text === undefined) return [];
    const { parseAllDocuments } = yamlLib();
    try {
      const docs = parseAllDocuments(text, PARSE_OPTIONS);
      if (!Array.isArray(docs) || !docs[0] || docs[0].errors.length) return [];
      const d = docs[0];
      const anchor = pseudoObject(newSource(show(abs), text), 0, [d.range[0], d.range[2]], []);
      const v: unknown = d.toJS({ maxAliasCount: 1000 });
      if (Array.isArray(v)) return v.flatMap((x, k) => (isRecord(x) ? [{ value: x, anchor, at: [k] }] : []));
      return isRecord(v) ? [{ value: v, anchor, at: [] }] : [];
    } catch {
      return [];
    }
  });
}

/** An object that only serves as a place to locate paths from (a kustomization, a patch, a generator entry). */
export function pseudoObject(file: SourceFile, documentIndex: number, docRange: [number, number], rootPath: ObjPath): K8sObject {
  return { file, documentIndex, docRange, rootPath, value: {}, apiVersion: '', kind: '', name: '' };
}
