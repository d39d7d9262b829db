/**
 * Exec in a container over WebSocket, reading every failure to its cause.
 *
 * Why not @kubernetes/client-node: its 2.x does not load on Node 20, and its 1.x Exec rejects a
 * refused upgrade with an empty ErrorEvent without reading the response body, so a 403 from RBAC
 * shows up as "Unexpected server response: 403" at best (kubernetes-client/javascript #337, #551)
 * and "WebSocket connection failed (empty error)" at worst: the incident. Here an upgrade that is
 * not answered with 101 is read to the end, and the API server's Status message is reported.
 *
 * The upgrade is an HTTP GET, which the API server authorizes as verb "get" on pods/exec (SPDY's
 * POST is authorized as "create"; from 1.35 the AuthorizePodWebsocketUpgradeCreatePermission gate,
 * beta and on by default, adds a "create" check to the WebSocket GET as well — kubernetes/website
 * content/en/docs/reference/command-line-tools-reference/feature-gates/
 * AuthorizePodWebsocketUpgradeCreatePermission.md).
 */
import WebSocket from 'ws';
import type { IncomingMessage } from 'node:http';
import type { Connection } from '../kube/types.ts';
import { credentials, tlsOptions, tunnelOptions, usesExecPlugin, type Credentials } from '../kube/http.ts';
import { dialThroughProxy, tlsThroughProxy } from '../kube/proxy.ts';
import { invalidateExecCredential } from '../kube/exec-plugin.ts';
import { LiveError, fromHttpResponse, fromNetworkError } from '../kube/errors.ts';
import { apiPath, assertSafePath, isDns1123Label, lit, seg } from '../kube/paths.ts';
import { EXEC_PROTOCOLS, STREAM_ERROR, STREAM_STDERR, STREAM_STDOUT, decodeExitStatus, decodeFrame, type ExitStatus } from './protocol.ts';

export interface ExecTarget {
  namespace: string;
  pod: string;
  container?: string;
}

export interface ExecOptions {
  timeoutMs: number;
  /** Output beyond this many bytes per stream is dropped (and flagged). */
  maxOutputBytes?: number;
  /** One WebSocket message larger than this ends the exec with an error (default MAX_WS_MESSAGE_BYTES). */
  maxMessageBytes?: number;
}

export interface ExecResult {
  protocol: string;
  stdout: string;
  stderr: string;
  status: ExitStatus;
  truncated: boolean;
}

/**
 * A failure after the 101 upgrade (no exit status in time, connection closed early): the API
 * server accepted the session, so access itself is proven even though the command's result is
 * unknown.
 */
export class ExecStreamError extends LiveError {
  readonly upgraded = true;
}

function execQuery(container: string | undefined, command: readonly string[]): URLSearchParams {
  if (command.length === 0) throw new LiveError('config', 'exec needs a command');
  const q = new URLSearchParams();
  for (const arg of command) q.append('command', arg);
  if (container) {
    if (!isDns1123Label(container)) throw new LiveError('config', `container name ${JSON.stringify(container.slice(0, 80))} is not a valid DNS-1123 label: no request was sent`);
    q.set('container', container);
  }
  q.set('stdout', 'true');
  q.set('stderr', 'true');
  return q;
}

/** The exec request's path: every segment validated (namespace, pod, container) and percent-encoded. */
export function execPath(target: ExecTarget, command: readonly string[]): string {
  const q = execQuery(target.container, command);
  return apiPath([lit('api'), lit('v1'), lit('namespaces'), seg('namespace', target.namespace, 'DNS-1123 label'), lit('pods'), seg('pod name', target.pod, 'DNS-1123 subdomain'), lit('exec')], q);
}

/** The attach request's path: stdout and stderr only (no stdin, no TTY): a read-only stream. */
export function attachPath(target: ExecTarget): string {
  const q = new URLSearchParams();
  if (target.container) {
    if (!isDns1123Label(target.container)) throw new LiveError('config', `container name ${JSON.stringify(target.container.slice(0, 80))} is not a valid DNS-1123 label: no request was sent`);
    q.set('container', target.container);
  }
  q.set('stdout', 'true');
  q.set('stderr', 'true');
  return apiPath([lit('api'), lit('v1'), lit('namespaces'), seg('namespace', target.namespace, 'DNS-1123 label'), lit('pods'), seg('pod name', target.pod, 'DNS-1123 subdomain'), lit('attach')], q);
}

/**
 * Open a read-only attach stream and close it as soon as the API server has upgraded it (101):
 * the proof of attach access. Nothing is read from or written to the container's process; a
 * refused upgrade rejects with the API server's message, as exec does.
 */
export async function openAttach(conn: Connection, target: ExecTarget, opts: { timeoutMs: number }): Promise<{ protocol: string }> {
  const what = `attach to pod ${target.namespace}/${target.pod}${target.container ? ` container ${target.container}` : ''}`;
  const cred = await credentials(conn);
  const path = attachPath(target);
  assertSafePath(path);
  const url = conn.server.replace(/^http/, 'ws') + path;
  const connect = await connectOptions(conn, cred, url, opts.timeoutMs);
  return new Promise((resolve, reject) => {
    let settled = false;
    const ws = new WebSocket(url, [...EXEC_PROTOCOLS], { headers: cred.headers as Record<string, string>, ...connect, handshakeTimeout: opts.timeoutMs, perMessageDeflate: false, maxPayload: MAX_WS_MESSAGE_BYTES });
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(() => {
      finish(() => reject(new LiveError('timeout', `${what}: no upgrade within ${opts.timeoutMs} ms`, undefined, undefined, what)));
      ws.terminate();
    }, opts.timeoutMs);
    ws.on('open', () => {
      finish(() => resolve({ protocol: ws.protocol }));
      ws.close(1000);
    });
    ws.on('unexpected-response', (req, res) => {
      void readBody(res).then((body) => {
        finish(() => reject(fromHttpResponse(res.statusCode ?? 0, body, what)));
        req.destroy();
      });
    });
    ws.on('error', (e) => {
      finish(() => reject(e instanceof LiveError ? e : tlsThroughProxy(fromNetworkError(e, conn.server), conn.proxy)));
      ws.terminate();
    });
  });
}

/**
 * How the WebSocket connects: directly with the connection's TLS settings, or, with a proxy, over
 * a tunnel opened first (TLS to the API server inside it), as client-go's WebSocket dialer goes
 * through the config's proxy (transport/websocket/roundtripper.go). A proxy's refusal rejects
 * here, before any upgrade: it is never read as the API server's.
 */
async function connectOptions(conn: Connection, cred: Credentials, url: string, timeoutMs: number): Promise<WebSocket.ClientOptions> {
  if (!conn.proxy) return { ...tlsOptions(conn, cred) };
  const socket = await dialThroughProxy(conn.proxy, new URL(url), tlsOptions(conn, cred), tunnelOptions(conn, cred, timeoutMs));
  return { createConnection: () => socket as never };
}

/** The exec path as --dry-run shows it, for every pod the target will have. */
export function execPlanPath(namespace: string, container: string | undefined, command: readonly string[], pod = '<each pod>'): string {
  return `${apiPath([lit('api'), lit('v1'), lit('namespaces'), seg('namespace', namespace, 'DNS-1123 label'), lit('pods')])}/${encodeURIComponent(pod)}/exec?${execQuery(container, command).toString()}`;
}

/** Largest WebSocket message accepted; the connection is closed (1009) on a larger one. */
export const MAX_WS_MESSAGE_BYTES = 4 * 1024 * 1024;

function readBody(res: IncomingMessage, limit = 64 * 1024): Promise<string> {
  return new Promise((ok) => {
    const chunks: Buffer[] = [];
    let size = 0;
    res.on('data', (c: Buffer) => {
      if (size < limit) chunks.push(c);
      size += c.length;
      if (size >= limit) {
        res.destroy();
        ok(Buffer.concat(chunks).toString('utf8'));
      }
    });
    res.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    res.on('error', () => ok(Buffer.concat(chunks).toString('utf8')));
  });
}

/**
 * Run `command` (an argument array, never a shell string) in the target container. A 401 with an
 * exec credential plugin re-runs the plugin once (its credential may have been revoked early).
 */
export async function execInPod(conn: Connection, target: ExecTarget, command: readonly string[], opts: ExecOptions): Promise<ExecResult> {
  try {
    return await execOnce(conn, target, command, opts);
  } catch (err) {
    if (!(err instanceof LiveError && err.kind === 'unauthorized' && usesExecPlugin(conn))) throw err;
    invalidateExecCredential(conn.exec, conn.server);
    return execOnce(conn, target, command, opts);
  }
}

async function execOnce(conn: Connection, target: ExecTarget, command: readonly string[], opts: ExecOptions): Promise<ExecResult> {
  const what = `exec in pod ${target.namespace}/${target.pod}${target.container ? ` container ${target.container}` : ''}`;
  const cred = await credentials(conn);
  const path = execPath(target, command);
  assertSafePath(path);
  const url = conn.server.replace(/^http/, 'ws') + path;
  const max = opts.maxOutputBytes ?? 1 << 20;
  const connect = await connectOptions(conn, cred, url, opts.timeoutMs);
  return new Promise<ExecResult>((resolve, reject) => {
    let settled = false;
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const sizes = { out: 0, err: 0 };
    let truncated = false;
    let status: ExitStatus | undefined;
    let opened = false;
    const ws = new WebSocket(url, [...EXEC_PROTOCOLS], {
      headers: cred.headers as Record<string, string>,
      ...connect,
      handshakeTimeout: opts.timeoutMs,
      perMessageDeflate: false,
      maxPayload: opts.maxMessageBytes ?? MAX_WS_MESSAGE_BYTES,
    });
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const result = (exit: ExitStatus): ExecResult => ({ protocol: ws.protocol, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), status: exit, truncated });
    const timer = setTimeout(() => {
      // The exit status arrived, the close did not: the command ran to its end, and that is its result.
      const exit = status;
      if (exit) finish(() => resolve(result(exit)));
      finish(() =>
        reject(
          opened
            ? new ExecStreamError('timeout', `${what}: no exit status within ${opts.timeoutMs} ms; the command was cut off`, undefined, undefined, what)
            : new LiveError('timeout', `${what}: no answer to the WebSocket upgrade from ${conn.server} within ${opts.timeoutMs} ms; no command ran`, undefined, undefined, what),
        ),
      );
      ws.terminate();
    }, opts.timeoutMs);
    ws.on('unexpected-response', (req, res) => {
      void readBody(res).then((body) => {
        finish(() => reject(fromHttpResponse(res.statusCode ?? 0, body, what)));
        req.destroy();
      });
    });
    ws.on('open', () => {
      opened = true;
    });
    ws.on('error', (e) => {
      const tooBig = (e as NodeJS.ErrnoException).code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH';
      const err = tooBig ? new LiveError('protocol', `${what}: the API server sent a WebSocket message larger than ${opts.maxMessageBytes ?? MAX_WS_MESSAGE_BYTES} bytes; the connection was closed`, undefined, undefined, what) : e instanceof LiveError ? e : tlsThroughProxy(fromNetworkError(e, conn.server), conn.proxy);
      // After the 101 a broken stream (a bad frame, a reset) does not undo the upgrade: the session
      // was granted, which is what exec access asks; only the command's result is unknown.
      finish(() => reject(opened && !(err instanceof ExecStreamError) ? new ExecStreamError(err.kind, tooBig ? err.message : `${what}: after the upgrade, ${err.message}`, undefined, undefined, what) : err));
      ws.terminate();
    });
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      const frame = isBinary ? decodeFrame(data) : undefined;
      if (!frame) return;
      if (frame.channel === STREAM_STDOUT || frame.channel === STREAM_STDERR) {
        const key = frame.channel === STREAM_STDOUT ? 'out' : 'err';
        if (sizes[key] + frame.data.length > max) truncated = true;
        else (key === 'out' ? out : err).push(Buffer.from(frame.data));
        sizes[key] += frame.data.length;
      } else if (frame.channel === STREAM_ERROR) {
        status = decodeExitStatus(frame.data);
      }
    });
    ws.on('close', (code, reason) => {
      finish(() => {
        if (!status) {
          const why = reason.length ? reason.toString() : `close code ${code}`;
          reject(new (opened ? ExecStreamError : LiveError)('reset', `${what}: the connection closed before the exit status arrived (${why})`, undefined, undefined, what));
          return;
        }
        resolve(result(status));
      });
    });
  });
}
