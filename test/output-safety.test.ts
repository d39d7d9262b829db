/**
 * Manifest text cannot be turned against the reader: through the built CLI, hostile file names,
 * object names, annotations, suppression reasons and raw control bytes come out of the text, JUnit
 * and github formats visible but inert — no escape sequence, CR, C1 control, bidi override or line
 * separator of theirs, no line the Actions runner would read as a workflow command (`::` after
 * leading white space, or `##[` anywhere: actions/runner ActionCommand.cs), and annotations escaped
 * as the runner reads them back.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardLine, safeText } from '../src/reporters/safe-text.ts';

const BIN = join(import.meta.dirname, '..', 'bin', 'leastpriv.js');

/** What a terminal or the runner would act on. */
const DANGEROUS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
const COMMAND_LINE = /^[\s\u0085]*::/;

const NAME = String.raw`"evil\r\n::error::pwned\e]8;;https://evil.example\aclick\e]8;;\a\u202e\u2028::warning::x\x85::notice::y ##[stop-commands]tok"`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lp-hostile-out-'));
  writeFileSync(
    join(dir, '::error title=pwned::x.yaml'),
    `apiVersion: v1
kind: Pod
metadata:
  name: ${NAME}
  annotations:
    justify.leastpriv.dev/cap-net-raw: "\\e[31mred\\r::error::from-annotation ##[add-mask]x"
spec:
  hostPID: true  # leastpriv-ignore host-pid-ipc -- \u202eevil reason ::error::sup ##[group]g
  containers:
    - name: c
      image: busybox
      securityContext:
        privileged: true
        capabilities:
          add: [NET_RAW]
`,
  );
  mkdirSync(join(dir, 'sub'));
  // Raw bytes: ESC sequences and a bare CR (a YAML 1.1 line break) followed by a command.
  writeFileSync(join(dir, 'sub', '##[add-mask]raw.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: raw\n  labels: {a: "x\x1b[2J\x1b]0;title\x07"}\r::error::raw-cr\nspec:\n  containers: [{name: c, image: x, securityContext: {privileged: true}}]\n');
  writeFileSync(join(dir, '  ::warning::indented.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "a\\u0085::error::nel"\nspec:\n  hostIPC: true\n  containers: [{name: c, image: x}]\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]): { out: string; code: number | null } {
  const r = spawnSync(process.execPath, [BIN, 'audit', '.', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '0' } });
  return { out: r.stdout, code: r.status };
}

function expectInert(out: string): void {
  for (const line of out.split('\n')) {
    expect(line, JSON.stringify(line)).not.toMatch(DANGEROUS);
    expect(line, JSON.stringify(line)).not.toMatch(COMMAND_LINE);
    expect(line).not.toContain('##[');
  }
}

describe('hostile manifest text through the built CLI', () => {
  it('text: visible, inert, with suppression reasons and justifications', () => {
    const { out, code } = run('--show-suppressed', '--no-color');
    expect(code).toBe(1);
    expectInert(out);
    // Shown, not acted on: the controls as their pictures, the bidi override escaped.
    expect(out).toContain('Pod evil␍␊::error::pwned␛]8;;https://evil.example␇click␛]8;;␇\\u202e\\u2028::warning::x\\u0085::notice::y #＃[stop-commands]tok');
    expect(out).toContain('(suppressed: \\u202eevil reason ::error::sup #＃[group]g)');
    expect(out).toContain('NET_RAW (c) — ␛[31mred␍::error::from-annotation #＃[add-mask]x');
    // File names that would start a line with `::` are shown as ./name.
    expect(out).toMatch(/^\.\/::error title=pwned::x\.yaml$/m);
    expect(out).toMatch(/^\.\/ {2}::warning::indented\.yaml$/m);
    expect(out).toMatch(/^sub\/#＃\[add-mask\]raw\.yaml$/m);
    // The code frame quotes the raw line with its controls visible.
    expect(out).toContain('labels: {a: "x␛[2J␛]0;title␇"}␍::error::raw-cr');
  });

  it('text with colours: the only escape sequences are our own SGR colours', () => {
    const { out } = run('--show-suppressed', '--color');
    const escapes = out.match(/\x1b[^m]*m?/g) ?? [];
    expect(escapes.length).toBeGreaterThan(0);
    for (const e of escapes) expect(e).toMatch(/^\x1b\[[0-9;]*m$/);
    expectInert(out.replace(/\x1b\[[0-9;]*m/g, ''));
  });

  it('junit: inert in a log, and the XML still says what the manifest says', () => {
    const { out } = run('--format', 'junit');
    expectInert(out);
    expect(out).toContain('#&#35;[stop-commands]tok');
    expect(out).toContain('classname="./::error title=pwned::x.yaml"');
    expect(out).toContain('<skipped message="suppressed: \\u202eevil reason ::error::sup #&#35;[group]g"/>');
  });

  it('github: one workflow command per annotation, data and properties escaped as the runner reads them', () => {
    const { out } = run('--format', 'github');
    const lines = out.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const line of lines) {
      expect(line).toMatch(/^::(error|warning|notice) /);
      expect(line).not.toMatch(DANGEROUS);
      // The properties end at the first `::` after the command: none of theirs may contain one.
      const props = line.slice(2, line.indexOf('::', 2));
      expect(props).not.toMatch(/[\r\n]|::/);
    }
    expect(out).toContain('file=%3A%3Aerror title=pwned%3A%3Ax.yaml,line=13,');
    expect(out).toContain('Pod evil␍␊::error::pwned␛]8;;');
  });
  it('sarif: brackets in messages escaped, so a name like [x](https://…) is no embedded link (SARIF §3.11.6)', () => {
    const { out } = run('--format', 'sarif');
    const log = JSON.parse(out) as { runs: { results: { message: { text: string } }[] }[] };
    const texts = log.runs[0]!.results.map((r) => r.message.text);
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).not.toMatch(/(^|[^\\])[[\]]/);
    expect(texts.join('\n')).toContain('#\\[stop-commands\\]tok');
  });
});

describe('can-i and who-can print hostile subject names inert', () => {
  let rbac: string;
  beforeAll(() => {
    rbac = mkdtempSync(join(tmpdir(), 'lp-hostile-rbac-'));
    writeFileSync(
      join(rbac, 'rbac.yaml'),
      `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: "exec\\r::error::role", namespace: tools}
rules:
  - {apiGroups: [""], resources: ["pods/exec"], verbs: ["create"]}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: b, namespace: tools}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: "exec\\r::error::role"}
subjects:
  - {kind: User, apiGroup: rbac.authorization.k8s.io, name: "::error::user\\u202e ##[stop-commands]t"}
`,
    );
  });
  afterAll(() => rmSync(rbac, { recursive: true, force: true }));
  const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: rbac, encoding: 'utf8' });

  it('who-can (subjects and near misses) and can-i -v (the near miss) in text', () => {
    const who = cli('who-can', 'create', 'pods', '--subresource', 'exec', '-n', 'tools', '--filename', '.');
    expect(who.status).toBe(0);
    expect(who.stdout).toContain('error::user');
    expectInert(who.stdout);
    const near = cli('who-can', 'get', 'pods', '--subresource', 'exec', '-n', 'tools', '--filename', '.');
    expect(near.stdout).toContain('error::user');
    expectInert(near.stdout);
    const can = cli('can-i', 'get', 'pods', '--subresource', 'exec', '-n', 'tools', '--as', '::error::user\u202e ##[stop-commands]t', '--filename', '.', '-v');
    expect(can.status).toBe(1);
    expect(can.stdout).toContain('error::role');
    expectInert(can.stdout);
    expectInert(can.stderr);
  });

  it('JSON keeps the exact names', () => {
    const who = cli('who-can', 'create', 'pods', '--subresource', 'exec', '-n', 'tools', '--filename', '.', '-o', 'json');
    expect(JSON.parse(who.stdout).subjects[0].subject.name).toBe('::error::user\u202e ##[stop-commands]t');
  });
});

describe('safeText and guardLine', () => {
  it('keep ordinary text, tabs aside, unchanged', () => {
    expect(safeText('ServiceAccount kube-system/default: get pods — «ok» 日本 🙂 a::b #[x]')).toBe('ServiceAccount kube-system/default: get pods — «ok» 日本 🙂 a::b #[x]');
  });
  it('show every C0, C1 and bidi control', () => {
    for (let c = 0; c < 0x20; c++) expect(safeText(String.fromCharCode(c))).toBe(String.fromCharCode(0x2400 + c));
    for (let c = 0x80; c < 0xa0; c++) expect(safeText(String.fromCharCode(c))).toMatch(/^\\u00[89]/);
    for (const c of '\u061c\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff') expect(safeText(c)).toMatch(/^\\u/);
  });
  it('guardLine only touches a line the runner would read as a command', () => {
    expect(guardLine('::error::x')).toBe('：:error::x');
    expect(guardLine('\u00a0\t::x::')).toBe('\u00a0\t：:x::');
    expect(guardLine('a ::error::x')).toBe('a ::error::x');
  });
});
