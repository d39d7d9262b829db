/**
 * From a decoded document's value to the Kubernetes objects it holds (parse.ts reads the file, by the
 * fast reader or the `yaml` package path, parse-yaml.ts): one object, the items of a list as kubectl
 * flattens them, or a diagnostic for a document meant as an object that kubectl cannot apply.
 */
import type { InputLimits, K8sObject, SourceFile } from './types.ts';
import type { ParsedFile } from './parse.ts';
import { GO_PARSE_OPTIONS } from './tree.ts';
import { yaml11Breaks } from './go-chunks.ts';
import { yamlLib } from './yaml-lib.ts';

function strField(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function makeObject(
  source: SourceFile,
  documentIndex: number,
  docRange: [number, number],
  rootPath: (string | number)[],
  value: Record<string, unknown>,
): K8sObject | undefined {
  const apiVersion = strField(value.apiVersion);
  const kind = strField(value.kind);
  if (!apiVersion || !kind) return undefined;
  const meta = value.metadata && typeof value.metadata === 'object' ? (value.metadata as Record<string, unknown>) : {};
  const obj: K8sObject = {
    file: source,
    documentIndex,
    docRange,
    rootPath,
    value,
    apiVersion,
    kind,
    name: strField(meta.name) ?? strField(meta.generateName) ?? '',
  };
  const ns = strField(meta.namespace);
  if (ns) obj.namespace = ns;
  return obj;
}

/**
 * A document that is meant as a Kubernetes object — `metadata.name` (or generateName) and one of
 * `kind`, `apiVersion`, `spec`, `data`, `rules`, `subjects`, `roleRef` — but lacks `apiVersion` or
 * `kind`: kubectl refuses it before it reaches the API server (kubectl 1.32, `apply --dry-run=client`:
 * "error validating data: apiVersion not set" / "kind not set"; with --validate=false it cannot map
 * it to a resource: "unable to recognize", "Object 'Kind' is missing"), so it is reported (rule
 * object-without-type) rather than skipped as non-Kubernetes YAML (Helm values, CI files and
 * kustomization files have no `metadata.name`).
 */
function missingType(rec: Record<string, unknown>): string | undefined {
  const meta = rec.metadata;
  if (!meta || typeof meta !== 'object' || Array.isArray(meta)) return undefined;
  const name = (meta as Record<string, unknown>).name ?? (meta as Record<string, unknown>).generateName;
  if (typeof name !== 'string' || !name) return undefined;
  if (!['kind', 'apiVersion', 'spec', 'data', 'stringData', 'rules', 'subjects', 'roleRef'].some((k) => k in rec)) return undefined;
  const lacks = [typeof rec.apiVersion === 'string' && rec.apiVersion ? '' : '`apiVersion`', typeof rec.kind === 'string' && rec.kind ? '' : '`kind`'].filter(Boolean).join(' and ');
  return `the object "${name.slice(0, 80)}" has no ${lacks}: kubectl refuses it ("error validating data: ${lacks.includes('apiVersion') ? 'apiVersion' : 'kind'} not set"), so it never applies, and leastpriv cannot tell what to audit it as. Write its \`apiVersion\` and \`kind\`.`;
}

export const tooManyDocuments = (limits: InputLimits) =>
  `more than ${limits.maxDocuments} documents; the rest of the file is not audited (limit: maxDocuments)`;

/**
 * The document's object, or the items of a list, from plain values (aliases expanded, merge keys and
 * duplicate keys applied: the value kubectl decodes). `rootStart`: where the document's root node
 * starts, when the reader knows it (K8sObject.rootStart).
 *
 * What is a list is kubectl's decision, not the kind's name: k8s.io/apimachinery's
 * unstructuredJSONScheme.decode (pkg/apis/meta/v1/unstructured/helpers.go) decodes any object with
 * a non-null `items` field as an UnstructuredList, and kubectl's FlattenListVisitor
 * (cli-runtime pkg/resource/visitor.go) applies its items and drops the object itself: a
 * `kind: ConfigMap` with `items: [<privileged Pod>]` creates the Pod (checked with kubectl 1.32).
 * decodeToList also gives an item with neither `kind` nor `apiVersion` (as strings: GetKind is ""
 * for a number) the list's kind without its `List` suffix and the list's apiVersion, so the items of
 * `kind: PodList` need not say they are Pods; and the list needs a `kind` but no `apiVersion`.
 */
export function pushObjects(out: ParsedFile, source: SourceFile, di: number, docRange: [number, number], rec: Record<string, unknown>, rootStart?: number): void {
  const items = rec.items;
  const listKind = strField(rec.kind);
  if (Array.isArray(items) && listKind) {
    const itemKind = listKind.endsWith('List') ? listKind.slice(0, -4) : listKind;
    const listApiVersion = strField(rec.apiVersion) ?? '';
    const refused: string[] = [];
    items.forEach((item, i) => {
      // (an item that is not a mapping: kubectl cannot decode the document, nothing of it applies)
      if (!item || typeof item !== 'object' || Array.isArray(item)) {
        refused.push(item === null ? `item ${i} is null ("Object 'Kind' is missing")` : `item ${i} is not an object (the list is "unable to decode": none of its items applies)`);
        return;
      }
      let value = item as Record<string, unknown>;
      if (!strField(value.kind) && !strField(value.apiVersion)) value = { ...value, kind: itemKind, apiVersion: listApiVersion };
      // a list in a list: FlattenListVisitor fails on it ("is not a list: no Items field"), and none of the outer list applies
      if (Array.isArray(value.items)) refused.push(`item ${i} is itself a list ("is not a list: no Items field": none of the list's items applies)`);
      const child = makeObject(source, di, docRange, ['items', i], value);
      if (child) out.objects.push(child);
      else refused.push(`item ${i} has no ${strField(value.kind) ? '`apiVersion`' : '`kind`'} ("Object '${strField(value.kind) ? 'apiVersion' : 'Kind'}' is missing")`);
    });
    if (refused.length > 0) {
      // What kubectl 1.32 does with them (kubectl annotate --local): each is an error of `kubectl apply`.
      const at = keyOffset(source.text, docRange, 'items') ?? rootStart ?? docRange[0];
      out.diagnostics.push({
        code: 'object-without-type',
        file: source.path,
        message: `kubectl cannot apply ${refused.length === 1 ? 'an item' : `${refused.length} items`} of this ${listKind.slice(0, 80)}: ${refused.slice(0, 3).join('; ')}${refused.length > 3 ? '; …' : ''}. Give each item its own \`apiVersion\` and \`kind\` (and no \`items\`)`,
        range: [at, at + 1],
      });
    }
    if (listKind.endsWith('List')) return;
    // Not named as a list: kubectl applies the items, a reader that goes by the kind (kustomize keeps
    // the object as written) may apply the object itself. Both are audited, and the run fails.
    const at = keyOffset(source.text, docRange, 'items') ?? rootStart ?? docRange[0];
    out.diagnostics.push({
      code: 'yaml-decode-ambiguous',
      file: source.path,
      message: `\`items\` in a ${listKind.slice(0, 80)}: kubectl reads any object with an \`items\` list as a List, applies its items and drops the ${listKind.slice(0, 80)} itself; other tools may apply the ${listKind.slice(0, 80)}. Both are audited. Write the items as objects of their own (separated by \`---\`), or as a \`kind: List\``,
      range: [at, at + 1],
    });
  }
  const obj = makeObject(source, di, docRange, [], rec);
  if (!obj) {
    const missing = missingType(rec);
    if (missing) {
      const at = rootStart ?? docRange[0];
      out.diagnostics.push({ code: 'object-without-type', file: source.path, message: missing, range: [at, at + 1] });
    }
    out.nonKubernetesDocuments++;
    return;
  }
  if (rootStart !== undefined) obj.rootStart = rootStart;
  out.objects.push(obj);
}

/**
 * Offset of the root mapping's `key` in the document at `docRange` (the last one written, or else a
 * `<<` merge key that may bring it), or undefined. Parses the document again: only for a rare finding.
 */
function keyOffset(text: string, docRange: [number, number], key: string): number | undefined {
  const { parseAllDocuments, isMap, isScalar } = yamlLib();
  try {
    const slice = text.slice(docRange[0], docRange[1]);
    const docs = parseAllDocuments(yaml11Breaks(slice), GO_PARSE_OPTIONS);
    const root = Array.isArray(docs) ? docs.find((d) => d.contents !== null)?.contents : undefined;
    if (!isMap(root)) return undefined;
    const keys = root.items.map((p) => p.key).filter((k) => isScalar(k));
    const hit = keys.filter((k) => k.value === key).pop() ?? keys.find((k) => k.source === '<<');
    return hit?.range ? docRange[0] + hit.range[0] : undefined;
  } catch {
    return undefined;
  }
}
