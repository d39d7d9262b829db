/**
 * `--format json` against its documented schema (schema/leastpriv-report.schema.json), and the
 * documentation (docs/json-format.md) against the schema: every field named, the example valid.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import schema from '../schema/leastpriv-report.schema.json' with { type: 'json' };
import { main, type Io } from '../src/cli/main.ts';
import { JSON_FORMAT_VERSION } from '../src/reporters/json.ts';

const ROOT = join(import.meta.dirname, '..');
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
const errors = (data: unknown) => (validate(data) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`));

async function json(args: string[], stdin?: string, cwd = ROOT): Promise<Record<string, any>> {
  let out = '';
  const io: Io = { stdout: (s) => void (out += s), stderr: () => {}, cwd, env: {}, isTTY: false, ...(stdin ? { readStdin: () => new TextEncoder().encode(stdin) } : {}) };
  await main(['audit', ...args, '--format', 'json'], io);
  return JSON.parse(out);
}

describe('JSON report', () => {
  it('validates against its schema on every fixture and the example (suppressions, justifications, skipped files, YAML errors)', async () => {
    const report = await json(['fixtures', 'examples']);
    expect(errors(report)).toEqual([]);
    const f = report.findings as { suppressed: unknown; object?: unknown; code: string }[];
    expect(f.some((x) => x.suppressed !== null)).toBe(true);
    expect(f.some((x) => x.object === undefined && x.code === 'LP001')).toBe(true);
    expect(report.justifications.length).toBeGreaterThan(0);
    expect(report.summary.skipped.length).toBeGreaterThan(0);
    expect(report.version).toBe(JSON_FORMAT_VERSION);
  });
  it('validates for stdin and for a clean run', async () => {
    expect(errors(await json(['-'], 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  hostPID: true\n  containers: []\n'))).toEqual([]);
    expect(errors(await json(['fixtures/incident/after.yaml']))).toEqual([]);
  });
  it('validates with the Pod Security Standards section', async () => {
    const report = await json(['fixtures/incident', '--profile', 'pss-restricted']);
    expect(report.pss?.pods.length).toBeGreaterThan(0);
    expect(errors(report)).toEqual([]);
  });
  it('lists what a weakened run did not check (notChecked), and has no such block otherwise', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lp-json-nc-'));
    try {
      writeFileSync(join(dir, '.leastpriv.yaml'), 'rules:\n  privileged-container: off\n  host-pid-ipc: note\nexclude:\n  - vendor/**\n');
      writeFileSync(
        join(dir, 'pod.yaml'),
        'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: a}\nspec:\n  # leastpriv-ignore host-pid-ipc -- the process monitor reads host /proc\n  hostPID: true\n  containers: [{name: c, image: x}]\n',
      );
      const report = await json(['.'], undefined, dir);
      expect(errors(report)).toEqual([]);
      const nc = report.notChecked;
      expect(nc.profile).toBe('leastpriv');
      expect(nc.exclude).toEqual(['vendor/**']);
      expect(nc.rules).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ rule: 'privileged-container', severity: 'off', default: 'error', by: 'rules' }),
          expect.objectContaining({ rule: 'host-pid-ipc', severity: 'note', by: 'rules' }),
        ]),
      );
      expect(nc.suppressions.total).toBeGreaterThan(0);
      expect(nc.suppressions.total).toBe(report.findings.filter((f: { suppressed: unknown }) => f.suppressed !== null).length);
      expect(nc.suppressions.comment).toBe(nc.suppressions.total);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect((await json(['fixtures/incident/after.yaml'])).notChecked).toBeUndefined();
  });
  it('the schema rejects what the format does not allow', () => {
    expect(errors({ version: 1 })).not.toEqual([]);
    const report = { version: 1, tool: { name: 'leastpriv', version: '0.1.0' }, summary: { files: 0, documents: 0, objects: 0, skipped: [], nonKubernetes: 0, findings: { error: 0, warning: 0, note: 0 }, suppressed: 0 }, findings: [], justifications: [] };
    expect(errors(report)).toEqual([]);
    expect(errors({ ...report, surprise: true })).not.toEqual([]);
  });
});

describe('docs/json-format.md', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'json-format.md'), 'utf8');
  it('names every field of the schema', () => {
    const names = new Set<string>();
    const walk = (s: unknown): void => {
      if (!s || typeof s !== 'object') return;
      const o = s as Record<string, unknown>;
      if (o.properties && typeof o.properties === 'object') for (const k of Object.keys(o.properties)) names.add(k);
      for (const v of Object.values(o)) walk(v);
    };
    walk(schema);
    expect(names.size).toBeGreaterThan(30);
    for (const n of names) expect(doc, `docs/json-format.md does not mention \`${n}\``).toContain(`\`${n}\``);
  });
  it('has an example that validates', () => {
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)![1]!;
    expect(errors(JSON.parse(example))).toEqual([]);
  });
});
