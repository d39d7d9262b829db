/**
 * `audit --fix` in a kustomize tree (rendering on, the default): fixtures/fixes/kustomize/before is
 * fixed with `--fix --suggestions` and must become after/ byte for byte. Each offered edit goes into
 * the file its finding points at (the base both overlays render, with one edit; a strategic-merge
 * patch file); values set by an inline JSON6902 op, a JSON6902 patch file or an inline
 * strategic-merge patch get no edit. The fixed tree, rendered again from disk, has none of the
 * fixed findings, and a second `--fix` changes nothing. The passes in between render from a copy
 * of the tree holding the edited texts (src/render mirrorFor): the report `--fix` prints is the one
 * a fresh run gives. `# fixed: rule` marks a finding the edits remove, `# expect: rule` one that
 * stays. Skipped, with the reason, when kubectl is absent.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { audit, loadObjects } from '../src/engine/audit.ts';
import { defaults } from '../src/config/load.ts';
import { main, type Io } from '../src/cli/main.ts';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'fixes', 'kustomize');
const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;
if (!kubectl) console.warn('fix-render.test: kubectl is not installed; --fix through kustomize is not tested');

const tmp = mkdtempSync(join(tmpdir(), 'leastpriv-fix-render-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function files(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]))
    .sort();
}
const tree = (dir: string) => Object.fromEntries(files(dir).map((f) => [relative(dir, f).split(sep).join('/'), readFileSync(f, 'utf8')]));

/** `file:line rule` of each marker of a kind (`fixed` or `expect`). */
function markers(dir: string, kind: 'fixed' | 'expect'): string[] {
  const out: string[] = [];
  for (const [rel, text] of Object.entries(tree(dir))) {
    text.split('\n').forEach((line, i) => {
      const m = new RegExp(`\\b${kind}:\\s*([a-z-]+)`).exec(line);
      if (m) out.push(`${rel}:${i + 1} ${m[1]}`);
    });
  }
  return out.sort();
}

const copy = (name: string) => {
  const dir = join(tmp, name);
  cpSync(join(FIXTURE, 'before'), dir, { recursive: true });
  return dir;
};

async function cli(cwd: string, args: string[]) {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), cwd, env: {}, isTTY: false };
  const code = await main(args, io);
  return { code, out, err };
}

const found = (cwd: string) =>
  audit({ paths: ['.'], cwd, fixes: true })
    .findings.filter((f) => !f.suppressed)
    .map((f) => `${f.file}:${f.region.start.line} ${f.rule}`)
    .sort();

describe.skipIf(!kubectl)('--fix in a kustomize tree', () => {
  it('offers edits in the file each finding points at, only where the value is written in a file, one for a shared base', () => {
    const cwd = copy('offers');
    const result = audit({ paths: ['.'], cwd, fixes: true });
    const findings = result.findings.filter((f) => !f.suppressed);
    expect(findings.map((f) => `${f.file}:${f.region.start.line} ${f.rule}`).sort()).toEqual([...markers(cwd, 'fixed'), ...markers(cwd, 'expect')].sort());
    const withEdit = findings.filter((f) => f.fix || f.suggestions?.length);
    expect(withEdit.map((f) => `${f.file}:${f.region.start.line} ${f.rule}`).sort()).toEqual(markers(cwd, 'fixed'));
    for (const f of withEdit) for (const fx of [...(f.fix ? [f.fix] : []), ...(f.suggestions ?? [])]) for (const e of fx.edits) expect(e.file).toBe(f.file);
    // the base both overlays render: one finding naming both roots, one edit (for `cache`, which
    // prod's patch file also writes, the field is added in the base, where the finding points)
    const base = withEdit.filter((f) => f.file === 'base/app.yaml');
    expect(base.map((f) => [f.region.start.line, f.data?.roots, [...(f.fix ? [f.fix] : []), ...(f.suggestions ?? [])].length])).toEqual([
      [14, 'overlays/prod, overlays/staging', 1],
      [21, 'overlays/prod, overlays/staging', 1],
    ]);
  });

  it('--fix --suggestions turns before/ into after/ byte for byte; rendered again, the fixed findings are gone; a second --fix changes nothing', async () => {
    const cwd = copy('fix');
    const r = await cli(cwd, ['audit', '.', '--fix', '--suggestions', '-f', 'compact', '--fail-on', 'none']);
    expect(r.err).toContain('--fix: 5 edits written to 4 files');
    expect(tree(cwd)).toEqual(tree(join(FIXTURE, 'after')));
    // a fresh run renders the written files: what is left is what --fix reported
    const left = found(cwd);
    expect(left).toEqual(markers(cwd, 'expect'));
    expect(r.out.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l)).map((l) => l.replace(/^(\S+?):(\d+):\d+: .*\((\S+) LP\d+\)$/, '$1:$2 $3')).sort()).toEqual(left);
    const again = await cli(cwd, ['audit', '.', '--fix', '--suggestions', '--fail-on', 'none']);
    expect(again.err).toContain('--fix: 0 edits written to 0 files');
    expect(tree(cwd)).toEqual(tree(join(FIXTURE, 'after')));
  });

  it('--fix-dry-run prints the diff (git apply turns before/ into after/) and writes nothing', async () => {
    const cwd = copy('dry');
    const r = await cli(cwd, ['audit', '.', '--fix-dry-run', '--suggestions', '--fail-on', 'none']);
    expect(tree(cwd)).toEqual(tree(join(FIXTURE, 'before')));
    writeFileSync(join(tmp, 'kustomize.diff'), r.out);
    const git = spawnSync('git', ['apply', join(tmp, 'kustomize.diff')], { cwd, encoding: 'utf8' });
    if (git.error) return; // (no git: the --fix test above stands)
    expect(git.stderr).toBe('');
    expect(tree(cwd)).toEqual(tree(join(FIXTURE, 'after')));
  });

  it('a Flux Kustomization: the edit goes into the file of the folder it renders, and the passes render it again', async () => {
    const cwd = join(tmp, 'flux');
    cpSync(join(FIXTURE, '..', '..', 'kustomize', 'flux'), cwd, { recursive: true });
    const r = await cli(cwd, ['audit', '.', '--fix', '--suggestions', '-f', 'compact', '--fail-on', 'none']);
    expect(r.err).toContain('--fix: 1 edit written to 1 file');
    expect(readFileSync(join(cwd, 'apps/web/deploy.yaml'), 'utf8')).toContain('privileged: false');
    const left = found(cwd);
    expect(left.some((f) => f.endsWith('privileged-container'))).toBe(false);
    expect(r.out.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l)).map((l) => l.replace(/^(\S+?):(\d+):\d+: .*\((\S+) LP\d+\)$/, '$1:$2 $3')).sort()).toEqual(left);
  });

  it('says why an edit cannot be written: a JSON6902 remove, a kustomization field, a generator', () => {
    const cwd = join(FIXTURE, '..', '..', 'kustomize', 'overlays');
    const { objects } = loadObjects({ paths: ['.'], cwd }, defaults());
    const target = (kind: string, root: string, path: (string | number)[]) => {
      const o = objects.find((x) => x.kind === kind && x.render?.root === root)!;
      const t = o.render!.editTarget!(path);
      return 'refused' in t ? t.refused : `${t.object.file.path} ${t.via} ${t.path.join('.')}`;
    };
    const sc = ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'capabilities', 'drop'];
    expect(target('Deployment', 'overlays/staging', sc)).toMatch(/^a JSON6902 patch removes this field \(overlays\/staging\/kustomization\.yaml:\d+\)/);
    expect(target('Deployment', 'overlays/prod', ['metadata', 'namespace'])).toMatch(/^the value is set by a kustomization field \(overlays\/prod\/kustomization\.yaml:3\)/);
    expect(target('Secret', 'overlays/prod', ['data'])).toMatch(/made by kustomize \(a generator\)/);
    expect(target('Deployment', 'overlays/prod', ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'privileged'])).toMatch(/^the value is set by an inline patch in overlays\/prod\/kustomization\.yaml/);
    // written in the base, and in a strategic-merge patch file
    expect(target('Deployment', 'overlays/staging', ['spec', 'template', 'spec', 'containers', 1, 'image'])).toBe('base/deploy.yaml origin spec.template.spec.containers.1.image');
    expect(target('Deployment', 'overlays/prod', ['spec', 'template', 'spec', 'hostPID'])).toBe('overlays/prod/debug-patch.yaml patch spec.template.spec.hostPID');
  });

  it('the passes reuse the renders of roots no edit touched, and render a root again when a file it includes is edited', () => {
    const cwd = copy('cache');
    const renderCache = new Map();
    const run = (overrides?: Map<string, string>) =>
      audit({ paths: ['.'], cwd, fixes: true, renderCache, ...(overrides ? { overrides } : {}) })
        .findings.map((f) => `${f.file}:${f.region.start.line} ${f.rule}`)
        .sort();
    const first = run();
    expect([...renderCache.keys()].map((k) => k.split('\0')[1]).sort()).toEqual(['overlays/prod', 'overlays/staging']);
    expect(run()).toEqual(first);
    // prod's patch file edited: prod renders from its copy (hostPID gone), staging from the kept render
    const patch = readFileSync(join(cwd, 'overlays/prod/node-access.yaml'), 'utf8');
    const edited = run(new Map([['overlays/prod/node-access.yaml', patch.replace('hostPID: true', 'hostPID: false')]]));
    expect(first.filter((f) => !edited.includes(f))).toEqual(['overlays/prod/node-access.yaml:8 host-pid-ipc']);
    expect(edited.filter((f) => !first.includes(f))).toEqual([]);
  });
});
