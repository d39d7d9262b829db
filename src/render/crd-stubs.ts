/**
 * CustomResourceDefinitions handed to kustomize without their schemas.
 *
 * Why: kustomize parses every object it renders, and CRDs are the bulk of many GitOps trees
 * (argo-workflows' `manifests/base/crds/full` is 12 MB of CRDs; `kubectl kustomize` of a root that
 * includes it spends 8–9 s of CPU, of which the schemas are nearly all; a root with them stubbed:
 * 0.15 s; bench/RESULTS.md "Render stage"). No rule reads a CRD's schema (rules read workloads,
 * RBAC, namespaces and objects' identity), so a root whose output cannot depend on those schemas
 * is rendered from a copy in which each large file's CRDs have `spec.versions[*].schema` and
 * `spec.validation` (v1beta1) written as `{}`. Every other byte of every file is kept.
 *
 * When the output cannot depend on a CRD's schema: kustomize reads CRDs in `resources` as objects
 * only; it learns the schema of a custom kind (merge keys for strategic merge patches) from the
 * `openapi:` field, never from CRDs among the resources (kubectl.docs.kubernetes.io "patches:
 * patching custom resources" and kustomize issue #2825/#3715: the `openapi` field was added for
 * that), and from `crds:` for name references. Checked with kubectl 1.32: a CRD among the resources
 * that declares `x-kubernetes-patch-merge-key` for a list does not make a patch merge that list
 * (test/render-crd-stubs.test.ts holds the stubbed and the plain render to the same objects). Data moves from one object into another only
 * through `replacements`, `vars`, and transformer/generator/validator plugins, which may read any
 * field. So a root is stubbed only when no kustomization it includes has any of
 * STUB_BLOCKING_FIELDS. Patches that target a CRD still apply (to the stub): one that needs the
 * schema's fields (a JSON6902 `replace`/`test` inside it) fails, and a root that fails with stubs
 * is rendered again from the files as written, so its error is kustomize's own on the real files.
 * Objects other than CRDs come out of both builds the same; the CRDs differ only in the schema.
 *
 * Guard: the stubbed text is read again by leastpriv's reader and must give the same documents, the
 * same objects in the same order, every non-CRD object equal and every CRD equal up to the removed
 * schemas; a file with any input diagnostic (duplicate keys, YAML errors, …) is never stubbed.
 */
import { isDeepStrictEqual } from 'node:util';
import type { InputLimits, K8sObject } from '../input/types.ts';
import { fastParse, type PosMap, type PosNode } from '../input/fast-yaml.ts';
import { newSource, parseSource, type ParsedFile } from '../input/parse.ts';
import type { Level } from './kustomization.ts';

/** Files smaller than this are handed to kustomize as written (a stub would save little). */
export const STUB_MIN_BYTES = 64 * 1024;

/**
 * Kustomization fields through which one object's content can reach another's, or through which
 * kustomize reads a schema (see above); a root whose kustomizations use one is never stubbed.
 */
export const STUB_BLOCKING_FIELDS = ['replacements', 'vars', 'transformers', 'generators', 'validators', 'openapi', 'crds', 'configurations', 'helmCharts', 'helmChartInflationGenerator', 'helmGlobals'];

/** LEASTPRIV_RENDER_STUB=0 turns stubbing off (bench/render.mjs and the exactness tests compare). */
export function stubbingOn(): boolean {
  return process.env.LEASTPRIV_RENDER_STUB !== '0';
}

/** Whether a root passing through these kustomizations may be rendered with CRDs stubbed. */
export function stubsAllowed(levels: readonly Level[]): boolean {
  return levels.every((l) => !STUB_BLOCKING_FIELDS.some((k) => l.value[k] !== undefined));
}

const isCrd = (o: K8sObject) => o.kind === 'CustomResourceDefinition' && o.apiVersion.startsWith('apiextensions.k8s.io/');

function entry(m: PosNode | undefined, key: string): PosNode | undefined {
  if (m?.k !== 1) return undefined;
  const i = (m as PosMap).keys.indexOf(key);
  return i === -1 ? undefined : (m as PosMap).vals[i];
}

/** Offsets (in the file) of the schema mappings of one CRD document, or undefined if not readable by position. */
function schemaRanges(text: string, o: K8sObject): [number, number][] | undefined {
  const nl = text.lastIndexOf('\n', o.docRange[0] - 1);
  const base = nl === -1 ? 0 : nl + 1;
  const docs = fastParse(text.slice(base, o.docRange[1]), { withPos: true, positionsOnly: true });
  const root = docs?.find((d) => d.value !== null)?.pos;
  if (!docs || docs.filter((d) => d.value !== null).length !== 1 || !root) return undefined;
  const spec = entry(root, 'spec');
  const out: [number, number][] = [];
  const add = (v: PosNode | undefined) => {
    if (v?.k === 1 && (v as PosMap).keys.length) out.push([base + v.s, base + v.e]);
  };
  const versions = entry(spec, 'versions');
  if (versions?.k === 2) for (const item of versions.items) add(entry(item, 'schema'));
  add(entry(spec, 'validation'));
  return out;
}

/** A CRD's value with its schemas as the stub writes them. */
function stubbedValue(v: Record<string, unknown>): Record<string, unknown> {
  // (copies of the mappings on the way to the schemas only: the schemas are what is large)
  const spec = v.spec;
  if (!spec || typeof spec !== 'object' || Array.isArray(spec)) return v;
  const out: Record<string, unknown> = { ...(spec as Record<string, unknown>) };
  if (Array.isArray(out.versions)) out.versions = out.versions.map((item: unknown) => (item && typeof item === 'object' && 'schema' in item ? { ...item, schema: {} } : item));
  if ('validation' in out) out.validation = {};
  return { ...v, spec: out };
}

/**
 * The file's text with its CRDs' schemas written as `{}`, or undefined when the file has no CRD
 * schema to stub or the stubbed text does not pass the guard (module comment).
 */
export function stubbedText(p: ParsedFile, limits: InputLimits): string | undefined {
  const text = p.source.text;
  if (p.skipped || p.diagnostics.length || text.length < STUB_MIN_BYTES) return undefined;
  const crds = p.objects.filter(isCrd);
  if (!crds.length) return undefined;
  const ranges: [number, number][] = [];
  for (const o of crds) {
    const r = schemaRanges(text, o);
    if (r === undefined) return undefined;
    ranges.push(...r);
  }
  if (!ranges.length) return undefined;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [s, e] of ranges) {
    if (s < at) return undefined;
    // the mapping's own trailing line break(s) stay: the next key keeps its line
    // (scanned back from the end: a regular expression anchored at the end of a 1 MB schema is slow)
    let t = e;
    while (t > s && /\s/.test(text[t - 1]!)) t--;
    const tail = text.slice(t, e);
    out += `${text.slice(at, s)}{}${tail}`;
    at = e;
  }
  out += text.slice(at);
  const again = parseSource(newSource(p.source.path, out), limits);
  if (again.diagnostics.length || again.skipped || again.documents !== p.documents || again.objects.length !== p.objects.length) return undefined;
  for (let i = 0; i < p.objects.length; i++) {
    const a = p.objects[i]!;
    const b = again.objects[i]!;
    if (a.kind !== b.kind || a.apiVersion !== b.apiVersion || a.name !== b.name || a.namespace !== b.namespace) return undefined;
    if (!isDeepStrictEqual(isCrd(a) ? stubbedValue(a.value) : a.value, b.value)) return undefined;
  }
  return out;
}
