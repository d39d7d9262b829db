// `npm run bench`: leastpriv against the floor (yaml alone) and the peer (@monokle/validation), on the
// real corpus and on synthetic repositories of growing size; writes bench/RESULTS.md.
// Every measurement is a fresh child process; each figure is the median of several runs, with the
// commands interleaved so that load from other processes spreads over all of them.
//   node bench/run.mjs [--quick] [--runs N] [--sizes 10000,50000] [--no-peer] [--no-real] [--no-write]
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem, release, platform } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from './generate.mjs';
import { manifestFiles } from './files.mjs';
import { GNU_TIME, measureNode, median } from './measure.mjs';
import { benchCacheSize, cacheReport, writeCacheSection } from './cache.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const BENCH = new URL('.', import.meta.url).pathname;
const REAL = join(ROOT, '..', 'shared', 'corpus', 'real');

const { values: opt } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    runs: { type: 'string' },
    sizes: { type: 'string' },
    'no-peer': { type: 'boolean' },
    'no-real': { type: 'boolean' },
    'no-write': { type: 'boolean' },
  },
});
const RUNS = Number(opt.runs ?? (opt.quick ? 1 : 3));
const SIZES = (opt.sizes ?? (opt.quick ? '2000' : '10000,50000,100000')).split(',').map(Number);
const PEER = !opt['no-peer'] && !opt.quick;
const REAL_ON = !opt['no-real'] && !opt.quick && existsSync(REAL);
/** The peer takes minutes on the large synthetic repositories: one run there. */
const peerRuns = (docs) => (docs > 10_000 ? 1 : RUNS);

const log = (s) => process.stderr.write(s + '\n');

function ensurePeer() {
  if (existsSync(join(BENCH, 'peer', 'node_modules', '@monokle', 'validation'))) return true;
  log('installing the peer (@monokle/validation) into bench/peer/ …');
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: join(BENCH, 'peer'), stdio: 'inherit' });
  return r.status === 0;
}

function bytesOf(dir) {
  return manifestFiles(dir).reduce((n, f) => n + statSync(f).size, 0);
}

const sarifOut = join(mkdtempSync(join(tmpdir(), 'lp-sarif-')), 'out.sarif');
const CMDS = {
  floor: (dir) => [join(BENCH, 'floor.mjs'), dir],
  // (files as written, like the floor and the peer; the render stage is measured by bench/render.mjs)
  audit: (dir) => [join(ROOT, 'bin', 'leastpriv.js'), 'audit', dir, '--no-render', '--format', 'sarif', '--output', sarifOut],
  peer: (dir) => [join(BENCH, 'peer.mjs'), dir],
};

function benchCorpus(name, dir, peer) {
  const files = manifestFiles(dir).length;
  const bytes = bytesOf(dir);
  const kinds = ['floor', 'audit', ...(peer ? ['peer'] : [])];
  const runs = Object.fromEntries(kinds.map((k) => [k, []]));
  let documents = NaN;
  let peerOut;
  for (let i = 0; i < RUNS; i++) {
    for (const k of kinds) {
      if (k === 'peer' && i >= peerRuns(documents)) continue;
      const r = measureNode(CMDS[k](dir), { cwd: ROOT });
      const ok = k === 'audit' ? r.status === 0 || r.status === 1 : r.status === 0;
      if (!ok) throw new Error(`${k} on ${name} exited ${r.status}:\n${r.stderr.slice(0, 2000)}`);
      if (k === 'floor') documents = JSON.parse(r.stdout).documents;
      if (k === 'peer') peerOut = JSON.parse(r.stdout);
      runs[k].push(r);
      log(`  ${name} ${k} run ${i + 1}: ${(r.wallMs / 1000).toFixed(2)} s, cpu ${(r.cpuMs / 1000).toFixed(2)} s, ${(r.maxRssKb / 1024).toFixed(0)} MB`);
    }
  }
  const med = (k, f) => (runs[k]?.length ? median(runs[k].map((r) => r[f])) : NaN);
  const row = { name, files, bytes, documents, runs: Object.fromEntries(kinds.map((k) => [k, runs[k].length])) };
  for (const k of kinds) row[k] = { wallMs: med(k, 'wallMs'), cpuMs: med(k, 'cpuMs'), maxRssKb: med(k, 'maxRssKb') };
  if (peerOut) row.peerResults = peerOut.results;
  return row;
}

function benchStartup() {
  const small = join(ROOT, 'fixtures', 'incident', 'after.yaml');
  const n = Math.max(5, RUNS * 3);
  const node = [];
  const lp = [];
  for (let i = 0; i < n; i++) {
    node.push(measureNode(['-e', '0']));
    lp.push(measureNode([join(ROOT, 'bin', 'leastpriv.js'), 'audit', small, '--no-render', '--format', 'sarif', '--output', sarifOut], { cwd: ROOT }));
  }
  return {
    runs: n,
    node: { wallMs: median(node.map((r) => r.wallMs)), maxRssKb: median(node.map((r) => r.maxRssKb)) },
    leastpriv: { wallMs: median(lp.map((r) => r.wallMs)), maxRssKb: median(lp.map((r) => r.maxRssKb)) },
  };
}

const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const s = (ms) => (Number.isFinite(ms) ? (ms / 1000).toFixed(2) : '–');
const mb = (kb) => (Number.isFinite(kb) ? (kb / 1024).toFixed(0) : '–');
const mark = (ok) => (ok === undefined ? '' : ok ? ' ✓' : ' ✗');

function report(rows, startup, meta) {
  const L = [];
  L.push(`Run: ${meta.date} on ${meta.machine}; Node ${meta.node}; leastpriv ${meta.commit}; ${meta.runs} run(s) per figure (median), peer ${meta.peerNote}; peak RSS via ${GNU_TIME ? '/usr/bin/time' : 'process.resourceUsage()'}; load average at start ${meta.load}.`);
  L.push('');
  L.push('Wall time and CPU time (user + system) in seconds, medians. Ratios use wall time; the CPU ratio is the steadier one on a shared machine.');
  L.push('');
  L.push('| corpus | files | documents | MB | floor s (cpu) | audit s (cpu) | peer s (cpu) | audit/floor | audit/floor cpu | peer/audit | audit docs/s | audit peak RSS MB | RSS/corpus bytes | floor RSS MB | peer RSS MB |');
  L.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const af = r.audit.wallMs / r.floor.wallMs;
    const afc = r.audit.cpuMs / r.floor.cpuMs;
    const pa = r.peer ? r.peer.wallMs / r.audit.wallMs : NaN;
    const rss = (r.audit.maxRssKb * 1024) / r.bytes;
    L.push(
      `| ${r.name} | ${r.files} | ${r.documents} | ${f1(r.bytes / 1e6)} | ${s(r.floor.wallMs)} (${s(r.floor.cpuMs)}) | ${s(r.audit.wallMs)} (${s(r.audit.cpuMs)}) | ${r.peer ? `${s(r.peer.wallMs)} (${s(r.peer.cpuMs)})` : '–'} | ${f2(af)}${mark(af <= 1.3)} | ${f2(afc)} | ${r.peer ? f1(pa) + mark(pa >= 10) : '–'} | ${Math.round(r.documents / (r.audit.wallMs / 1000))} | ${mb(r.audit.maxRssKb)} | ${f1(rss)}${mark(rss <= 3)} | ${mb(r.floor.maxRssKb)} | ${r.peer ? mb(r.peer.maxRssKb) : '–'} |`,
    );
  }
  L.push('');
  const syn = rows.filter((r) => r.name.startsWith('synthetic'));
  if (syn.length > 1) {
    L.push('Scaling (synthetic): cost per 1,000 documents, and the growth exponent k in time ∝ documents^k between successive sizes (1.0 is linear).');
    L.push('');
    L.push('| documents | audit ms / 1k docs | floor ms / 1k docs | audit k | floor k | audit RSS MB |');
    L.push('|---:|---:|---:|---:|---:|---:|');
    syn.forEach((r, i) => {
      const p = syn[i - 1];
      const k = (a, b) => (p ? Math.log(a / b) / Math.log(r.documents / p.documents) : NaN);
      L.push(
        `| ${r.documents} | ${f1(r.audit.wallMs / (r.documents / 1000))} | ${f1(r.floor.wallMs / (r.documents / 1000))} | ${f2(k(r.audit.wallMs, p?.audit.wallMs))} | ${f2(k(r.floor.wallMs, p?.floor.wallMs))} | ${mb(r.audit.maxRssKb)} |`,
      );
    });
    L.push('');
  }
  const st = startup.leastpriv.wallMs / startup.node.wallMs;
  L.push(`Startup (one small file, ${startup.runs} runs): leastpriv ${f1(startup.leastpriv.wallMs)} ms, \`node -e 0\` ${f1(startup.node.wallMs)} ms: **${f2(st)}×**${mark(st <= 2)} (target ≤ 2×); peak RSS ${mb(startup.leastpriv.maxRssKb)} MB vs ${mb(startup.node.maxRssKb)} MB.`);
  return L.join('\n');
}

function writeResults(text) {
  const file = join(BENCH, 'RESULTS.md');
  const start = '<!-- results:start (written by `npm run bench`) -->';
  const end = '<!-- results:end -->';
  const old = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmark results\n\n${start}\n${end}\n`;
  const i = old.indexOf(start);
  const j = old.indexOf(end);
  const next = i === -1 || j === -1 ? `${old}\n${start}\n${text}\n${end}\n` : `${old.slice(0, i + start.length)}\n${text}\n${old.slice(j)}`;
  writeFileSync(file, next);
  log(`wrote ${file}`);
}

// ---
if (!existsSync(join(ROOT, 'dist', 'cli', 'leastpriv.cjs'))) throw new Error('dist/ is missing: run `npm run build` first (npm run bench does)');
const peer = PEER && ensurePeer();
const rows = [];
if (REAL_ON) {
  log(`real corpus: ${REAL}`);
  rows.push(benchCorpus('real', REAL, peer));
} else if (!opt.quick && !opt['no-real']) log(`real corpus not found at ${REAL}: skipped`);
for (const size of SIZES) {
  const dir = mkdtempSync(join(tmpdir(), `lp-synthetic-${size}-`));
  try {
    const g = generate(dir, size);
    log(`synthetic ${g.documents} documents in ${g.namespaces} namespaces: ${dir}`);
    rows.push(benchCorpus(`synthetic ${size / 1000}k`, dir, peer));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
log('startup');
const startup = benchStartup();
rmSync(join(sarifOut, '..'), { recursive: true, force: true });
const cpu = cpus();
let commit = 'unknown';
try {
  commit = execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf8' }).trim();
} catch {}
const text = report(rows, startup, {
  date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
  machine: `${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${platform()} ${release()}`,
  node: process.version,
  commit,
  runs: RUNS,
  peerNote: peer ? `@monokle/validation 0.33.0 (Pod Security Standards plugin; ${RUNS} runs up to 10k documents, 1 above)` : 'not run',
  load: loadavg().map((x) => x.toFixed(1)).join(' '),
});
process.stdout.write(text + '\n');
if (!opt['no-write'] && !opt.quick) writeResults(text);
// The result cache (issue 19): its own section, the same sizes
log('result cache');
const cacheText = cacheReport(SIZES.map((n) => benchCacheSize(n, RUNS)), RUNS);
process.stdout.write(cacheText + '\n');
if (!opt['no-write'] && !opt.quick) writeCacheSection(cacheText);
