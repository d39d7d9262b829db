/**
 * A thin Kubernetes REST client on node:https: TLS and credentials from a Connection, JSON in and
 * out, and failures as LiveError with the API server's Status message. Read-only by design: the
 * only non-GET request it is used for is creating access reviews (see access/review.ts).
 */
import https from 'node:https';
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import type { Connection } from './types.ts';
import { LiveError, fromHttpResponse, fromNetworkError } from './errors.ts';
import { getExecCredential, invalidateExecCredential } from './exec-plugin.ts';
import { assertSafePath } from './paths.ts';
import { oidcBearer } from './oidc.ts';
import { describeProxy, dialThroughProxy, proxyAuthorization, tlsThroughProxy, type TunnelOptions } from './proxy.ts';
import type { Duplex } from 'node:stream';

export interface TlsOptions {
  ca?: Buffer;
  cert?: Buffer;
  key?: Buffer;
  rejectUnauthorized: boolean;
  servername?: string;
}

export function tlsOptions(conn: Connection, cred?: { clientCert?: Buffer; clientKey?: Buffer }): TlsOptions {
  return {
    ca: conn.ca,
    cert: cred?.clientCert ?? conn.clientCert,
    key: cred?.clientKey ?? conn.clientKey,
    rejectUnauthorized: !conn.insecureSkipTLSVerify,
    // Node checks the certificate against servername when given: this is tls-server-name.
    servername: conn.tlsServerName,
  };
}

export interface Credentials {
  headers: Record<string, string | string[]>;
  clientCert?: Buffer;
  clientKey?: Buffer;
}

/**
 * Authorization and impersonation headers (and an exec plugin's client certificate). To an http://
 * server kubectl sends no credentials at all, only impersonation: clientcmd reads the user's
 * token, certificate, exec plugin and auth-provider "only … if we are secure"
 * (DirectClientConfig.ClientConfig, restclient.IsConfigTransportTLS). A bearer token is never sent
 * in clear text, and no plugin is run for it.
 */
export async function credentials(conn: Connection): Promise<Credentials> {
  const headers: Record<string, string | string[]> = {};
  if (conn.server.startsWith('http://')) conn = { ...conn, token: undefined, tokenFile: undefined, exec: undefined, oidc: undefined, clientCert: undefined, clientKey: undefined };
  let clientCert: Buffer | undefined;
  let clientKey: Buffer | undefined;
  let token = conn.token;
  if (!token && conn.tokenFile) {
    try {
      token = (await readFile(conn.tokenFile, 'utf8')).trim();
    } catch (err) {
      throw new LiveError('credentials', `cannot read tokenFile ${conn.tokenFile}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
  }
  if (!token && conn.oidc) {
    const bearer = oidcBearer(conn.oidc);
    if ('error' in bearer) throw new LiveError('credentials', bearer.error);
    token = bearer.token;
  }
  // A token or a client certificate of the kubeconfig wins over its exec plugin, which then never
  // runs (client-go plugin/pkg/client/auth/exec/exec.go UpdateTransportConfig: HasTokenAuth,
  // HasBasicAuth or HasCertAuth return before installing the plugin).
  if (!token && conn.exec && !conn.clientCert) {
    const cred = await getExecCredential(
      conn.exec,
      {
        server: conn.server,
        'tls-server-name': conn.tlsServerName,
        'insecure-skip-tls-verify': conn.insecureSkipTLSVerify || undefined,
        'certificate-authority-data': conn.ca?.toString('base64'),
        // (client-go ConfigToExecCluster: the config's Proxy, which only proxy-url sets)
        'proxy-url': conn.proxy?.kubeconfig ? conn.proxy.url : undefined,
      },
      conn.timeoutMs,
    ).catch((err: Error) => {
      throw new LiveError('credentials', err.message);
    });
    token = cred.token;
    clientCert = cred.clientCert;
    clientKey = cred.clientKey;
  }
  if (token) headers.Authorization = `Bearer ${tokenValue(token, conn.origin)}`;
  if (conn.impersonate) {
    headers['Impersonate-User'] = headerValue('Impersonate-User', conn.impersonate.user);
    if (conn.impersonate.groups.length) headers['Impersonate-Group'] = conn.impersonate.groups.map((g) => headerValue('Impersonate-Group', g));
  }
  return { headers, clientCert, clientKey };
}

/** Whether requests authenticate with the exec plugin's credential (see credentials). */
export function usesExecPlugin(conn: Connection): conn is Connection & { exec: NonNullable<Connection['exec']> } {
  return conn.exec !== undefined && !conn.token && !conn.tokenFile && !conn.clientCert && !conn.server.startsWith('http://');
}

/** What Go's net/http refuses in a header value: controls but tab (httpguts.ValidHeaderFieldValue). */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;

/**
 * A header value carrying a name from the manifests (a User subject may be any string), sent as
 * kubectl sends it. client-go sets `Impersonate-User` to the user name as it is
 * (transport/round_trippers.go, impersonatingRoundTripper), so Go's net/http writes its UTF-8 bytes;
 * Node writes a header string one byte per character (latin1) and throws on a character above
 * U+00FF, so the UTF-8 bytes are passed as latin1 characters. A control character other than tab
 * cannot be in a header at all (Go's net/http refuses it: golang.org/x/net/http/httpguts
 * ValidHeaderFieldValue), so that identity cannot be impersonated, by kubectl either: a LiveError
 * saying so, never Node's TypeError.
 */
export function headerValue(header: string, value: string): string {
  const bad = CONTROL.exec(value);
  if (bad) {
    throw new LiveError('config', `cannot send ${header} ${JSON.stringify(value)}: it holds the control character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}, which no HTTP header may carry (kubectl --as refuses it too)`);
  }
  return Buffer.from(value, 'utf8').toString('latin1');
}

/** A bearer token as a header value (headerValue), refused without showing it: it is a secret. */
function tokenValue(token: string, origin: string): string {
  const bad = CONTROL.exec(token);
  if (bad) {
    throw new LiveError('credentials', `the bearer token of ${origin} holds the control character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()} at character ${bad.index + 1}, which no HTTP header may carry (a YAML block scalar keeps its line break: write the token on one line)`);
  }
  return Buffer.from(token, 'utf8').toString('latin1');
}

export interface RequestSpec {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  /** Shown in messages: "list pods in debug". */
  what: string;
  /** Response bodies above this many bytes fail the request (default MAX_RESPONSE_BYTES). */
  maxBytes?: number;
}

/** Largest response body read (a list of every pod of a big namespace fits; a hostile stream does not). */
export const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

interface Answer {
  code: number;
  body: string;
  /** Retry-After in whole seconds, when the header holds one. */
  retryAfter?: number;
}

/** How a connection's proxy is reached: the transport's TLS settings, within the request timeout. */
export function tunnelOptions(conn: Connection, cred: Credentials, timeoutMs = conn.timeoutMs): TunnelOptions {
  const { servername: _, ...proxyTls } = tlsOptions(conn, cred);
  return { proxyTls, timeoutMs };
}

/**
 * Where a request goes when the connection has a proxy: an https server (or any, through SOCKS5)
 * over a tunnel; an http server through an http(s) proxy as an absolute-form request to the proxy,
 * as net/http sends it (transport.go: only https targets are tunnelled with CONNECT).
 */
async function proxied(conn: Connection, url: URL, cred: Credentials): Promise<{ socket: Duplex } | { absolute: https.RequestOptions; lib: typeof http | typeof https }> {
  const proxy = new URL(conn.proxy!.url);
  if (url.protocol === 'http:' && (proxy.protocol === 'http:' || proxy.protocol === 'https:')) {
    const auth = proxyAuthorization(proxy);
    const tunnel = tunnelOptions(conn, cred);
    return {
      lib: proxy.protocol === 'https:' ? https : http,
      absolute: {
        host: proxy.hostname.replace(/^\[|\]$/g, ''),
        port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
        path: url.href,
        headers: { Host: url.host, ...(auth ? { 'Proxy-Authorization': auth } : {}) },
        ...(proxy.protocol === 'https:' ? tunnel.proxyTls : {}),
      },
    };
  }
  return { socket: await dialThroughProxy(conn.proxy!, url, tlsOptions(conn, cred), tunnelOptions(conn, cred)) };
}

async function once(conn: Connection, spec: RequestSpec, cred: Credentials): Promise<Answer> {
  assertSafePath(spec.path);
  const url = new URL(conn.server + spec.path);
  const started = Date.now();
  const route = conn.proxy ? await proxied(conn, url, cred) : undefined;
  // The tunnel's time counts against the request's.
  const timeoutMs = Math.max(1, conn.timeoutMs - (Date.now() - started));
  const payload = spec.body === undefined ? undefined : Buffer.from(JSON.stringify(spec.body));
  const headers: Record<string, string | string[] | number> = { Accept: 'application/json', 'User-Agent': 'leastpriv-verify', ...cred.headers };
  if (payload) {
    headers['Content-Type'] = 'application/json';
    headers['Content-Length'] = payload.length;
  }
  const lib = route && 'lib' in route ? route.lib : url.protocol === 'http:' ? http : https;
  const maxBytes = spec.maxBytes ?? MAX_RESPONSE_BYTES;
  return new Promise((ok, fail) => {
    // `timeout` below is the socket's idle time; the deadline bounds the whole request, so a server
    // that trickles a byte now and then cannot hold verify forever.
    const deadline = setTimeout(
      () => req.destroy(new LiveError('timeout', `${spec.what}: no answer from ${conn.server} within ${conn.timeoutMs} ms (the deadline of the whole request)`)),
      timeoutMs,
    );
    const done = <T>(f: (x: T) => void) => (x: T) => {
      clearTimeout(deadline);
      f(x);
    };
    const resolve = done(ok);
    const reject = done(fail);
    // Once the status line is in, a connection that breaks keeps it: a 403 cut off mid-body is
    // still the API server's 403, never "connection reset".
    let answered: { code: number; chunks: Buffer[]; size: number } | undefined;
    const broken = (err: Error): LiveError => {
      if (err instanceof LiveError) return err;
      // (an absolute-form request fails at the proxy when it fails before an answer)
      if (!answered) return route && 'lib' in route ? fromNetworkError(err, describeProxy(conn.proxy!)) : tlsThroughProxy(fromNetworkError(err, conn.server), conn.proxy);
      const partial = Buffer.concat(answered.chunks).toString('utf8');
      const cut = `the connection closed after ${answered.size} byte(s) of the answer (${(err as NodeJS.ErrnoException).code ?? err.message})`;
      if (answered.code < 200 || answered.code >= 300) {
        const e = fromHttpResponse(answered.code, partial, spec.what);
        return new LiveError(e.kind, `${e.message} [${cut}]`, e.httpStatus, e.kubeStatus, e.context);
      }
      return new LiveError('reset', `${spec.what}: HTTP ${answered.code} from ${conn.server}, then ${cut}`, answered.code);
    };
    const common = { method: spec.method, timeout: timeoutMs };
    const onResponse = (res: http.IncomingMessage): void => {
      const chunks: Buffer[] = [];
      let size = 0;
      answered = { code: res.statusCode ?? 0, chunks, size };
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > maxBytes) {
          req.destroy(new LiveError('protocol', `${spec.what}: the answer from ${conn.server} is larger than ${maxBytes} bytes; not read further`));
          return;
        }
        chunks.push(c);
        answered!.size = size;
      });
      const after = /^\d+$/.test(String(res.headers['retry-after'] ?? '').trim()) ? Number(String(res.headers['retry-after']).trim()) : undefined;
      res.on('end', () => resolve({ code: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ...(after !== undefined ? { retryAfter: after } : {}) }));
      res.on('error', (err) => reject(broken(err)));
    };
    const req = !route
      ? lib.request(url, { ...common, headers, agent: false, ...tlsOptions(conn, cred) }, onResponse)
      : 'socket' in route
        ? lib.request(url, { ...common, headers, createConnection: () => route.socket as never }, onResponse)
        : lib.request({ ...route.absolute, ...common, headers: { ...headers, ...route.absolute.headers }, agent: false }, onResponse);
    req.on('timeout', () => req.destroy(new LiveError('timeout', `${spec.what}: no answer from ${conn.server} within ${conn.timeoutMs} ms`)));
    req.on('error', (err) => reject(broken(err)));
    req.end(payload);
  });
}

/** Retries client-go makes when the server asks for them (rest/request.go maxRetries). */
export const MAX_RETRIES = 10;

/**
 * One JSON request, as client-go makes it: a 401 with an exec plugin re-runs the plugin once; a 429
 * or 5xx with a Retry-After of whole seconds is retried after that wait, up to MAX_RETRIES times
 * (rest/with_retry.go checkWait and retryAfterSeconds: API Priority and Fairness answers a busy
 * flow with 429 and Retry-After). Unlike client-go the waits are bounded, in all, by the request
 * timeout: a server asking for an hour is answered with its 429, not waited for.
 */
export async function requestJson<T>(conn: Connection, spec: RequestSpec, sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))): Promise<T> {
  let res = await once(conn, spec, await credentials(conn));
  if (res.code === 401 && usesExecPlugin(conn)) {
    invalidateExecCredential(conn.exec, conn.server);
    res = await once(conn, spec, await credentials(conn));
  }
  let waited = 0;
  for (let retries = 0; (res.code === 429 || res.code >= 500) && res.retryAfter !== undefined && retries < MAX_RETRIES; retries++) {
    const ms = res.retryAfter * 1000;
    if (waited + ms > conn.timeoutMs) {
      const e = fromHttpResponse(res.code, res.body, spec.what);
      throw new LiveError(e.kind, `${e.message} (the server asked to retry after ${res.retryAfter} s; with ${waited / 1000} s waited already, that is past the ${conn.timeoutMs / 1000} s timeout)`, e.httpStatus, e.kubeStatus, e.context);
    }
    await sleep(ms);
    waited += ms;
    res = await once(conn, spec, await credentials(conn));
  }
  if (res.code < 200 || res.code >= 300) throw fromHttpResponse(res.code, res.body, spec.what);
  let body: unknown;
  try {
    body = JSON.parse(res.body);
  } catch {
    throw new LiveError('protocol', `${spec.what}: the answer is not JSON (${res.body.slice(0, 200)})`, res.code);
  }
  // Every answer of the Kubernetes API is an object (an object, a list, a Status); a server or a
  // proxy answering null, an array or a number would otherwise fail later as a TypeError.
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new LiveError('protocol', `${spec.what}: the answer is JSON but not an object (${res.body.slice(0, 200)})`, res.code);
  }
  return body as T;
}
