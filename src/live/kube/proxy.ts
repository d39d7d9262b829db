/**
 * Proxies, as kubectl goes through them: the kubeconfig cluster's `proxy-url` (http, https or
 * socks5: client-go tools/clientcmd validateClusterInfo → parseProxyURL, then
 * `rest.Config.Proxy = http.ProxyURL(u)`, used for every request, localhost included), else the
 * environment with Go's http.ProxyFromEnvironment rules (golang.org/x/net/http/httpproxy
 * FromEnvironment and ProxyFunc): HTTPS_PROXY/https_proxy for an https server, HTTP_PROXY/http_proxy
 * for http (upper case first), NO_PROXY/no_proxy exempting hosts, and localhost and loopback
 * addresses never proxied. client-go applies the same proxy to the WebSocket exec connection
 * (transport/websocket/roundtripper.go: the gorilla Dialer's Proxy is the config's proxier).
 *
 * An https server is reached through a tunnel: CONNECT host:port (Proxy-Authorization: Basic from
 * the proxy URL's user and password, as net/http's connectMethod.proxyAuth), or a SOCKS5 CONNECT
 * (RFC 1928, username/password per RFC 1929, the host name sent for the proxy to resolve, as Go's
 * SOCKS dialer does); TLS to the API server then runs inside it with the kubeconfig's CA, client
 * certificate and server name. An http server behind an http(s) proxy gets absolute-form requests,
 * as net/http sends them. An https proxy is itself reached over TLS, verified as net/http verifies
 * it: with the transport's TLS settings (the kubeconfig's CA), named by the proxy's host.
 *
 * Whatever the proxy refuses is a LiveError of kind 'proxy' naming the proxy and where it was
 * configured: a 403 from a proxy is never read as the API server's 403.
 */
import net from 'node:net';
import tls from 'node:tls';
import { domainToASCII } from 'node:url';
import type { Duplex } from 'node:stream';
import type { ProxySetting } from './types.ts';
import { LiveError, fromNetworkError } from './errors.ts';

const DEFAULT_PORT: Record<string, string> = { 'http:': '80', 'https:': '443', 'socks5:': '1080', 'socks5h:': '1080' };
const SCHEMES = new Set(['http:', 'https:', 'socks5:', 'socks5h:']);

/**
 * A proxy address as Go's httpproxy parseProxy reads it: one without a scheme (`proxy:3128`) is
 * an http proxy. undefined when it names no proxy net/http can use; `schemes` restricts further
 * (a kubeconfig's proxy-url takes http, https and socks5 only).
 */
export function parseProxyUrl(text: string, schemes: ReadonlySet<string> = SCHEMES): URL | undefined {
  const parse = (s: string): URL | undefined => {
    try {
      const u = new URL(s);
      return u.host ? u : undefined;
    } catch {
      return undefined;
    }
  };
  const u = parse(text) ?? parse(`http://${text}`);
  return u && schemes.has(u.protocol) ? u : undefined;
}

/** A proxy URL for messages: its password replaced as Go's url.Redacted does. */
export function redactProxy(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = 'xxxxx';
  return u.href.replace(/\/$/, '');
}

export function describeProxy(p: ProxySetting): string {
  return `the proxy ${redactProxy(p.url)} (${p.source})`;
}

/**
 * A TLS failure with the API server inside a proxy's tunnel: the proxy may be intercepting TLS
 * (a corporate proxy re-signing with its own CA), which the kubeconfig's CA rightly refuses; said,
 * with the way out kubectl users take (NO_PROXY for the API server's host).
 */
export function tlsThroughProxy(err: LiveError, proxy: ProxySetting | undefined): LiveError {
  if (!proxy || !err.kind.startsWith('tls')) return err;
  const way = proxy.kubeconfig ? 'connect without it (the cluster\'s proxy-url) or trust its CA in certificate-authority' : 'exempt the API server\'s host with NO_PROXY';
  return new LiveError(err.kind, `${err.message} (through ${describeProxy(proxy)}: if it intercepts TLS, ${way}, as for kubectl)`, err.httpStatus, err.kubeStatus, err.context);
}

/**
 * Is `host` (lower case, no brackets) at `port` exempt from the proxy by NO_PROXY? Entries as
 * httpproxy.Config.init reads them: `*` for all; an IP or CIDR; a domain (`example.com` matches it
 * and its subdomains, `.example.com` and `*.example.com` the subdomains only); each optionally with
 * `:port`.
 */
export function noProxyExempts(host: string, port: string, noProxy: string): boolean {
  const family = net.isIP(host);
  for (const raw of noProxy.split(',')) {
    const p = raw.trim().toLowerCase();
    if (!p) continue;
    if (p === '*') return true;
    const cidr = /^([^/]+)\/(\d{1,3})$/.exec(p);
    if (cidr && net.isIP(cidr[1]!)) {
      const f = net.isIP(cidr[1]!) === 6 ? 'ipv6' : 'ipv4';
      const bits = Number(cidr[2]);
      if (family === 0 || bits > (f === 'ipv6' ? 128 : 32)) continue;
      const list = new net.BlockList();
      list.addSubnet(cidr[1]!, bits, f);
      if (list.check(host, family === 6 ? 'ipv6' : 'ipv4')) return true;
      continue;
    }
    // net.SplitHostPort: host:port, [v6]:port; anything else is a host alone.
    const hp = /^\[([^\]]*)\]:([^:]*)$/.exec(p) ?? /^([^:[\]]*):([^:]*)$/.exec(p);
    let phost = hp ? hp[1]! : p;
    const pport = hp ? hp[2]! : '';
    if (hp && phost === '') continue;
    const portOk = pport === '' || pport === port;
    if (net.isIP(phost)) {
      if (family !== 0 && sameIp(host, phost) && portOk) return true;
      continue;
    }
    if (phost.startsWith('*.')) phost = phost.slice(1);
    const matchHost = !phost.startsWith('.');
    const suffix = '.' + (domainToASCII(matchHost ? phost : phost.slice(1)) || (matchHost ? phost : phost.slice(1)));
    if ((host.endsWith(suffix) || (matchHost && host === suffix.slice(1))) && portOk) return true;
  }
  return false;
}

function sameIp(a: string, b: string): boolean {
  const list = new net.BlockList();
  list.addAddress(b, net.isIP(b) === 6 ? 'ipv6' : 'ipv4');
  return list.check(a, net.isIP(a) === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The proxy the environment names for requests to `server`, as http.ProxyFromEnvironment picks
 * it; undefined when none applies. Throws LiveError('config') for a proxy variable net/http could
 * not use, naming it.
 */
export function proxyFromEnvironment(server: string, env: NodeJS.ProcessEnv): ProxySetting | undefined {
  const u = new URL(server);
  const https = u.protocol === 'https:';
  const names = https ? ['HTTPS_PROXY', 'https_proxy'] : ['HTTP_PROXY', 'http_proxy'];
  const name = names.find((n) => env[n]);
  if (!name) return undefined;
  // (REQUEST_METHOD set: a CGI environment, where net/http refuses HTTP_PROXY; golang.org/s/cgihttpproxy)
  if (!https && env.REQUEST_METHOD) return undefined;
  const host = u.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = u.port || DEFAULT_PORT[u.protocol]!;
  if (host === 'localhost' || isLoopback(host)) return undefined;
  if (noProxyExempts(host, port, env.NO_PROXY || env.no_proxy || '')) return undefined;
  const proxy = parseProxyUrl(env[name]!);
  if (!proxy) throw new LiveError('config', `${name}=${JSON.stringify(env[name])} names no proxy kubectl could use (want http://, https:// or socks5://HOST:PORT)`);
  return { url: proxy.href, source: name };
}

function isLoopback(host: string): boolean {
  const f = net.isIP(host);
  if (f === 0) return false;
  const list = new net.BlockList();
  list.addSubnet('127.0.0.0', 8, 'ipv4');
  list.addAddress('::1', 'ipv6');
  list.addSubnet('::ffff:127.0.0.0', 104, 'ipv6');
  return list.check(host, f === 6 ? 'ipv6' : 'ipv4');
}

/** The proxy URL's user and password, percent-decoded; an invalid escape is refused, as Go's url.Parse refuses it. */
function userinfo(url: URL): { user: string; pass: string } {
  try {
    return { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) };
  } catch {
    throw new LiveError('config', `the proxy URL ${redactProxy(url.href)} has an invalid %-escape in its user or password`);
  }
}

/** Basic credentials from the proxy URL's user information (percent-decoded), as net/http sends them. */
export function proxyAuthorization(url: URL): string | undefined {
  if (!url.username && !url.password) return undefined;
  const { user, pass } = userinfo(url);
  return `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
}

/** Collects a socket's bytes and hands them out by count or up to a delimiter; what is left goes back. */
class Reader {
  private buf = Buffer.alloc(0);
  private waiting?: () => void;
  private failure?: Error;
  private readonly onData = (c: Buffer): void => {
    this.buf = Buffer.concat([this.buf, c]);
    this.waiting?.();
  };
  private readonly onEnd = (): void => {
    this.failure ??= new Error('the proxy closed the connection');
    this.waiting?.();
  };
  private readonly onError = (e: Error): void => {
    this.failure ??= e;
    this.waiting?.();
  };
  constructor(private readonly sock: Duplex) {
    sock.on('data', this.onData);
    sock.on('end', this.onEnd);
    sock.on('close', this.onEnd);
    sock.on('error', this.onError);
  }
  private async until<T>(take: () => T | undefined): Promise<T> {
    for (;;) {
      const v = take();
      if (v !== undefined) return v;
      if (this.failure) throw this.failure;
      await new Promise<void>((ok) => (this.waiting = ok));
      this.waiting = undefined;
    }
  }
  bytes(n: number): Promise<Buffer> {
    return this.until(() => {
      if (this.buf.length < n) return undefined;
      const out = this.buf.subarray(0, n);
      this.buf = this.buf.subarray(n);
      return out;
    });
  }
  /** The response head (through the blank line) and what came after it so far. */
  head(max: number): Promise<{ head: string; body: Buffer }> {
    return this.until(() => {
      const i = this.buf.indexOf('\r\n\r\n');
      if (i === -1) {
        if (this.buf.length > max) throw new Error(`the proxy's answer has no end of headers within ${max} bytes`);
        return undefined;
      }
      const out = { head: this.buf.subarray(0, i).toString('latin1'), body: this.buf.subarray(i + 4) };
      this.buf = Buffer.alloc(0);
      return out;
    });
  }
  /**
   * Stop reading. Nothing may follow the proxy's answer before the client speaks (TLS or the first
   * request), so bytes that did are an error rather than data to replay.
   */
  release(): void {
    this.sock.off('data', this.onData);
    this.sock.off('end', this.onEnd);
    this.sock.off('close', this.onEnd);
    this.sock.off('error', this.onError);
    if (this.buf.length) throw new Error(`it sent ${this.buf.length} byte(s) past its answer, before the tunnel was used`);
  }
}

export interface TunnelOptions {
  /** TLS settings for an https proxy (the transport's: the kubeconfig's CA); servername is set here. */
  proxyTls: tls.ConnectionOptions;
  timeoutMs: number;
}

/** A connection to the proxy itself (TLS for an https proxy), once it is established. */
export function connectToProxy(proxy: ProxySetting, opts: TunnelOptions): Promise<Duplex> {
  const u = new URL(proxy.url);
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const port = Number(u.port || DEFAULT_PORT[u.protocol]);
  const secure = u.protocol === 'https:';
  return new Promise((ok, fail) => {
    const sock = secure
      ? tls.connect({ ...opts.proxyTls, host, port, servername: net.isIP(host) ? undefined : host })
      : net.connect({ host, port });
    const timer = setTimeout(() => sock.destroy(new LiveError('timeout', `connection to ${describeProxy(proxy)} timed out after ${opts.timeoutMs} ms`)), opts.timeoutMs);
    sock.once(secure ? 'secureConnect' : 'connect', () => {
      clearTimeout(timer);
      sock.removeListener('error', onError);
      ok(sock);
    });
    const onError = (e: Error): void => {
      clearTimeout(timer);
      fail(fromNetworkError(e, describeProxy(proxy)));
    };
    sock.once('error', onError);
  });
}

const SOCKS_REPLIES: Record<number, string> = {
  1: 'general SOCKS server failure',
  2: 'connection not allowed by ruleset',
  3: 'network unreachable',
  4: 'host unreachable',
  5: 'connection refused',
  6: 'TTL expired',
  7: 'command not supported',
  8: 'address type not supported',
};

/**
 * A stream to `host:port` through the proxy: an HTTP CONNECT tunnel, or a SOCKS5 CONNECT. Bounded
 * by opts.timeoutMs in all; refusals are LiveError('proxy').
 */
export async function openTunnel(proxy: ProxySetting, host: string, port: number, opts: TunnelOptions): Promise<Duplex> {
  userinfo(new URL(proxy.url)); // (a proxy URL Go would not parse is refused before connecting)
  const sock = await connectToProxy(proxy, opts);
  const who = describeProxy(proxy);
  const target = `${net.isIP(host) === 6 ? `[${host}]` : host}:${port}`;
  const reader = new Reader(sock);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, fail) => {
    timer = setTimeout(() => {
      const e = new LiveError('timeout', `${who} did not open a tunnel to ${target} within ${opts.timeoutMs} ms`);
      sock.destroy();
      fail(e);
    }, opts.timeoutMs);
  });
  try {
    const u = new URL(proxy.url);
    await Promise.race([u.protocol.startsWith('socks5') ? socks5(sock, reader, u, host, port, who, target) : connect(sock, reader, u, target, who), deadline]);
    reader.release();
    return sock;
  } catch (err) {
    sock.destroy();
    if (err instanceof LiveError) throw err;
    throw new LiveError('proxy', `${who} failed while opening a tunnel to ${target}: ${(err as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}

async function connect(sock: Duplex, reader: Reader, u: URL, target: string, who: string): Promise<void> {
  const auth = proxyAuthorization(u);
  sock.write(`CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\nUser-Agent: leastpriv-verify\r\n${auth ? `Proxy-Authorization: ${auth}\r\n` : ''}\r\n`);
  const { head, body } = await reader.head(64 * 1024);
  const m = /^HTTP\/1\.[01] (\d{3})(?: (.*))?$/.exec(head.split('\r\n', 1)[0] ?? '');
  if (!m) throw new LiveError('proxy', `${who} answered CONNECT ${target} with something that is not HTTP (${JSON.stringify(head.slice(0, 80))})`);
  const code = Number(m[1]);
  if (code >= 200 && code < 300) return;
  const text = body.toString('utf8').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
  const hint =
    code === 407
      ? auth
        ? ': it did not accept the user and password of the proxy URL'
        : ': it wants credentials; give them in the proxy URL (http://USER:PASSWORD@HOST:PORT)'
      : '';
  throw new LiveError('proxy', `${who} refused to open a tunnel to ${target}: ${code} ${m[2] ?? ''}`.trimEnd() + hint + (text ? ` (${text})` : '') + '; no request reached the API server', code);
}

async function socks5(sock: Duplex, reader: Reader, u: URL, host: string, port: number, who: string, target: string): Promise<void> {
  const { user, pass } = userinfo(u);
  const withAuth = u.username !== '' || u.password !== '';
  sock.write(Buffer.from(withAuth ? [5, 2, 0, 2] : [5, 1, 0]));
  const [ver, method] = await reader.bytes(2);
  if (ver !== 5) throw new LiveError('proxy', `${who} does not speak SOCKS5 (version byte ${ver})`);
  if (method === 2 && withAuth) {
    const ub = Buffer.from(user);
    const pb = Buffer.from(pass);
    if (ub.length > 255 || pb.length > 255) throw new LiveError('config', `${who}: a SOCKS5 user or password is at most 255 bytes`);
    sock.write(Buffer.concat([Buffer.from([1, ub.length]), ub, Buffer.from([pb.length]), pb]));
    const [, status] = await reader.bytes(2);
    if (status !== 0) throw new LiveError('proxy', `${who} did not accept the user and password of the proxy URL (SOCKS5 status ${status}); no request reached the API server`);
  } else if (method !== 0) {
    throw new LiveError('proxy', `${who} accepts none of the SOCKS5 authentication methods offered (${withAuth ? 'none, username/password' : 'none; give a user and password in the proxy URL if it wants them'}); no request reached the API server`);
  }
  const family = net.isIP(host);
  let addr: Buffer;
  if (family === 4) addr = Buffer.from([1, ...host.split('.').map(Number)]);
  else if (family === 6) addr = Buffer.concat([Buffer.from([4]), ipv6Bytes(host)]);
  else {
    const name = Buffer.from(host);
    if (name.length > 255) throw new LiveError('config', `${who}: the host name ${host.slice(0, 40)}… is too long for SOCKS5`);
    addr = Buffer.concat([Buffer.from([3, name.length]), name]);
  }
  sock.write(Buffer.concat([Buffer.from([5, 1, 0]), addr, Buffer.from([port >> 8, port & 255])]));
  const [v, rep, , atyp] = await reader.bytes(4);
  if (v !== 5) throw new LiveError('proxy', `${who} answered the SOCKS5 CONNECT with version byte ${v}`);
  if (rep !== 0) throw new LiveError('proxy', `${who} refused to connect to ${target}: ${SOCKS_REPLIES[rep!] ?? `SOCKS5 reply ${rep}`}; no request reached the API server`);
  const len = atyp === 1 ? 4 : atyp === 4 ? 16 : atyp === 3 ? (await reader.bytes(1))[0]! : -1;
  if (len < 0) throw new LiveError('proxy', `${who} answered the SOCKS5 CONNECT with address type ${atyp}`);
  await reader.bytes(len + 2);
}

function ipv6Bytes(ip: string): Buffer {
  let s = ip;
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(s);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    s = `${s.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [l = '', r] = s.split('::');
  const left = l ? l.split(':') : [];
  const right = r === undefined || r === '' ? [] : r.split(':');
  const groups = r === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  const out = Buffer.alloc(16);
  groups.forEach((g, i) => out.writeUInt16BE(parseInt(g, 16), i * 2));
  return out;
}

/**
 * The stream a request to `target` is sent on: through the tunnel, TLS to the API server with its
 * own settings (CA, client certificate, tls-server-name or the host) for an https server.
 */
export async function dialThroughProxy(proxy: ProxySetting, target: URL, serverTls: tls.ConnectionOptions, opts: TunnelOptions): Promise<Duplex> {
  const host = target.hostname.replace(/^\[|\]$/g, '');
  const port = Number(target.port || DEFAULT_PORT[target.protocol.replace(/^ws/, 'http')]);
  const tunnel = await openTunnel(proxy, host, port, opts);
  if (target.protocol !== 'https:' && target.protocol !== 'wss:') return tunnel;
  const servername = serverTls.servername ?? (net.isIP(host) ? undefined : host);
  return tls.connect({ ...serverTls, socket: tunnel, host, servername });
}
