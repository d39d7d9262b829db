/**
 * Exec credential plugins (how EKS, GKE, AKS and kubelogin authenticate).
 *
 * Protocol, per the Kubernetes "Client Authentication (v1 / v1beta1)" reference
 * (kubernetes.io/docs/reference/config-api/client-authentication.v1beta1/): the client runs the
 * command with KUBERNETES_EXEC_INFO set to an ExecCredential whose spec says whether the session is
 * interactive (never, here) and, with provideClusterInfo, the cluster; the plugin prints an
 * ExecCredential whose status holds a token or a client certificate/key, optionally with an
 * expirationTimestamp. The credential is cached until it expires; a 401 drops the cache.
 */
import { spawn } from 'node:child_process';
import { createSecureContext } from 'node:tls';
import { isAbsolute, resolve } from 'node:path';
import type { ExecPluginConfig } from './types.ts';

export interface ExecCredentialResult {
  token?: string;
  clientCert?: Buffer;
  clientKey?: Buffer;
  /** ms since epoch; undefined = no expiry given (cached for the process lifetime). */
  expiresAt?: number;
}

export class ExecPluginError extends Error {
  override name = 'ExecPluginError';
}

const cache = new Map<string, ExecCredentialResult>();
const inflight = new Map<string, Promise<ExecCredentialResult>>();

function cacheKey(cfg: ExecPluginConfig, server: string): string {
  return JSON.stringify([cfg.command, cfg.args, cfg.env, cfg.apiVersion, server]);
}

export function invalidateExecCredential(cfg: ExecPluginConfig, server: string): void {
  cache.delete(cacheKey(cfg, server));
}

function resolveCommand(cfg: ExecPluginConfig): string {
  // A bare name is looked up on PATH; a path with a slash is relative to the kubeconfig (as kubectl).
  return cfg.command.includes('/') && !isAbsolute(cfg.command) ? resolve(cfg.baseDir, cfg.command) : cfg.command;
}

function parseCredential(cfg: ExecPluginConfig, stdout: string): ExecCredentialResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    throw new ExecPluginError(`exec plugin ${cfg.command} printed no valid ExecCredential JSON`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ExecPluginError(`exec plugin ${cfg.command} printed JSON that is not an ExecCredential object (${stdout.trim().slice(0, 40)})`);
  }
  const obj = parsed as Record<string, unknown>;
  if (obj.kind !== 'ExecCredential') throw new ExecPluginError(`exec plugin ${cfg.command} printed kind "${String(obj.kind)}", want ExecCredential`);
  if (obj.apiVersion !== cfg.apiVersion) {
    throw new ExecPluginError(`exec plugin ${cfg.command} answered ${String(obj.apiVersion)}, but the kubeconfig asked for ${cfg.apiVersion}`);
  }
  const status = (obj.status !== null && typeof obj.status === 'object' ? obj.status : {}) as Record<string, unknown>;
  const token = typeof status.token === 'string' && status.token !== '' ? status.token : undefined;
  const cert = typeof status.clientCertificateData === 'string' ? status.clientCertificateData : undefined;
  const key = typeof status.clientKeyData === 'string' ? status.clientKeyData : undefined;
  if (!token && !(cert && key)) {
    throw new ExecPluginError(`exec plugin ${cfg.command}: status has neither a token nor clientCertificateData + clientKeyData`);
  }
  if ((cert && !key) || (key && !cert)) throw new ExecPluginError(`exec plugin ${cfg.command}: a client certificate needs both certificate and key`);
  if (cert && key && !token) {
    // client-go: tls.X509KeyPair, "failed parsing client key/certificate" (plugin/pkg/client/auth/exec/exec.go);
    // unchecked, OpenSSL's "PEM routines::no start line" surfaced at the first request, plugin unnamed.
    try {
      createSecureContext({ cert, key });
    } catch (err) {
      throw new ExecPluginError(`exec plugin ${cfg.command}: its client certificate and key cannot be loaded (${(err as Error).message})`);
    }
  }
  const exp = typeof status.expirationTimestamp === 'string' ? Date.parse(status.expirationTimestamp) : undefined;
  return {
    token,
    clientCert: cert ? Buffer.from(cert) : undefined,
    clientKey: key ? Buffer.from(key) : undefined,
    expiresAt: exp !== undefined && !Number.isNaN(exp) ? exp : undefined,
  };
}

export interface ClusterInfo {
  server: string;
  'tls-server-name'?: string;
  'insecure-skip-tls-verify'?: boolean;
  'certificate-authority-data'?: string;
  'proxy-url'?: string;
}

export async function getExecCredential(
  cfg: ExecPluginConfig,
  cluster: ClusterInfo,
  timeoutMs: number,
  now: () => number = Date.now,
): Promise<ExecCredentialResult> {
  // client-go runs an `Always` plugin only with a terminal on stdin ("exec plugin cannot support
  // interactive mode: standard input is not a terminal", plugin/pkg/client/auth/exec/exec.go);
  // verify never gives a plugin stdin, so such a plugin would wait for a login that cannot come.
  if (cfg.interactiveMode === 'Always') {
    throw new ExecPluginError(`exec plugin ${cfg.command} has interactiveMode: Always, and verify runs plugins without a terminal (as kubectl in CI: "exec plugin cannot support interactive mode"); log in first, or set interactiveMode: IfAvailable or Never`);
  }
  const key = cacheKey(cfg, cluster.server);
  const hit = cache.get(key);
  if (hit && (hit.expiresAt === undefined || hit.expiresAt > now())) return hit;
  // Requests in flight together wait for one run of the plugin, as client-go's Authenticator
  // serialises them (plugin/pkg/client/auth/exec/exec.go, a.mu): a login helper is never started
  // once per request.
  const running = inflight.get(key);
  if (running) return running;
  const run = runOnce(cfg, cluster, timeoutMs, key).finally(() => inflight.delete(key));
  inflight.set(key, run);
  return run;
}

async function runOnce(cfg: ExecPluginConfig, cluster: ClusterInfo, timeoutMs: number, key: string): Promise<ExecCredentialResult> {
  const spec: Record<string, unknown> = { interactive: false };
  if (cfg.provideClusterInfo) spec.cluster = cluster;
  const execInfo = JSON.stringify({ apiVersion: cfg.apiVersion, kind: 'ExecCredential', spec });
  const env: NodeJS.ProcessEnv = { ...process.env, KUBERNETES_EXEC_INFO: execInfo };
  for (const e of cfg.env) env[e.name] = e.value;
  const command = resolveCommand(cfg);
  const stdout = await runPlugin(command, cfg.args, env, timeoutMs, cfg.installHint);
  const cred = parseCredential(cfg, stdout);
  cache.set(key, cred);
  return cred;
}

/** Largest ExecCredential read from a plugin's stdout. */
const MAX_PLUGIN_OUTPUT = 1 << 20;

/**
 * Runs the plugin (an argument array, no shell) in a process group of its own, so that on timeout
 * the whole tree is killed: a plugin is often a script that starts a helper (a browser login, a
 * cloud CLI), and killing only the script would leave the helper holding stdout open, and verify
 * waiting for it. Done when the plugin has exited and its stdout is closed, or at the deadline.
 */
function runPlugin(command: string, args: readonly string[], env: NodeJS.ProcessEnv, timeoutMs: number, installHint?: string): Promise<string> {
  return new Promise((ok, fail) => {
    const group = process.platform !== 'win32';
    const child = spawn(command, [...args], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: group, windowsHide: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outSize = 0;
    let errSize = 0;
    let settled = false;
    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    let closed = false;
    const killTree = (): void => {
      try {
        if (group && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
    };
    const settle = (e: Error | undefined): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (e) fail(e);
      else ok(Buffer.concat(out).toString('utf8'));
    };
    const stderrText = (): string => {
      const t = Buffer.concat(err).toString('utf8').trim();
      return t ? `: ${t.slice(0, 500)}` : '';
    };
    const timer = setTimeout(() => {
      killTree();
      // kubectl waits for a plugin as long as it takes (a browser login, a device code); verify
      // bounds it by --timeout, so it says which knob, and that logging in first avoids the wait.
      settle(new ExecPluginError(`exec plugin ${command} timed out after ${timeoutMs} ms (it and every process it started were killed; a plugin waiting for a login needs it done first, e.g. by any kubectl command, or a longer --timeout)${stderrText()}`));
    }, timeoutMs);
    const maybeDone = (): void => {
      if (!exit || !closed) return;
      // Helpers the plugin left behind in its group are not ours to keep running.
      killTree();
      if (exit.code === 0) settle(undefined);
      else settle(new ExecPluginError(`exec plugin ${command} ${exit.signal ? `was killed by ${exit.signal}` : `exited with ${String(exit.code)}`}${stderrText()}`));
    };
    child.stdout.on('data', (c: Buffer) => {
      outSize += c.length;
      if (outSize > MAX_PLUGIN_OUTPUT) {
        killTree();
        settle(new ExecPluginError(`exec plugin ${command} printed more than ${MAX_PLUGIN_OUTPUT} bytes; it was killed`));
      } else out.push(c);
    });
    child.stderr.on('data', (c: Buffer) => {
      if (errSize < 64 * 1024) err.push(c);
      errSize += c.length;
      // kubectl gives a plugin its own stderr (exec.go: cmd.Stderr = os.Stderr), where a login
      // helper says what to do (a device code, a browser URL): shown as it comes on a terminal;
      // kept for the error message either way, so a report on a pipe stays the report.
      if (process.stderr.isTTY) process.stderr.write(c);
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      killTree();
      // (client-go adds the kubeconfig's installHint to "executable not found": exec.go)
      const hint = e.code === 'ENOENT' && installHint ? `. ${installHint.trim().replace(/\s+/g, ' ')}` : '';
      settle(new ExecPluginError(`exec plugin ${command} ${e.code === 'ENOENT' ? 'not found' : `could not be started (${e.code ?? e.message})`}${hint}`));
    });
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      maybeDone();
    });
    child.stdout.on('close', () => {
      closed = true;
      maybeDone();
    });
  });
}
