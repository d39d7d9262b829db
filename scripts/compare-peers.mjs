#!/usr/bin/env node
// Compares leastpriv's verdicts with the peers' own expected verdicts (kube-linter, kube-score,
// Polaris, kubesec; ../shared/corpus/peers/<tool>/expectations.extracted.jsonl) on the checks that
// overlap: privileged, capabilities, host namespaces, hostPath, hostPorts, privilege escalation,
// run as root, seccomp, AppArmor, /proc mount, sysctls, and RBAC (Secrets, pod creation, wildcards,
// cluster-admin). The mapping and the decided disagreements are test/support/peer-verdicts.ts, which
// test/peer-verdicts.test.ts holds leastpriv to; this prints them as the markdown tables of
// docs/peer-comparison.md, and any disagreement the table does not decide.
//
//   node scripts/compare-peers.mjs [--corpus ../shared/corpus/peers] [--json]
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const at = args.indexOf('--corpus');
const PEERS = resolve(at >= 0 ? args[at + 1] : join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'peers'));
if (!existsSync(PEERS)) {
  console.error(`compare-peers: ${PEERS} not found (pass --corpus DIR)`);
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'leastpriv-peers-'));
const out = join(dir, 'audit.mjs');
await build({
  stdin: {
    contents: "export { audit } from './src/engine/audit.ts'; export { defaults } from './src/config/load.ts'; export * from './test/support/peer-verdicts.ts';",
    resolveDir: resolve(import.meta.dirname, '..'), loader: 'ts' },
  outfile: out,
  bundle: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  logLevel: 'warning',
});
// Bundled with external packages: resolve them from the project.
const { audit, defaults, peerCases, compare, tally, OURS, DISAGREEMENTS, OUT_OF_SCOPE, disagreementKey } = await import(pathToFileURL(out).href).catch(async () => {
  const local = join(import.meta.dirname, '..', '.compare-peers.mjs');
  (await import('node:fs')).copyFileSync(out, local);
  try {
    return await import(pathToFileURL(local).href);
  } finally {
    rmSync(local, { force: true });
  }
});
rmSync(dir, { recursive: true, force: true });

const cache = new Map();
function run(file, profile) {
  const key = `${profile}\u0000${file}`;
  if (!cache.has(key)) cache.set(key, audit({ paths: [file], cwd: PEERS, render: false, config: { ...defaults(), profile, gitignore: false, render: false } }));
  return cache.get(key);
}
const rows = compare(peerCases(PEERS), run);
if (args.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
  process.exit(0);
}

const TOOLS = ['kube-linter', 'kube-score', 'polaris', 'kubesec'];
// kubesec's tests each assert the sign of one score: one row per leastpriv check in the table
const KUBESEC = { 'pss-baseline': 'score < 0, a critical rule matched (one test per asset)', 'privilege-escalation': 'allowPrivilegeEscalation (score < 0)' };
const groups = tally(rows.map((r) => (r.tool === 'kubesec' ? { ...r, peerCheck: KUBESEC[r.check] } : r)));
console.log('| Peer | Cases | Agree | Disagree | Agreement |');
console.log('|---|---:|---:|---:|---:|');
let n = 0;
let agree = 0;
for (const tool of TOOLS) {
  const g = groups.filter((x) => x.tool === tool);
  const c = g.reduce((s, x) => s + x.cases, 0);
  const a = g.reduce((s, x) => s + x.agree, 0);
  console.log(`| ${tool} | ${c} | ${a} | ${c - a} | ${((100 * a) / c).toFixed(0)}% |`);
  n += c;
  agree += a;
}
console.log(`| **all** | **${n}** | **${agree}** | **${n - agree}** | **${((100 * agree) / n).toFixed(0)}%** |`);

console.log('\n| Peer | Peer check | leastpriv (profile: rules) | Cases | Agree | Disagree |');
console.log('|---|---|---|---:|---:|---:|');
for (const tool of TOOLS)
  for (const g of groups.filter((x) => x.tool === tool)) {
    const o = OURS[g.check];
    console.log(`| ${g.tool} | ${g.peerCheck} | ${o.profile}: ${o.rules ? o.rules.join(', ') : 'any LP3xx'} | ${g.cases} | ${g.agree} | ${g.cases - g.agree} |`);
  }

console.log('\n| Peer | Fixture | Peer check | Peer says | We say | Verdict: why |');
console.log('|---|---|---|---|---|---|');
for (const d of DISAGREEMENTS) console.log(`| ${d.tool} | \`${d.subject}\` | ${d.peerCheck} | ${d.peer ? 'fires' : 'passes'} | ${d.ours ? 'fires' : 'passes'} | ${d.why} |`);

console.log('\nOut of scope (no leastpriv rule claims them):\n');
for (const tool of TOOLS) for (const o of OUT_OF_SCOPE[tool]) console.log(`- ${tool}: ${o.checks.map((c) => `\`${c}\``).join(', ')}: ${o.why}.`);

const decided = new Set(DISAGREEMENTS.map(disagreementKey));
const open = rows.filter((r) => r.peer !== r.ours && !decided.has(disagreementKey(r)));
const stale = DISAGREEMENTS.filter((d) => !rows.some((r) => r.peer !== r.ours && disagreementKey(r) === disagreementKey(d)));
if (open.length || stale.length) {
  console.log('\nNot decided in test/support/peer-verdicts.ts:\n');
  for (const r of open) console.log(`- ${disagreementKey(r)}`);
  for (const d of stale) console.log(`- no longer disagrees: ${disagreementKey(d)}`);
  process.exitCode = 1;
}
