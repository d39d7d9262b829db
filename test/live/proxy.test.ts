/**
 * verify goes through proxies as kubectl does: the kubeconfig's proxy-url (http, https, socks5)
 * and HTTPS_PROXY/HTTP_PROXY/NO_PROXY with Go's ProxyFromEnvironment rules, for the API requests
 * and the exec WebSocket; what a proxy refuses is named as the proxy's, never as the API server's.
 * The API server is addressed as https://kubernetes.default.svc:PORT, a name only the test proxies
 * resolve: a request that did not go through the proxy fails at DNS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { incidentDir, startHarness, type Harness } from './harness.ts';
import { startHttpProxy, startSocksProxy, type TestProxy } from '../support/apiserver/proxy.ts';
import { resolveConnection, KubeconfigError } from '../../src/live/kube/kubeconfig.ts';
import { requestJson } from '../../src/live/kube/http.ts';
import { execInPod, openAttach, type ExecTarget } from '../../src/live/exec/ws-exec.ts';
import { LiveError } from '../../src/live/kube/errors.ts';
import { noProxyExempts, proxyFromEnvironment, redactProxy } from '../../src/live/kube/proxy.ts';
import { verify } from '../../src/live/verify/verify.ts';
import type { Connection } from '../../src/live/kube/types.ts';

async function failure(p: Promise<unknown>): Promise<LiveError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(LiveError);
  return err as LiveError;
}

describe('proxies from the environment (Go http.ProxyFromEnvironment)', () => {
  const at = (server: string, env: NodeJS.ProcessEnv) => proxyFromEnvironment(server, env)?.url;
  it('picks HTTPS_PROXY for https and HTTP_PROXY for http, upper case first', () => {
    expect(at('https://api.corp:6443', { HTTPS_PROXY: 'http://p:3128', https_proxy: 'http://q:3128' })).toBe('http://p:3128/');
    expect(at('https://api.corp:6443', { https_proxy: 'http://q:3128' })).toBe('http://q:3128/');
    expect(at('https://api.corp:6443', { HTTP_PROXY: 'http://p:3128' })).toBeUndefined();
    expect(at('http://api.corp:8080', { HTTP_PROXY: 'http://p:3128' })).toBe('http://p:3128/');
    expect(at('http://api.corp:8080', { HTTP_PROXY: 'http://p:3128', REQUEST_METHOD: 'GET' })).toBeUndefined();
    // no scheme: an http proxy
    expect(at('https://api.corp', { HTTPS_PROXY: 'p.corp:3128' })).toBe('http://p.corp:3128/');
    expect(at('https://api.corp', { HTTPS_PROXY: 'socks5://u:p@s:1080' })).toBe('socks5://u:p@s:1080');
    expect(() => at('https://api.corp', { HTTPS_PROXY: 'ftp://p:21' })).toThrow(/HTTPS_PROXY="ftp:\/\/p:21" names no proxy kubectl could use/);
  });

  it('never proxies localhost or loopback addresses', () => {
    for (const server of ['https://localhost:6443', 'https://127.0.0.1:6443', 'https://127.9.9.9', 'https://[::1]:6443']) {
      expect(at(server, { HTTPS_PROXY: 'http://p:3128' }), server).toBeUndefined();
    }
  });

  it('NO_PROXY: *, IPs, CIDRs, domains and their subdomains, ports', () => {
    const cases: [string, string, string, boolean][] = [
      ['api.corp', '443', '*', true],
      ['10.1.2.3', '6443', '10.0.0.0/8', true],
      ['11.1.2.3', '6443', '10.0.0.0/8', false],
      ['fd00::5', '6443', 'fd00::/8', true],
      ['10.1.2.3', '6443', '10.1.2.3', true],
      ['10.1.2.3', '6443', '10.1.2.3:443', false],
      ['10.1.2.3', '6443', '10.1.2.3:6443', true],
      ['api.corp', '443', 'corp', true],
      ['corp', '443', 'corp', true],
      ['api.corp', '443', '.corp', true],
      ['corp', '443', '.corp', false],
      ['api.corp', '443', '*.corp', true],
      ['corp', '443', '*.corp', false],
      ['notcorp', '443', 'corp', false],
      ['api.corp', '6443', 'api.corp:443', false],
      ['api.corp', '6443', ' API.CORP:6443 , other', true],
      ['eks.amazonaws.com', '443', '.amazonaws.com', true],
    ];
    // kubectl 1.32 through a test proxy to http://api.corp:18089 (a name only the proxy resolves):
    // exempt (a DNS error) for these NO_PROXY values, proxied for the others
    for (const list of ['corp', '.corp', '*.corp', 'api.corp:18089', 'API.CORP', '*']) cases.push(['api.corp', '18089', list, true]);
    for (const list of ['', 'api.corp:80', '10.0.0.0/8']) cases.push(['api.corp', '18089', list, false]);
    for (const [host, port, list, exempt] of cases) expect(noProxyExempts(host, port, list), `${host}:${port} / ${list}`).toBe(exempt);
    expect(at('https://10.1.2.3:6443', { HTTPS_PROXY: 'http://p:3128', no_proxy: '10.0.0.0/8' })).toBeUndefined();
    expect(at('https://10.1.2.3:6443', { HTTPS_PROXY: 'http://p:3128', NO_PROXY: 'x', no_proxy: '10.0.0.0/8' })).toBe('http://p:3128/');
  });

  it('shows a proxy URL without its password; an invalid %-escape in it is a config error', async () => {
    expect(redactProxy('http://user:s3cret@p:3128')).toBe('http://user:xxxxx@p:3128');
    const c: Connection = { server: 'https://api.corp', origin: 't', insecureSkipTLSVerify: false, timeoutMs: 1000, proxy: { url: 'http://us%zzer:pw@127.0.0.1:1', source: 'HTTPS_PROXY' } };
    const e = await failure(requestJson(c, { method: 'GET', path: '/version', what: 'get /version' }));
    expect([e.kind, e.message]).toEqual(['config', 'the proxy URL http://us%zzer:xxxxx@127.0.0.1:1 has an invalid %-escape in its user or password']);
  });
});

describe('verify through a proxy', () => {
  let h: Harness;
  let port: string;
  let target: ExecTarget;
  const proxies: TestProxy[] = [];
  const proxy = async (p: Promise<TestProxy>): Promise<TestProxy> => {
    const x = await p;
    proxies.push(x);
    return x;
  };
  /** A kubeconfig for the API server under a name only the proxies resolve. */
  const kubeconfig = (cluster: Record<string, unknown> = {}): string => {
    const file = join(h.dir, `proxied-${Math.random().toString(36).slice(2)}.yaml`);
    const cert = h.pki.client('kubernetes-admin', ['system:masters']);
    writeFileSync(file, stringify({
      apiVersion: 'v1', kind: 'Config', 'current-context': 'p',
      clusters: [{ name: 'c', cluster: { server: `https://kubernetes.default.svc:${port}`, 'certificate-authority': h.pki.ca.certFile, ...cluster } }],
      users: [{ name: 'u', user: { 'client-certificate': cert.certFile, 'client-key': cert.keyFile } }],
      contexts: [{ name: 'p', context: { cluster: 'c', user: 'u' } }],
    }));
    return file;
  };
  const conn = (cluster: Record<string, unknown>, env: NodeJS.ProcessEnv = {}): Connection => resolveConnection({ kubeconfig: kubeconfig(cluster), env, timeoutMs: 5000 });

  beforeAll(async () => {
    h = await startHarness({ manifests: incidentDir('before') });
    port = new URL(h.server.url).port;
    const pods = await requestJson<{ items: { metadata: { name: string } }[] }>(h.admin, { method: 'GET', path: '/api/v1/namespaces/mcp-homelab/pods', what: 'list pods' });
    target = { namespace: 'mcp-homelab', pod: pods.items[0]!.metadata.name, container: 'agent' };
    h.server.faults.output = { true: '' };
  });
  afterAll(async () => {
    for (const p of proxies) await p.close();
    await h?.close();
  });

  it('proxy-url (http): API requests and the exec WebSocket go through a CONNECT tunnel, TLS to the API server inside', async () => {
    const p = await proxy(startHttpProxy());
    const c = conn({ 'proxy-url': p.url });
    expect(c.proxy).toMatchObject({ url: `${p.url}/`, source: expect.stringMatching(/^proxy-url of cluster "c"/) });
    expect((await requestJson<{ gitVersion: string }>(c, { method: 'GET', path: '/version', what: 'get /version' })).gitVersion).toMatch(/^v1\./);
    const r = await execInPod(c, target, ['true'], { timeoutMs: 5000 });
    expect(r.status).toMatchObject({ kind: 'exited', code: 0 });
    expect((await openAttach(c, target, { timeoutMs: 5000 })).protocol).toMatch(/channel\.k8s\.io/);
    expect(p.log.map((l) => `${l.method} ${l.target}`)).toEqual(Array(3).fill(`CONNECT kubernetes.default.svc:${port}`));
    // the API server saw the client certificate through the tunnel
    expect(h.server.requests.at(-1)?.user).toBe('kubernetes-admin');
  });

  it('a whole verify run through HTTPS_PROXY, from the CLI environment: reviews, exec access, drift', async () => {
    const p = await proxy(startHttpProxy({ auth: 'ci:token' }));
    const file = kubeconfig();
    const r = await verify({ paths: [incidentDir('before')], kubeconfig: file, env: { HTTPS_PROXY: `http://ci:token@127.0.0.1:${p.port}` }, timeoutMs: 5000 });
    expect(r.unreachable).toBeUndefined();
    expect(r.stats.reviews).toBeGreaterThan(0);
    expect(r.stats.objectsCompared).toBeGreaterThan(0);
    expect(r.stats.execAccess.refused + r.stats.execAccess.proven).toBeGreaterThan(0);
    expect(new Set(p.log.map((l) => `${l.method} ${l.target}`))).toEqual(new Set([`CONNECT kubernetes.default.svc:${port}`]));
    expect(p.log.length).toBeGreaterThan(r.stats.reviews);
    const { verifySummary } = await import('../../src/cli/commands/verify.ts');
    expect(verifySummary(r.stats, false)).toMatch(new RegExp(`^verify: https://kubernetes\\.default\\.svc:${port} \\(v1\\.32\\.0-leastpriv-test\\) through the proxy http://ci:xxxxx@127\\.0\\.0\\.1:${p.port} \\(HTTPS_PROXY\\): `));
  });

  it('sends the proxy URL\'s user and password as Proxy-Authorization; a 407 is the proxy\'s, named', async () => {
    const p = await proxy(startHttpProxy({ auth: 'alice:p@ss' }));
    const ok = conn({ 'proxy-url': `http://alice:p%40ss@127.0.0.1:${p.port}` });
    await requestJson(ok, { method: 'GET', path: '/version', what: 'get /version' });
    expect(p.log[0]!.authorization).toBe(`Basic ${Buffer.from('alice:p@ss').toString('base64')}`);
    const e = await failure(requestJson(conn({ 'proxy-url': p.url }), { method: 'GET', path: '/version', what: 'get /version' }));
    expect(e.kind).toBe('proxy');
    expect(e.message).toMatch(new RegExp(`the proxy http://127\\.0\\.0\\.1:${p.port} \\(proxy-url of cluster "c" in .*\\) refused to open a tunnel to kubernetes\\.default\\.svc:${port}: 407 Proxy Authentication Required: it wants credentials; give them in the proxy URL`));
    const wrong = await failure(requestJson(conn({ 'proxy-url': `http://alice:nope@127.0.0.1:${p.port}` }), { method: 'GET', path: '/version', what: 'get /version' }));
    expect(wrong.message).toMatch(/http:\/\/alice:xxxxx@127\.0\.0\.1:\d+ .* 407 .*: it did not accept the user and password of the proxy URL/);
    expect(wrong.message).not.toContain('nope');
  });

  it('a 403 from the proxy is not the API server\'s: not an exec refusal, and verify names the proxy', async () => {
    const p = await proxy(startHttpProxy({ deny: true }));
    const c = conn({ 'proxy-url': p.url });
    const e = await failure(execInPod(c, target, ['true'], { timeoutMs: 5000 }));
    expect(e.kind).toBe('proxy');
    expect(e.message).toMatch(/refused to open a tunnel to .*: 403 Forbidden \(Forbidden by the test proxy\); no request reached the API server/);
    const r = await verify({ paths: [incidentDir('before')], connection: c });
    expect(r.unreachable).toBe(true);
    expect(r.findings.map((f) => f.message).join('\n')).toMatch(/reaching the API server: the proxy http:\/\/127\.0\.0\.1:\d+ \(proxy-url .*\) refused to open a tunnel .*403 Forbidden/);
    expect(r.findings.filter((f) => f.rule === 'live-exec-denied')).toEqual([]);
  });

  it('HTTPS_PROXY from the environment, unless NO_PROXY exempts the host', async () => {
    const p = await proxy(startHttpProxy());
    const c = conn({}, { HTTPS_PROXY: p.url });
    expect(c.proxy).toEqual({ url: `${p.url}/`, source: 'HTTPS_PROXY' });
    await requestJson(c, { method: 'GET', path: '/version', what: 'get /version' });
    expect((await execInPod(c, target, ['true'], { timeoutMs: 5000 })).status.kind).toBe('exited');
    expect(p.log).toHaveLength(2);
    const exempt = conn({}, { HTTPS_PROXY: p.url, NO_PROXY: '.svc' });
    expect(exempt.proxy).toBeUndefined();
    expect((await failure(requestJson(exempt, { method: 'GET', path: '/version', what: 'get /version' }))).kind).toBe('dns');
    // proxy-url wins over the environment
    expect(conn({ 'proxy-url': 'socks5://127.0.0.1:1' }, { HTTPS_PROXY: p.url }).proxy?.url).toBe('socks5://127.0.0.1:1');
  });

  it('an https proxy (TLS to the proxy, then TLS to the API server inside the tunnel)', async () => {
    const p = await proxy(startHttpProxy({ tls: { cert: h.pki.server.cert, key: h.pki.server.key } }));
    const c = conn({ 'proxy-url': p.url });
    await requestJson(c, { method: 'GET', path: '/version', what: 'get /version' });
    expect((await execInPod(c, target, ['true'], { timeoutMs: 5000 })).status.kind).toBe('exited');
    expect(p.log.map((l) => l.method)).toEqual(['CONNECT', 'CONNECT']);
  });

  it('socks5, with and without a user and password', async () => {
    const open = await proxy(startSocksProxy());
    const c = conn({ 'proxy-url': open.url });
    await requestJson(c, { method: 'GET', path: '/version', what: 'get /version' });
    expect((await execInPod(c, target, ['true'], { timeoutMs: 5000 })).status.kind).toBe('exited');
    expect(open.log.map((l) => l.target)).toEqual([`kubernetes.default.svc:${port}`, `kubernetes.default.svc:${port}`]);
    const auth = await proxy(startSocksProxy({ auth: 'bob:pw' }));
    await requestJson(conn({ 'proxy-url': `socks5://bob:pw@127.0.0.1:${auth.port}` }), { method: 'GET', path: '/version', what: 'get /version' });
    const e = await failure(requestJson(conn({ 'proxy-url': `socks5://bob:bad@127.0.0.1:${auth.port}` }), { method: 'GET', path: '/version', what: 'get /version' }));
    expect(e.kind).toBe('proxy');
    expect(e.message).toMatch(/did not accept the user and password of the proxy URL/);
    const none = await failure(requestJson(conn({ 'proxy-url': auth.url }), { method: 'GET', path: '/version', what: 'get /version' }));
    expect(none.message).toMatch(/accepts none of the SOCKS5 authentication methods offered/);
    const denied = await proxy(startSocksProxy({ deny: true }));
    expect((await failure(requestJson(conn({ 'proxy-url': denied.url }), { method: 'GET', path: '/version', what: 'get /version' }))).message).toMatch(/refused to connect to kubernetes\.default\.svc:\d+: connection not allowed by ruleset/);
  });

  it('a TLS failure inside the tunnel (a proxy intercepting TLS) says so, with the way out', async () => {
    const p = await proxy(startHttpProxy());
    const c = conn({ 'proxy-url': p.url, 'certificate-authority': h.pki.otherCa.certFile });
    for (const e of [await failure(requestJson(c, { method: 'GET', path: '/version', what: 'get /version' })), await failure(execInPod(c, target, ['true'], { timeoutMs: 5000 }))]) {
      expect(e.kind).toBe('tls-unknown-ca');
      expect(e.message).toMatch(/signed by an unknown authority .* \(through the proxy http:\/\/127\.0\.0\.1:\d+ \(proxy-url .*\): if it intercepts TLS, connect without it \(the cluster's proxy-url\) or trust its CA in certificate-authority, as for kubectl\)$/);
    }
    const env = await failure(requestJson(conn({ 'certificate-authority': h.pki.otherCa.certFile }, { HTTPS_PROXY: p.url }), { method: 'GET', path: '/version', what: 'get /version' }));
    expect(env.message).toMatch(/\(HTTPS_PROXY\): if it intercepts TLS, exempt the API server's host with NO_PROXY, as for kubectl\)$/);
  });

  it('a proxy that is not there is named', async () => {
    const p = await startHttpProxy();
    await p.close();
    const e = await failure(requestJson(conn({ 'proxy-url': p.url }), { method: 'GET', path: '/version', what: 'get /version' }));
    expect(e.kind).toBe('refused');
    expect(e.message).toMatch(new RegExp(`connection to the proxy http://127\\.0\\.0\\.1:${p.port} \\(proxy-url .*\\) refused`));
  });

  it('an http API server behind an http proxy gets absolute-form requests (net/http)', async () => {
    const api = http.createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ gitVersion: 'v1.32.0', path: req.url, host: req.headers.host }));
    });
    await new Promise<void>((ok) => api.listen(0, '127.0.0.1', ok));
    const apiPort = (api.address() as AddressInfo).port;
    try {
      const p = await proxy(startHttpProxy({ hosts: { 'plain.example': '127.0.0.1' }, auth: 'a:b' }));
      const c: Connection = { server: `http://plain.example:${apiPort}`, origin: 'test', insecureSkipTLSVerify: false, timeoutMs: 5000, proxy: { url: `http://a:b@127.0.0.1:${p.port}`, source: 'HTTP_PROXY' } };
      const v = await requestJson<{ path: string; host: string }>(c, { method: 'GET', path: '/version', what: 'get /version' });
      expect(v).toMatchObject({ path: '/version', host: `plain.example:${apiPort}` });
      expect(p.log).toEqual([{ method: 'GET', target: `http://plain.example:${apiPort}/version`, authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }]);
    } finally {
      await new Promise((ok) => api.close(ok));
    }
  });

  it('a proxy-url kubectl refuses is refused, named', () => {
    for (const [url, why] of [['socks4://p:1080', 'kubectl refuses it too \\(unsupported scheme "socks4", must be http, https, or socks5\\)'], ['proxy:3128', 'unsupported scheme "proxy"'], ['http://', 'it is not a URL']] as const) {
      expect(() => conn({ 'proxy-url': url }), url).toThrow(KubeconfigError);
      expect(() => conn({ 'proxy-url': url }), url).toThrow(new RegExp(`sets proxy-url "${url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}": .*${why}`));
    }
  });
});
