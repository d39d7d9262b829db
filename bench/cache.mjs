// The result cache (issue 19, src/cache): the pre-commit form `audit --context . ONE_FILE` on synthetic
// repositories, cold and warm, against auditing ONE_FILE alone and `node -e 0`; every figure the
// median of fresh child processes, the commands of one size interleaved, ratios from the same run.
//   node bench/cache.mjs [--runs N] [--sizes 10000,50000,100000] [--no-write]
// `npm run bench` runs it too (bench/run.mjs). Runs:
//   no cache       --context . ONE_FILE --no-cache
//   cold + write   the same with an empty cache folder (the cost of writing it)
//   warm           the same again, nothing changed (e.g. a hook run again after a failed commit)
//   warm, edited   ONE_FILE edited (a comment appended) since the last run: the run without ONE_FILE
//                  (the counterfactual) is cached, the run with it is computed; the second such run
//                  of a round (a hook's steady state). The first, "first edit", also makes the
//                  per-file layer (a cache folder's first run stores results only: src/cache/memo.ts)
//   full audit     `audit .` with --no-cache, then with an empty cache folder (cold + write), then
//                  again (warm): the "cold full audit with a cache write" target
//   one file       audit ONE_FILE (no context)
//   node -e 0
// The last three are well under a second: SHORT times a run each, interleaved.
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from './generate.mjs';
import { manifestFiles } from './files.mjs';
import { measureNode, median } from './measure.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin', 'leastpriv.js');
const ONE = join('namespaces', 'ns-0', 'rbac.yaml');
const log = (s) => process.stderr.write(s + '\n');

function dirBytes(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? dirBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
}

/** Runs of the warm, one-file and `node -e 0` figures per round (each well under a second). */
const SHORT = 5;

/** Above 50k documents one run per figure (each cold run is tens of seconds). */
const runsAt = (documents, runs) => (documents > 50_000 ? 1 : runs);

/** One size: returns the medians (wall ms) and the cache's size on disk. */
export function benchCacheSize(documents, runs) {
  const repo = mkdtempSync(join(tmpdir(), `lp-cache-${documents}-`));
  const caches = mkdtempSync(join(tmpdir(), `lp-cache-dirs-`));
  try {
    generate(repo, documents);
    const manifestBytes = manifestFiles(repo).reduce((n, f) => n + statSync(f).size, 0);
    const ctx = (...extra) => [BIN, 'audit', '--context', '.', ONE, ...extra];
    const t = { nocache: [], cold: [], warm: [], edited1: [], edited: [], one: [], node: [], fullNocache: [], fullCold: [], fullWarm: [] };
    const c = Object.fromEntries(Object.keys(t).map((k) => [k, []]));
    const add = (k, r) => {
      t[k].push(r.wallMs);
      c[k].push(r.cpuMs);
      return r;
    };
    let cacheBytes = NaN;
    let same = true;
    for (let i = 0; i < runsAt(documents, runs); i++) {
      const loc = join(caches, `c${i}`);
      const ok = (r, what) => {
        if (r.status !== 0 && r.status !== 1) throw new Error(`${what} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
        return r;
      };
      const plain = add('nocache', ok(measureNode(ctx('--no-cache'), { cwd: repo }), 'no cache'));
      const cold = add('cold', ok(measureNode(ctx('--cache-location', loc), { cwd: repo }), 'cold'));
      cacheBytes = dirBytes(loc);
      // (the short figures several times a round, interleaved: a run of ~0.1 s moves with every blip of load)
      let warm;
      for (let j = 0; j < SHORT; j++) {
        warm = add('warm', ok(measureNode(ctx('--cache-location', loc), { cwd: repo }), 'warm'));
        same &&= warm.stdout === plain.stdout;
      }
      same &&= cold.stdout === plain.stdout;
      for (let j = 0; j < SHORT; j++) {
        add('one', ok(measureNode([BIN, 'audit', ONE], { cwd: repo }), 'one file'));
        add('node', measureNode(['-e', '0']));
      }
      appendFileSync(join(repo, ONE), `# edited ${i}\n`);
      add('edited1', ok(measureNode(ctx('--cache-location', loc), { cwd: repo }), 'first edit'));
      appendFileSync(join(repo, ONE), `# edited ${i} again\n`);
      add('edited', ok(measureNode(ctx('--cache-location', loc), { cwd: repo }), 'edited'));
      const full = (...extra) => [BIN, 'audit', '.', ...extra];
      const fullPlain = add('fullNocache', ok(measureNode(full('--no-cache'), { cwd: repo }), 'full audit, no cache'));
      const fullLoc = join(caches, `f${i}`);
      const fullCold = add('fullCold', ok(measureNode(full('--cache', '--cache-location', fullLoc), { cwd: repo }), 'full audit, cold'));
      const fullWarm = add('fullWarm', ok(measureNode(full('--cache', '--cache-location', fullLoc), { cwd: repo }), 'full audit, warm'));
      same &&= fullCold.stdout === fullPlain.stdout && fullWarm.stdout === fullPlain.stdout;
      log(`  cache ${documents}: run ${i + 1}: no cache ${(plain.wallMs / 1000).toFixed(2)} s, cold ${(cold.wallMs / 1000).toFixed(2)} s, warm ${(t.warm.at(-1) / 1000).toFixed(2)} s, edited ${(t.edited1.at(-1) / 1000).toFixed(2)} / ${(t.edited.at(-1) / 1000).toFixed(2)} s, full audit ${(fullPlain.wallMs / 1000).toFixed(2)} / cold ${(fullCold.wallMs / 1000).toFixed(2)} / warm ${(fullWarm.wallMs / 1000).toFixed(2)} s, one file ${t.one.at(-1).toFixed(0)} ms`);
    }
    return { documents, manifestBytes, cacheBytes, same, ...Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)])), cpu: Object.fromEntries(Object.entries(c).map(([k, v]) => [k, median(v)])) };
  } finally {
    rmSync(repo, { recursive: true, force: true });
    rmSync(caches, { recursive: true, force: true });
  }
}

const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const s = (ms) => (ms / 1000).toFixed(2);
const mark = (ok) => (ok ? ' ✓' : ' ✗');

export function cacheReport(rows, runs) {
  const L = [];
  L.push(`Result cache (issue 19; \`bench/cache.mjs\`): \`audit --context . ${ONE}\` (the pre-commit form, text output) on the synthetic repositories, ${runs} run(s) per figure up to 50k documents, 1 above (the warm, one-file and \`node -e 0\` figures ${SHORT} times a run), median wall time; CPU time to the millisecond (bash's \`time\`) where bash is present. Targets: warm ≤ 0.1× cold and ≤ 3× the one-file audit (at 50k); one-file audit ≤ 1.5× \`node -e 0\`; cold with the cache write ≤ 1.1× no cache; cache on disk ≤ 1× the manifest bytes. "edited": ${ONE} changed since the last run (the run without it is cached, the run with it is not), the second such run after the cold one; the first also makes the per-file layer ("first edit", below). The full audit (\`audit .\`, the issue's "cold full audit with a cache write") is in the last table.`);
  L.push('');
  L.push('| documents | no cache s | cold + write s | warm s | warm, edited s | one file s | `node -e 0` s | warm / no cache | edited / no cache | warm / one file | one file / node | cold+write / no cache | cache MB / manifest MB | same output |');
  L.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const target = r.documents >= 50_000 && r.documents < 100_000;
    const w = r.warm / r.nocache;
    const e = r.edited / r.nocache;
    const wo = r.warm / r.one;
    const on = r.one / r.node;
    const cw = r.cold / r.nocache;
    const size = r.cacheBytes / r.manifestBytes;
    L.push(
      `| ${r.documents} | ${s(r.nocache)} | ${s(r.cold)} | ${s(r.warm)} | ${s(r.edited)} | ${s(r.one)} | ${s(r.node)} | ${f2(w)}${target ? mark(w <= 0.1) : ''} | ${f2(e)}${target ? mark(e <= 0.1) : ''} | ${f2(wo)}${target ? mark(wo <= 3) : ''} | ${f2(on)}${mark(on <= 1.5)} | ${f2(cw)}${mark(cw <= 1.1)} | ${f2(r.cacheBytes / 1e6)} / ${f2(r.manifestBytes / 1e6)} = ${f2(size)}${mark(size <= 1)} | ${r.same ? 'yes' : '**no**'} |`,
    );
  }
  L.push('');
  L.push('The same ratios in CPU time (user + system; steadier than wall time on a shared machine), marked the same way:');
  L.push('');
  L.push('| documents | no cache cpu s | cold + write cpu s | warm cpu s | warm, edited cpu s | one file cpu s | `node -e 0` cpu s | warm / no cache | edited / no cache | warm / one file | one file / node | cold+write / no cache |');
  L.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const c = r.cpu;
    const target = r.documents >= 50_000 && r.documents < 100_000;
    const [w, e, wo, on, cw] = [c.warm / c.nocache, c.edited / c.nocache, c.warm / c.one, c.one / c.node, c.cold / c.nocache];
    L.push(
      `| ${r.documents} | ${s(c.nocache)} | ${s(c.cold)} | ${s(c.warm)} | ${s(c.edited)} | ${s(c.one)} | ${s(c.node)} | ${f2(w)}${target ? mark(w <= 0.1) : ''} | ${f2(e)}${target ? mark(e <= 0.1) : ''} | ${f2(wo)}${target ? mark(wo <= 3) : ''} | ${f2(on)}${mark(on <= 1.5)} | ${f2(cw)}${mark(cw <= 1.1)} |`,
    );
  }
  L.push('');
  L.push('The full audit (`audit .`, text output): no cache, cold with the cache write, warm; and the first run after an edit of the `--context` run above (it makes the per-file layer). Wall time, CPU time in brackets:');
  L.push('');
  L.push('| documents | full, no cache s | full, cold + write s | full, warm s | cold+write / no cache | warm / no cache | `--context` first edit s | first edit / no cache |');
  L.push('|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const c = r.cpu;
    const cw = r.fullCold / r.fullNocache;
    const ccw = c.fullCold / c.fullNocache;
    L.push(
      `| ${r.documents} | ${s(r.fullNocache)} (${s(c.fullNocache)}) | ${s(r.fullCold)} (${s(c.fullCold)}) | ${s(r.fullWarm)} (${s(c.fullWarm)}) | ${f2(cw)}${mark(cw <= 1.1)} (${f2(ccw)}${mark(ccw <= 1.1)}) | ${f2(r.fullWarm / r.fullNocache)} (${f2(c.fullWarm / c.fullNocache)}) | ${s(r.edited1)} (${s(c.edited1)}) | ${f2(r.edited1 / r.nocache)} (${f2(c.edited1 / c.nocache)}) |`,
    );
  }
  if (rows.length > 1) {
    const a = rows[0];
    const b = rows[rows.length - 1];
    const k = (x, y) => Math.log(y / x) / Math.log(b.documents / a.documents);
    L.push('');
    L.push(`Scaling ${a.documents} → ${b.documents} documents (time ∝ documents^k): no cache k = ${f2(k(a.nocache, b.nocache))}, warm k = ${f2(k(a.warm, b.warm))}, warm edited k = ${f2(k(a.edited, b.edited))}.`);
  }
  return L.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values: opt } = parseArgs({ options: { runs: { type: 'string' }, sizes: { type: 'string' }, 'no-write': { type: 'boolean' } } });
  const runs = Number(opt.runs ?? 3);
  const rows = (opt.sizes ?? '10000,50000,100000').split(',').map((n) => benchCacheSize(Number(n), runs));
  const text = cacheReport(rows, runs);
  process.stdout.write(text + '\n');
  if (!opt['no-write']) writeCacheSection(text);
}

/** Replaces the text between the cache markers in bench/RESULTS.md (appended the first time). */
export function writeCacheSection(text) {
  const file = join(ROOT, 'bench', 'RESULTS.md');
  const start = '<!-- cache:start (written by `node bench/cache.mjs` and `npm run bench`) -->';
  const end = '<!-- cache:end -->';
  const old = readFileSync(file, 'utf8');
  const i = old.indexOf(start);
  const j = old.indexOf(end);
  writeFileSync(file, i === -1 || j === -1 ? `${old.trimEnd()}\n\n${start}\n${text}\n${end}\n` : `${old.slice(0, i + start.length)}\n${text}\n${old.slice(j)}`);
  log(`wrote ${file} (cache section)`);
}
