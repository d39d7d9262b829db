/**
 * Fixes and suggestions (`audit --fix`, `--fix-dry-run`, `--suggestions`). Each fixture pair under
 * fixtures/fixes/ is a before file (its findings as `# expect:` markers, the edit types to apply in
 * a `# fix-types:` line) and the after file the passes must produce byte for byte. For each pair:
 * the after file is what the passes write; each offered edit changes nothing outside its range; the
 * after file is clean of every finding whose edit was applied; a second run changes nothing; the
 * same holds with CRLF line ends and a BOM, through the CLI, and `--fix-dry-run`'s diff applies with
 * `git apply` to give the after file. The incident's before-state, fixed with suggestions, audits
 * like the after-state people wrote.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../src/cli/main.ts';
import { expectedFindings, key } from './fixture-markers.ts';
import { auditText, fixText, fixTypes } from './support/fix-run.ts';
import { chosenFix } from '../src/fix/apply.ts';
import { applyEdit, deletePairAt } from '../src/fix/yaml-edit.ts';
import { rejected } from '../src/fix/resolve.ts';
import { unifiedDiff } from '../src/fix/diff.ts';

const ROOT = join(import.meta.dirname, '..');
const DIR = join(ROOT, 'fixtures', 'fixes');
const pairs = readdirSync(DIR)
  .filter((n) => n.endsWith('.before.yaml'))
  .sort()
  .map((n) => ({ name: n.replace('.before.yaml', ''), before: readFileSync(join(DIR, n), 'utf8'), after: readFileSync(join(DIR, n.replace('.before.', '.after.')), 'utf8') }));

const tmp = mkdtempSync(join(tmpdir(), 'leastpriv-fix-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), cwd: tmp, env: {}, isTTY: false };
  const code = await main(args, io);
  return { code, out, err };
}

describe('fix fixtures', () => {
  it('exist', () => expect(pairs.length).toBeGreaterThanOrEqual(4));
  for (const p of pairs) {
    describe(p.name, () => {
      const path = `fixtures/fixes/${p.name}.before.yaml`;
      it('reports what its markers say, before', () => {
        const found = auditText(path, p.before).findings.filter((f) => !f.suppressed).map((f) => key({ line: f.region.start.line, rule: f.rule }));
        expect(found.sort()).toEqual(expectedFindings(p.before).map(key).sort());
      });
      it('becomes the after file, byte for byte', () => {
        expect(fixText(path, p.before).after).toBe(p.after);
      });
      it('offers edits that change nothing outside their range, and parse', () => {
        const types = fixTypes(p.before);
        const syntax = (t: string) => auditText(path, t).findings.filter((f) => f.rule === 'yaml-syntax-error').length;
        const had = syntax(p.before);
        const offered = auditText(path, p.before).findings.flatMap((f) => [...(f.fix ? [f.fix] : []), ...(f.suggestions ?? [])].map((fx) => ({ fx, f })));
        expect(offered.length).toBeGreaterThan(0);
        for (const { fx, f } of offered) {
          for (const e of fx.edits) {
            expect(e.file).toBe(path);
            const edited = p.before.slice(0, e.range[0]) + e.text + p.before.slice(e.range[1]);
            expect(edited.slice(0, e.range[0])).toBe(p.before.slice(0, e.range[0]));
            expect(edited.slice(e.range[0] + e.text.length)).toBe(p.before.slice(e.range[1]));
            // no new syntax problem; an edit for a duplicate key takes one away
            expect(syntax(edited)).toBe(had - (f.rule === 'yaml-syntax-error' ? 1 : 0));
          }
        }
        expect(types.size).toBeGreaterThan(0);
      });
      it('leaves none of the fixed findings, and a second run changes nothing', () => {
        const types = fixTypes(p.before);
        const fixedRules = new Set(auditText(path, p.before).findings.filter((f) => chosenFix(f, types)).map((f) => f.rule));
        expect(fixedRules.size).toBeGreaterThan(0);
        const left = auditText(path, p.after).findings.filter((f) => !f.suppressed && fixedRules.has(f.rule));
        expect(left.map((f) => `${f.region.start.line} ${f.rule}`)).toEqual([]);
        const again = fixText(path, p.after, types);
        expect(again.changed.size).toBe(0);
        expect(again.applied).toBe(0);
      });
      it('keeps CRLF line ends and a BOM, through `audit --fix`', async () => {
        const file = `${p.name}.yaml`;
        const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');
        writeFileSync(join(tmp, file), '\ufeff' + crlf(p.before));
        const types = fixTypes(p.before);
        const r = await cli(['audit', file, '--fix', '--fix-type', [...types].join(','), '--fail-on', 'none', ...(p.before.includes('pss-restricted') ? ['--profile', 'pss-restricted'] : [])]);
        expect(r.err).toMatch(/--fix: \d+ edits? written to 1 file/);
        expect(readFileSync(join(tmp, file), 'utf8')).toBe('\ufeff' + crlf(p.after));
      });
      it('--fix-dry-run prints a unified diff that git apply turns into the after file, and writes nothing', async () => {
        const file = `${p.name}-dry.yaml`;
        writeFileSync(join(tmp, file), p.before);
        const types = fixTypes(p.before);
        const r = await cli(['audit', file, '--fix-dry-run', '--fix-type', [...types].join(','), '--fail-on', 'none', ...(p.before.includes('pss-restricted') ? ['--profile', 'pss-restricted'] : [])]);
        expect(readFileSync(join(tmp, file), 'utf8')).toBe(p.before);
        expect(r.out.startsWith(`--- a/${file}\n+++ b/${file}\n@@ `)).toBe(true);
        writeFileSync(join(tmp, 'change.diff'), r.out);
        const git = spawnSync('git', ['apply', '--unsafe-paths', 'change.diff'], { cwd: tmp, encoding: 'utf8' });
        if (git.error) return; // (no git: the byte-for-byte check above stands)
        expect(git.stderr).toBe('');
        expect(readFileSync(join(tmp, file), 'utf8')).toBe(p.after);
      });
    });
  }
});

describe('the diff', () => {
  it('is exact for a one-line fix, with three lines of context', () => {
    const p = pairs.find((x) => x.name === 'exec-verbs')!;
    const d = unifiedDiff('roles.yaml', p.before, p.after);
    expect(d.split('\n').slice(0, 11)).toEqual([
      '--- a/roles.yaml',
      '+++ b/roles.yaml',
      '@@ -12,7 +12,7 @@',
      '   verbs: ["get", "list"]',
      ' - apiGroups: [""]',
      '   resources: ["pods/exec"]',
      '-  verbs: ["create"]  # Missing "get"!  # expect: exec-subresource-verb-mismatch',
      '+  verbs: ["create", "get"]  # Missing "get"!  # expect: exec-subresource-verb-mismatch',
      ' ---',
      ' apiVersion: rbac.authorization.k8s.io/v1',
      ' kind: Role',
    ]);
    expect(unifiedDiff('x', 'a\n', 'a\n')).toBe('');
  });
});

describe('edits the API server would reject are not offered', () => {
  it('no allowPrivilegeEscalation: false next to privileged: true or CAP_SYS_ADMIN', () => {
    const text = `apiVersion: v1
kind: Pod
metadata: {name: p, namespace: dev}
spec:
  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
  containers:
  - name: priv
    image: x
    securityContext:
      privileged: true
      capabilities: {drop: [ALL]}
  - name: sysadmin
    image: x
    securityContext:
      capabilities: {drop: [ALL], add: [CAP_SYS_ADMIN]}
  - name: plain
    image: x
    securityContext:
      capabilities: {drop: [ALL]}
`;
    const r = auditText('p.yaml', `# fixture-config: {"profile": "pss-restricted"}\n${text}`);
    const ape = r.findings.filter((f) => f.rule === 'pss-privilege-escalation-allowed');
    expect(ape.map((f) => f.region.start.line)).toEqual([10, 15, 19]);
    const offered = ape.map((f) => (f.suggestions ?? []).map((s) => s.description));
    expect(offered).toEqual([[], [], ['Set `allowPrivilegeEscalation: false`']]);
    expect(rejected({ securityContext: { allowPrivilegeEscalation: false, privileged: true } })).toMatch(/rejected/);
    expect(rejected({ securityContext: { allowPrivilegeEscalation: false, privileged: false } })).toBeUndefined();
  });
});

describe('text edits by path', () => {
  const doc = 'a: 1  # one\nb:\n  - x\n---\nc: {d: [e]}\n';
  it('leave other documents and comments alone, and refuse what they cannot write exactly', () => {
    expect(applyEdit(doc, 1, { path: ['c', 'd'], append: 'f' })).toEqual({ text: 'a: 1  # one\nb:\n  - x\n---\nc: {d: [e, f]}\n' });
    expect(applyEdit(doc, 0, { path: ['a'], set: 2 })).toEqual({ text: 'a: 2  # one\nb:\n  - x\n---\nc: {d: [e]}\n' });
    expect(applyEdit(doc, 0, { path: ['b'], append: 'y' })).toEqual({ text: 'a: 1  # one\nb:\n  - x\n  - y\n---\nc: {d: [e]}\n' });
    expect(applyEdit(doc, 0, { path: ['z', 'w'], set: true })).toEqual({ text: 'a: 1  # one\nb:\n  - x\nz:\n  w: true\n---\nc: {d: [e]}\n' });
    // a block list of scalars is rewritten item by item; a block mapping is not replaced wholesale
    expect(applyEdit(doc, 0, { path: ['b'], set: ['q', 'r'] })).toEqual({ text: 'a: 1  # one\nb:\n  - q\n  - r\n---\nc: {d: [e]}\n' });
    expect(applyEdit('m:\n  a: 1\n', 0, { path: ['m'], set: { b: 2 } })).toHaveProperty('refused');
    expect(applyEdit('x: &a {k: v}\ny: *a\n', 0, { path: ['y', 'k'], set: 'w' })).toHaveProperty('refused');
    expect(applyEdit('base: &b {k: v}\no:\n  <<: *b\n', 0, { path: ['o', 'j'], set: 1 })).toHaveProperty('refused');
    // a string that reads as another type is quoted
    expect(applyEdit('v: [a]\n', 0, { path: ['v'], append: 'true' })).toEqual({ text: 'v: [a, "true"]\n' });
  });
});

describe('deleting a mapping entry', () => {
  it('takes its whole lines in a block mapping (comment and nested value included), `key: value` and a comma in a flow one', () => {
    const t = 'a:\r\n  x: 1  # c\r\n  y:\r\n    z: [1]\r\n  w: 2\r\n';
    expect(deletePairAt(t, t.indexOf('x:'))).toEqual({ text: 'a:\r\n  y:\r\n    z: [1]\r\n  w: 2\r\n' });
    expect(deletePairAt(t, t.indexOf('y:'))).toEqual({ text: 'a:\r\n  x: 1  # c\r\n  w: 2\r\n' });
    const f = 'm: {a: 1, b: 2, a: 1}\n';
    expect(deletePairAt(f, f.indexOf('a:'))).toEqual({ text: 'm: {b: 2, a: 1}\n' });
    expect(deletePairAt(f, f.lastIndexOf('a:'))).toEqual({ text: 'm: {a: 1, b: 2}\n' });
  });
  it('refuses where the lines hold more than the entry', () => {
    const t = '- a: 1\n  b: 2\n  a: 1\n';
    expect(deletePairAt(t, t.indexOf('a:'))).toHaveProperty('refused');
    expect(deletePairAt(t, t.lastIndexOf('a:'))).toEqual({ text: '- a: 1\n  b: 2\n' });
    expect(deletePairAt('x: 1\n', 2)).toHaveProperty('refused');
  });
});

describe('wildcard narrowing', () => {
  const role = (rules: string, kind = 'ClusterRole') => `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata: {name: r${kind === 'Role' ? ', namespace: dev' : ''}}\nrules:\n${rules}`;
  const offered = (text: string) => auditText('r.yaml', text).findings.filter((f) => f.rule === 'wildcard-grant').map((f) => (f.suggestions ?? []).map((x) => x.description.split(' with ')[0]));
  it('only where the list is knowable: verbs always, resources of built-in groups, groups of built-in resources', () => {
    // every wildcard: the verbs only (the resources of every group are not knowable)
    expect(offered(role('- apiGroups: ["*"]\n  resources: ["*"]\n  verbs: ["*"]\n'))).toEqual([['Replace `*` in the verbs of rules[0]']]);
    // a CRD group's resources, an aggregated API's: not knowable
    expect(offered(role('- apiGroups: ["example.com"]\n  resources: ["*"]\n  verbs: [get]\n'))).toEqual([[]]);
    expect(offered(role('- apiGroups: ["*"]\n  resources: [widgets]\n  verbs: [get]\n'))).toEqual([[]]);
    // non-resource URLs: left alone (their verbs are HTTP ones)
    expect(offered(role('- nonResourceURLs: ["*"]\n  verbs: ["*"]\n'))).toEqual([[]]);
    // `*/scale`: no group narrowing by resource
    expect(offered(role('- apiGroups: ["*"]\n  resources: ["*/scale"]\n  verbs: [get]\n'))).toEqual([[]]);
  });
  it('writes lists the API server accepts: a Role gets namespaced resources only, other verbs are kept', () => {
    const r = fixText('r.yaml', role('- apiGroups: [""]\n  resources: ["*"]\n  verbs: [escalate, "*"]\n', 'Role'), new Set(['suggestion']));
    expect(r.after).toContain('verbs: [escalate, get, list, watch, create, update, patch, delete, deletecollection]  # TODO');
    const resources = /resources: \[([^\]]*)\]/.exec(r.after)![1]!.split(', ').map((x) => JSON.parse(x) as string);
    expect(resources).toContain('pods');
    expect(resources).not.toContain('nodes');
    expect(resources).not.toContain('namespaces');
    expect(auditText('r.yaml', r.after).findings.filter((f) => f.rule === 'wildcard-grant')).toEqual([]);
  });
  it('a block list with a comment among its items is not rewritten', () => {
    expect(applyEdit('v:\n- a  # why\n- "*"\n', 0, { path: ['v'], set: ['a', 'b'] })).toHaveProperty('refused');
    expect(applyEdit('v:\n  - "a#1"\n  - "*"\n', 0, { path: ['v'], set: ['a#1', 'b'] })).toEqual({ text: 'v:\n  - "a#1"\n  - "b"\n' });
  });
});

describe('the incident', () => {
  const before = readFileSync(join(ROOT, 'fixtures/incident/before.yaml'), 'utf8');
  const after = readFileSync(join(ROOT, 'fixtures/incident/after.yaml'), 'utf8');
  it('fixed by --fix with the suggestions accepted, audits as the after-state people wrote', () => {
    const fixed = fixText('incident.yaml', before, new Set(['fix', 'suggestion']));
    const left = (t: string) => auditText('incident.yaml', t).findings.filter((f) => !f.suppressed).map((f) => `${f.rule} ${f.severity}`);
    expect(left(fixed.after)).toEqual(left(after));
    expect(left(fixed.after)).toEqual(['redundant-grant note']);
    // the fixes alone: the verbs; the node access needs the suggestions
    const only = fixText('incident.yaml', before, new Set(['fix']));
    expect(left(only.after).filter((r) => r.startsWith('exec-') || r.startsWith('effective-'))).toEqual(['exec-into-node-access-workload error', 'exec-into-node-access-workload error']);
    expect(only.after.match(/verbs: \["create", "get"\]/g)).toHaveLength(2);
  });
});
