/**
 * CRDs handed to kustomize without their schemas (src/render/crd-stubs.ts): the stubbed text keeps
 * every other byte, the guard refuses what it cannot prove, and a rendered tree gives the same
 * objects (other than the CRDs' schemas), positions and findings as rendered from the files as
 * written; a root whose patch needs a schema field falls back to the real files, and one with
 * `replacements` is never stubbed. Skipped, with the reason, where kubectl is absent.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { audit } from '../src/engine/audit.ts';
import { defaults } from '../src/config/load.ts';
import { newSource, parseSource } from '../src/input/parse.ts';
import { renderRoots, type Target } from '../src/render/index.ts';
import { STUB_MIN_BYTES, stubbedText } from '../src/render/crd-stubs.ts';

const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;
if (!kubectl) console.warn('render-crd-stubs.test: kubectl is not installed; rendering with stubbed CRDs is not tested');

const limits = defaults().limits;

/** A CRD whose schema has `n` properties (about 90 bytes each), in `apiVersion`'s form. */
function crd(name: string, n: number, v1beta1 = false): string {
  const props = Array.from({ length: n }, (_, i) => `                field${i}:\n                  description: "field number ${i} of ${name}"\n                  type: string\n`).join('');
  if (v1beta1)
    return `apiVersion: apiextensions.k8s.io/v1beta1\nkind: CustomResourceDefinition\nmetadata:\n  name: ${name.toLowerCase()}s.example.com\nspec:\n  group: example.com\n  names:\n    kind: ${name}\n    plural: ${name.toLowerCase()}s\n  scope: Namespaced\n  version: v1\n  validation:\n    openAPIV3Schema:\n      type: object\n      properties:\n        spec:\n          type: object\n          properties:\n${props.replace(/^ {4}/gm, '')}`;
  const version = (v: string, storage: boolean) =>
    `  - name: ${v}\n    served: true\n    storage: ${storage}\n    schema:\n      openAPIV3Schema:\n        type: object\n        properties:\n          spec:\n            type: object\n            properties:\n${props.replace(/^ {2}/gm, '')}    subresources:\n      status: {}\n`;
  return `apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: ${name.toLowerCase()}s.example.com\n  labels: {app: demo} # kept\nspec:\n  group: example.com\n  names:\n    kind: ${name}\n    plural: ${name.toLowerCase()}s\n  scope: Namespaced\n  versions:\n${version('v1alpha1', false)}${version('v1', true)}`;
}

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: agent
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers:
        - name: agent
          image: example/agent:1.0
          securityContext:
            privileged: true
`;

const parsed = (text: string) => parseSource(newSource('crds.yaml', text), limits);

describe('stubbedText', () => {
  const big = [DEPLOYMENT, crd('Widget', 400), crd('Gadget', 300, true), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  schema: "kept: not a CRD"\n'].join('---\n');

  it('writes the CRDs schemas as {} and keeps every other byte', () => {
    expect(big.length).toBeGreaterThan(STUB_MIN_BYTES);
    const out = stubbedText(parsed(big), limits)!;
    expect(out).toBeDefined();
    expect(out.length).toBeLessThan(big.length / 10);
    // the Deployment's and the ConfigMap's documents are byte for byte as written
    expect(out.startsWith(DEPLOYMENT)).toBe(true);
    expect(out.endsWith('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  schema: "kept: not a CRD"\n')).toBe(true);
    const docs = parseAllDocuments(out).map((d) => d.toJS());
    expect(docs.map((d) => d.kind)).toEqual(['Deployment', 'CustomResourceDefinition', 'CustomResourceDefinition', 'ConfigMap']);
    expect(docs[1].spec.versions.map((v: { name: string; schema: unknown; subresources: unknown }) => [v.name, v.schema, v.subresources])).toEqual([
      ['v1alpha1', {}, { status: {} }],
      ['v1', {}, { status: {} }],
    ]);
    expect(docs[1].metadata).toEqual({ name: 'widgets.example.com', labels: { app: 'demo' } });
    expect(docs[2].spec.validation).toEqual({});
    expect(docs[2].spec.names).toEqual({ kind: 'Gadget', plural: 'gadgets' });
  });

  it('leaves small files, files without CRDs, and files with input diagnostics as written', () => {
    expect(stubbedText(parsed(crd('Small', 10)), limits)).toBeUndefined();
    expect(stubbedText(parsed(Array.from({ length: 400 }, () => DEPLOYMENT).join('---\n').replace(/agent/g, (_, i) => `agent${i}`)), limits)).toBeUndefined();
    // a duplicate key (kubectl keeps the later one): never stubbed
    expect(stubbedText(parsed(crd('Dup', 400).replace('  group: example.com\n', '  group: example.com\n  group: other.example.com\n')), limits)).toBeUndefined();
  });

  it('refuses a stub that would change anything but the schemas (an anchor in the schema aliased outside it)', () => {
    const text = crd('Anchored', 400).replace('          spec:\n', '          spec: &spec\n') + 'x-extra: *spec\n';
    expect(parsed(text).diagnostics).toEqual([]);
    expect(stubbedText(parsed(text), limits)).toBeUndefined();
  });
});

describe.skipIf(!kubectl)('rendered with CRDs stubbed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leastpriv-crd-stubs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (p: string, text: string) => {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  };
  write('base/kustomization.yaml', 'resources:\n  - crds.yaml\n  - agent.yaml\n  - thing.yaml\n');
  // (Thing's CRD declares a merge key for spec.items; kustomize does not learn it from a CRD among
  // the resources, so a patch replaces the list, stubbed or not: checked with kubectl 1.32)
  const THING_CRD = crd('Thing', 5).replace('            properties:\n', '            properties:\n              items:\n                type: array\n                x-kubernetes-patch-merge-key: name\n                x-kubernetes-patch-strategy: merge\n                items: {type: object}\n');
  write('base/crds.yaml', [crd('Widget', 500), crd('Gadget', 300, true), THING_CRD].join('---\n'));
  write('base/thing.yaml', 'apiVersion: example.com/v1\nkind: Thing\nmetadata:\n  name: t\nspec:\n  items: [{name: a, v: "1"}, {name: b, v: "2"}]\n');
  write('base/agent.yaml', DEPLOYMENT);
  // an overlay: namespace, prefix, a patch file on the Deployment (hostPID)
  write('overlays/prod/kustomization.yaml', 'resources:\n  - ../../base\nnamespace: prod\nnamePrefix: prod-\npatches:\n  - path: agent-patch.yaml\n  - path: thing-patch.yaml\n');
  write('overlays/prod/thing-patch.yaml', 'apiVersion: example.com/v1\nkind: Thing\nmetadata:\n  name: t\nspec:\n  items: [{name: b, v: "3"}]\n');
  write('overlays/prod/agent-patch.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: agent\nspec:\n  template:\n    spec:\n      hostPID: true\n');
  // a JSON6902 patch that needs a schema field (a `test` op): fails on the stub, renders from the
  // files as written
  write('overlays/schema-patch/kustomization.yaml', 'resources:\n  - ../../base\npatches:\n  - target: {kind: CustomResourceDefinition, name: widgets.example.com}\n    patch: |-\n      - op: test\n        path: /spec/versions/1/schema/openAPIV3Schema/properties/spec/properties/field7/type\n        value: string\n      - op: replace\n        path: /spec/versions/1/schema/openAPIV3Schema/properties/spec/properties/field7/type\n        value: integer\n');
  // replacements may read a CRD: never stubbed
  write('overlays/replaced/kustomization.yaml', 'resources:\n  - ../../base\nreplacements:\n  - source: {kind: CustomResourceDefinition, name: widgets.example.com, fieldPath: spec.group}\n    targets:\n      - select: {kind: Deployment}\n        fieldPaths: [metadata.annotations.group]\n        options: {create: true}\n');
  const files = ['base/kustomization.yaml', 'base/crds.yaml', 'base/agent.yaml', 'base/thing.yaml', 'overlays/prod/kustomization.yaml', 'overlays/prod/agent-patch.yaml', 'overlays/prod/thing-patch.yaml', 'overlays/schema-patch/kustomization.yaml', 'overlays/replaced/kustomization.yaml'];

  const withStub = <T>(on: boolean, f: () => T): T => {
    const before = process.env.LEASTPRIV_RENDER_STUB;
    process.env.LEASTPRIV_RENDER_STUB = on ? '1' : '0';
    try {
      return f();
    } finally {
      if (before === undefined) delete process.env.LEASTPRIV_RENDER_STUB;
      else process.env.LEASTPRIV_RENDER_STUB = before;
    }
  };
  const where = (t: Target) => ('object' in t ? `${t.object.file.path}#${t.object.documentIndex}:${t.path.join('.')}` : `${t.source.path}@${t.range.join('-')}`);
  const view = (on: boolean) =>
    withStub(on, () =>
      renderRoots(files, dir, { command: 'kubectl', limits }).roots.map((r) => ({
        name: r.name,
        error: r.error,
        stubbed: r.stubbed,
        objects: r.objects.map((o) => ({
          file: o.file.path,
          doc: o.documentIndex,
          kind: o.kind,
          name: o.name,
          ns: o.namespace,
          // (a CRD's schema is what the stub leaves out)
          value: o.kind === 'CustomResourceDefinition' ? { metadata: o.value.metadata, group: (o.value.spec as { group: string }).group } : o.value,
          at: o.render && [where(o.render.mapBack(['spec', 'template', 'spec', 'hostPID'])), where(o.render.mapBack(['metadata', 'name']))],
        })),
      })),
    );

  it('gives the objects, origins and positions of a render from the files as written', () => {
    const stubbed = view(true);
    const plain = view(false);
    expect(stubbed.map((r) => [r.name, r.error, r.stubbed])).toEqual([
      ['overlays/prod', undefined, true],
      // (stubbed first, failed on the stub, rendered again from the files: no error)
      ['overlays/schema-patch', undefined, undefined],
      ['overlays/replaced', undefined, undefined],
    ]);
    expect(plain.every((r) => r.stubbed === undefined && r.error === undefined)).toBe(true);
    expect(stubbed.map((r) => ({ ...r, stubbed: undefined }))).toEqual(plain);
    expect(stubbed[0]!.objects.map((o) => `${o.kind} ${o.ns ?? ''}/${o.name}`)).toEqual(['CustomResourceDefinition /things.example.com', 'CustomResourceDefinition /widgets.example.com', 'CustomResourceDefinition /gadgets.example.com', 'Deployment prod/prod-agent', 'Thing prod/prod-t']);
    expect(stubbed[0]!.objects.find((o) => o.kind === 'Thing')!.value.spec).toEqual({ items: [{ name: 'b', v: '3' }] });
    // the replacement read the CRD's real group
    expect(stubbed[2]!.objects.find((o) => o.kind === 'Deployment')!.value.metadata).toMatchObject({ annotations: { group: 'example.com' } });
  });

  it('gives the same findings, at the same lines', () => {
    const findings = () => audit({ paths: ['.'], cwd: dir }).findings.map((f) => `${f.file}:${f.region.start.line}:${f.region.start.column} ${f.rule} ${f.message}`);
    const stubbed = withStub(true, findings);
    expect(stubbed).toEqual(withStub(false, findings));
    expect(stubbed.some((f) => f.startsWith('overlays/prod/agent-patch.yaml:8:') && f.includes('hostPID'))).toBe(true);
    expect(stubbed.some((f) => f.startsWith('base/agent.yaml:14:'))).toBe(true);
    // the files on disk are untouched
    expect(readFileSync(join(dir, 'base/crds.yaml'), 'utf8')).toBe([crd('Widget', 500), crd('Gadget', 300, true), THING_CRD].join('---\n'));
  });
});
