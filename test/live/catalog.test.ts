import { afterAll, describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadProbes, parseCatalog } from '../../src/live/probes/catalog.ts';
import { decodeExitStatus, exitStatusFor } from '../../src/live/exec/protocol.ts';
import { tempDir } from '../support/apiserver/fixtures.ts';

const dir = tempDir('lp-cat-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('probe catalog', () => {
  it('the built-in catalog holds the incident six tools as argument arrays', () => {
    const probes = loadProbes();
    expect(probes.map((p) => p.id)).toEqual(['test-dns-query', 'curl-ingress', 'test-pod-connectivity', 'get-node-networking', 'get-iptables-rules', 'get-conntrack-entries']);
    expect(probes.find((p) => p.id === 'test-pod-connectivity')!.commands[0]).toEqual(['ping', '-c', '1', '-W', '2', '127.0.0.1']);
    expect(probes.every((p) => p.commands.every((c) => c.every((a) => typeof a === 'string')))).toBe(true);
  });

  it('user catalogs override vars and probes; a variable stays inside its argument', () => {
    const f = join(dir, 'mine.yaml');
    writeFileSync(f, `apiVersion: leastpriv.dev/v1alpha1
kind: ProbeCatalog
vars: { pingHost: "10.0.0.1; rm -rf /" }
probes:
  - id: curl-ingress
    description: mine
    target: { selector: { app: web }, namespace: web }
    commands: [[curl, -sS, https://web.example/]]
`);
    const probes = loadProbes([f]);
    expect(probes.find((p) => p.id === 'curl-ingress')).toMatchObject({ description: 'mine', source: f, timeoutSeconds: 30, expect: { exitCode: 0 } });
    expect(probes.find((p) => p.id === 'test-pod-connectivity')!.commands[0]).toEqual(['ping', '-c', '1', '-W', '2', '10.0.0.1; rm -rf /']);
  });

  it('rejects invalid catalogs with the reason', () => {
    expect(() => parseCatalog('apiVersion: leastpriv.dev/v1alpha1\nkind: ProbeCatalog\nprobes:\n  - id: x\n    description: d\n    target: { selector: {} }\n    commands: ["dig example.com"]\n', 'f.yaml'))
      .toThrow(/f\.yaml: not a valid probe catalog: .*selector.*must NOT have fewer than 1 properties.*commands\/0 must be array/);
    expect(() => parseCatalog('apiVersion: leastpriv.dev/v1alpha1\nkind: ProbeCatalog\nprobes:\n  - id: x\n    description: d\n    target: { selector: { a: b } }\n    commands: [[echo]]\n    expect: { stdout: "(" }\n', 'g.yaml'))
      .toThrow(/expect.stdout is not a valid regular expression/);
  });
});

describe('exec status channel', () => {
  it('round-trips exit codes as metav1.Status with an ExitCode cause', () => {
    expect(decodeExitStatus(JSON.stringify(exitStatusFor(0, ['true'])))).toEqual({ kind: 'exited', code: 0 });
    expect(decodeExitStatus(JSON.stringify(exitStatusFor(42, ['false'])))).toEqual({ kind: 'exited', code: 42 });
    expect(decodeExitStatus('{"status":"Failure","message":"container not running","reason":"InternalError"}')).toEqual({ kind: 'failure', message: 'container not running', reason: 'InternalError' });
    expect(decodeExitStatus('{"status":"Failure","reason":"NonZeroExitCode","details":{"causes":[{"type":"ExitCode","message":"3"}]}}').kind).toBe('failure');
    expect(decodeExitStatus('nope')).toMatchObject({ kind: 'failure', message: expect.stringContaining('not JSON') });
  });
});
