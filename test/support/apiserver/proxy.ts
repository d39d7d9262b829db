/**
 * Loopback proxies for tests: an HTTP proxy (CONNECT tunnels and absolute-form requests, optionally
 * over TLS, optionally asking for Basic credentials or refusing with 403) and a SOCKS5 proxy
 * (RFC 1928, username/password per RFC 1929). Host names are "resolved" by a map, so that a server
 * URL that only the proxy can reach (https://kubernetes.default.svc:PORT) proves that a request
 * went through it.
 */
import net, { type AddressInfo } from 'node:net';
import tls from 'node:tls';
import http from 'node:http';

export interface ProxyLog {
  method: string;
  target: string;
  authorization?: string;
}

export interface TestProxyOptions {
  /** `user:password` the proxy wants (407 otherwise); for SOCKS5, the RFC 1929 pair. */
  auth?: string;
  /** Refuse every request with 403 (a proxy policy). */
  deny?: boolean;
  /** Serve over TLS (an https proxy). */
  tls?: { cert: Buffer; key: Buffer };
  /** Host names the proxy resolves itself (default: kubernetes.default.svc → 127.0.0.1). */
  hosts?: Record<string, string>;
}

export interface TestProxy {
  url: string;
  port: number;
  log: ProxyLog[];
  close(): Promise<void>;
}

const resolve = (opts: TestProxyOptions, host: string): string => (opts.hosts ?? { 'kubernetes.default.svc': '127.0.0.1' })[host] ?? host;

function listen(server: net.Server, scheme: string, log: ProxyLog[]): Promise<TestProxy> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      ok({
        url: `${scheme}://127.0.0.1:${port}`,
        port,
        log,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    }),
  );
}

export function startHttpProxy(opts: TestProxyOptions = {}): Promise<TestProxy> {
  const log: ProxyLog[] = [];
  const want = opts.auth ? `Basic ${Buffer.from(opts.auth).toString('base64')}` : undefined;
  const refuse = (req: http.IncomingMessage): [number, string] | undefined => {
    if (opts.deny) return [403, 'Forbidden'];
    if (want && req.headers['proxy-authorization'] !== want) return [407, 'Proxy Authentication Required'];
    return undefined;
  };
  const handler = http.createServer((req, res) => {
    // absolute-form: GET http://host:port/path
    log.push({ method: req.method ?? '', target: req.url ?? '', ...(req.headers['proxy-authorization'] ? { authorization: String(req.headers['proxy-authorization']) } : {}) });
    const no = refuse(req);
    if (no) {
      res.writeHead(no[0], no[0] === 407 ? { 'Proxy-Authenticate': 'Basic realm="test"' } : {});
      res.end(`<html><body><h1>${no[1]}</h1>by the test proxy</body></html>`);
      return;
    }
    const u = new URL(req.url ?? '');
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    const up = http.request({ host: resolve(opts, u.hostname), port: u.port || 80, path: u.pathname + u.search, method: req.method, headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', () => res.writeHead(502).end('bad gateway'));
    req.pipe(up);
  });
  handler.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    log.push({ method: 'CONNECT', target: req.url ?? '', ...(req.headers['proxy-authorization'] ? { authorization: String(req.headers['proxy-authorization']) } : {}) });
    const no = refuse(req);
    if (no) {
      const body = `<html><body><h1>${no[1]}</h1>by the test proxy</body></html>`;
      client.end(`HTTP/1.1 ${no[0]} ${no[1]}\r\n${no[0] === 407 ? 'Proxy-Authenticate: Basic realm="test"\r\n' : ''}Content-Type: text/html\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
      return;
    }
    const m = /^\[?([^\]]+)\]?:(\d+)$/.exec(req.url ?? '');
    if (!m) return void client.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    const up = net.connect(Number(m[2]), resolve(opts, m[1]!), () => {
      client.write('HTTP/1.1 200 Connection established\r\n\r\n');
      if (head.length) up.write(head);
      up.pipe(client);
      client.pipe(up);
    });
    up.on('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
    client.on('error', () => up.destroy());
  });
  const server: net.Server = opts.tls ? tls.createServer({ cert: opts.tls.cert, key: opts.tls.key }, (s) => handler.emit('connection', s)) : handler;
  return listen(server, opts.tls ? 'https' : 'http', log);
}

export function startSocksProxy(opts: TestProxyOptions = {}): Promise<TestProxy> {
  const log: ProxyLog[] = [];
  const server = net.createServer((client) => {
    let buf = Buffer.alloc(0);
    let stage: 'hello' | 'auth' | 'request' | 'done' = 'hello';
    client.on('error', () => undefined);
    const step = (): void => {
      if (stage === 'hello') {
        if (buf.length < 2 || buf.length < 2 + buf[1]!) return;
        const methods = [...buf.subarray(2, 2 + buf[1]!)];
        buf = buf.subarray(2 + buf[1]!);
        const method = opts.auth ? 2 : 0;
        if (!methods.includes(method)) return void client.end(Buffer.from([5, 0xff]));
        client.write(Buffer.from([5, method]));
        stage = opts.auth ? 'auth' : 'request';
        return step();
      }
      if (stage === 'auth') {
        if (buf.length < 2) return;
        const ul = buf[1]!;
        if (buf.length < 3 + ul) return;
        const pl = buf[2 + ul]!;
        if (buf.length < 3 + ul + pl) return;
        const given = `${buf.subarray(2, 2 + ul).toString()}:${buf.subarray(3 + ul, 3 + ul + pl).toString()}`;
        buf = buf.subarray(3 + ul + pl);
        if (given !== opts.auth) return void client.end(Buffer.from([1, 1]));
        client.write(Buffer.from([1, 0]));
        stage = 'request';
        return step();
      }
      if (stage === 'request') {
        if (buf.length < 5) return;
        const atyp = buf[3]!;
        const len = atyp === 1 ? 4 : atyp === 4 ? 16 : 1 + buf[4]!;
        if (buf.length < 4 + len + 2) return;
        const host = atyp === 1 ? [...buf.subarray(4, 8)].join('.') : atyp === 3 ? buf.subarray(5, 5 + buf[4]!).toString() : 'ipv6';
        const port = buf.readUInt16BE(4 + len);
        buf = buf.subarray(4 + len + 2);
        stage = 'done';
        log.push({ method: 'SOCKS5 CONNECT', target: `${host}:${port}` });
        const reply = (code: number): Buffer => Buffer.from([5, code, 0, 1, 0, 0, 0, 0, 0, 0]);
        if (opts.deny) return void client.end(reply(2));
        client.pause();
        const up = net.connect(port, resolve(opts, host), () => {
          client.write(reply(0));
          if (buf.length) up.write(buf);
          up.pipe(client);
          client.pipe(up);
          client.resume();
        });
        up.on('error', () => client.end(reply(5)));
      }
    };
    client.on('data', (c: Buffer) => {
      if (stage === 'done') return;
      buf = Buffer.concat([buf, c]);
      step();
    });
  });
  return listen(server, 'socks5', log);
}
