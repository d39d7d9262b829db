#!/usr/bin/env node
// Compares leastpriv's verdicts with the peers' own expected verdicts (kube-linter, kube-score,
// Polaris, kubesec; ../shared/corpus/peers/<tool>/expectations.extracted.jsonl) on the checks that
// overlap: privileged, capabilities, host namespaces, hostPath, hostPorts, privilege escalation,
// run as root, seccomp (plus AppArmor, /proc mount and sysctls where a peer has them).
//
// For each peer fixture (or object, for kube-linter) the peer's verdict is "fires" or "passes";
// leastpriv's is whether any of the mapped rules reports on it under the mapped profile.
// Prints a markdown agreement table and every disagreement; docs/peer-comparison.md explains them.
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
  stdin: { contents: "export { audit } from './src/engine/audit.ts'; export { defaults } from './src/config/load.ts';", resolveDir: resolve(import.meta.dirname, '..'), loader: 'ts' },
  outfile: out,
  bundle: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  logLevel: 'warning',
});
// Bundled with external packages: resolve them from the project.
const { audit, defaults } = await import(pathToFileURL(out).href).catch(async () => {
  const local = join(import.meta.dirname, '..', '.compare-peers.mjs');
  (await import('node:fs')).copyFileSync(out, local);
  try {
    return await import(pathToFileURL(local).href);
  } finally {
    rmSync(local, { force: true });
  }
});
rmSync(dir, { recursive: true, force: true });

/** Our side of each overlapping check: the profile to run and the rules that mean "fires". */
const OURS = {
  privileged: { profile: 'leastpriv', rules: ['LP201'] },
  'privilege-escalation': { profile: 'pss-restricted', rules: ['LP314'] },
  'run-as-root': { profile: 'pss-restricted', rules: ['LP315', 'LP316'] },
  'host-network': { profile: 'pss-baseline', rules: ['LP302'] },
  'host-pid-ipc': { profile: 'leastpriv', rules: ['LP204'] },
  'host-path': { profile: 'pss-baseline', rules: ['LP305'] },
  'host-port': { profile: 'pss-baseline', rules: ['LP306'] },
  'capabilities-dangerous': { profile: 'leastpriv', rules: ['LP203'] },
  'capabilities-not-dropped': { profile: 'pss-restricted', rules: ['LP318'] },
  'seccomp-required': { profile: 'pss-restricted', rules: ['LP317'] },
  'proc-mount': { profile: 'pss-baseline', rules: ['LP310'] },
  sysctls: { profile: 'pss-baseline', rules: ['LP312'] },
  'host-process': { profile: 'pss-baseline', rules: ['LP301'] },
  'pss-baseline': { profile: 'pss-baseline', rules: null },
};

const cache = new Map();
function run(file, profile) {
  const key = `${profile}\u0000${file}`;
  if (!cache.has(key)) cache.set(key, audit({ paths: [file], cwd: PEERS, config: { ...defaults(), profile, gitignore: false } }));
  return cache.get(key);
}
function fires(file, check, objectName) {
  const { profile, rules } = OURS[check];
  const r = run(file, profile);
  return r.findings.some(
    (f) => !f.suppressed && (rules ? rules.includes(f.code) : f.code.startsWith('LP3')) && (objectName === undefined || f.object?.name === objectName),
  );
}

const jsonl = (tool) =>
  readFileSync(join(PEERS, tool, 'expectations.extracted.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

const rows = []; // { tool, peerCheck, check, subject, peer, ours }

// kube-linter: per object; objects named dont-fire are the negative cases, every other object fires.
const KL = {
  'privileged-container': 'privileged',
  'privilege-escalation-container': 'privilege-escalation',
  'run-as-non-root': 'run-as-root',
  'host-network': 'host-network',
  'host-pid': 'host-pid-ipc',
  'host-ipc': 'host-pid-ipc',
  'sensitive-host-mounts': 'host-path',
  'docker-sock': 'host-path',
  'writable-host-mount': 'host-path',
  'drop-net-raw-capability': 'capabilities-not-dropped',
  'unsafe-proc-mount': 'proc-mount',
  'unsafe-sysctls': 'sysctls',
};
const { parseAllDocuments } = await import('yaml');
for (const t of jsonl('kube-linter')) {
  const check = KL[t.test];
  if (!check) continue;
  const file = join(PEERS, 'kube-linter', t.file);
  const docs = parseAllDocuments(readFileSync(file, 'utf8')).map((d) => d.toJS()).filter((o) => o && o.kind);
  for (const o of docs) {
    const name = o.metadata?.name ?? '';
    rows.push({ tool: 'kube-linter', peerCheck: t.test, check, subject: `${t.file} ${o.kind}/${name}`, peer: name !== 'dont-fire', ours: fires(file, check, name) });
  }
}

// kube-score: per test file; Critical or Warning fires, AllOK passes (skips are left out).
const KS = {
  'Container Security Context Privileged': 'privileged',
  'Container Security Context User Group ID': 'run-as-root',
  'Container Seccomp Profile': 'seccomp-required',
};
for (const t of jsonl('kube-score')) {
  const check = KS[t.check];
  if (!check || !/^Grade/.test(t.grade) || t.files.length !== 1) continue;
  const file = join(PEERS, 'kube-score', 'score', 'testdata', t.files[0]);
  rows.push({ tool: 'kube-score', peerCheck: t.check, check, subject: t.files[0], peer: t.grade !== 'GradeAllOK', ours: fires(file, check) });
}

// Polaris: per fixture; a file named failure* fires, success* passes.
const PO = {
  runAsPrivileged: 'privileged',
  privilegeEscalationAllowed: 'privilege-escalation',
  runAsRootAllowed: 'run-as-root',
  hostNetworkSet: 'host-network',
  hostPIDSet: 'host-pid-ipc',
  hostIPCSet: 'host-pid-ipc',
  hostPathSet: 'host-path',
  hostPortSet: 'host-port',
  dangerousCapabilities: 'capabilities-dangerous',
  insecureCapabilities: 'capabilities-not-dropped',
  procMount: 'proc-mount',
  hostProcess: 'host-process',
};
for (const t of jsonl('polaris')) {
  const check = PO[t.check];
  if (!check || t.role !== 'check-fixture') continue;
  const file = join(PEERS, 'polaris', t.file);
  rows.push({ tool: 'polaris', peerCheck: t.check, check, subject: t.file.replace(/^test\/checks\//, ''), peer: /failure/.test(t.file), ours: fires(file, check) });
}

// kubesec: per bats test on a security setting; "< 0 points" (a critical rule matched) fires, the
// others pass. Critical rules map to PSS baseline, except allowPrivilegeEscalation (restricted).
const KSEC = /cap|privileged|host|docker|apparmor|seccomp|allowPrivilegeEscalation|runAs|no sec/i;
for (const t of jsonl('kubesec')) {
  if (t.assets.length !== 1 || !KSEC.test(t.test) || t.skip.length) continue;
  const a = t.assertions.find((x) => /assert_(lt|gt)?_?zero_points|assert_(lt|gt)_zero_points/.test(x));
  if (!a) continue;
  const check = /allowPrivilegeEscalation/.test(t.test) ? 'privilege-escalation' : 'pss-baseline';
  const file = join(PEERS, 'kubesec', 'test', 'asset', t.assets[0]);
  if (!existsSync(file)) continue;
  rows.push({ tool: 'kubesec', peerCheck: t.test, check, subject: t.assets[0], peer: a === 'assert_lt_zero_points', ours: fires(file, check) });
}

// Dedupe (a fixture used by several tests of one check) and tabulate.
const seen = new Set();
const uniq = rows.filter((r) => {
  const k = `${r.tool}\u0000${r.peerCheck}\u0000${r.subject}`;
  return seen.has(k) ? false : (seen.add(k), true);
});
if (args.includes('--json')) {
  console.log(JSON.stringify(uniq, null, 2));
  process.exit(0);
}
const groups = new Map();
for (const r of uniq) {
  const k = `${r.tool} | ${r.peerCheck} | ${r.check}`;
  const g = groups.get(k) ?? { n: 0, agree: 0 };
  g.n++;
  if (r.peer === r.ours) g.agree++;
  groups.set(k, g);
}
console.log('| Peer | Peer check | leastpriv (profile: rules) | Cases | Agree | Disagree |');
console.log('|---|---|---|---:|---:|---:|');
let n = 0;
let agree = 0;
for (const [k, g] of groups) {
  const [tool, peerCheck, check] = k.split(' | ');
  const o = OURS[check];
  console.log(`| ${tool} | ${peerCheck} | ${o.profile}: ${o.rules ? o.rules.join(', ') : 'any LP3xx'} | ${g.n} | ${g.agree} | ${g.n - g.agree} |`);
  n += g.n;
  agree += g.agree;
}
console.log(`| **all** | | | **${n}** | **${agree}** | **${n - agree}** |`);
console.log('\nDisagreements (peer verdict → leastpriv verdict):\n');
for (const r of uniq) if (r.peer !== r.ours) console.log(`- ${r.tool} \`${r.peerCheck}\` ${r.subject}: peer ${r.peer ? 'fires' : 'passes'}, leastpriv ${r.ours ? 'fires' : 'passes'}`);
