import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { KubeconfigError, loadKubeconfig, resolveConnection } from '../../src/live/kube/kubeconfig.ts';
import { getExecCredential, invalidateExecCredential } from '../../src/live/kube/exec-plugin.ts';
import { credentials } from '../../src/live/kube/http.ts';
import { tempDir } from '../support/apiserver/fixtures.ts';
import { createPki, type CertPair, type TestPki } from '../support/apiserver/certs.ts';

let dir: string;
let pki: TestPki;
let CA: string;
let client: CertPair;
beforeAll(() => {
  dir = tempDir('lp-kc-');
  pki = createPki();
  CA = pki.ca.cert.toString();
  client = pki.client('jane', []);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  pki.cleanup();
});

function write(name: string, doc: object): string {
  const f = join(dir, name);
  writeFileSync(f, stringify(doc));
  return f;
}

describe('kubeconfig', () => {
  it('merges KUBECONFIG files: the first file to name a context, cluster or current-context wins', () => {
    mkdirSync(join(dir, 'a'), { recursive: true });
    writeFileSync(join(dir, 'a', 'ca.crt'), CA);
    const a = write('a/config', {
      'current-context': 'dev',
      clusters: [{ name: 'dev', cluster: { server: 'https://dev.example:6443/', 'certificate-authority': 'ca.crt' } }],
      users: [{ name: 'me', user: { token: 'from-a' } }],
      contexts: [{ name: 'dev', context: { cluster: 'dev', user: 'me' } }],
    });
    const b = write('b.yaml', {
      'current-context': 'prod',
      clusters: [{ name: 'dev', cluster: { server: 'https://ignored' } }, { name: 'prod', cluster: { server: 'https://prod.example', 'insecure-skip-tls-verify': true, 'tls-server-name': 'api.prod' } }],
      users: [{ name: 'me', user: { token: 'ignored' } }, { name: 'ops', user: { tokenFile: 'tok' } }],
      contexts: [{ name: 'prod', context: { cluster: 'prod', user: 'ops' } }],
    });
    const env = { KUBECONFIG: `${a}:${join(dir, 'missing')}:${b}` };
    expect(loadKubeconfig({ env }).files).toEqual([a, b]);
    const dev = resolveConnection({ env });
    expect(dev).toMatchObject({ server: 'https://dev.example:6443', token: 'from-a', insecureSkipTLSVerify: false });
    expect(dev.ca?.toString()).toBe(CA); // relative to the file that named it
    const prod = resolveConnection({ env, context: 'prod', asUser: 'jane', asGroups: ['ops'] });
    expect(prod).toMatchObject({ server: 'https://prod.example', insecureSkipTLSVerify: true, tlsServerName: 'api.prod', tokenFile: join(dir, 'tok'), impersonate: { user: 'jane', groups: ['ops'] } });
  });

  it('a KUBECONFIG file kubectl refuses to load is refused, naming it (kubectl 1.32 config view)', () => {
    const good = write('good.yaml', { 'current-context': 'x', clusters: [{ name: 'c', cluster: { server: 'https://h' } }], users: [{ name: 'u', user: { token: 't' } }], contexts: [{ name: 'x', context: { cluster: 'c', user: 'u' } }] });
    const raw = (name: string, text: string): string => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    mkdirSync(join(dir, 'kc-dir'), { recursive: true });
    const cases: [string, RegExp][] = [
      [join(dir, 'kc-dir'), /cannot read kubeconfig .*kc-dir: EISDIR/],
      [raw('dup.yaml', "clusters:\n- { name: c, cluster: { server: 'https://one' } }\n- { name: c, cluster: { server: 'https://two' } }\n"), /dup\.yaml: clusters has the name "c" twice; kubectl refuses to load it \("duplicate name in list"\)/],
      [raw('noname.yaml', "clusters:\n- { cluster: { server: 'https://one' } }\n- { cluster: { server: 'https://two' } }\n"), /clusters has the name "" twice/],
      [raw('scalar.yaml', 'hello\n'), /scalar\.yaml is not a kubeconfig: its document is a string, not a mapping/],
      [raw('list.yaml', '- a\n'), /its document is a list/],
      [raw('map.yaml', 'clusters: {}\n'), /map\.yaml: clusters is not a list/],
      [raw('num.yaml', 'current-context: 5\n'), /num\.yaml: current-context is a number, not a string/],
      [raw('boolname.yaml', 'contexts: [{ name: true, context: {} }]\n'), /contexts\[0\]\.name is a boolean, not a string/],
      [raw('entry.yaml', 'users: [{ name: u, user: [] }]\n'), /users\[0\]\.user is not a mapping/],
    ];
    for (const [file, message] of cases) {
      expect(() => resolveConnection({ env: { KUBECONFIG: `${file}:${good}` } }), file).toThrow(message);
    }
    // an empty file is an empty config; a missing one is skipped
    const empty = raw('empty.yaml', '');
    expect(resolveConnection({ env: { KUBECONFIG: `${empty}:${join(dir, 'missing')}:${good}` } }).server).toBe('https://h');
  });

  it('reads *-data fields and explains what is missing', () => {
    const f = write('data.yaml', {
      'current-context': 'x',
      clusters: [{ name: 'c', cluster: { server: 'https://h', 'certificate-authority-data': Buffer.from(CA).toString('base64') } }],
      users: [{ name: 'u', user: { 'client-certificate-data': client.cert.toString('base64'), 'client-key-data': client.key.toString('base64') } }],
      contexts: [{ name: 'x', context: { cluster: 'c', user: 'u' } }, { name: 'broken', context: { cluster: 'nope', user: 'u' } }],
    });
    const c = resolveConnection({ kubeconfig: f });
    expect([c.ca?.toString(), c.clientCert?.toString(), c.clientKey?.toString()]).toEqual([CA, client.cert.toString(), client.key.toString()]);
    expect(() => resolveConnection({ kubeconfig: f, context: 'other' })).toThrow(/context "other" not found .* \(known: x, broken\)/);
    expect(() => resolveConnection({ kubeconfig: f, context: 'broken' })).toThrow(/cluster "nope", which is not defined/);
    expect(() => resolveConnection({ kubeconfig: join(dir, 'nope.yaml') })).toThrow(KubeconfigError);
    expect(() => resolveConnection({ kubeconfig: f, asGroups: ['g'] })).toThrow(/--as-group needs --as/);
  });

  it('refuses what kubectl would refuse, and what verify would otherwise ignore, naming the field', () => {
    const cfg = (cluster: object, user: object = { token: 't' }): string =>
      write(`bad-${Math.random().toString(36).slice(2)}.yaml`, {
        'current-context': 'x',
        clusters: [{ name: 'c', cluster: { server: 'https://k:6443', ...cluster } }],
        users: [{ name: 'u', user }],
        contexts: [{ name: 'x', context: { cluster: 'c', user: 'u' } }],
      });
    const b64 = Buffer.from(CA).toString('base64');
    // base64 with line breaks is what Go reads too
    expect(resolveConnection({ kubeconfig: cfg({ 'certificate-authority-data': b64.replace(/(.{64})/g, '$1\n') }) }).ca?.toString()).toBe(CA);
    const refused: [string, object, object?][] = [
      ['cluster "c" in .* certificate-authority-data is not valid base64 \\("!" at character 4\\)', { 'certificate-authority-data': 'not!base64' }],
      ['certificate-authority-data is not valid base64 \\(bad length or padding\\)', { 'certificate-authority-data': b64.slice(0, -3) }],
      ['certificate-authority\\(-data\\) holds no PEM certificate', { 'certificate-authority-data': Buffer.from('garbage').toString('base64') }],
      ['certificate-authority\\(-data\\): no certificate in it can be read', { 'certificate-authority-data': Buffer.from('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n').toString('base64') }],
      ['user "u" in .*: the client certificate and key cannot be loaded', {}, { 'client-certificate-data': client.cert.toString('base64'), 'client-key-data': pki.ca.key.toString('base64') }],
      ['user "u" in .* has a client certificate without its key', {}, { 'client-certificate-data': client.cert.toString('base64') }],
      ['user "u" in .* client-key-data is not valid base64', {}, { 'client-certificate-data': client.cert.toString('base64'), 'client-key-data': '%%%%' }],
      ['sets proxy-url "socks4://proxy:1080": kubectl refuses it too \\(unsupported scheme "socks4", must be http, https, or socks5\\)', { 'proxy-url': 'socks4://proxy:1080' }],
      ['sets insecure-skip-tls-verify and a certificate-authority: "specifying a root certificates file with the insecure flag is not allowed"', { 'insecure-skip-tls-verify': true, 'certificate-authority-data': b64 }],
      ['authenticates with auth-provider oidc: Must provide idp-issuer-url \\(kubectl refuses it too\\)', {}, { 'auth-provider': { name: 'oidc', config: { 'id-token': 'x' } } }],
      ['authenticates with auth-provider oidc: Must provide client-id', {}, { 'auth-provider': { name: 'oidc', config: { 'idp-issuer-url': 'https://idp' } } }],
      ['authProvider cannot be provided in combination with an exec plugin', {}, { 'auth-provider': { name: 'oidc', config: { 'idp-issuer-url': 'https://idp', 'client-id': 'k' } }, exec: { apiVersion: 'client.authentication.k8s.io/v1beta1', command: 'x' } }],
      ['authenticates with auth-provider "gcp", which kubectl no longer supports', {}, { 'auth-provider': { name: 'gcp' } }],
      ['cluster "c" in .* sets both certificate-authority-data and certificate-authority, which kubectl refuses', { 'certificate-authority-data': b64, 'certificate-authority': 'ca.crt' }],
      ['user "u" in .* sets both client-certificate-data and client-certificate, which kubectl refuses', {}, { 'client-certificate-data': client.cert.toString('base64'), 'client-certificate': client.certFile, 'client-key-data': client.key.toString('base64') }],
      ['user "u" in .* sets both client-key-data and client-key', {}, { 'client-certificate-data': client.cert.toString('base64'), 'client-key': client.keyFile, 'client-key-data': client.key.toString('base64') }],
      ['sets username/password \\(basic authentication\\)', {}, { username: 'admin', password: 'secret' }],
      ['user "u" in .* sets as-user-extra, which verify does not send', {}, { token: 't', as: 'jane', 'as-user-extra': { scopes: ['x'] } }],
      ['user "u" in .* sets as-uid, which verify does not send', {}, { token: 't', as: 'jane', 'as-uid': '42' }],
    ];
    for (const [message, cluster, user] of refused) {
      expect(() => resolveConnection({ kubeconfig: cfg(cluster, user) }), message).toThrow(KubeconfigError);
      expect(() => resolveConnection({ kubeconfig: cfg(cluster, user) }), message).toThrow(new RegExp(message));
    }
  });

  it('an http:// server gets no credentials, only impersonation, as kubectl sends (IsConfigTransportTLS)', async () => {
    const f = write('plain.yaml', { 'current-context': 'x', clusters: [{ name: 'c', cluster: { server: 'http://127.0.0.1:8001' } }], users: [{ name: 'u', user: { token: 'secret', as: 'jane', exec: { apiVersion: 'client.authentication.k8s.io/v1beta1', command: 'never-run-lp' } } }], contexts: [{ name: 'x', context: { cluster: 'c', user: 'u' } }] });
    const c = resolveConnection({ kubeconfig: f });
    expect((await credentials(c)).headers).toEqual({ 'Impersonate-User': 'jane' });
    expect((await credentials({ ...c, server: 'https://127.0.0.1:6443' })).headers.Authorization).toBe('Bearer secret');
    // a client certificate also keeps the exec plugin from running (exec.go UpdateTransportConfig: HasCertAuth)
    const cert = await credentials({ ...c, server: 'https://127.0.0.1:6443', token: undefined, clientCert: client.cert, clientKey: client.key });
    expect(cert.headers).toEqual({ 'Impersonate-User': 'jane' }); // (the plugin, never-run-lp, would fail: not installed)
  });

  it('auth-provider oidc: the id-token while it is valid (client-go oidc.go), a clear error once it is not', async () => {
    const jwt = (exp: number) => `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'jane', exp })).toString('base64url')}.sig`;
    const kc = (config: object): string => {
      const f = join(dir, `oidc-${Math.random().toString(36).slice(2)}.yaml`);
      writeFileSync(f, stringify({ apiVersion: 'v1', kind: 'Config', 'current-context': 'x', clusters: [{ name: 'c', cluster: { server: 'https://k:6443' } }], users: [{ name: 'jane', user: { 'auth-provider': { name: 'oidc', config: { 'idp-issuer-url': 'https://idp.example', 'client-id': 'kubernetes', ...config } } } }], contexts: [{ name: 'x', context: { cluster: 'c', user: 'jane' } }] }));
      return f;
    };
    const now = Math.floor(Date.now() / 1000);
    const fresh = jwt(now + 3600);
    expect((await credentials(resolveConnection({ kubeconfig: kc({ 'id-token': fresh, 'refresh-token': 'r' }) }))).headers.Authorization).toBe(`Bearer ${fresh}`);
    await expect(credentials(resolveConnection({ kubeconfig: kc({ 'id-token': jwt(now - 60), 'refresh-token': 'r' }) }))).rejects.toThrow(/user "jane" in .* \(auth-provider oidc\): the id-token expired at .*; kubectl would refresh it with the refresh-token .* run any kubectl command with this context first/);
    // within client-go's 10 s expiry delta it is already expired
    await expect(credentials(resolveConnection({ kubeconfig: kc({ 'id-token': jwt(now + 5) }) }))).rejects.toThrow(/expired at .*No valid id-token, and cannot refresh without refresh-token/);
    await expect(credentials(resolveConnection({ kubeconfig: kc({ 'id-token': 'opaque' }) }))).rejects.toThrow(/the id-token is not a valid JWT/);
    await expect(credentials(resolveConnection({ kubeconfig: kc({ 'refresh-token': 'r' }) }))).rejects.toThrow(/has no id-token: kubectl would refresh it/);
  });

  it('falls back to the in-cluster service account', async () => {
    const sa = join(dir, 'sa');
    mkdirSync(sa, { recursive: true });
    writeFileSync(join(sa, 'token'), 'sa-token\n');
    writeFileSync(join(sa, 'ca.crt'), CA);
    const env = { HOME: join(dir, 'nohome'), KUBERNETES_SERVICE_HOST: '10.0.0.1', KUBERNETES_SERVICE_PORT: '443' };
    const c = resolveConnection({ env, serviceAccountDir: sa });
    expect(c).toMatchObject({ server: 'https://10.0.0.1:443', tokenFile: join(sa, 'token') });
    expect(c.ca?.toString()).toBe(CA);
    expect((await credentials(c)).headers.Authorization).toBe('Bearer sa-token');
    expect(() => resolveConnection({ env: { HOME: join(dir, 'nohome') }, serviceAccountDir: sa })).toThrow(/not running in a cluster/);
    // a kubeconfig that chooses no context is an empty config: in a pod, kubectl uses the in-cluster one
    const empty = write('no-context.yaml', { clusters: [{ name: 'c', cluster: { server: 'https://elsewhere' } }] });
    expect(resolveConnection({ env: { ...env, KUBECONFIG: empty }, serviceAccountDir: sa }).server).toBe('https://10.0.0.1:443');
    expect(() => resolveConnection({ env: { HOME: join(dir, 'nohome'), KUBECONFIG: empty }, serviceAccountDir: sa })).toThrow(/no current-context in .*no-context\.yaml; pass --context/);
  });

  it('the namespace kubectl applies namespace-less objects to (client-go clientcmd Namespace())', () => {
    const sa = join(dir, 'sa-ns');
    mkdirSync(sa, { recursive: true });
    writeFileSync(join(sa, 'token'), 't');
    const env = { HOME: join(dir, 'nohome'), KUBERNETES_SERVICE_HOST: '10.0.0.1', KUBERNETES_SERVICE_PORT: '443' };
    expect(resolveConnection({ env, serviceAccountDir: sa }).namespace).toBe('default');
    writeFileSync(join(sa, 'namespace'), 'team\n');
    expect(resolveConnection({ env, serviceAccountDir: sa }).namespace).toBe('team');
    expect(resolveConnection({ env: { ...env, POD_NAMESPACE: 'pods' }, serviceAccountDir: sa }).namespace).toBe('pods');
    const cfg = (ns: string) => `apiVersion: v1\nkind: Config\ncurrent-context: x\nclusters: [{ name: c, cluster: { server: 'https://k:6443' } }]\nusers: [{ name: u, user: { token: t } }]\ncontexts: [{ name: x, context: { cluster: c, user: u${ns} } }]\n`;
    writeFileSync(join(dir, 'ns-set.yaml'), cfg(', namespace: shop'));
    writeFileSync(join(dir, 'ns-unset.yaml'), cfg(''));
    expect(resolveConnection({ kubeconfig: join(dir, 'ns-set.yaml') }).namespace).toBe('shop');
    expect(resolveConnection({ kubeconfig: join(dir, 'ns-unset.yaml') }).namespace).toBe('default');
    // in a pod, a context without a namespace means the pod's (DeferredLoadingClientConfig.Namespace)
    expect(resolveConnection({ kubeconfig: join(dir, 'ns-unset.yaml'), env: { ...env, POD_NAMESPACE: 'runners' }, serviceAccountDir: sa }).namespace).toBe('runners');
    expect(resolveConnection({ kubeconfig: join(dir, 'ns-unset.yaml'), env, serviceAccountDir: sa }).namespace).toBe('team');
    expect(resolveConnection({ kubeconfig: join(dir, 'ns-set.yaml'), env, serviceAccountDir: sa }).namespace).toBe('shop');
    // a namespace no request path can name is the kubeconfig's error, not an internal one later
    writeFileSync(join(dir, 'ns-bad.yaml'), cfg(', namespace: Team'));
    expect(() => resolveConnection({ kubeconfig: join(dir, 'ns-bad.yaml') })).toThrow(/context "x" in .*ns-bad\.yaml: namespace "Team" is not a valid DNS-1123 label/);
    expect(() => resolveConnection({ env: { ...env, POD_NAMESPACE: '../kube-system' }, serviceAccountDir: sa })).toThrow(/POD_NAMESPACE: namespace "\.\.\/kube-system" is not a valid DNS-1123 label/);
  });
});

describe('exec credential plugins', () => {
  function plugin(name: string, body: string): string {
    const f = join(dir, name);
    writeFileSync(f, `#!${process.execPath}\n${body}\n`);
    chmodSync(f, 0o755);
    return f;
  }

  it('runs the plugin with KUBERNETES_EXEC_INFO, caches the credential until it expires, and re-runs after invalidation', async () => {
    const count = join(dir, 'count');
    writeFileSync(count, '');
    const cmd = plugin('cred.js', `
const fs = require('fs');
fs.appendFileSync(${JSON.stringify(count)}, 'x');
const info = JSON.parse(process.env.KUBERNETES_EXEC_INFO);
process.stdout.write(JSON.stringify({ apiVersion: info.apiVersion, kind: 'ExecCredential',
  status: { token: 'tok-' + process.env.EXTRA + '-' + info.spec.interactive + '-' + (info.spec.cluster ? info.spec.cluster.server : 'none'),
            expirationTimestamp: process.argv[2] } }));`);
    const cfg = { apiVersion: 'client.authentication.k8s.io/v1', command: './cred.js', args: ['2100-01-01T00:00:00Z'], env: [{ name: 'EXTRA', value: 'e' }], provideClusterInfo: true, baseDir: dir };
    const a = await getExecCredential(cfg, { server: 'https://s' }, 5000);
    expect(a.token).toBe('tok-e-false-https://s');
    await getExecCredential(cfg, { server: 'https://s' }, 5000);
    expect((await import('node:fs')).readFileSync(count, 'utf8')).toBe('x');
    // expired: a later "now" makes it run again
    await getExecCredential(cfg, { server: 'https://s' }, 5000, () => Date.parse('2100-01-02T00:00:00Z'));
    invalidateExecCredential(cfg, 'https://s');
    await getExecCredential(cfg, { server: 'https://s' }, 5000);
    expect((await import('node:fs')).readFileSync(count, 'utf8')).toBe('xxx');
  });

  it('reports a plugin that is missing, fails, or prints nonsense', async () => {
    const base = { apiVersion: 'client.authentication.k8s.io/v1beta1', args: [], env: [], baseDir: dir };
    await expect(getExecCredential({ ...base, command: 'no-such-plugin-lp' }, { server: 'a' }, 5000)).rejects.toThrow(/no-such-plugin-lp not found/);
    const bad = plugin('bad.js', `process.stderr.write('login required'); process.exit(3);`);
    await expect(getExecCredential({ ...base, command: bad }, { server: 'b' }, 5000)).rejects.toThrow(/exited with 3: login required/);
    const junk = plugin('junk.js', `process.stdout.write(JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1beta1', kind: 'ExecCredential', status: {} }));`);
    await expect(getExecCredential({ ...base, command: junk }, { server: 'c' }, 5000)).rejects.toThrow(/neither a token nor clientCertificateData/);
    for (const out of ['null', '[1]', '"token"']) {
      const odd = plugin(`odd-${out.length}.js`, `process.stdout.write(${JSON.stringify(out)});`);
      await expect(getExecCredential({ ...base, command: odd }, { server: `d${out}` }, 5000)).rejects.toThrow(/printed JSON that is not an ExecCredential object/);
    }
    const notPem = plugin('not-pem.js', `process.stdout.write(JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1beta1', kind: 'ExecCredential', status: { clientCertificateData: 'hello', clientKeyData: 'world' } }));`);
    await expect(getExecCredential({ ...base, command: notPem }, { server: 'g' }, 5000)).rejects.toThrow(/not-pem\.js: its client certificate and key cannot be loaded/);
    const pair = plugin('pair.js', `process.stdout.write(JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1beta1', kind: 'ExecCredential', status: { clientCertificateData: ${JSON.stringify(client.cert.toString())}, clientKeyData: ${JSON.stringify(client.key.toString())} } }));`);
    expect((await getExecCredential({ ...base, command: pair }, { server: 'h' }, 5000)).clientCert?.toString()).toBe(client.cert.toString());
    const nullStatus = plugin('null-status.js', `process.stdout.write(JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1beta1', kind: 'ExecCredential', status: null }));`);
    await expect(getExecCredential({ ...base, command: nullStatus }, { server: 'e' }, 5000)).rejects.toThrow(/neither a token nor clientCertificateData/);
  });

  it('requests in flight together run the plugin once (client-go serialises its Authenticator)', async () => {
    const count = join(dir, 'together-count');
    writeFileSync(count, '');
    const cmd = plugin('slow.js', `require('fs').appendFileSync(${JSON.stringify(count)}, 'x');
setTimeout(() => process.stdout.write(JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1beta1', kind: 'ExecCredential', status: { token: 't' } })), 200);`);
    const cfg = { apiVersion: 'client.authentication.k8s.io/v1beta1', command: cmd, args: [], env: [], baseDir: dir };
    const all = await Promise.all(Array.from({ length: 4 }, () => getExecCredential(cfg, { server: 'together' }, 5000)));
    expect(all.map((c) => c.token)).toEqual(['t', 't', 't', 't']);
    expect((await import('node:fs')).readFileSync(count, 'utf8')).toBe('x');
  });

  it('a missing plugin is reported with the kubeconfig\'s installHint, as kubectl shows it', async () => {
    const cfg = { apiVersion: 'client.authentication.k8s.io/v1beta1', command: 'gke-gcloud-auth-plugin-lp-missing', args: [], env: [], baseDir: dir, installHint: 'Install gke-gcloud-auth-plugin for use with kubectl by following\n  https://cloud.google.com/kubernetes-engine/docs/how-to/cluster-access-for-kubectl#install_plugin' };
    await expect(getExecCredential(cfg, { server: 'hint' }, 5000)).rejects.toThrow('exec plugin gke-gcloud-auth-plugin-lp-missing not found. Install gke-gcloud-auth-plugin for use with kubectl by following https://cloud.google.com/');
  });

  it.skipIf(!existsSync('/usr/bin/script'))('on a terminal, a plugin\'s stderr (a device-code prompt) is shown as it comes, as kubectl gives it its stderr', async () => {
    const { spawnSync } = await import('node:child_process');
    const cmd = plugin('prompt.js', `process.stderr.write('To sign in, enter the code ABCD-1234\\n');
process.stdout.write(JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1beta1', kind: 'ExecCredential', status: { token: 't' } }));`);
    const kc = write('prompt.yaml', { 'current-context': 'x', clusters: [{ name: 'c', cluster: { server: 'https://127.0.0.1:1' } }], users: [{ name: 'u', user: { exec: { apiVersion: 'client.authentication.k8s.io/v1beta1', command: cmd } } }], contexts: [{ name: 'x', context: { cluster: 'c', user: 'u' } }] });
    writeFileSync(join(dir, 'sa.yaml'), 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: a, namespace: default }\n');
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'leastpriv.js');
    const run = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} verify sa.yaml --kubeconfig ${JSON.stringify(kc)} --timeout 2s`;
    const tty = spawnSync('script', ['-qec', run, '/dev/null'], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
    expect(tty.stdout).toContain('To sign in, enter the code ABCD-1234');
    // on a pipe, the report stays the report
    const pipe = spawnSync(process.execPath, [bin, 'verify', 'sa.yaml', '--kubeconfig', kc, '--timeout', '2s'], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
    expect(pipe.stdout + pipe.stderr).not.toContain('ABCD-1234');
    expect(pipe.status).toBe(2);
  });

  it('interactiveMode as kubectl reads it: required for v1, IfAvailable by default for v1beta1, one of three values', () => {
    const kc = (exec: Record<string, unknown>) => {
      const f = join(dir, `exec-${Math.random().toString(36).slice(2)}.yaml`);
      writeFileSync(f, `apiVersion: v1\nkind: Config\ncurrent-context: x\nclusters: [{ name: c, cluster: { server: 'https://k:6443' } }]\nusers: [{ name: u, user: { exec: ${JSON.stringify({ command: 'p', ...exec })} } }]\ncontexts: [{ name: x, context: { cluster: c, user: u } }]\n`);
      return f;
    };
    expect(resolveConnection({ kubeconfig: kc({ apiVersion: 'client.authentication.k8s.io/v1beta1' }) }).exec?.interactiveMode).toBe('IfAvailable');
    expect(resolveConnection({ kubeconfig: kc({ apiVersion: 'client.authentication.k8s.io/v1', interactiveMode: 'Never' }) }).exec?.interactiveMode).toBe('Never');
    expect(() => resolveConnection({ kubeconfig: kc({ apiVersion: 'client.authentication.k8s.io/v1' }) })).toThrow(/user "u" in .*: exec plugin p: interactiveMode must be specified for client\.authentication\.k8s\.io\/v1 \(Never, IfAvailable or Always\), as kubectl requires/);
    expect(() => resolveConnection({ kubeconfig: kc({ apiVersion: 'client.authentication.k8s.io/v1beta1', interactiveMode: 'never' }) })).toThrow(/invalid interactiveMode "never"/);
    expect(() => resolveConnection({ kubeconfig: kc({ apiVersion: 'client.authentication.k8s.io/v1beta1', env: [{ value: 'x' }] }) })).toThrow(/exec plugin p: an env entry has no name, which kubectl refuses too/);
  });

  it('does not run a plugin that needs a terminal (interactiveMode: Always), as kubectl without one', async () => {
    const count = join(dir, 'always-count');
    const cmd = plugin('always.js', `require('fs').appendFileSync(${JSON.stringify(count)}, 'x');`);
    const cfg = { apiVersion: 'client.authentication.k8s.io/v1', command: cmd, args: [], env: [], interactiveMode: 'Always', baseDir: dir };
    await expect(getExecCredential(cfg, { server: 'f' }, 5000)).rejects.toThrow(/interactiveMode: Always, and verify runs plugins without a terminal/);
    expect(existsSync(count)).toBe(false);
  });
});
