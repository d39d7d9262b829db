/**
 * The fast reader (src/input/fast-yaml.ts) against the `yaml` package: whatever it accepts, it reads
 * exactly as the `yaml` package does (values, documents, offsets: test/support/yaml-oracle.ts), and it
 * leaves the rest to it. Checked on hand-picked cases, the fixtures, the shared corpus, and
 * generated texts (valid YAML in every style the `yaml` package writes, and token soup).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fastParse, fastParseGiveUpReason } from '../../src/input/fast-yaml.ts';
import { audit, loadObjects } from '../../src/engine/audit.ts';
import { defaults } from '../../src/config/load.ts';
import { Positions } from '../../src/engine/positions.ts';
import { yamlLoaded } from '../../src/input/yaml-lib.ts';
import { newSource, parseSource } from '../../src/input/parse.ts';
import { DEFAULT_LIMITS } from '../../src/input/types.ts';
import { differencesFromYaml } from '../support/yaml-oracle.ts';
import { manifestShapedText } from '../support/yaml-gen.ts';

const ROOT = join(import.meta.dirname, '..', '..');
// `npm run fuzz` style long runs: LEASTPRIV_FUZZ_SCALE multiplies the property runs, LEASTPRIV_FUZZ_SEED replays one.
const SCALE = Number(process.env.LEASTPRIV_FUZZ_SCALE ?? 1);
const seed = (fixed: number) => (process.env.LEASTPRIV_FUZZ_SEED !== undefined ? Number(process.env.LEASTPRIV_FUZZ_SEED) : SCALE > 1 ? Date.now() % 2 ** 31 : fixed);
const runs = (n: number) => Math.round(n * SCALE);
const CORPUS = join(ROOT, '..', 'shared', 'corpus');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.(ya?ml|json)$/.test(n) ? [p] : [];
  });
}

const read = (p: string) => {
  const t = readFileSync(p, 'utf8');
  return t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
};

/** Asserts the contract and returns whether the fast reader took the text. */
function check(text: string, label = JSON.stringify(text)): boolean {
  const d = differencesFromYaml(text);
  if (d === 'gave-up') return false;
  expect(d, label).toEqual([]);
  return true;
}

describe('fast YAML reader', () => {
  it('reads scalars as YAML 1.1 with go-yaml floats, like the yaml package', () => {
    const scalars = [
      'yes', 'No', 'ON', 'off', 'y', 'n', 'true', 'False', 'null', 'Null', '~', '', '0', '-0', '+1', '007', '0o7', '08', '0x1F', '0b101',
      '1_000', '0_', '1.5', '-.5', '.5', '5.', '.', '-', '1e3', '1.5E-3', 'e5', '1_0.5', '.inf', '-.Inf', '.NaN', 'nan', '1.2.3', '100m',
      '128Mi', 'v1', 'a:b', 'http://x:80/y', '-x', '--flag=1', 'a b', "it's", '0.0.0.0/0', '1:2', '2020-01-01', '<<', '=', '@@',
    ];
    let taken = 0;
    for (const s of scalars) {
      if (check(`k: ${s}\n`)) taken++;
      check(`- ${s}\n`);
      check(`k: [${s}]\n`);
      check(`k: "${s}"\n`);
      check(`${s || 'x'}: v\n`);
    }
    expect(taken).toBeGreaterThan(scalars.length - 8);
    // sexagesimal numbers and timestamps are strings, as go-yaml (kubectl) reads them; merge keys are
    // left to the yaml package's path
    expect(fastParse('k: 1:20\nt: 2020-01-01\no: 0o17\nf: 1_0.5\n')?.[0]?.value).toEqual({ k: '1:20', t: '2020-01-01', o: 15, f: 10.5 });
    expect(fastParse('k: <<\n')).toBeUndefined();
  });

  it('reads the block, flow, quoted and multi-line forms manifests use', () => {
    const texts = [
      'a:\n  b: 1\n  c:\n  - x\n  - y: 2\n    z: [1, "two", \'three\']\n',
      'containers:\n- name: a\n  args: ["-c", "echo hi # not a comment"]\n  env: []\n  resources: {}\n',
      'a: |\n  line 1\n\n  line 3\nb: >-\n  folded\n  text\n\n  para\nc: |-\n  x\n',
      'description: first line\n  continued here\n\n  new paragraph\nnext: 1\n',
      'q: "multi\n  line \\t esc\\\n  aped"\ns: \'it\'\'s\n  folded\'\n',
      '# comment\n---\na: 1 # trailing\n---\n\n---\nb: 2\n...\n',
      'a: 1\r\nb:\r\n  - 2\r\n',
      '  indented: root\n  second: 2\n',
      'k: v\n---\n- a list\n- document\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      '%YAML 1.1\n---\na: 1\n',
      'a: b: c\n',
      'a:\n\t- tab\n',
      'a: 1\na: 2\n',
      '? complex\n: key\n',
      'a: [1,\n  2]\n',
      'a: "unterminated\n',
      'k: |\n  no newline at end',
      'k: |+\n  kept\n\n\nj: 1\n',
      'k: >\n  folded\n   more indented\n\n  back\n',
      'k: |\n  a\n    \n  b\n',
      'k: [\n  a, # comment\n  "b",\n]\n',
      'k: &a\n  x: 1\nj: *a\nl: [*a]\n',
      'k: &a [1]\nj:\n- *a\n- &b\n- *b\n',
    ];
    for (const t of texts) check(t);
    expect(fastParse(texts[0]!)).toBeDefined();
    expect(fastParse('a: &x 1\nb: *x\n')?.[0]?.value).toEqual({ a: 1, b: 1 });
    expect(fastParse('a: !!str 1\n')).toBeUndefined();
    expect(fastParse('a: &x 1\nb: *x\nc: *x\n', { maxAliases: 1 })).toBeUndefined(); // over the alias limit: the yaml package words it
    expect(fastParseGiveUpReason('a: 1\na: 2\n')).toBe('duplicate key');
  });

  it('reads every fixture as the yaml package does', () => {
    const files = yamlFiles(join(ROOT, 'fixtures'));
    let taken = 0;
    for (const f of files) if (check(read(f), f)) taken++;
    expect(taken).toBeGreaterThan(files.length * 0.8);
  });

  it.skipIf(!existsSync(CORPUS))('reads the shared corpus as the yaml package does, and most of it at all (../shared/corpus; skipped when absent)', () => {
    let bytes = 0;
    let takenBytes = 0;
    for (const f of yamlFiles(CORPUS)) {
      const text = read(f);
      bytes += text.length;
      if (check(text, f)) takenBytes += text.length;
    }
    // a change that makes the reader give up on ordinary manifests shows here
    expect(takenBytes / bytes).toBeGreaterThan(0.9);
  });

  it('agrees with the yaml package on YAML written in every style (property)', () => {
    const key = fc.oneof(fc.constantFrom('a', 'name', 'yes', '1', 'x y', 'with: colon', "it's", '"q"', '-d', '#h', ''), fc.string({ maxLength: 6 }));
    const scalar = fc.oneof(
      fc.constantFrom('yes', 'no', '0777', '0x1f', '1e3', '.5', '~', '', ' lead', 'trail ', 'a #b', 'a: b', '- x', 'line\nbreak', 'tab\there', '\\', '"', "'", '{{ .x }}', 'é✓'),
      fc.string({ maxLength: 30 }),
      fc.lorem({ maxCount: 12 }),
      fc.integer(),
      fc.double({ noNaN: false }),
      fc.boolean(),
      fc.constant(null),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, tie('map'), tie('seq')),
      map: fc.dictionary(key, tie('node'), { maxKeys: 5 }),
      seq: fc.array(tie('node'), { maxLength: 4 }),
    })).map;
    const style = fc.record({
      lineWidth: fc.constantFrom(0, 20, 40, 80),
      indent: fc.constantFrom(2, 4),
      indentSeq: fc.boolean(),
      defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
      defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE'),
      collectionStyle: fc.constantFrom('any', 'block', 'flow'),
    });
    let taken = 0;
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 3 }), style, (docs, opts) => {
        const text = docs.map((d) => stringify(d, { version: '1.1', ...(opts as object) })).join('---\n');
        if (check(text)) taken++;
      }),
      { seed: seed(11), numRuns: runs(400) },
    );
    expect(taken).toBeGreaterThan(100);
  });

  it('gives up rather than differ on token soup (property)', () => {
    const token = fc.constantFrom(
      'a', 'b', '"q"', "'s'", 'yes', '1', '-x', ': ', ':', ' : ', '- ', '-', '#c', ' #c', '|', '>-', '|+', '[', ']', '{', '}', ', ', ',',
      '&a ', '*a', '!t ', '? ', '%', '@', '`', '"', "'", '\\', '\t', '0x1', '.5', '~', '---', '...', 'é', '{{ x }}', 'http://h:1', '',
    );
    const line = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.array(token, { maxLength: 6 })).map(([n, ts]) => ' '.repeat(n) + ts.join(''));
    let taken = 0;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), fc.boolean(), (lines, crlf) => {
        if (check(lines.join(crlf ? '\r\n' : '\n') + '\n')) taken++;
      }),
      { seed: seed(5), numRuns: runs(1500) },
    );
    expect(taken).toBeGreaterThan(50);
  });

  it('agrees or gives up on manifest-shaped lines (property)', () => {
    let taken = 0;
    fc.assert(
      fc.property(manifestShapedText(), (text) => {
        if (check(text)) taken++;
      }),
      { seed: seed(3), numRuns: runs(3000) },
    );
    expect(taken).toBeGreaterThan(300);
  });

  it('keeps the yaml package unloaded for manifests it reads, and loads it for the rest', () => {
    const plain = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: i\n    securityContext:\n      privileged: true\n';
    const r = audit({ sources: [{ path: 'pod.yaml', text: plain }] });
    expect(r.findings.map((f) => [f.rule, f.region.start.line])).toContainEqual(['privileged-container', 10]);
    expect(yamlLoaded()).toBe(false);
    const anchored = plain.replace('name: p', 'name: !!str p');
    const r2 = audit({ sources: [{ path: 'pod.yaml', text: anchored }] });
    expect(r2.findings.map((f) => [f.rule, f.region.start.line])).toContainEqual(['privileged-container', 10]);
    expect(yamlLoaded()).toBe(true);
  });
});

describe('fast YAML reader in the loader', () => {
  it('takes an aliased List item as an object of its own, as kubectl applies it, in both readers', () => {
    const pod = (n: string) => `\n  apiVersion: v1\n  kind: Pod\n  metadata: {name: ${n}}\n  spec: {containers: [{name: c, image: i}]}`;
    const text = `apiVersion: v1\nkind: List\nitems:\n- &first${pod('a')}\n- *first\n-${pod('b')}\n`;
    expect(fastParse(text)?.[0]?.aliasedCollection).toBe(true);
    // (kubectl 1.32 prints a, a, b: the alias is the same Pod again, applied twice)
    const names = (onlyYaml: boolean) => parseSource(newSource('list.yaml', text), DEFAULT_LIMITS, undefined, onlyYaml).objects.map((o) => o.name);
    expect(names(false)).toEqual(['a', 'a', 'b']);
    expect(names(true)).toEqual(['a', 'a', 'b']);
  });
});

describe('object lines without a positions pass', () => {
  it('names an object by the line its tree gives (where(obj, []), rootStart), for every object of the fixtures and examples', () => {
    const { objects } = loadObjects({ paths: ['fixtures', 'examples'], cwd: ROOT }, defaults());
    const withStart = objects.filter((o) => o.rootStart !== undefined);
    // most objects are read by the fast reader; List items and the yaml package's documents have no rootStart
    expect(withStart.length).toBeGreaterThan(objects.length / 2);
    expect(objects.some((o) => o.rootPath.length > 0 && o.rootStart === undefined)).toBe(true);
    const positions = new Positions();
    for (const o of withStart) {
      const tree = positions.locate(o, []).start.line;
      expect(`${o.file.path}:${o.file.lineCounter.linePos(o.rootStart!).line}`).toBe(`${o.file.path}:${tree}`);
      expect(positions.where(o, [])).toBe(`${o.file.path}:${tree}`);
    }
  });

  it('puts rootStart at the first key or brace after markers, comments and blank lines', () => {
    const text = '# c\n\n---\n# c2\nkind: A\n---\n\n  {kind: B}\n';
    expect(fastParse(text)!.map((d) => d.rootStart)).toEqual([text.indexOf('kind: A'), text.indexOf('{kind: B}')]);
  });
});
