/** `leastpriv verify` through the CLI: same reporters and exit codes as audit. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { FIXTURES, sandboxAvailable, startHarness, type Harness, OFFLINE_KUBECONFIG } from './harness.ts';
import { main, type Io } from '../../src/cli/main.ts';

const cwd = join(FIXTURES, 'incident');
const canRun = sandboxAvailable();

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd, env: { PATH: process.env.PATH }, isTTY: false };
  const code = await main(args, io);
  return { code, out, err };
}

describe.skipIf(!canRun)('leastpriv verify (CLI)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ manifests: join(cwd, 'before'), sandbox: true });
  });
  afterAll(() => h?.close());

  it('reports the incident as JSON with exit 1, at the manifest line', async () => {
    const r = await cli(['verify', 'before', '--kubeconfig', h.adminKubeconfig, '--format', 'json', '--concurrency', '2']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as { findings: { code: string; file: string; line: number; message: string }[]; verify: Record<string, unknown> };
    const { Ajv } = await import('ajv');
    const schema = JSON.parse(readFileSync(new URL('../../schema/leastpriv-report.schema.json', import.meta.url), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.verify).toMatchObject({ serverVersion: 'v1.32.0-leastpriv-test', exec: 'opened', execAccess: { checks: 1, proven: 0, refused: 1 }, probes: { total: 6, ran: 6, matchedNothing: 0, passed: 0, failed: 6, notRun: 0 } });
    expect(report.findings.find((f) => f.code === 'LP907')).toMatchObject({ file: 'before/clusterrole.yaml', line: 18, message: expect.stringContaining('403 Forbidden: pods "debug-agent-ax0z" is forbidden') });
  });

  it('SARIF lists the live rules', async () => {
    const r = await cli(['verify', 'before', '--kubeconfig', h.adminKubeconfig, '--format', 'sarif']);
    const sarif = JSON.parse(r.out) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string }[] }[] };
    expect(sarif.runs[0]!.tool.driver.rules.map((x) => x.id)).toEqual(expect.arrayContaining(['LP901', 'LP903', 'LP904', 'LP905', 'LP907', 'LP908', 'LP909']));
    expect(sarif.runs[0]!.results.map((x) => x.ruleId)).toContain('LP907');
  });

  it('text report shows the code frame; --fail-on none exits 0', async () => {
    const r = await cli(['verify', 'before', '--kubeconfig', h.adminKubeconfig, '--fail-on', 'none']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('before/clusterrole.yaml:18:5');
    expect(r.out).toContain('verbs: ["create"]');
    expect(r.err).toMatch(/verify: https:\/\/127\.0\.0\.1:\d+ \(v1\.32\.0-leastpriv-test\): 8 access review\(s\) \(SubjectAccessReview\)/);
    expect(r.err).toContain('exec/attach access: 1 identity/namespace check(s), 0 proven, 1 refused');
    expect(r.err).toContain('probes: 6 in the catalogs, 6 ran, 0 matched nothing, 0 passed, 6 failed');
  });
});

describe('leastpriv verify (CLI) without a cluster', () => {
  it('-n with a name no namespace can have is a usage error, not an internal one', async () => {
    for (const ns of ['Team', '../kube-system', 'a'.repeat(64)]) {
      const r = await cli(['verify', 'before', '--dry-run', '-n', ns]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^leastpriv: --namespace ".*" is not a valid DNS-1123 label: a namespace name is a DNS-1123 label/);
      expect(r.err).not.toMatch(/internal error|\n\s+at /);
    }
  });

  it('--dry-run lists the requests and connects to nothing', async () => {
    const r = await cli(['verify', 'before', '--dry-run', '--kubeconfig', OFFLINE_KUBECONFIG]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^leastpriv verify --dry-run: 26 request\(s\), nothing sent$/m);
    expect(r.out).toMatch(/^EXEC \/api\/v1\/namespaces\/mcp-homelab\/pods\/%3Ca%20running%2C%20ready%20pod%3E\/exec\?command=true&container=agent&stdout=true&stderr=true   exec access as ServiceAccount mcp-homelab\/mcp-homelab \(cluster-wide grant\)/m);
    const none = await cli(['verify', 'before', '--dry-run', '--no-exec', '--kubeconfig', OFFLINE_KUBECONFIG]);
    expect(none.out).not.toContain('EXEC ');
  });

  it('an unusable kubeconfig is exit 2 with the reason', async () => {
    const r = await cli(['verify', 'before', '--kubeconfig', '/nonexistent', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.out).toContain('kubeconfig /nonexistent does not exist');
  });

  it('a cluster that refuses the connection is one LP906 finding with the cause, exit 2', async () => {
    const { createServer } = await import('node:net');
    const { tempDir, writeKubeconfig } = await import('../support/apiserver/fixtures.ts');
    const port = await new Promise<number>((ok) => {
      const s = createServer();
      s.listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => ok(p));
      });
    });
    const kc = writeKubeconfig(tempDir(), { server: `https://127.0.0.1:${port}`, insecure: true, user: { token: 't' } });
    const r = await cli(['verify', 'before', '--kubeconfig', kc, '--format', 'json']);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.out) as { findings: { code: string; message: string }[] };
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ code: 'LP906', message: expect.stringContaining(`reaching the API server: connection to https://127.0.0.1:${port} refused`) });
  });

  it('verify --help prints its usage, says exec sessions are opened and why they are read-only, exits 0', async () => {
    const r = await cli(['verify', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('leastpriv verify [PATH...] [options]');
    expect(r.out).toContain('--no-exec');
    const text = r.out.replace(/\s+/g, ' ');
    expect(text).toContain('Exec sessions are opened by default');
    expect(text).toContain('exec sessions that change nothing');
  });

  it('bad options are usage errors', async () => {
    expect((await cli(['verify', '--timeout', 'soon'])).code).toBe(2);
    expect((await cli(['verify', '--as-group', 'x'])).err).toContain('--as-group needs --as');
  });
});
