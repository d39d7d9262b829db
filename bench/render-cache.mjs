// The render cache (issue 19, src/cache/render.ts) on real GitOps trees of the shared corpus (a copy
// in a temporary folder): the rendered audit without the cache, cold (an empty cache folder: renders
// and writes), warm (nothing changed: the run's result, or each cacheable root's render, read back),
// edited (one manifest of a base changed since: the roots that include it render again, the others
// are read back), and --no-render; fresh child processes, interleaved, medians of N runs; CPU
// includes the kustomize processes leastpriv waited for.
//   node bench/render-cache.mjs [--runs 3] [--trees onedr0p-home-ops,argo-cd]
// Prints a Markdown table (bench/RESULTS.md, finding 24). Needs a built dist and kubectl.
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureNode, median } from './measure.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin', 'leastpriv.js');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'real');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, trees: { type: 'string', default: 'onedr0p-home-ops,argo-cd' } } });
const runs = Number(values.runs);
const log = (s) => process.stderr.write(`${s}\n`);
if (!existsSync(CORPUS)) {
  log(`render-cache bench: ${CORPUS} is absent; nothing measured`);
  process.exit(0);
}

/** The file edited for the "edited" runs: a patch of argo-cd's HA base (the HA roots render again), a component of 19 home-ops apps. */
const EDITED = {
  'argo-cd': 'manifests/ha/base/overlays/argocd-repo-server-deployment.yaml',
  'onedr0p-home-ops': 'kubernetes/components/kopiur/backup/pvc.yaml',
};

const rows = [];
for (const tree of values.trees.split(',')) {
  const scratch = mkdtempSync(join(tmpdir(), 'lp-render-cache-'));
  const cwd = join(scratch, tree);
  cpSync(join(CORPUS, tree), cwd, { recursive: true });
  const edited = EDITED[tree] ? join(cwd, EDITED[tree]) : undefined;
  const original = edited ? readFileSync(edited) : undefined;
  const t = { norender: [], nocache: [], cold: [], warm: [], edited: [] };
  const c = { norender: [], nocache: [], cold: [], warm: [], edited: [] };
  let same = true;
  let roots = NaN;
  let stored = NaN;
  try {
    for (let i = 0; i < runs; i++) {
      const loc = join(scratch, `c${i}`);
      const times = join(scratch, `times${i}.jsonl`);
      const run = (k, extra, env) => {
        const r = measureNode([BIN, 'audit', '.', '-f', 'json', ...extra], { cwd, env });
        if (r.status !== 0 && r.status !== 1) throw new Error(`${tree} ${k} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
        t[k].push(r.wallMs);
        c[k].push(r.cpuMs);
        log(`${tree} #${i + 1} ${k}: ${(r.wallMs / 1000).toFixed(2)} s wall, ${(r.cpuMs / 1000).toFixed(2)} s CPU`);
        return r;
      };
      run('norender', ['--no-render']);
      const plain = run('nocache', ['--no-cache']);
      const cold = run('cold', ['--cache', '--cache-location', loc], { LEASTPRIV_RENDER_TIMES: times });
      stored = readdirSync(join(loc, 'render')).filter((n) => n.endsWith('.bin')).length;
      const warm = run('warm', ['--cache', '--cache-location', loc]);
      same &&= cold.stdout === plain.stdout && warm.stdout === plain.stdout;
      if (edited) {
        appendFileSync(edited, `# edited ${i}\n`);
        run('edited', ['--cache', '--cache-location', loc]);
        writeFileSync(edited, original);
      }
      roots = readFileSync(times, 'utf8').trim().split('\n').length;
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const m = (o, k) => median(o[k]) / 1000;
  rows.push({ tree, roots, stored, same, wall: Object.fromEntries(Object.keys(t).map((k) => [k, m(t, k)])), cpu: Object.fromEntries(Object.keys(c).map((k) => [k, m(c, k)])) });
}

const f = (x) => x.toFixed(2);
const out = [
  `| tree | roots (kept) | | --no-render | rendered, no cache | cold + write | warm | edited | warm / no cache | edited / no cache | warm / --no-render | same output |`,
  `|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|:-:|`,
];
for (const r of rows) {
  for (const [what, v] of [['wall s', r.wall], ['CPU s', r.cpu]]) {
    out.push(`| ${r.tree} | ${r.roots} (${r.stored}) | ${what} | ${f(v.norender)} | ${f(v.nocache)} | ${f(v.cold)} | ${f(v.warm)} | ${f(v.edited)} | ${f(v.warm / v.nocache)} | ${f(v.edited / v.nocache)} | ${f(v.warm / v.norender)} | ${r.same ? '✓' : '✗'} |`);
  }
}
console.log(out.join('\n'));
