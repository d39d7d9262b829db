/**
 * The command line: `main()` with a fake Io (exit codes, flags, config, discovery, colours, output
 * formats, the text report), and a few runs of the built `bin/leastpriv.js` in a child process.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../src/cli/main.ts';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'leastpriv.js');
const ANSI = /\x1b\[\d+m/;

const PRIVILEGED = `apiVersion: v1
kind: Pod
metadata: { name: privileged }
spec:
  containers:
  - name: c
    image: busybox
    securityContext:
      privileged: true
      capabilities: { drop: [ALL] }
`;
const WARNING_ONLY = `apiVersion: v1
kind: Pod
metadata: { name: no-drop }
spec:
  containers:
  - name: c
    image: busybox
`;
const NOTE_ONLY = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: viewer }
rules:
- apiGroups: ["*"]
  resources: ["*"]
  verbs: [get, list, watch]
`;
const CLEAN = `apiVersion: v1
kind: Pod
metadata: { name: clean }
spec:
  containers:
  - name: c
    image: busybox
    securityContext:
      capabilities: { drop: [ALL] }
`;
// Containers come before hostNetwork: justifications must still be listed in file order.
const JUSTIFIED = `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: agent }
spec:
  template:
    spec:
      containers:
      - name: agent
        image: netshoot
        securityContext:
          capabilities:
            drop: [ALL]
            add:
            - NET_RAW  # ping
      hostNetwork: true  # reads the node's routes
`;
const SUPPRESSED = `apiVersion: v1
kind: Pod
metadata: { name: suppressed }
spec:
  containers:
  - name: c
    image: busybox
    securityContext:
      privileged: true  # leastpriv-ignore privileged-container -- loads a kernel module
      capabilities: { drop: [ALL] }
`;

let dir: string;
function write(rel: string, text: string): void {
  const p = join(dir, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, text);
}

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; isTTY?: boolean; stdin?: string } = {}): Promise<Run> {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    cwd: opts.cwd ?? dir,
    env: opts.env ?? {},
    isTTY: opts.isTTY ?? false,
    ...(opts.stdin !== undefined ? { readStdin: () => new TextEncoder().encode(opts.stdin) } : {}),
  };
  const code = await main(args, io);
  return { code, out, err };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leastpriv-cli-'));
  write('bad/privileged.yaml', PRIVILEGED);
  write('warn/no-drop.yaml', WARNING_ONLY);
  write('note/viewer.yaml', NOTE_ONLY);
  write('clean/pod.yaml', CLEAN);
  write('justified/agent.yaml', JUSTIFIED);
  write('suppressed/pod.yaml', SUPPRESSED);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('exit codes and --fail-on', () => {
  it('0 when clean, 1 on an error, 2 on usage errors', async () => {
    expect((await run(['audit', 'clean'])).code).toBe(0);
    expect((await run(['audit', 'bad'])).code).toBe(1);
    expect((await run(['audit', 'clean', 'bad'])).code).toBe(1);
  });
  it('--fail-on sets the lowest severity that fails', async () => {
    expect((await run(['audit', 'warn'])).code).toBe(0);
    expect((await run(['audit', 'warn', '--fail-on', 'warning'])).code).toBe(1);
    expect((await run(['audit', 'note', '--fail-on', 'warning'])).code).toBe(0);
    expect((await run(['audit', 'note', '--fail-on', 'note'])).code).toBe(1);
    expect((await run(['audit', 'bad', '--fail-on', 'none'])).code).toBe(0);
    const bad = await run(['audit', 'bad', '--fail-on', 'sometimes']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--fail-on must be one of error, warning, note, none/);
  });
  it('suppressed findings do not fail the run', async () => {
    expect((await run(['audit', 'suppressed'])).code).toBe(0);
  });
  it('unknown command, unknown flag, unknown format, missing path: 2 with a message', async () => {
    for (const args of [['frobnicate'], ['audit', '--frobnicate', 'bad'], ['audit', 'bad', '--format', 'xml'], ['audit', 'no-such-folder']]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(/^leastpriv: [^\n]+ \(see 'leastpriv (audit )?--help'\)\n$/);
    }
    expect((await run(['audit', 'no-such-folder'])).err).toMatch(/no such file or folder: no-such-folder/);
  });
  it('a path alone means audit', async () => {
    expect((await run(['bad'])).code).toBe(1);
    expect((await run(['bad/'])).code).toBe(1);
    expect((await run(['bad/privileged.yaml'])).code).toBe(1);
    expect((await run(['--format', 'json', 'clean'])).code).toBe(0);
  });
});

describe('inputs and outputs', () => {
  it('-o writes the report to a file and nothing to stdout; an unwritable path is exit 2', async () => {
    const r = await run(['audit', 'bad', '--format', 'json', '-o', 'report.json']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).findings[0].code).toBe('LP201');
    const w = await run(['audit', 'bad', '-o', 'no/such/dir/report.txt']);
    expect(w.code).toBe(2);
    expect(w.err).toMatch(/cannot write no\/such\/dir\/report\.txt: ENOENT/);
  });
  it('reads stdin for -, shown as <stdin> or under --stdin-name', async () => {
    const r = await run(['audit', '-'], { stdin: PRIVILEGED });
    expect(r.code).toBe(1);
    expect(r.out).toContain('<stdin>:9:7');
    const named = await run(['audit', '-', '--stdin-name', 'overlays/prod.yaml', '--format', 'json'], { stdin: PRIVILEGED });
    expect(JSON.parse(named.out).findings[0].file).toBe('overlays/prod.yaml');
  });
  it('--context DIR FOLDER reports what involves the files in FOLDER, as naming each of them does', async () => {
    const folder = await run(['audit', '--context', '.', 'bad', '--no-cache', '-f', 'json']);
    const files = await run(['audit', '--context', '.', 'bad/privileged.yaml', '--no-cache', '-f', 'json']);
    expect(folder.code).toBe(1);
    expect(JSON.parse(folder.out).findings.length).toBeGreaterThan(0);
    expect(folder).toEqual(files);
    // (a folder with nothing to audit: said of that folder, not of the files read as context)
    mkdirSync(join(dir, 'empty-named'), { recursive: true });
    const none = await run(['audit', '--context', '.', 'empty-named', '--no-cache']);
    expect(none.code).toBe(2);
    expect(none.err).toContain('no Kubernetes object to audit in empty-named (no .yaml, .yml or .json file was read)');
  });

  // A finding --context reports because of a file named, in another file, must say so in every
  // format (an editor reading SARIF, an annotation on a pull request): it carries `involves` in JSON
  // and said why nowhere in SARIF, github, junit or html.
  it('--context says which named file a finding elsewhere depends on, in every format', async () => {
    write('involve/role.yaml', 'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: { name: exec, namespace: ops }\nrules:\n- apiGroups: [""]\n  resources: ["pods", "pods/exec"]\n  verbs: ["get", "create"]\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: { name: exec, namespace: ops }\nsubjects:\n- kind: ServiceAccount\n  name: tools\n  namespace: ops\nroleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: exec }\n');
    write('involve/ds.yaml', 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: { name: agent, namespace: ops }\nspec:\n  selector: { matchLabels: { app: agent } }\n  template:\n    metadata: { labels: { app: agent } }\n    spec:\n      hostPID: true\n      containers:\n      - name: agent\n        image: agent\n        securityContext: { capabilities: { drop: [ALL] } }\n');
    const cwd = join(dir, 'involve');
    const args = (f: string) => ['audit', '--context', '.', 'ds.yaml', '--no-cache', '-f', f];
    const json = JSON.parse((await run(args('json'), { cwd })).out);
    const elsewhere = json.findings.filter((f: { file: string }) => f.file === 'role.yaml');
    expect(elsewhere.length).toBeGreaterThan(0);
    expect(elsewhere.every((f: { involves?: string[] }) => f.involves?.join() === 'ds.yaml')).toBe(true);
    const said = '(reported because it depends on ds.yaml)';
    const sarif = JSON.parse((await run(args('sarif'), { cwd })).out).runs[0].results.filter((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'role.yaml');
    expect(sarif.length).toBe(elsewhere.length);
    for (const r of sarif) {
      expect(r.message.text).toContain(said);
      expect(r.properties.involves).toEqual(['ds.yaml']);
    }
    const gh = (await run(args('github'), { cwd })).out.split('\n').filter((l) => l.includes('file=role.yaml'));
    expect(gh.length).toBe(elsewhere.length);
    for (const l of gh) expect(l).toContain(said);
    const junit = (await run(args('junit'), { cwd })).out;
    expect(junit.split(said).length - 1).toBeGreaterThanOrEqual(elsewhere.length);
    expect((await run(args('html'), { cwd })).out).toContain(said);
    // (and the named file's own findings say nothing of the kind)
    expect(JSON.parse((await run(args('sarif'), { cwd })).out).runs[0].results.filter((r: { message: { text: string } }) => r.message.text.includes('depends on')).length).toBe(elsewhere.length);
  });

  // An editor names the file by the path it opened, which may go through a linked folder (macOS's
  // /var is /private/var; the working folder is the real path): the file is the one discovery read
  // under its own path. It matched nothing, so --context reported nothing (exit 0 with
  // --allow-empty), and stdin standing for it did not stand for it (the file audited twice).
  it('--context and --stdin-name take a file named through a linked folder as the file', async () => {
    const linked = join(dirname(dir), `${dir.split('/').pop()}-link`);
    symlinkSync(dir, linked);
    try {
      const named = join(linked, 'bad', 'privileged.yaml');
      const direct = await run(['audit', '--context', '.', 'bad/privileged.yaml', '--no-cache', '-f', 'json']);
      const throughLink = await run(['audit', '--context', '.', named, '--no-cache', '-f', 'json']);
      expect(throughLink.code).toBe(1);
      expect(JSON.parse(throughLink.out).findings).toEqual(JSON.parse(direct.out).findings);
      // (a folder named through the link, and the folder read as context named through it)
      expect((await run(['audit', '--context', '.', join(linked, 'bad'), '--no-cache', '-f', 'json'])).out).toBe(direct.out);
      expect((await run(['audit', '--context', linked, 'bad/privileged.yaml', '--no-cache', '-f', 'json'])).code).toBe(1);
      const stdin = await run(['audit', '--context', '.', '-', '--stdin-name', named, '--no-cache', '-f', 'json'], { stdin: PRIVILEGED });
      expect(JSON.parse(stdin.out).summary.objects).toBe(JSON.parse(direct.out).summary.objects);
    } finally {
      rmSync(linked);
    }
  });

  it('--context DIR naming the config or the baseline reports all of DIR; --write-baseline does not go with --context', async () => {
    write('cfgctx/pod.yaml', PRIVILEGED);
    write('cfgctx/ns.yaml', 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n');
    write('cfgctx/.leastpriv.yaml', 'profile: leastpriv\n');
    const cwd = join(dir, 'cfgctx');
    const whole = await run(['audit', '.', '--no-cache', '-f', 'json'], { cwd });
    expect(whole.code).toBe(1);
    const config = await run(['audit', '--context', '.', '.leastpriv.yaml', '--no-cache', '-f', 'json'], { cwd });
    expect(config).toEqual(whole);
    // (a file that changes nothing elsewhere still reports only what involves it)
    expect(JSON.parse((await run(['audit', '--context', '.', 'ns.yaml', '--no-cache', '-f', 'json', '--allow-empty'], { cwd })).out).findings).toEqual([]);
    const refused = await run(['audit', '--context', '.', 'pod.yaml', '--write-baseline', 'b.json'], { cwd });
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('--write-baseline records every finding');
    expect(existsSync(join(cwd, 'b.json'))).toBe(false);
  });

  it('--format text, json, sarif and github', async () => {
    const text = await run(['audit', 'bad', '--format', 'text']);
    expect(text.out).toContain('bad/privileged.yaml:9:7  error');
    const json = JSON.parse((await run(['audit', 'bad', '--format', 'json'])).out);
    expect(json.findings[0]).toMatchObject({ code: 'LP201', file: 'bad/privileged.yaml', line: 9, column: 7 });
    const sarif = JSON.parse((await run(['audit', 'bad', '--format', 'sarif'])).out);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('bad/privileged.yaml');
    const gh = (await run(['audit', 'bad', '-f', 'github'])).out;
    expect(gh).toMatch(/^::error file=bad\/privileged\.yaml,line=9,col=7,endLine=9,endColumn=23,title=leastpriv LP201 privileged-container::/);
  });
  it('--sarif-root makes URIs relative to it', async () => {
    const sarif = JSON.parse((await run(['audit', 'bad', '--format', 'sarif', '--sarif-root', 'bad'])).out);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('privileged.yaml');
  });
});

describe('config', () => {
  it('is found upward from the working directory, and --config picks another', async () => {
    const repo = join(dir, 'cfg-repo');
    mkdirSync(join(repo, 'deep', 'er'), { recursive: true });
    writeFileSync(join(repo, '.leastpriv.yaml'), 'rules:\n  privileged-container: off\n');
    writeFileSync(join(repo, 'deep', 'er', 'pod.yaml'), PRIVILEGED);
    expect((await run(['audit', '.'], { cwd: join(repo, 'deep', 'er') })).code).toBe(0);
    writeFileSync(join(repo, 'strict.yaml'), 'failOn: warning\n');
    expect((await run(['audit', '.', '--config', '../../strict.yaml'], { cwd: join(repo, 'deep', 'er') })).code).toBe(1);
  });
  it('a bad config is exit 2 naming the key and the reason', async () => {
    const repo = join(dir, 'bad-cfg');
    mkdirSync(repo, { recursive: true });
    writeFileSync(join(repo, 'pod.yaml'), CLEAN);
    const cases: [string, RegExp][] = [
      ['failOn: sometimes\n', /config error: .*\.leastpriv\.yaml:1: failOn: must be equal to one of the allowed values \(error, warning, note, none\)/],
      ['rules:\n  no-such-rule: error\n', /rules\.no-such-rule: no rule has this code or name/],
      ['colour: red\n', /\(top level\): must NOT have additional properties 'colour'/],
      ['rules: [\n', /not valid YAML/],
    ];
    for (const [text, why] of cases) {
      writeFileSync(join(repo, '.leastpriv.yaml'), text);
      const r = await run(['audit', '.'], { cwd: repo });
      expect(r.code, text).toBe(2);
      expect(r.err, text).toMatch(why);
    }
    const missing = await run(['audit', '.', '--config', 'nope.yaml'], { cwd: repo });
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/nope\.yaml: cannot read: ENOENT/);
  });
});

describe('discovery', () => {
  // A file named that --exclude or the config's exclude leaves out is not audited, as ruff's
  // --force-exclude does (pre-commit passes every changed file), with or without --context; the run
  // then says why it is empty. With --context it said '1 file read: empty' of a file never read.
  it('a file named and excluded is not audited, and the empty run says it is excluded', async () => {
    for (const args of [['audit', 'bad/privileged.yaml'], ['audit', '--context', '.', 'bad/privileged.yaml']]) {
      const r = await run([...args, '--exclude', 'bad/privileged.yaml', '--no-cache', '-f', 'json']);
      expect(r.code, args.join(' ')).toBe(2);
      expect(JSON.parse(r.out).findings, args.join(' ')).toEqual([]);
      expect(r.err, args.join(' ')).toMatch(/no Kubernetes object to audit in bad\/privileged\.yaml \(bad\/privileged\.yaml is excluded by --exclude or the config's exclude\)/);
      expect((await run([...args, '--exclude', 'bad/privileged.yaml', '--no-cache', '--allow-empty'])).code, args.join(' ')).toBe(0);
    }
  });
  it('--exclude (repeatable) and the config exclude skip paths', async () => {
    expect((await run(['audit', 'bad', 'warn', 'clean', '--exclude', 'bad/', '--exclude', 'warn', '--fail-on', 'warning'])).code).toBe(0);
    const repo = join(dir, 'cfg-exclude');
    mkdirSync(join(repo, 'vendor'), { recursive: true });
    writeFileSync(join(repo, 'vendor', 'pod.yaml'), PRIVILEGED);
    writeFileSync(join(repo, '.leastpriv.yaml'), 'exclude: [vendor/]\n');
    // Everything excluded: nothing audited, exit 2 (issue 17), unless --allow-empty.
    expect((await run(['audit', '.'], { cwd: repo })).code).toBe(2);
    expect((await run(['audit', '.', '--allow-empty'], { cwd: repo })).code).toBe(0);
    const r = await run(['audit', 'bad', 'clean', '--exclude', 'bad/**', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).summary.files).toBe(1);
  });
  it('honours .gitignore, nested ones and their negations, unless --no-gitignore', async () => {
    const repo = join(dir, 'git-repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'apps', 'nested'), { recursive: true });
    writeFileSync(join(repo, '.gitignore'), 'build/\n*.generated.yaml\n');
    writeFileSync(join(repo, 'apps', 'nested', '.gitignore'), '*.yaml\n!keep.yaml\n!wanted.generated.yaml\n');
    mkdirSync(join(repo, 'build'), { recursive: true });
    writeFileSync(join(repo, 'build', 'out.yaml'), PRIVILEGED);
    writeFileSync(join(repo, 'apps', 'x.generated.yaml'), PRIVILEGED);
    writeFileSync(join(repo, 'apps', 'pod.yaml'), CLEAN);
    writeFileSync(join(repo, 'apps', 'nested', 'dropped.yaml'), PRIVILEGED);
    writeFileSync(join(repo, 'apps', 'nested', 'keep.yaml'), CLEAN);
    writeFileSync(join(repo, 'apps', 'nested', 'wanted.generated.yaml'), CLEAN);
    mkdirSync(join(repo, 'node_modules', 'x'), { recursive: true });
    writeFileSync(join(repo, 'node_modules', 'x', 'pod.yaml'), PRIVILEGED);
    writeFileSync(join(repo, '.git', 'pod.yaml'), PRIVILEGED);
    const audited = async (args: string[], cwd = repo): Promise<string[]> => {
      const r = await run(['audit', ...args, '--format', 'json', '--fail-on', 'none'], { cwd });
      expect(r.code, r.err).toBe(0);
      return [...new Set((JSON.parse(r.out).findings as { file: string }[]).map((f) => f.file))].sort();
    };
    // Only the privileged files produce findings (LP201), so the files with findings are the audited privileged ones.
    expect(await audited(['.'])).toEqual([]);
    expect(await audited(['.', '--no-gitignore'])).toEqual(['apps/nested/dropped.yaml', 'apps/x.generated.yaml', 'build/out.yaml']);
    const summary = JSON.parse((await run(['audit', '.', '--format', 'json'], { cwd: repo })).out).summary;
    expect(summary.files).toBe(3); // apps/pod.yaml, nested/keep.yaml, nested/wanted.generated.yaml
    // Started inside the repository, the root .gitignore still applies.
    expect(await audited(['.'], join(repo, 'apps'))).toEqual([]);
    // A file named explicitly is audited even if ignored.
    expect(await audited(['build/out.yaml'])).toEqual(['build/out.yaml']);
  });
  it('survives symlink loops and reads a file reached twice once', async () => {
    const repo = join(dir, 'links');
    mkdirSync(join(repo, 'a'), { recursive: true });
    writeFileSync(join(repo, 'a', 'pod.yaml'), PRIVILEGED);
    symlinkSync('..', join(repo, 'a', 'up'));
    symlinkSync('.', join(repo, 'a', 'self'));
    symlinkSync('pod.yaml', join(repo, 'a', 'alias.yaml'));
    symlinkSync('missing.yaml', join(repo, 'a', 'dangling.yaml'));
    const r = await run(['audit', '.', '--format', 'json'], { cwd: repo });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.summary.files).toBe(1);
    expect(json.findings).toHaveLength(1);
  });
});

describe('colours', () => {
  const colored = async (opts: { env?: NodeJS.ProcessEnv; isTTY?: boolean }, flags: string[] = []) => ANSI.test((await run(['audit', 'bad', ...flags], opts)).out);
  it('on for a terminal, off otherwise', async () => {
    expect(await colored({ isTTY: true })).toBe(true);
    expect(await colored({ isTTY: false })).toBe(false);
  });
  it('NO_COLOR turns them off, FORCE_COLOR on, flags win', async () => {
    expect(await colored({ isTTY: true, env: { NO_COLOR: '1' } })).toBe(false);
    expect(await colored({ isTTY: true, env: { NO_COLOR: '' } })).toBe(true); // empty NO_COLOR is unset (no-color.org)
    expect(await colored({ isTTY: false, env: { FORCE_COLOR: '1' } })).toBe(true);
    expect(await colored({ isTTY: true, env: { FORCE_COLOR: '0' } })).toBe(false);
    expect(await colored({ isTTY: true, env: { FORCE_COLOR: '1' } }, ['--no-color'])).toBe(false);
    expect(await colored({ isTTY: false }, ['--color'])).toBe(true);
  });
  it('never in a file written with -o', async () => {
    await run(['audit', 'bad', '-o', 'colour.txt'], { isTTY: true, env: { FORCE_COLOR: '1' } });
    expect(ANSI.test(readFileSync(join(dir, 'colour.txt'), 'utf8'))).toBe(false);
  });
});

describe('text report', () => {
  it('shows the finding with a code frame and a caret under the region', async () => {
    const { out } = await run(['audit', 'bad']);
    expect(out).toContain(
      [
        '  bad/privileged.yaml:9:7  error  container "c" of Pod privileged runs privileged',
      ].join('\n'),
    );
    expect(out).toContain(['       8 |     securityContext:', '    >  9 |       privileged: true', '         |       ^^^^^^^^^^^^^^^^', '      10 |       capabilities: { drop: [ALL] }'].join('\n'));
    expect(out).toMatch(/✖ 1 error, 0 warnings, 0 notes in 1 object, 1 document, 1 file\n$/);
  });
  it('summarises skipped files with their reasons and files without Kubernetes objects', async () => {
    const repo = join(dir, 'mixed');
    mkdirSync(join(repo, 'chart', 'templates'), { recursive: true });
    writeFileSync(join(repo, 'chart', 'templates', 'pod.yaml'), '{{- if .Values.on }}\napiVersion: v1\nkind: Pod\n{{- end }}\n');
    writeFileSync(join(repo, 'chart', 'values.yaml'), 'replicas: 2\n');
    writeFileSync(join(repo, 'kustomization.yaml'), 'resources: [pod.yaml]\n');
    writeFileSync(join(repo, 'pod.yaml'), CLEAN);
    writeFileSync(join(repo, 'blob.yaml'), 'a\u0000b');
    const { out, code } = await run(['audit', '.'], { cwd: repo });
    expect(code).toBe(1); // the binary file cannot be audited: an LP003 error
    expect(out).toContain('2 files held no Kubernetes objects (values, kustomization, CI files) and were skipped');
    expect(out).toContain('2 files skipped:');
    expect(out).toContain('    chart/templates/pod.yaml: Helm/Go template');
    expect(out).toContain('    blob.yaml: binary file (NUL byte at offset 1); not audited');
  });
  it('hides suppressed findings unless --show-suppressed, and lists justifications in file order', async () => {
    const hidden = await run(['audit', 'suppressed']);
    expect(hidden.out).not.toContain('privileged-container LP201');
    expect(hidden.out).toContain('(1 suppressed)');
    const shown = await run(['audit', 'suppressed', '--show-suppressed']);
    expect(shown.out).toContain('(suppressed: loads a kernel module)');
    const { out } = await run(['audit', 'justified']);
    const lines = out.split('\n');
    const at = lines.indexOf('Justified privileges');
    expect(lines.slice(at + 1, at + 3)).toEqual([
      '  justified/agent.yaml:14:15  DaemonSet agent: NET_RAW (agent) — ping',
      "  justified/agent.yaml:15:7  DaemonSet agent: hostNetwork — reads the node's routes",
    ]);
  });
});

describe('bin/leastpriv.js in a child process', () => {
  const node = (args: string[], input?: string, env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [BIN, ...args], { cwd: dir, input: input ?? '', encoding: 'utf8', env: { PATH: process.env.PATH, ...env } });
  it('prints its version and exits 0', () => {
    const p = node(['--version']);
    expect(p.status).toBe(0);
    expect(p.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
  it('exits 1 on findings, 0 when clean, 2 on a usage error', () => {
    expect(node(['audit', 'bad']).status).toBe(1);
    expect(node(['audit', 'clean']).status).toBe(0);
    const p = node(['audit', '--frobnicate']);
    expect(p.status).toBe(2);
    expect(p.stderr).toMatch(/unknown option '--frobnicate' for audit/);
  });
  it('reads a manifest piped to stdin, without colours when not a terminal', () => {
    const p = node(['audit', '-'], PRIVILEGED);
    expect(p.status).toBe(1);
    expect(p.stdout).toContain('<stdin>:9:7  error');
    expect(ANSI.test(p.stdout)).toBe(false);
    expect(ANSI.test(node(['audit', '-'], PRIVILEGED, { FORCE_COLOR: '1' }).stdout)).toBe(true);
  });
});
