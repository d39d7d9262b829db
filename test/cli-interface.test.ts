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
  write('k8s/pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n  - name: c\n    image: busybox\n    securityContext:\n      privileged: true\n');
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
