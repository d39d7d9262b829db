// `node bench/render.mjs [--runs N]`: the cost of the render stage (src/render) on the real corpus:
// `leastpriv audit` (JSON and text output) with and without --no-render (median wall time and CPU time of fresh processes,
// interleaved; rendered also with the CRDs handed to kustomize as written, LEASTPRIV_RENDER_STUB=0,
// and with --unbatched one kustomize process per root, LEASTPRIV_RENDER_BATCH=0), and
// each root's kustomize time (LEASTPRIV_RENDER_TIMES). Prints markdown for
// bench/RESULTS.md. Needs kubectl, a built dist/ (npm run build) and ../shared/corpus/real.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = new URL('..', import.meta.url).pathname;
const REAL = process.env.LEASTPRIV_CORPUS ?? join(ROOT, '..', 'shared', 'corpus', 'real');
const { values } = parseArgs({ options: { runs: { type: 'string' }, unbatched: { type: 'boolean' } } });
const RUNS = Number(values.runs ?? 3);
if (!existsSync(REAL)) throw new Error(`${REAL} is absent`);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// JSON output (which resolves every fix's edit) and the default text output (which does not): the
// render stage costs the same in both, the audit around it does not.
function run(args, env = {}, format = 'json') {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, join(ROOT, 'bin', 'leastpriv.js'), 'audit', REAL, '--format', format === 'json' ? 'json' : 'text', '--fail-on', 'none', ...args], { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const [u, s] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  // CPU time of leastpriv and of every kustomize process it waited for
  return { wall, cpu: (u + s) * 1000, findings: format === 'json' ? JSON.parse(r.stdout).findings.length : '' };
}

const plain = [];
const rendered = [];
const plainText = [];
const renderedText = [];
const unbatched = [];
const unstubbed = [];
const dir = mkdtempSync(join(tmpdir(), 'lp-render-bench-'));
let perRoot = [];
for (let i = 0; i < RUNS; i++) {
  plain.push(run(['--no-render']));
  const times = join(dir, `times-${i}.jsonl`);
  rendered.push(run([], { LEASTPRIV_RENDER_TIMES: times }));
  if (i === 0) perRoot = readFileSync(times, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  plainText.push(run(['--no-render'], {}, 'text'));
  renderedText.push(run([], {}, 'text'));
  // CRDs as written (src/render/crd-stubs.ts off; once: it is the slowest)
  if (i === 0) unstubbed.push(run([], { LEASTPRIV_RENDER_STUB: '0' }));
  // one kustomize process per root (src/render/batch.ts off)
  if (values.unbatched) unbatched.push(run([], { LEASTPRIV_RENDER_BATCH: '0' }));
}
rmSync(dir, { recursive: true, force: true });
const m = (xs, k) => median(xs.map((x) => x[k]));
const out = [];
out.push(`Render stage on the real corpus (${RUNS} runs each, interleaved; ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at the end)`);
out.push('');
out.push('| run | wall (median) | CPU incl. kustomize (median) | findings |');
out.push('|---|---:|---:|---:|');
const row = (label, xs) => out.push(`| ${label} | ${(m(xs, 'wall') / 1000).toFixed(1)} s | ${(m(xs, 'cpu') / 1000).toFixed(1)} s | ${xs[0].findings} |`);
row('audit --format json --no-render', plain);
row('audit --format json (rendered)', rendered);
row('audit --format json (rendered, CRDs as written; 1 run)', unstubbed);
if (unbatched.length) row('audit --format json (rendered, one process per root)', unbatched);
out.push(`| ratio rendered / --no-render, JSON | ${(m(rendered, 'wall') / m(plain, 'wall')).toFixed(1)}× | ${(m(rendered, 'cpu') / m(plain, 'cpu')).toFixed(1)}× | |`);
row('audit (text) --no-render', plainText);
row('audit (text, rendered)', renderedText);
out.push(`| ratio rendered / --no-render, text | ${(m(renderedText, 'wall') / m(plainText, 'wall')).toFixed(1)}× | ${(m(renderedText, 'cpu') / m(plainText, 'cpu')).toFixed(1)}× | |`);
out.push(`| rendered minus --no-render (the render stage), text | ${((m(renderedText, 'wall') - m(plainText, 'wall')) / 1000).toFixed(1)} s | ${((m(renderedText, 'cpu') - m(plainText, 'cpu')) / 1000).toFixed(1)} s | |`);
out.push('');
const total = perRoot.reduce((a, r) => a + r.ms, 0);
out.push(`${perRoot.length} roots (${perRoot.filter((r) => r.failed).length} failed to render; ${perRoot.filter((r) => r.batch).length} rendered in shared processes; ${perRoot.filter((r) => r.stubbed).length} with CRD schemas stubbed); kustomize time summed over roots ${(total / 1000).toFixed(1)} s (a shared process's time split among its roots; ${Math.min(4, cpus().length)} processes at a time). Slowest roots:`);
out.push('');
out.push('| root | kustomize | objects |');
out.push('|---|---:|---:|');
for (const r of [...perRoot].sort((a, b) => b.ms - a.ms).slice(0, 10)) out.push(`| ${r.root} | ${(r.ms / 1000).toFixed(2)} s | ${r.objects} |`);
const ms = perRoot.map((r) => r.ms).sort((a, b) => a - b);
out.push('');
out.push(`Per root: median ${(median(ms) / 1000).toFixed(2)} s, 90th percentile ${(ms[Math.floor(ms.length * 0.9)] / 1000).toFixed(2)} s.`);
console.log(out.join('\n'));
