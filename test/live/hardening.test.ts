/**
 * verify's request plumbing against a hostile manifest or server: request paths only from
 * validated, percent-encoded segments (a name Kubernetes would refuse is a finding, never a
 * request), an overall deadline per request, caps on response bodies and WebSocket messages, and
 * exec credential plugins killed with every process they started.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { incidentDir, startHarness, type Harness } from './harness.ts';
import { tempDir } from '../support/apiserver/fixtures.ts';
import { apiPath, assertSafePath, checkObjectIdentity, lit, seg } from '../../src/live/kube/paths.ts';
import { credentials, requestJson } from '../../src/live/kube/http.ts';
import type { LiveError } from '../../src/live/kube/errors.ts';
import { getExecCredential } from '../../src/live/kube/exec-plugin.ts';
import { execInPod, execPath, ExecStreamError } from '../../src/live/exec/ws-exec.ts';
import { decodeExitStatus } from '../../src/live/exec/protocol.ts';
import https from 'node:https';
import { createHash } from 'node:crypto';
import { type AddressInfo } from 'node:net';
import { verify } from '../../src/live/verify/verify.ts';

describe('request paths', () => {
  it('accept what Kubernetes accepts and percent-encode it', () => {
    expect(apiPath([lit('apis'), seg('g', 'rbac.authorization.k8s.io', 'DNS-1123 subdomain'), lit('v1'), lit('clusterroles'), seg('n', 'system:controller:x y', 'path segment name')])).toBe(
      '/apis/rbac.authorization.k8s.io/v1/clusterroles/system%3Acontroller%3Ax%20y',
    );
    expect(checkObjectIdentity({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'kube-system', name: 'a.b-c' })).toBeUndefined();
    expect(checkObjectIdentity({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', name: 'system:aggregate-to-edit' })).toBeUndefined();
  });

  it.each([
    [{ apiVersion: 'apps/v1/../../v1', kind: 'Deployment', name: 'a' }, 'apiVersion'],
    [{ apiVersion: '../v1', kind: 'Deployment', name: 'a' }, 'apiVersion'],
    [{ apiVersion: 'v1?watch=1', kind: 'Pod', name: 'a' }, 'apiVersion'],
    [{ apiVersion: 'apps/v1', kind: 'Deploy ment', name: 'a' }, 'kind'],
    [{ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'a/../b', name: 'a' }, 'metadata.namespace'],
    [{ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'Kube-System', name: 'a' }, 'metadata.namespace'],
    [{ apiVersion: 'apps/v1', kind: 'Deployment', name: '..' }, 'metadata.name'],
    [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'a?b' }, 'metadata.name'],
    [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'x'.repeat(254) }, 'metadata.name'],
    [{ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', name: '..' }, 'metadata.name'],
    [{ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', name: 'a/b' }, 'metadata.name'],
    [{ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', name: 'a%2fb' }, 'metadata.name'],
  ])('refuse %j (%s)', (o, field) => {
    expect(checkObjectIdentity(o)?.field).toBe(field);
  });

  it('exec paths validate namespace, pod and container; the client refuses unsafe paths it did not build', () => {
    expect(execPath({ namespace: 'ns', pod: 'p-1', container: 'c' }, ['id', '-u'])).toBe('/api/v1/namespaces/ns/pods/p-1/exec?command=id&command=-u&container=c&stdout=true&stderr=true');
    expect(() => execPath({ namespace: 'ns', pod: '../secrets', container: 'c' }, ['id'])).toThrow(/pod name "\.\.\/secrets" is not a valid DNS-1123 subdomain: no request was sent/);
    expect(() => execPath({ namespace: 'ns', pod: 'p', container: 'c&command=sh' }, ['id'])).toThrow(/container name/);
    for (const p of ['/api/v1/../x', '/api/v1/%2e%2e/x', '/api/v1/a%2Fb', '/a//b', 'api/v1', '/a b', '/a#b', '/a/\u0000']) expect(() => assertSafePath(p), p).toThrow(/unsafe path/);
    for (const p of ['/', '/version', '/api/v1/namespaces/a/pods?labelSelector=a%3Db']) expect(() => assertSafePath(p)).not.toThrow();
  });
});

describe('verify against the loopback API server', () => {
  let h: Harness;
  let dir: string;
  beforeAll(async () => {
    h = await startHarness({ objects: [] });
    dir = tempDir('lp-hostile-');
    writeFileSync(
      join(dir, 'hostile.yaml'),
      `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: "../../../api/v1/namespaces/kube-system/secrets/x"
  namespace: default
rules: []
---
apiVersion: apps/v1/../../../api/v1
kind: Deployment
metadata:
  name: web
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers: [{ name: web, image: nginx }]
---
apiVersion: v1
kind: Pod
metadata:
  name: ok
  namespace: "default/../kube-system"
spec:
  containers: [{ name: c, image: nginx }]
---
apiVersion: v1
kind: Pod
metadata:
  name: ok2
spec:
  containers: [{ name: "c&command=sh", image: nginx }]
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: fine
`,
    );
  });
  afterAll(() => h?.close());

  it('reports each identity Kubernetes would refuse at its line, and sends no request built from it', async () => {
    h.server.requests.length = 0;
    const r = await verify({ paths: ['hostile.yaml'], cwd: dir, connection: { ...h.admin, timeoutMs: 5000 } });
    const bad = r.findings.filter((f) => f.messageId === 'invalidName');
    expect(bad.map((f) => [f.region.start.line, f.severity, f.data?.problem])).toEqual([
      [4, 'error', 'metadata.name "../../../api/v1/namespaces/kube-system/secrets/x" is not a valid path segment name'],
      [8, 'error', 'apiVersion "v1/../../../api/v1" is not a valid DNS-1035 label'],
      [23, 'error', 'metadata.namespace "default/../kube-system" is not a valid DNS-1123 label'],
      [32, 'error', 'container name "c&command=sh" is not a valid DNS-1123 label'],
    ]);
    const paths = h.server.requests.map((q) => q.path);
    expect(paths).toContain('/api/v1/namespaces/default/serviceaccounts/fine');
    for (const p of paths) expect(p).not.toMatch(/secrets|\.\.|%2F|kube-system|command=sh/i);
  });

  it('a server that trickles its answer is cut off at the deadline', async () => {
    h.server.intercept = (path, res) => {
      if (path !== '/slow') return false;
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const t = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(t));
      return true;
    };
    // The socket is never idle for long, so only the overall deadline ends this request.
    await expect(requestJson({ ...h.admin, timeoutMs: 400 }, { method: 'GET', path: '/slow', what: 'get /slow' })).rejects.toThrow(/no answer from .* within 400 ms \(the deadline of the whole request\)/);
    h.server.intercept = undefined;
  });

  it('a connection that breaks mid-answer keeps the status it answered with', async () => {
    const cut = (code: number, start: string) => (path: string, res: import('node:http').ServerResponse) => {
      if (path !== '/cut') return false;
      res.writeHead(code, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
      res.write(start);
      setTimeout(() => res.socket?.destroy(), 30);
      return true;
    };
    const get = () => requestJson(h.admin, { method: 'GET', path: '/cut', what: 'get /cut' });
    h.server.intercept = cut(403, '{"kind":"Status","message":"pods is forbidden: User \\"x\\" cannot list');
    let e = (await get().catch((x: unknown) => x)) as LiveError;
    expect([e.kind, e.httpStatus]).toEqual(['forbidden', 403]);
    expect(e.message).toMatch(/^403 Forbidden: \{"kind":"Status","message":"pods is forbidden: User \\"x\\" cannot list \[the connection closed after 69 byte\(s\) of the answer \(ECONNRESET\)\]$/);
    h.server.intercept = cut(200, '{"items":[');
    e = (await get().catch((x: unknown) => x)) as LiveError;
    expect(e.kind).toBe('reset');
    expect(e.message).toMatch(/^get \/cut: HTTP 200 from https:\/\/127\.0\.0\.1:\d+, then the connection closed after 10 byte\(s\) of the answer/);
    h.server.intercept = undefined;
  });

  it('a token no header can carry is refused without being shown; a non-ASCII one goes out as its UTF-8 bytes', async () => {
    const e = await requestJson({ ...h.admin, token: 's3cr3t\n' }, { method: 'GET', path: '/version', what: 'get /version' }).catch((x: unknown) => x as LiveError);
    expect(e).toMatchObject({ name: 'LiveError', kind: 'credentials', message: expect.stringContaining('holds the control character U+000A at character 7, which no HTTP header may carry') });
    expect((e as Error).message).not.toContain('s3cr3t');
    expect((await credentials({ ...h.admin, token: 'tök' })).headers.Authorization).toBe(`Bearer ${Buffer.from('tök').toString('latin1')}`);
  });

  it('a 429 or 5xx with Retry-After is retried as client-go does, its waits bounded by the timeout', async () => {
    let calls = 0;
    const busy = (times: number, after: string | undefined, code = 429) => (path: string, res: import('node:http').ServerResponse) => {
      if (path !== '/busy') return false;
      if (calls++ < times) {
        res.writeHead(code, { 'Content-Type': 'application/json', ...(after !== undefined ? { 'Retry-After': after } : {}) });
        res.end(JSON.stringify({ kind: 'Status', code, message: 'Too many requests, please try again later.', reason: 'TooManyRequests' }));
      } else {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{"ok":true}');
      }
      return true;
    };
    const slept: number[] = [];
    const sleep = async (ms: number): Promise<void> => {
      slept.push(ms);
    };
    const get = (timeoutMs = 30_000) => requestJson({ ...h.admin, timeoutMs }, { method: 'GET', path: '/busy', what: 'get /busy' }, sleep);
    try {
      h.server.intercept = busy(2, '1');
      await expect(get()).resolves.toEqual({ ok: true });
      expect([calls, slept]).toEqual([3, [1000, 1000]]);
      calls = 0;
      h.server.intercept = busy(1, '2', 503);
      await expect(get()).resolves.toEqual({ ok: true });
      calls = 0;
      h.server.intercept = busy(100, '0');
      await expect(get()).rejects.toThrow(/^429 Too Many Requests: Too many requests, please try again later\.$/);
      expect(calls).toBe(11); // the request and MAX_RETRIES retries
      calls = 0;
      h.server.intercept = busy(100, undefined);
      await expect(get()).rejects.toThrow(/^429 Too Many Requests/);
      expect(calls).toBe(1); // no Retry-After, no retry (checkWait)
      calls = 0;
      slept.length = 0;
      h.server.intercept = busy(100, '3600');
      await expect(get(5000)).rejects.toThrow(/^429 Too Many Requests: .* \(the server asked to retry after 3600 s; with 0 s waited already, that is past the 5 s timeout\)$/);
      expect([calls, slept]).toEqual([1, []]);
    } finally {
      h.server.intercept = undefined;
    }
  });

  it('a response body over the cap is not read further', async () => {
    h.server.intercept = (path, res) => {
      if (path !== '/huge') return false;
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('['.padEnd(256 * 1024, '1'));
      return true;
    };
    await expect(requestJson(h.admin, { method: 'GET', path: '/huge', what: 'get /huge', maxBytes: 64 * 1024 })).rejects.toThrow(/larger than 65536 bytes/);
    h.server.intercept = undefined;
  });

  it('a stream that breaks after the 101 is an ExecStreamError: the upgrade, the proof of access, stands', async () => {
    const srv = https.createServer({ cert: h.pki.server.cert, key: h.pki.server.key });
    srv.on('upgrade', (req: import('node:http').IncomingMessage, sock: import('node:stream').Duplex) => {
      const accept = createHash('sha1').update(`${String(req.headers['sec-websocket-key'])}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
      sock.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Protocol: v5.channel.k8s.io\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
      sock.write(Buffer.from([0xff, 0xff, 0xff, 0xff, 1, 2, 3])); // not a WebSocket frame
    });
    await new Promise<void>((ok) => srv.listen(0, '127.0.0.1', ok));
    try {
      const conn = { ...h.admin, server: `https://127.0.0.1:${(srv.address() as AddressInfo).port}` };
      const e = await execInPod(conn, { namespace: 'default', pod: 'p', container: 'c' }, ['true'], { timeoutMs: 5000 }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(ExecStreamError);
      expect((e as ExecStreamError).message).toMatch(/^exec in pod default\/p container c: after the upgrade, .*Invalid WebSocket frame/);
    } finally {
      srv.closeAllConnections();
      srv.close();
    }
  });

  it('an exit status of the wrong shape is a protocol failure, never a TypeError thrown from the socket', async () => {
    for (const body of ['null', '5', '[]', '{"status":"Failure","reason":"NonZeroExitCode","details":{"causes":{"a":1}}}', '{"status":"Failure","reason":"NonZeroExitCode","details":null}', '{"status":"Failure","reason":"NonZeroExitCode","details":{"causes":[null,{"reason":"ExitCode","message":7}]}}']) {
      expect(decodeExitStatus(body), body).toMatchObject({ kind: 'failure', message: expect.stringMatching(/^status channel protocol error: (not a Status object|NonZeroExitCode without a valid ExitCode cause)/) });
    }
    expect(decodeExitStatus('{"status":"Failure","message":{"x":1},"reason":5}')).toEqual({ kind: 'failure', message: 'status channel: {"status":"Failure","message":{"x":1},"reason":5}' });
  });

  it('an exit status that arrives without the close is the result at the deadline, not "no exit status"', async () => {
    const srv = https.createServer({ cert: h.pki.server.cert, key: h.pki.server.key });
    srv.on('upgrade', (req: import('node:http').IncomingMessage, sock: import('node:stream').Duplex) => {
      const accept = createHash('sha1').update(`${String(req.headers['sec-websocket-key'])}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
      sock.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Protocol: v5.channel.k8s.io\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
      const frame = (payload: Buffer): Buffer => Buffer.concat([Buffer.from([0x82, payload.length]), payload]);
      sock.write(frame(Buffer.from('\u0001hi\n')));
      sock.write(frame(Buffer.from('\u0003null'))); // a status, of the wrong shape; then nothing, the socket held open
    });
    await new Promise<void>((ok) => srv.listen(0, '127.0.0.1', ok));
    try {
      const conn = { ...h.admin, server: `https://127.0.0.1:${(srv.address() as AddressInfo).port}` };
      const r = await execInPod(conn, { namespace: 'default', pod: 'p', container: 'c' }, ['true'], { timeoutMs: 400 });
      expect(r).toMatchObject({ stdout: 'hi\n', status: { kind: 'failure', message: 'status channel protocol error: not a Status object: null' } });
    } finally {
      srv.closeAllConnections();
      srv.close();
    }
  });

  it('an upgrade never answered is a timeout of the upgrade, not of a command that never ran', async () => {
    const srv = https.createServer({ cert: h.pki.server.cert, key: h.pki.server.key });
    srv.on('upgrade', () => undefined); // holds the connection, answers nothing
    await new Promise<void>((ok) => srv.listen(0, '127.0.0.1', ok));
    try {
      const conn = { ...h.admin, server: `https://127.0.0.1:${(srv.address() as AddressInfo).port}` };
      const e = (await execInPod(conn, { namespace: 'default', pod: 'p', container: 'c' }, ['true'], { timeoutMs: 300 }).catch((x: unknown) => x)) as LiveError;
      expect(e).not.toBeInstanceOf(ExecStreamError);
      expect([e.kind, e.message]).toEqual(['timeout', `exec in pod default/p container c: no answer to the WebSocket upgrade from ${conn.server} within 300 ms; no command ran`]);
    } finally {
      srv.closeAllConnections();
      srv.close();
    }
  });

  it('a WebSocket message over the cap ends the exec with an error', async () => {
    h.server.objects.push({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default' }, spec: { containers: [{ name: 'c' }] } });
    h.server.faults = { oversizedMessage: 200 * 1024 };
    await expect(execInPod(h.admin, { namespace: 'default', pod: 'p', container: 'c' }, ['id'], { timeoutMs: 5000, maxMessageBytes: 64 * 1024 })).rejects.toThrow(
      /WebSocket message larger than 65536 bytes/,
    );
    h.server.faults = {};
  });
});

describe.skipIf(process.platform === 'win32')('exec credential plugins', () => {
  it('on timeout, the plugin and every process it started are killed', async () => {
    const dir = tempDir('lp-plugin-');
    mkdirSync(dir, { recursive: true });
    const pidFile = join(dir, 'child.pid');
    const plugin = join(dir, 'plugin.sh');
    // A script that starts a helper which outlives it and keeps stdout open, then hangs.
    writeFileSync(plugin, `#!/bin/sh\nsleep 300 &\necho $! > ${JSON.stringify(pidFile)}\nsleep 300\n`);
    chmodSync(plugin, 0o755);
    const cfg = { apiVersion: 'client.authentication.k8s.io/v1', command: plugin, args: [], env: [], baseDir: dir };
    await expect(getExecCredential(cfg, { server: 'https://hang' }, 500)).rejects.toThrow(/timed out after 500 ms \(it and every process it started were killed; a plugin waiting for a login needs it done first, e\.g\. by any kubectl command, or a longer --timeout\)/);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    await new Promise((r) => setTimeout(r, 100));
    expect(existsSync(`/proc/${pid}`) ? readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2] : 'gone').toMatch(/gone|Z/);
  });

  it('a plugin that exits but leaves a helper holding stdout is done at the deadline, helper killed', async () => {
    const dir = tempDir('lp-plugin-');
    const pidFile = join(dir, 'child.pid');
    const plugin = join(dir, 'plugin.sh');
    writeFileSync(plugin, `#!/bin/sh\nsleep 300 &\necho $! > ${JSON.stringify(pidFile)}\nexit 0\n`);
    chmodSync(plugin, 0o755);
    const cfg = { apiVersion: 'client.authentication.k8s.io/v1', command: plugin, args: [], env: [], baseDir: dir };
    await expect(getExecCredential(cfg, { server: 'https://orphan' }, 500)).rejects.toThrow(/timed out/);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    await new Promise((r) => setTimeout(r, 100));
    expect(existsSync(`/proc/${pid}`) ? readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2] : 'gone').toMatch(/gone|Z/);
  });
});

describe('answers of the wrong shape', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ manifests: incidentDir('before') });
  });
  afterAll(() => h?.close());

  const answering = (match: (path: string) => boolean, body: string): void => {
    h.server.intercept = (path, res) => {
      if (!match(path)) return false;
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(body);
      return true;
    };
  };
  const run = () => verify({ paths: ['.'], cwd: incidentDir('before'), connection: { ...h.admin, timeoutMs: 5000 } });

  it.each([
    ['null', '/version'],
    ['[]', '/apis/authorization.k8s.io/v1/subjectaccessreviews'],
    ['null', '/apis/rbac.authorization.k8s.io/v1/clusterroles/mcp-homelab'],
    ['7', '/apis/apps/v1/namespaces/mcp-homelab/daemonsets/debug-agent'],
  ])('%s for %s is a protocol error naming the request, never a TypeError or a crash', async (body, path) => {
    answering((p) => p === path, body);
    try {
      const r = await run();
      const messages = r.findings.map((f) => f.message).join('\n');
      expect(messages).toContain(`the answer is JSON but not an object (${body})`);
      expect(messages).not.toMatch(/TypeError|Cannot read properties|is not a function/);
    } finally {
      h.server.intercept = undefined;
    }
  });

  it('a pod list with items that are not pods is read as far as it holds pods', async () => {
    for (const body of ['{"items":{"a":1}}', '{"items":[null,5,{"metadata":null,"status":{"phase":"Running","conditions":{"x":1},"containerStatuses":"x"}},{"metadata":{"name":5},"status":{"phase":"Running","conditions":[null,5]}}]}']) {
      answering((p) => p.endsWith('/pods'), body);
      try {
        const r = await run();
        const messages = r.findings.map((f) => f.message).join('\n');
        expect(messages).not.toMatch(/TypeError|Cannot read properties|is not a function/);
        expect(messages).toMatch(body.startsWith('{"items":{') ? /list pods app=debug-agent in mcp-homelab: the answer's items is not a list/ : /no running, ready pod/);
      } finally {
        h.server.intercept = undefined;
      }
    }
  });
});
