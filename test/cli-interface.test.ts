/**
 * The command-line interface users type (issue 17), through the built binary (`bin/leastpriv.js`,
 * `npm run build` first): --help on every command, unknown flags with "did you mean", one meaning of
 * -f, exit codes. Each case is one child process; they share one scratch folder.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, OPTIONS, commandHelp, optionsFor } from '../src/cli/options.ts';
import { VERSION } from '../src/version.ts';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'leastpriv.js');
const INCIDENT_AFTER = join(ROOT, 'fixtures', 'incident', 'after.yaml');
const INCIDENT_BEFORE = join(ROOT, 'fixtures', 'incident', 'before.yaml');
const SA = 'system:serviceaccount:mcp-homelab:mcp-homelab';
let dir: string;

function cli(args: string[], opts: { cwd?: string; input?: string } = {}) {
  const p = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? dir, input: opts.input ?? '', encoding: 'utf8', env: { PATH: process.env.PATH } });
  return { code: p.status, out: p.stdout, err: p.stderr };
}
function write(rel: string, text: string) {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), text);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leastpriv-cli-if-'));
  // An error (LP201, privileged) and a warning (LP202, the second container drops no capability).
  write('k8s/pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n  - name: c\n    image: busybox\n    securityContext:\n      privileged: true\n  - name: d\n    image: busybox\n');
  // No error: one warning (LP202, capabilities not dropped) and nothing else.
  write('warn/pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: { name: w }\nspec:\n  containers:\n  - name: c\n    image: busybox\n');
  write('values-only/values.yaml', 'replicaCount: 2\nimage: { tag: latest }\n');
  write('values-only/ci.json', '{"jobs": {"build": {"steps": []}}}\n');
  write('mixed/values.yaml', 'replicaCount: 2\n');
  write('mixed/templates/pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Release.Name }}\n');
  write('mixed/pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: { name: m }\nspec:\n  containers:\n  - name: c\n    image: busybox\n    securityContext: { capabilities: { drop: [ALL] } }\n');
  mkdirSync(join(dir, 'empty-dir'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--help', () => {
  it('every command answers --help and -h with its own usage, exit 0', () => {
    for (const c of COMMANDS) {
      for (const flag of ['--help', '-h']) {
        const r = cli([c.name, flag]);
        expect(r.code, `${c.name} ${flag}`).toBe(0);
        expect(r.out, c.name).toBe(commandHelp(c.name, VERSION));
        expect(r.out).toContain(`leastpriv ${c.usage[0]}`);
        for (const o of optionsFor(c.name)) expect(r.out, `${c.name} --${o.long}`).toContain(`--${o.long}`);
      }
    }
    // explain --help is the help, not a rule called --help; --help after a mistaken flag still helps.
    expect(cli(['explain', '--help']).out).toMatch(/^leastpriv .* explain:/);
    expect(cli(['audit', '--frobnicate', '--help']).code).toBe(0);
    expect(cli(['k8s', '--help']).out).toMatch(/ audit: /);
    const top = cli(['--help']);
    expect(top.code).toBe(0);
    for (const c of COMMANDS) expect(top.out).toContain(`leastpriv ${c.usage[0]}`);
  });
  it('the option table has no duplicate name or letter within a command', () => {
    for (const c of COMMANDS) {
      const opts = optionsFor(c.name);
      const names = opts.flatMap((o) => [o.long, ...(o.aliases ?? [])]);
      expect(new Set(names).size, c.name).toBe(names.length);
      const shorts = opts.flatMap((o) => (o.short ? [o.short] : []));
      expect(new Set(shorts).size, c.name).toBe(shorts.length);
    }
    // One meaning per letter across the CLI.
    const meaning = new Map<string, string>();
    for (const o of OPTIONS) if ('short' in o && o.short) expect(meaning.get(o.short) ?? o.long, `-${o.short}`).toBe((meaning.set(o.short, meaning.get(o.short) ?? o.long), o.long));
  });
});

describe('mistakes on the command line: one line, exit 2', () => {
  it('an unknown flag names the nearest one', () => {
    const r = cli(['audit', 'k8s', '--formt', 'json']);
    expect(r.code).toBe(2);
    expect(r.err).toBe("leastpriv: unknown option '--formt' for audit; did you mean --format? (see 'leastpriv audit --help')\n");
    expect(cli(['can-i', 'get', 'pods', '--as', 'x', '--namesapce', 'a']).err).toMatch(/did you mean --namespace\?/);
    // An option of another command says so.
    expect(cli(['who-can', 'get', 'pods', '--kubeconfig', 'x']).err).toMatch(/unknown option '--kubeconfig' for who-can; it is an option of verify/);
    expect(cli(['audit', '-Z']).err).toMatch(/^leastpriv: unknown option '-Z' for audit/);
  });
  it('an unknown command names the nearest one; a flag without its value says so', () => {
    const r = cli(['audti']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown command 'audti'; did you mean audit\?/);
    const v = cli(['audit', 'k8s', '--format']);
    expect(v.code).toBe(2);
    expect(v.err).toMatch(/option --format needs a value/);
  });
});

describe('-f is --format everywhere', () => {
  it('audit -f json and -fjson', () => {
    expect(JSON.parse(cli(['audit', 'k8s', '-f', 'json']).out).findings.length).toBeGreaterThan(0);
    expect(JSON.parse(cli(['audit', 'k8s', '-fjson']).out).findings.length).toBeGreaterThan(0);
  });
  it('can-i/who-can: -f json / -o json is the format; -f PATH (kubectl habit) is read as --filename with a note', () => {
    const args = ['can-i', 'create', 'pods', '--subresource', 'exec', '--as', SA, '-n', 'mcp-homelab'];
    const j = cli([...args, '--filename', INCIDENT_BEFORE, '-o', 'json']);
    expect(j.code).toBe(0);
    const answer = JSON.parse(j.out);
    expect(answer.allowed).toBe(true);
    expect(answer.grants[0].role.name).toBeTruthy();
    expect(JSON.parse(cli([...args, '--filename', INCIDENT_BEFORE, '-f', 'json']).out).allowed).toBe(true);
    const habit = cli([...args, '-f', INCIDENT_BEFORE]);
    expect(habit.code).toBe(0);
    expect(habit.out).toBe('yes\n');
    expect(habit.err).toMatch(/-f means --format in leastpriv; '.*before\.yaml' is not a format, so it is read as --filename/);
    expect(cli(['who-can', 'get', 'pods', '-f', INCIDENT_AFTER, '-o', 'yaml']).code).toBe(2);
    const w = cli(['who-can', 'create', 'pods', '--subresource', 'exec', '-n', 'mcp-homelab', '--filename', INCIDENT_BEFORE, '-o', 'json']);
    expect(JSON.parse(w.out).subjects.length).toBeGreaterThan(0);
  });
  it('a -f/--filename path that does not exist is exit 2, not "no"', () => {
    for (const flag of ['-f', '--filename']) {
      const r = cli(['can-i', 'get', 'pods', '--as', 'x', flag, 'nowhere/']);
      expect(r.code, flag).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/no such file or folder: nowhere\/ \(see 'leastpriv can-i --help'\)/);
    }
    expect(cli(['who-can', 'get', 'pods', '--filename', 'nowhere']).code).toBe(2);
  });
});

describe('init', () => {
  it('writes .leastpriv.yaml (0), and over an existing file is a usage error (2)', () => {
    const d = mkdtempSync(join(tmpdir(), 'leastpriv-init-'));
    try {
      expect(cli(['init'], { cwd: d }).code).toBe(0);
      const first = readFileSync(join(d, '.leastpriv.yaml'), 'utf8');
      const again = cli(['init'], { cwd: d });
      expect(again.code).toBe(2);
      expect(again.err).toMatch(/already exists; not overwriting it/);
      expect(readFileSync(join(d, '.leastpriv.yaml'), 'utf8')).toBe(first);
      expect(cli(['init', 'extra'], { cwd: d }).code).toBe(2);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});

describe('a run that audited nothing: exit 2 unless --allow-empty (ESLint "No files matching")', () => {
  it('an empty folder, a folder of values and CI files, empty stdin', () => {
    for (const [args, input, what] of [
      [['audit', 'empty-dir'], '', /no Kubernetes object to audit in empty-dir \(no \.yaml, \.yml or \.json file was read\); pass --allow-empty/],
      [['audit', 'values-only'], '', /no Kubernetes object to audit in values-only \(2 files read: 2 without Kubernetes objects\)/],
      [['audit', '-'], '', /no Kubernetes object to audit in stdin/],
      [['audit', '-f', 'json', 'values-only'], '', /no Kubernetes object/],
    ] as const) {
      const r = cli([...args], { input });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(what);
      const ok = cli([...args, '--allow-empty'], { input });
      expect(ok.code, `${args.join(' ')} --allow-empty`).toBe(0);
      expect(ok.err).toBe('');
    }
    // The report is still written (a JSON consumer gets a valid document).
    expect(JSON.parse(cli(['audit', '-f', 'json', 'values-only']).out).summary.objects).toBe(0);
    // A YAML syntax error is a result, not an empty run.
    write('broken/x.yaml', 'a: [\n');
    expect(cli(['audit', 'broken']).code).toBe(1);
  });
});

describe('files not audited are named', () => {
  it('JSON: skipped with reasons and nonKubernetesFiles', () => {
    const r = cli(['audit', 'mixed', '-f', 'json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out).summary;
    expect(s.nonKubernetes).toBe(1);
    expect(s.nonKubernetesFiles).toEqual(['mixed/values.yaml']);
    expect(s.skipped.map((k: { file: string }) => k.file)).toEqual(['mixed/templates/pod.yaml']);
  });
  it('text: counted by default, named with --verbose (also in compact)', () => {
    const quiet = cli(['audit', 'mixed']);
    expect(quiet.out).toMatch(/1 file held no Kubernetes objects .* \(--verbose names them\)/);
    expect(quiet.out).not.toContain('mixed/values.yaml');
    const v = cli(['audit', 'mixed', '--verbose']);
    expect(v.out).toMatch(/1 file held no Kubernetes objects .*:\n {4}mixed\/values\.yaml\n/);
    expect(v.out).toMatch(/1 file skipped:\n {4}mixed\/templates\/pod\.yaml: /);
    const c = cli(['audit', 'mixed', '-v', '-f', 'compact']);
    expect(c.out).toContain('mixed/values.yaml: not audited: no Kubernetes object in it\n');
    expect(c.out).toMatch(/mixed\/templates\/pod\.yaml: not audited: /);
  });
  it('compact and github name the files skipped with a reason without --verbose: a chart template is not audited, and a run that shows nothing must not look like full coverage', () => {
    const c = cli(['audit', 'mixed', '-f', 'compact']);
    expect(c.out).toMatch(/^mixed\/templates\/pod\.yaml: not audited: Helm\/Go template/m);
    expect(c.out).not.toContain('mixed/values.yaml');
    const g = cli(['audit', 'mixed', '-f', 'github']);
    expect(g.out).toMatch(/^::notice file=mixed\/templates\/pod\.yaml,title=leastpriv%3A not audited::leastpriv: 1 file was not audited: mixed\/templates\/pod\.yaml \(Helm\/Go template\)\. .*helm template CHART \| leastpriv audit -/m);
  });
  it('SARIF: as toolExecutionNotifications', () => {
    const log = JSON.parse(cli(['audit', 'mixed', '-f', 'sarif']).out);
    const uris = log.runs[0].invocations[0].toolExecutionNotifications.map((n: any) => n.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris.sort()).toEqual(['mixed/templates/pod.yaml', 'mixed/values.yaml']);
  });
});

describe('ESLint and Trivy habits', () => {
  it('--format compact: one line per finding, no frame; stylish is text', () => {
    const c = cli(['audit', 'k8s', '-f', 'compact']);
    expect(c.code).toBe(1);
    const lines = c.out.trimEnd().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^k8s\/pod\.yaml:9:7: error .+ \(privileged-container LP201\)$/));
    expect(lines.slice(0, -1).every((l) => /^k8s\/pod\.yaml:\d+:\d+: (error|warning|note) /.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^\d+ errors?, \d+ warnings?, \d+ notes? in 1 object, 1 file$/);
    expect(c.out).not.toMatch(/^\s+\d+ \|/m); // no code frame
    expect(cli(['audit', 'k8s', '-f', 'stylish']).out).toBe(cli(['audit', 'k8s', '-f', 'text']).out);
  });
  it('--quiet reports and counts errors only', () => {
    const full = JSON.parse(cli(['audit', 'k8s', '-f', 'json']).out);
    expect(full.findings.some((f: any) => f.severity === 'warning')).toBe(true);
    const q = JSON.parse(cli(['audit', 'k8s', '-f', 'json', '--quiet']).out);
    expect(q.findings.length).toBeGreaterThan(0);
    expect(q.findings.every((f: any) => f.severity === 'error')).toBe(true);
    expect(q.summary.findings).toEqual({ error: full.summary.findings.error, warning: 0, note: 0 });
    // Warnings only: --quiet with --fail-on warning passes (nothing left to fail on).
    expect(cli(['audit', 'warn', '--fail-on', 'warning']).code).toBe(1);
    expect(cli(['audit', 'warn', '--fail-on', 'warning', '-q']).code).toBe(0);
  });
  it('--max-warnings N: exit 1 above N warnings', () => {
    expect(cli(['audit', 'warn']).code).toBe(0);
    expect(cli(['audit', 'warn', '--max-warnings', '1']).code).toBe(0);
    const r = cli(['audit', 'warn', '--max-warnings', '0']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/too many warnings: 1 \(--max-warnings 0\)/);
    expect(cli(['audit', 'warn', '--max-warnings', '-1']).code).toBe(0);
    expect(cli(['audit', 'warn', '--max-warnings', 'lots']).code).toBe(2);
  });
  it('--rule ID runs only the rules named; --disable-rule ID skips one (repeatable)', () => {
    const codes = (args: string[]) => [...new Set(JSON.parse(cli(['audit', 'k8s', '-f', 'json', ...args]).out).findings.map((f: any) => f.code))].sort();
    const all = codes([]);
    expect(all).toEqual(expect.arrayContaining(['LP201', 'LP202']));
    expect(codes(['--rule', 'LP201'])).toEqual(['LP201']);
    expect(codes(['--rule', 'privileged-container', '--rule', 'LP202'])).toEqual(['LP201', 'LP202']);
    expect(codes(['--disable-rule', 'LP201'])).toEqual(all.filter((c) => c !== 'LP201'));
    expect(codes(['--disable-rule', 'LP201', '--disable-rule', 'capabilities-not-dropped'])).toEqual(all.filter((c) => c !== 'LP201' && c !== 'LP202'));
    // A rule off in the profile runs when named; a severity can be given.
    expect(codes(['--profile', 'pss-restricted', '--rule', 'LP201'])).toEqual(['LP201']);
    const sev = JSON.parse(cli(['audit', 'k8s', '-f', 'json', '--rule', 'LP201:warning']).out).findings[0].severity;
    expect(sev).toBe('warning');
    const bad = cli(['audit', 'k8s', '--rule', 'privileged-containr']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--rule: no rule 'privileged-containr'; did you mean privileged-container\?/);
  });
  it("-o json (a format name) is refused: it would write a file named 'json'", () => {
    const r = cli(['audit', 'k8s', '-o', 'json']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/-o\/--output names the report file, and 'json' is a format: did you mean -f json\? \(to write a file named json, say -o \.\/json\)/);
    expect(cli(['audit', 'k8s', '-o', './json']).code).toBe(1);
    expect(readFileSync(join(dir, 'json'), 'utf8')).toContain('privileged');
  });
});

describe('can-i / who-can like kubectl, and the near miss explained', () => {
  const ask = ['--as', SA, '--filename', INCIDENT_BEFORE];
  it('-q prints nothing (the exit code answers); an unknown verb is a warning and still asked', () => {
    const yes = cli(['can-i', 'create', 'pods', '--subresource', 'exec', '-n', 'mcp-homelab', ...ask, '-q']);
    expect([yes.code, yes.out]).toEqual([0, '']);
    const no = cli(['can-i', 'get', 'pods', '--subresource', 'exec', '-n', 'mcp-homelab', ...ask, '-q']);
    expect([no.code, no.out]).toEqual([1, '']);
    const odd = cli(['can-i', 'gett', 'pods', '-n', 'mcp-homelab', ...ask]);
    expect(odd.code).toBe(1);
    expect(odd.out).toBe('no\n');
    expect(odd.err).toMatch(/^warning: verb 'gett' is not a known verb; did you mean get\?$/m);
    expect(cli(['can-i', 'approve', 'certificatesigningrequests', ...ask]).err).not.toMatch(/not a known verb/);
    expect(cli(['can-i', 'post', '/healthz', ...ask]).err).not.toMatch(/not a known verb/);
  });
  it('-v on a no says what is granted nearby: create on pods/exec by the role, at file:line; get is not', () => {
    const r = cli(['can-i', 'get', 'pods', '--subresource', 'exec', '-n', 'mcp-homelab', ...ask, '-v']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^no\n/);
    expect(r.out).toContain('granted nearby:');
    expect(r.out).toMatch(/`create` on pods\/exec is granted by ClusterRole mcp-homelab \(rules\[2\], .*before\.yaml:21\) through RoleBinding mcp-homelab\/mcp-homelab \(.*before\.yaml:33\); `get` is not/);
    expect(r.out).toMatch(/`create` on pods\/exec is granted by Role mcp-homelab\/debug-agent-exec \(rules\[1\], .*before\.yaml:79\) .*; `get` is not/);
    // The first thing said is the verb mismatch.
    expect(r.out.split('granted nearby:\n')[1]!.split('\n')[0]).toMatch(/`create` on pods\/exec/);
    // The same request allowed in another namespace is a near miss too (after the fix, in pihole only through the ClusterRole).
    const other = cli(['can-i', 'get', 'pods', '--subresource', 'exec', '-n', 'kube-system', '--as', SA, '--filename', INCIDENT_AFTER, '-v']);
    expect(other.out).toMatch(/the same request is allowed in namespace pihole by ClusterRole mcp-homelab/);
    // JSON carries them as data.
    const j = JSON.parse(cli(['can-i', 'get', 'pods', '--subresource', 'exec', '-n', 'mcp-homelab', ...ask, '-o', 'json']).out);
    expect(j.allowed).toBe(false);
    const verbs = j.nearMisses.filter((n: any) => n.kind === 'other-verbs');
    expect(verbs.map((n: any) => n.verbs)).toEqual([['create'], ['create']]);
    expect(verbs[0].grant.rule.location).toMatch(/before\.yaml:21/);
  });
  it('names: a grant limited to other resourceNames is explained', () => {
    write('names/rbac.yaml', `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: cm, namespace: app }
rules:
- apiGroups: [""]
  resources: [configmaps]
  resourceNames: [settings]
  verbs: [get]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: cm, namespace: app }
subjects: [{ kind: User, name: alice, apiGroup: rbac.authorization.k8s.io }]
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: cm }
`);
    const r = cli(['can-i', 'get', 'configmaps/other', '-n', 'app', '--as', 'alice', '--filename', 'names', '-v']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/`get` on configmaps is granted by Role app\/cm .* only for the names settings; this request is for 'other'/);
    expect(cli(['can-i', 'get', 'configmaps/settings', '-n', 'app', '--as', 'alice', '--filename', 'names']).code).toBe(0);
  });
  it('--list: what the subject can do, cluster-wide and per namespace, with where it is granted', () => {
    const r = cli(['can-i', '--list', ...ask]);
    expect(r.code).toBe(0);
    const blocks = r.out.split('\n\n');
    expect(blocks.map((b) => b.split('\n')[0])).toEqual([
      `user ${SA} (groups: system:serviceaccounts, system:serviceaccounts:mcp-homelab, system:authenticated)`,
      'cluster-wide (ClusterRoleBindings: every namespace and cluster-scoped resources):',
      'namespace mcp-homelab (RoleBindings; the cluster-wide rules apply here too):',
      'namespace monitoring (RoleBindings; the cluster-wide rules apply here too):',
      'namespace pihole (RoleBindings; the cluster-wide rules apply here too):',
    ]);
    expect(blocks[2]).toMatch(/^ {2}pods\/exec +\[\] +\[\] +\[create\] +.*before\.yaml:21, .*before\.yaml:79$/m);
    expect(blocks[2]).toMatch(/^ {2}deployments\.apps +\[\] +\[\] +\[get list watch\]/m);
    const one = JSON.parse(cli(['can-i', '--list', '-n', 'pihole', ...ask, '-o', 'json']).out);
    expect(one.scopes.map((s: any) => s.namespace)).toEqual(['', 'pihole']);
    expect(one.scopes[1].rows.find((x: any) => x.resource === 'pods/exec').verbs).toEqual(['create']);
    expect(cli(['can-i', '--list', 'get', 'pods', ...ask]).code).toBe(2);
  });
  it('who-can lists the subjects with part of the verbs', () => {
    const r = cli(['who-can', 'get', 'pods', '--subresource', 'exec', '-n', 'mcp-homelab', '--filename', INCIDENT_BEFORE]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^No subject can get pods\/exec in namespace mcp-homelab\.\n\nSubjects with other verbs on the same resource, not `get`:\nServiceAccount mcp-homelab\/mcp-homelab: `create`\n {2}via RoleBinding mcp-homelab\/mcp-homelab \(.*before\.yaml:33\) → ClusterRole mcp-homelab → rules\[2\] \(.*before\.yaml:21\)\n/);
    const j = JSON.parse(cli(['who-can', 'get', 'pods', '--subresource', 'exec', '-n', 'mcp-homelab', '--filename', INCIDENT_BEFORE, '-o', 'json']).out);
    expect(j.subjects).toEqual([]);
    expect(j.partial.map((p: any) => [p.subject.name, p.verbs])).toEqual([
      ['mcp-homelab', ['create']],
      ['mcp-homelab', ['create']],
    ]);
    // After the fix, nobody is partial in pihole.
    expect(JSON.parse(cli(['who-can', 'get', 'pods', '--subresource', 'exec', '-n', 'pihole', '--filename', INCIDENT_AFTER, '-o', 'json']).out).partial).toEqual([]);
  });
});

describe('pre-commit: audit --context . FILE... reports what the named files cause, wherever it is', () => {
  const RBAC = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: debug, namespace: tools }
rules:
- apiGroups: [""]
  resources: ["pods/exec"]
  verbs: ["create", "get"]
- apiGroups: [""]
  resources: ["pods"]
  verbs: ["get", "list"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: view, namespace: tools }
rules:
- apiGroups: [""]
  resources: ["pods"]
  verbs: ["get", "list"]
`;
  const binding = (role: string, name = 'debug') => `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: ${name}, namespace: tools }
subjects:
- kind: ServiceAccount
  name: helper
  namespace: tools
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: ${role} }
`;
  const DAEMONSET = `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: agent, namespace: tools }
spec:
  selector: { matchLabels: { app: agent } }
  template:
    metadata: { labels: { app: agent } }
    spec:
      containers:
      - name: agent
        image: busybox
        securityContext:
          privileged: true
`;
  const findings = (cwd: string, args: string[]) => {
    const r = cli(['audit', '-f', 'json', ...args], { cwd });
    return JSON.parse(r.out).findings.map((f: any) => `${f.file}:${f.line} ${f.code}${f.involves ? ` involves ${f.involves.join(',')}` : ''}`).sort();
  };
  it('a new privileged DaemonSet makes an existing binding an attack path: the binding finding is reported, marked', () => {
    write('repo1/rbac/roles.yaml', RBAC);
    write('repo1/rbac/binding.yaml', binding('debug'));
    write('repo1/apps/agent.yaml', DAEMONSET);
    const cwd = join(dir, 'repo1');
    const got = findings(cwd, ['--context', '.', 'apps/agent.yaml']);
    expect(got).toContain('rbac/binding.yaml:5 LP115 involves apps/agent.yaml');
    expect(got).toContain('apps/agent.yaml:13 LP201');
    // Findings that do not depend on the DaemonSet stay out (the binding file alone is clean here).
    expect(got.filter((f: string) => !f.startsWith('apps/') && !f.includes('involves'))).toEqual([]);
    // The text report marks it.
    expect(cli(['audit', '--context', '.', 'apps/agent.yaml'], { cwd }).out).toMatch(/exec-into-node-access-workload LP115 \(reported because it depends on apps\/agent\.yaml\)/);
    // The hook fails the commit on it (exit 1), as the full audit would.
    expect(cli(['audit', '--allow-empty', '--context', '.', 'apps/agent.yaml'], { cwd }).code).toBe(1);
  });
  it('a RoleBinding re-pointed to another Role: a finding it causes in another file is reported', () => {
    write('repo2/rbac/roles.yaml', RBAC);
    write('repo2/rbac/view-binding.yaml', binding('view', 'helper-view'));
    write('repo2/rbac/exec-role.yaml', 'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: { name: exec-only, namespace: tools }\nrules:\n- apiGroups: [""]\n  resources: ["pods/exec"]\n  verbs: ["create", "get"]\n');
    // Before: the binding grants exec only (nothing redundant anywhere). After: it points to `debug`,
    // which covers everything `view` grants, so the other binding becomes redundant (LP116).
    write('repo2/rbac/binding.yaml', binding('exec-only'));
    const cwd = join(dir, 'repo2');
    const before = findings(cwd, ['--context', '.', 'rbac/binding.yaml']);
    write('repo2/rbac/binding.yaml', binding('debug'));
    const after = findings(cwd, ['--context', '.', 'rbac/binding.yaml']);
    expect(after).toContain('rbac/view-binding.yaml:5 LP116 involves rbac/binding.yaml');
    expect(before).toEqual([]);
    // Naming an unrelated file reports nothing from the others.
    write('repo2/apps/cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: c, namespace: tools }\n');
    expect(findings(cwd, ['--context', '.', 'apps/cm.yaml'])).toEqual([]);
  });
  it('several files named: each finding names the files it depends on', () => {
    write('repo3/rbac/roles.yaml', RBAC);
    write('repo3/rbac/binding.yaml', binding('debug'));
    write('repo3/apps/agent.yaml', DAEMONSET);
    write('repo3/apps/cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: c, namespace: tools }\n');
    const got = findings(join(dir, 'repo3'), ['--context', '.', 'apps/agent.yaml', 'apps/cm.yaml']);
    expect(got).toContain('rbac/binding.yaml:5 LP115 involves apps/agent.yaml');
  });
});

describe('config: rule options validated by each rule\'s schema, kubeVersion, --print-config', () => {
  const withConfig = (name: string, config: string) => {
    write(`${name}/.leastpriv.yaml`, config);
    write(`${name}/pod.yaml`, 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n  - name: c\n    image: busybox\n    securityContext:\n      capabilities: { drop: [ALL], add: [SYS_PTRACE] }\n');
    return join(dir, name);
  };
  it('bad options exit 2 naming the key and its line (no crash as LP004); unknown keys get "did you mean"', () => {
    for (const [config, message] of [
      ['rules:\n  capability-outside-allowlist:\n    options:\n      allow: NET_ADMIN\n', /\.leastpriv\.yaml:4: rules\.capability-outside-allowlist\.options\.allow: must be a list, not string 'NET_ADMIN'$/m],
      ['rules:\n  capability-outside-allowlist:\n    options: { alow: [NET_ADMIN] }\n', /\.leastpriv\.yaml:3: rules\.capability-outside-allowlist\.options\.alow: is not an option of this rule; did you mean allow\?$/m],
      ['rules:\n  LP302: { options: { level: strict } }\n', /rules\.LP302\.options\.level: must be one of 'baseline', 'restricted', not 'strict'/],
      ['rules:\n  privileged-container: { options: { x: 1 } }\n', /rules\.privileged-container\.options: this rule takes no options/],
      ['rules:\n  privileged-containr: error\n', /rules\.privileged-containr: no rule has this code or name; did you mean privileged-container\?/],
      ['profile: leastpriv\nkubeVersoin: v1.35\n', /\.leastpriv\.yaml:2: .*'kubeVersoin'; did you mean kubeVersion\?/],
      ['kubeVersion: 135\n', /kubeVersion: 135 is read by YAML as a number .*quote it/],
    ] as const) {
      const r = cli(['audit', '.'], { cwd: withConfig('cfg-bad', config) });
      expect(r.code, config).toBe(2);
      expect(r.err, config).toMatch(/^leastpriv: config error: /);
      expect(r.err, config).toMatch(message);
      expect(r.out).toBe('');
    }
  });
  it('kubeVersion: 1.35 and 1.30 as YAML numbers are read as written', () => {
    for (const v of ['1.35', '1.30', '"v1.30"']) {
      const cwd = withConfig('cfg-kv', `kubeVersion: ${v}\n`);
      const r = cli(['audit', '--print-config', 'pod.yaml'], { cwd });
      expect(r.code, v).toBe(0);
      expect(JSON.parse(r.out).kubeVersion, v).toBe(`v${v.replace(/"/g, '').replace(/^v/, '')}`);
      expect(cli(['audit', '.', '--allow-empty'], { cwd }).code).not.toBe(2);
    }
  });
  it('--print-config FILE shows the effective config for the file', () => {
    const cwd = withConfig('cfg-print', 'exclude: [vendor/]\nrules:\n  capability-outside-allowlist:\n    options: { allow: [SYS_PTRACE] }\n  LP205: off\n');
    write('cfg-print/vendor/pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: { name: v }\n');
    const r = cli(['audit', '--print-config', 'pod.yaml', '--disable-rule', 'LP201', '--profile', 'leastpriv'], { cwd });
    expect(r.code).toBe(0);
    const c = JSON.parse(r.out);
    expect(c).toMatchObject({ file: 'pod.yaml', audited: true, configFile: '.leastpriv.yaml', profile: 'leastpriv', failOn: 'error', exclude: ['vendor/'] });
    expect(c.rules.LP203).toEqual({ name: 'capability-outside-allowlist', severity: 'error', options: { allow: ['SYS_PTRACE'] } });
    expect(c.rules.LP201).toBeUndefined();
    expect(c.rules.LP205).toBeUndefined();
    expect(c.rules.LP202.severity).toBe('warning');
    const v = JSON.parse(cli(['audit', '--print-config', 'vendor/pod.yaml'], { cwd }).out);
    expect([v.audited, v.reason]).toEqual([false, expect.stringMatching(/excluded/)]);
    expect(cli(['audit', '--print-config', 'nope.yaml'], { cwd }).code).toBe(2);
  });
});

describe('rules and explain', () => {
  it('rules --format json lists every rule; --profile P only those on in P, at their severity there', () => {
    const all = JSON.parse(cli(['rules', '--format', 'json']).out).rules;
    expect(all.length).toBeGreaterThan(40);
    const lp203 = all.find((r: any) => r.code === 'LP203');
    expect(lp203).toMatchObject({ name: 'capability-outside-allowlist', severity: 'error', category: 'pod-security', options: { allow: expect.any(Array) }, optionsSchema: { type: 'object' } });
    const restricted = JSON.parse(cli(['rules', '-f', 'json', '--profile', 'pss-restricted']).out);
    expect(restricted.profile).toBe('pss-restricted');
    const codes = restricted.rules.map((r: any) => r.code);
    expect(codes).toContain('LP317');
    expect(codes).not.toContain('LP101');
    expect(restricted.rules.every((r: any) => r.profiles.some((p: string) => p.startsWith('pss-restricted')))).toBe(true);
    const text = cli(['rules', '--profile', 'pss-baseline']).out.split('\n');
    expect(text[0]).toMatch(/^CODE +NAME +SEVERITY/);
    expect(text.some((l) => l.startsWith('LP302 '))).toBe(true);
    expect(text.some((l) => l.startsWith('LP317 '))).toBe(false);
    const bad = cli(['rules', '--profile', 'pss-restrictd']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown profile 'pss-restrictd'; did you mean pss-restricted\?/);
    expect(cli(['rules', '-f', 'xml']).code).toBe(2);
  });
  it('explain renders the Markdown for a terminal; --format markdown prints it as written', () => {
    const r = cli(['explain', 'LP101']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^exec-subresource-verb-mismatch \(LP101\)\n/);
    for (const raw of ['<!--', '```', '**', '## ']) expect(r.out, raw).not.toContain(raw);
    expect(r.out).toContain('WHY IT MATTERS');
    expect(r.out).toMatch(/^ {4}apiVersion: rbac\.authorization\.k8s\.io\/v1$/m); // code blocks indented
    expect(r.out).toMatch(/^ {2}• Default severity: error$/m);
    const md = cli(['explain', 'exec-subresource-verb-mismatch', '--format', 'markdown']);
    expect(md.out).toBe(readFileSync(join(ROOT, 'rules', 'exec-subresource-verb-mismatch.md'), 'utf8'));
    const bad = cli(['explain', 'privileged-containr']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/no rule 'privileged-containr'; did you mean privileged-container\?/);
  });
});

describe('every documented exit code, per command (the Exit codes line of each --help)', () => {
  it('audit 0/1/2, can-i 0/1/2, who-can 0/2, verify 0/1/2, rules 0/2, explain 0/2, init 0/2', () => {
    write('clean/pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: { name: ok }\nspec:\n  containers:\n  - name: c\n    image: busybox\n    securityContext: { capabilities: { drop: [ALL] } }\n');
    write('badname/pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: { name: Bad_Name }\nspec:\n  containers: [{ name: c, image: busybox }]\n');
    write('unreachable/kubeconfig', 'apiVersion: v1\nkind: Config\nclusters: [{ name: c, cluster: { server: "https://127.0.0.1:1", insecure-skip-tls-verify: true } }]\nusers: [{ name: u, user: { token: x } }]\ncontexts: [{ name: c, context: { cluster: c, user: u } }]\ncurrent-context: c\n');
    const canI = ['create', 'pods', '--subresource', 'exec', '--as', SA, '--filename', INCIDENT_BEFORE];
    const cases: [string[], number][] = [
      [['audit', 'clean'], 0],
      [['audit', 'k8s'], 1],
      [['audit', 'warn', '--max-warnings', '0'], 1],
      [['audit', 'k8s', '--format', 'xml'], 2],
      [['audit', 'no-such-path'], 2],
      [['audit', 'empty-dir'], 2],
      [['can-i', ...canI, '-n', 'mcp-homelab'], 0],
      [['can-i', ...canI, '-n', 'default'], 1],
      [['can-i', 'get'], 2],
      [['who-can', 'get', 'pods', '--filename', INCIDENT_BEFORE], 0],
      [['who-can', 'get', 'pods', '--filename', 'nowhere'], 2],
      [['verify', 'k8s', '--dry-run', '--kubeconfig', 'unreachable/kubeconfig'], 0],
      // --dry-run exits as the run would: the kubeconfig unusable, an identity Kubernetes refuses
      [['verify', 'k8s', '--dry-run', '--kubeconfig', 'nowhere/kubeconfig'], 2],
      [['verify', 'badname', '--dry-run', '--kubeconfig', 'unreachable/kubeconfig'], 1],
      [['verify', 'badname', '--dry-run', '--kubeconfig', 'unreachable/kubeconfig', '--fail-on', 'none'], 0],
      [['verify', 'k8s', '--kubeconfig', 'unreachable/kubeconfig', '--timeout', '5s'], 2],
      [['verify', 'k8s', '--concurrency', '0'], 2],
      [['rules'], 0],
      [['rules', 'extra'], 2],
      [['explain', 'LP101'], 0],
      [['explain', 'LP999'], 2],
    ];
    for (const [args, code] of cases) expect(cli(args).code, args.join(' ')).toBe(code);
    // verify's 1 (findings against a live cluster) needs the test API server: test/live/.
  });
});
