/**
 * The locator (src/input/fast-yaml/locator.ts) walks to one path without a full positions pass.
 * Contract: for every path, where it answers, the range is the one the full pass's tree gives
 * (`fastRange` over `fastParse(…, { withPos, positionsOnly })`, as src/input/tree.ts builds it).
 * Checked for every path, paths that miss (a key or an index that is not there) and paths that run
 * past a scalar, in hand-picked layouts, the fixtures and YAML written in every style; and for a
 * spread of such paths (40 per document, 8 in documents over 100 KB) in the shared corpus.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../../src/input/fast-yaml.ts';
import { locatePath } from '../../src/input/fast-yaml/locator.ts';
import { fastRange, firstLineEnd, rangeOf } from '../../src/engine/locate.ts';
import { loadObjects } from '../../src/engine/audit.ts';
import { defaults } from '../../src/config/load.ts';
import { trackPositionsPasses } from '../../src/input/tree.ts';
import { manifestShapedText } from '../support/yaml-gen.ts';

type Path = (string | number)[];
const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
// `npm run fuzz` style long runs: LEASTPRIV_FUZZ_SCALE multiplies the property runs, LEASTPRIV_FUZZ_SEED replays one.
const SCALE = Number(process.env.LEASTPRIV_FUZZ_SCALE ?? 1);
const seed = (fixed: number) => (process.env.LEASTPRIV_FUZZ_SEED !== undefined ? Number(process.env.LEASTPRIV_FUZZ_SEED) : SCALE > 1 ? Date.now() % 2 ** 31 : fixed);

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(n) ? [p] : [];
  });
}

/** Every path in a value, then misses: a key or index not there, and a step past a scalar. */
function pathsOf(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) {
    value.forEach((v, i) => pathsOf(v, [...at, i], out));
    out.push([...at, value.length], [...at, 'key']);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...at, k], out);
    out.push([...at, 'no such key'], [...at, 0]);
  } else {
    out.push([...at, 'past'], [...at, 0]);
  }
  return out;
}

/** At most `max` paths, spread over the document (a 2.9 MB CRD has ~100k). */
function sample(paths: Path[], max: number): Path[] {
  if (paths.length <= max) return paths;
  const step = paths.length / max;
  return Array.from({ length: max }, (_, i) => paths[Math.floor(i * step)]!);
}

interface Tally {
  paths: number;
  walked: number;
}

/** Checks every document of `text` the fast reader takes; counts paths and those the locator answered. */
function check(text: string, label: string, tally: Tally, maxPaths = 400): void {
  const docs = fastParse(text);
  if (!docs) return;
  for (const doc of docs) {
    if (doc.value === null || doc.rootStart === undefined) continue;
    const nl = text.lastIndexOf('\n', doc.range[0] - 1);
    const slice = text.slice(nl + 1, doc.range[1]);
    const full = fastParse(slice, { withPos: true, positionsOnly: true })?.find((d) => d.value !== null)?.pos;
    expect(full, `${label}: a full pass of the document`).toBeDefined();
    const lineEnd = (s: number, e: number) => firstLineEnd(slice, s, e);
    // each walk passes over the document up to its target: fewer paths in the big ones (CRDs)
    for (const path of sample(pathsOf(doc.value), slice.length > 100_000 ? 8 : maxPaths)) {
      tally.paths++;
      const walked = locatePath(slice, path);
      if (!walked) continue;
      tally.walked++;
      const got = fastRange(walked.root, walked.rest, lineEnd, walked.key);
      const want = fastRange(full!, path, lineEnd);
      if (got[0] !== want[0] || got[1] !== want[1]) {
        expect({ got, at: JSON.stringify(slice.slice(got[0], got[1])) }, `${label} doc at ${doc.range[0]}, path ${JSON.stringify(path)}`).toEqual({
          got: want,
          at: JSON.stringify(slice.slice(want[0], want[1])),
        });
      }
    }
  }
}

describe('locator', () => {
  it('finds what a full positions pass finds, on hand-picked layouts', () => {
    const tally = { paths: 0, walked: 0 };
    const texts = [
      'a: 1\nb:\n  c: 2\n  d: [1, 2]\ne: x\n',
      'a:\n- x\n- y: 1\n  z: 2\n-\n  w: 3\n- - p\n  - q\nb: 2\n',
      'list:\n  - name: a\n    image: b\n    args:\n    - "--x"\n    - |\n      script\n      more\n  - name: c\nafter: 1\n',
      'k: >-\n  folded\n\n  text\nn: "multi\n  line"\np: plain\n  continued\nq: {a: [1,\n  2]}\n',
      '# c\n---\n# lead\na: 1 # tail\n\n# between\nb:\n  # inside\n  c: 3\n',
      'a:\nb:\n  -\nc: ~\n',
      'a: &x 1\nb: *x\nc:\n  d: 2\n',
      '"q": 1\nr: 2\n',
      'a:\n  "q": 1\n  r: 2\n',
      'x:\n  y:\n    z: 1\n  w: 2\nv: 3\r\nu:\r\n  t: 1\r\n',
    ];
    for (const t of texts) check(t, JSON.stringify(t), tally);
    expect(tally.walked).toBeGreaterThan(tally.paths / 2);
  });

  it('finds what a full positions pass finds in every fixture', () => {
    const tally = { paths: 0, walked: 0 };
    for (const f of [...yamlFiles(join(ROOT, 'fixtures')), ...yamlFiles(join(ROOT, 'examples'))]) check(readFileSync(f, 'utf8'), f, tally);
    expect(tally.paths).toBeGreaterThan(5_000);
    expect(tally.walked / tally.paths).toBeGreaterThan(0.9);
  });

  it.skipIf(!existsSync(CORPUS))('finds what a full positions pass finds in the shared corpus (../shared/corpus; skipped when absent)', () => {
    const tally = { paths: 0, walked: 0 };
    for (const f of yamlFiles(CORPUS)) check(readFileSync(f, 'utf8'), f, tally, 40);
    expect(tally.paths).toBeGreaterThan(100_000);
    expect(tally.walked / tally.paths).toBeGreaterThan(0.9);
  });

  it('finds what a full positions pass finds in YAML written in every style (property)', () => {
    const key = fc.oneof(fc.constantFrom('a', 'name', 'spec', 'x y', 'on', '1', '-k', 'k:v', '#', 'é'), fc.string({ maxLength: 6 }));
    const scalar = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom('multi\nline\n', ' lead', 'trail ', '- x', '# no', 'a: b'));
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, scalar, tie('map'), tie('seq')),
      map: fc.dictionary(key, tie('tree'), { maxKeys: 4 }),
      seq: fc.array(tie('tree'), { maxLength: 4 }),
    }));
    const opts = fc.record({
      indent: fc.constantFrom(2, 4),
      indentSeq: fc.boolean(),
      flowLevel: fc.constantFrom(-1, 2, 3),
      lineWidth: fc.constantFrom(0, 20, 80),
      defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
    });
    const tally = { paths: 0, walked: 0 };
    fc.assert(
      fc.property(fc.dictionary(key, tree, { minKeys: 1, maxKeys: 5 }), opts, (value, o) => {
        const text = stringify(value, { ...o, defaultStringType: o.defaultStringType as 'PLAIN' } as never);
        check(text, JSON.stringify(text), tally);
      }),
      { numRuns: Math.round(400 * SCALE), seed: seed(11) },
    );
    // quoted keys, anchors and flow styles send many of these paths to a full pass; enough are walked
    expect(tally.walked).toBeGreaterThan(1_000);
  });

  it('finds what a full positions pass finds on manifest-shaped lines (property)', () => {
    const tally = { paths: 0, walked: 0 };
    fc.assert(
      fc.property(manifestShapedText(), (text) => check(text, JSON.stringify(text), tally)),
      { numRuns: Math.round(3000 * SCALE), seed: seed(3) },
    );
    expect(tally.walked).toBeGreaterThan(1_000);
  });

  it('answers a document by walks for its first 8 paths, then from one full pass', () => {
    const containers = Array.from({ length: 12 }, (_, i) => `      - name: c${i}\n        image: img${i}\n`).join('');
    const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  template:\n    spec:\n      containers:\n${containers}`;
    const { objects } = loadObjects({ sources: [{ path: 'pod.yaml', text }] }, defaults());
    const pod = objects[0]!;
    const counted = trackPositionsPasses();
    const ranges = Array.from({ length: 12 }, (_, i) => rangeOf(pod, ['spec', 'template', 'spec', 'containers', i, 'image']));
    expect(counted).toMatchObject({ walks: 8, passes: 1 });
    ranges.forEach((r, i) => expect(text.slice(r[0], r[1])).toBe(`image: img${i}`));
  });
});
