/**
 * Resolve one context of the merged kubeconfig (kubeconfig-load.ts) into a Connection, as kubectl does.
 *
 * - Without a kubeconfig, or one that chooses no context, the in-cluster service account.
 * - Relative paths (certificate-authority, client-certificate, client-key, tokenFile, an exec
 *   command containing a slash) are resolved against the directory of the file that named them.
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { createSecureContext } from 'node:tls';
import { isAbsolute, resolve } from 'node:path';
import { KubeconfigError, asObj, kubeconfigFiles, loadKubeconfig, str, type LoadOptions, type Obj } from './kubeconfig-load.ts';
import type { Connection, ExecPluginConfig } from './types.ts';
import { checkSegment, describeInvalid } from './paths.ts';
import { proxyFromEnvironment } from './proxy.ts';
import { oidcConfig } from './oidc.ts';
import { LiveError } from './errors.ts';

export { KubeconfigError, kubeconfigFiles, loadKubeconfig, type LoadOptions, type MergedKubeconfig } from './kubeconfig-load.ts';

export interface ResolveOptions extends LoadOptions {
  context?: string;
  asUser?: string;
  asGroups?: string[];
  timeoutMs?: number;
  /**
   * -n: overrides the kubeconfig's namespace, which is then neither used nor checked (client-go
   * DirectClientConfig.Namespace returns the override first; kubectl 1.32 `get pods -n shop` works
   * with a context namespace no namespace can have).
   */
  namespace?: string;
}

const SA_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

function readPath(base: string, p: string): Buffer {
  const full = isAbsolute(p) ? p : resolve(base, p);
  try {
    return readFileSync(full);
  } catch (err) {
    throw new KubeconfigError(`cannot read ${full}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

/**
 * A `*-data` field is a Go []byte, which JSON (and so a kubeconfig) holds as standard base64 with
 * padding, line breaks ignored (encoding/json, encoding/base64 StdEncoding): kubectl refuses
 * anything else ("illegal base64 data"). Node's decoder skips what it cannot read, which turned a
 * corrupted CA into "signed by an unknown authority; set certificate-authority-data".
 */
function base64Data(data: string, where: string): Buffer {
  const compact = data.replace(/[\r\n]/g, '');
  const bad = /[^A-Za-z0-9+/=]/.exec(compact);
  if (bad || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) {
    throw new KubeconfigError(`${where} is not valid base64${bad ? ` (${JSON.stringify(bad[0])} at character ${bad.index + 1})` : ' (bad length or padding)'}, so kubectl would refuse it too`);
  }
  return Buffer.from(compact, 'base64');
}

/**
 * A file field or its `-data` twin. Both at once is an error in kubectl ("Error in configuration:
 * client-cert-data and client-cert are both specified for u. client-cert-data will override.",
 * clientcmd validateClusterInfo / validateAuthInfo; kubectl 1.32 refuses the kubeconfig).
 */
function fileOrData(o: Obj, fileKey: string, dataKey: string, base: string, where: string): Buffer | undefined {
  const data = str(o[dataKey]);
  const file = str(o[fileKey]);
  if (data && file) throw new KubeconfigError(`${where} sets both ${dataKey} and ${fileKey}, which kubectl refuses ("${dataKey} and ${fileKey} are both specified"); keep one`);
  if (data) return base64Data(data, `${where} ${dataKey}`);
  return file ? readPath(base, file) : undefined;
}

/**
 * TLS material is checked when the kubeconfig is read, as client-go does when it builds its
 * transport (transport/transport.go rootCertPool: "unable to parse bytes as PEM block", "no valid
 * certificate authority data seen"; tls.X509KeyPair for the client pair). Node would ignore a CA
 * it cannot read (and report the server's certificate as unknown) and throw OpenSSL's words for a
 * client pair at the first request.
 */
function checkCa(ca: Buffer | undefined, where: string): Buffer | undefined {
  if (!ca) return ca;
  const blocks = ca.toString('latin1').match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new KubeconfigError(`${where} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`);
  let error = '';
  for (const b of blocks) {
    try {
      new X509Certificate(b);
      return ca;
    } catch (err) {
      error = (err as Error).message;
    }
  }
  throw new KubeconfigError(`${where}: no certificate in it can be read (${error})`);
}

function checkClientPair(cert: Buffer | undefined, key: Buffer | undefined, where: string): void {
  if (!cert && !key) return;
  if (!cert || !key) throw new KubeconfigError(`${where} has a client ${cert ? 'certificate without its key' : 'key without its certificate'}`);
  try {
    createSecureContext({ cert, key });
  } catch (err) {
    throw new KubeconfigError(`${where}: the client certificate and key cannot be loaded (${(err as Error).message})`);
  }
}

const INTERACTIVE_MODES = new Set(['Never', 'IfAvailable', 'Always']);

function execConfig(o: Obj, baseDir: string, where: string): ExecPluginConfig | undefined {
  const exec = asObj(o.exec);
  const command = str(exec.command);
  if (!command) return undefined;
  const apiVersion = str(exec.apiVersion) ?? '';
  if (!/^client\.authentication\.k8s\.io\/(v1|v1beta1)$/.test(apiVersion)) {
    throw new KubeconfigError(`exec plugin ${command}: unsupported apiVersion "${apiVersion}" (want client.authentication.k8s.io/v1 or v1beta1)`);
  }
  // client-go defaults interactiveMode to IfAvailable for v1beta1 only and refuses a v1 plugin
  // without one, or with another value (clientcmd/api/v1/defaults.go SetDefaults_ExecConfig,
  // clientcmd/validation.go validateAuthInfo).
  const interactiveMode = str(exec.interactiveMode) ?? (apiVersion.endsWith('/v1beta1') ? 'IfAvailable' : undefined);
  if (!interactiveMode || !INTERACTIVE_MODES.has(interactiveMode)) {
    throw new KubeconfigError(`${where}: exec plugin ${command}: ${interactiveMode ? `invalid interactiveMode ${JSON.stringify(interactiveMode)}` : `interactiveMode must be specified for ${apiVersion}`} (Never, IfAvailable or Always), as kubectl requires`);
  }
  const env = (Array.isArray(exec.env) ? exec.env : []).map((e) => ({
    name: String(asObj(e).name ?? ''),
    value: String(asObj(e).value ?? ''),
  }));
  // (clientcmd validateAuthInfo: "env variable name must be specified … to use exec authentication plugin")
  if (env.some((e) => e.name === '')) throw new KubeconfigError(`${where}: exec plugin ${command}: an env entry has no name, which kubectl refuses too`);
  return {
    apiVersion,
    command,
    args: (Array.isArray(exec.args) ? exec.args : []).map(String),
    env,
    interactiveMode,
    provideClusterInfo: exec.provideClusterInfo === true,
    ...(str(exec.installHint) ? { installHint: str(exec.installHint) } : {}),
    baseDir,
  };
}

/** Whether the in-cluster configuration is possible (clientcmd inClusterClientConfig.Possible). */
function inClusterPossible(opts: ResolveOptions): boolean {
  const env = opts.env ?? process.env;
  const token = resolve(opts.serviceAccountDir ?? SA_DIR, 'token');
  return Boolean(env.KUBERNETES_SERVICE_HOST && env.KUBERNETES_SERVICE_PORT && existsSync(token) && !statSync(token).isDirectory());
}

/** inClusterClientConfig.Namespace: POD_NAMESPACE, else the service account's namespace file, else default. */
function inClusterNamespace(opts: ResolveOptions): string {
  const env = opts.env ?? process.env;
  const file = resolve(opts.serviceAccountDir ?? SA_DIR, 'namespace');
  const fromFile = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  return validNamespace(env.POD_NAMESPACE || fromFile || 'default', env.POD_NAMESPACE ? 'POD_NAMESPACE' : file);
}

function inCluster(opts: ResolveOptions): Connection {
  const env = opts.env ?? process.env;
  const host = env.KUBERNETES_SERVICE_HOST;
  const port = env.KUBERNETES_SERVICE_PORT;
  const dir = opts.serviceAccountDir ?? SA_DIR;
  if (!host || !port || !inClusterPossible(opts)) {
    throw new KubeconfigError(
      `no kubeconfig found (${kubeconfigFiles(opts).join(', ')}) and not running in a cluster (KUBERNETES_SERVICE_HOST unset or ${dir}/token missing)`,
    );
  }
  const hostPart = host.includes(':') ? `[${host}]` : host;
  // rest.InClusterConfig sets no Proxy: the transport's default, the environment's, applies.
  const proxy = proxyFor({}, `https://${hostPart}:${port}`, 'the in-cluster configuration', env);
  return {
    ...(proxy ? { proxy } : {}),
    server: `https://${hostPart}:${port}`,
    origin: `in-cluster service account (${dir})`,
    ca: existsSync(resolve(dir, 'ca.crt')) ? checkCa(readFileSync(resolve(dir, 'ca.crt')), resolve(dir, 'ca.crt')) : undefined,
    insecureSkipTLSVerify: false,
    tokenFile: resolve(dir, 'token'), // re-read on each request: projected tokens rotate
    impersonate: impersonation(opts),
    namespace: opts.namespace || inClusterNamespace(opts),
    timeoutMs: opts.timeoutMs ?? 30_000,
  };
}

/**
 * The namespace namespace-less objects are asked about: a request path segment, so a DNS-1123
 * label as the API server requires of namespace names. A typo here ("Team", "a/b") was an internal
 * error with a stack when the first path was built.
 */
function validNamespace(ns: string, where: string): string {
  const bad = checkSegment('namespace', ns, 'DNS-1123 label');
  if (bad) throw new KubeconfigError(`${where}: ${describeInvalid(bad)}, so it names no namespace`);
  return ns;
}

function impersonation(opts: ResolveOptions): Connection['impersonate'] {
  if (!opts.asUser && !opts.asGroups?.length) return undefined;
  if (!opts.asUser) throw new KubeconfigError('--as-group needs --as (as kubectl: impersonating groups requires a user)');
  return { user: opts.asUser, groups: opts.asGroups ?? [] };
}

/** proxy-url takes http, https and socks5 (client-go tools/clientcmd parseProxyURL, run by validateClusterInfo). */
const KUBECONFIG_PROXY_SCHEMES = new Set(['http:', 'https:', 'socks5:']);

/**
 * The proxy kubectl would use for `server`: the cluster's proxy-url for every request (client-go
 * sets rest.Config.Proxy = http.ProxyURL), else the environment's (proxy.ts). A proxy-url kubectl
 * refuses is refused here too, named.
 */
function proxyFor(cluster: Obj, server: string, where: string, env: NodeJS.ProcessEnv): Connection['proxy'] {
  const raw = cluster['proxy-url'];
  if (raw !== undefined && raw !== null && raw !== '') {
    let u: URL | undefined;
    try {
      u = typeof raw === 'string' ? new URL(raw) : undefined;
    } catch {
      u = undefined;
    }
    if (!u || !KUBECONFIG_PROXY_SCHEMES.has(u.protocol) || !u.host) {
      const why = !u ? 'it is not a URL' : KUBECONFIG_PROXY_SCHEMES.has(u.protocol) ? 'it names no host' : `kubectl refuses it too (unsupported scheme ${JSON.stringify(u.protocol.replace(/:$/, ''))}, must be http, https, or socks5)`;
      throw new KubeconfigError(`${where} sets proxy-url ${JSON.stringify(raw)}: ${why}; a proxy-url is http://, https:// or socks5://HOST[:PORT]`);
    }
    return { url: u.href, source: `proxy-url of ${where}`, kubeconfig: true };
  }
  try {
    return proxyFromEnvironment(server, env);
  } catch (err) {
    if (err instanceof LiveError) throw new KubeconfigError(err.message);
    throw err;
  }
}

/**
 * Settings kubectl honours and verify does not: refused with their name, never ignored. Ignoring
 * an auth-provider or username/password sent no credentials, and the API server's 401 then read
 * as if the kubeconfig's credentials had been refused. The oidc auth-provider is honoured (oidc.ts).
 */
function unsupported(user: Obj, inUser: string): Connection['oidc'] {
  const ap = asObj(user['auth-provider']);
  const provider = str(ap.name);
  let oidc: Connection['oidc'];
  if (provider === 'oidc') {
    // client-go refuses both together (clientcmd validateAuthInfo)
    if (str(asObj(user.exec).command)) throw new KubeconfigError(`${inUser}: authProvider cannot be provided in combination with an exec plugin (kubectl refuses it too)`);
    const cfg = oidcConfig(asObj(ap.config), inUser);
    if (typeof cfg === 'string') throw new KubeconfigError(`${inUser} authenticates with auth-provider oidc: ${cfg} (kubectl refuses it too)`);
    oidc = cfg;
  } else if (provider) {
    throw new KubeconfigError(`${inUser} authenticates with auth-provider "${provider}", which kubectl no longer supports (client-go removed the gcp and azure providers in 1.26) and verify does not either; use an exec credential plugin (gke-gcloud-auth-plugin, kubelogin convert-kubeconfig) or a token`);
  }
  // client-go sends these as Impersonate-Uid and Impersonate-Extra-* (transport/round_trippers.go);
  // impersonating without them is another identity than the kubeconfig's.
  for (const key of ['as-uid', 'as-user-extra'] as const) {
    if (user[key] !== undefined && user[key] !== null && user[key] !== '') throw new KubeconfigError(`${inUser} sets ${key}, which verify does not send; impersonating without it would be another identity than kubectl's`);
  }
  if (str(user.username) || str(user.password)) throw new KubeconfigError(`${inUser} sets username/password (basic authentication), which verify does not send (the API server dropped it in Kubernetes 1.19); use a token, a client certificate or an exec credential plugin`);
  return oidc;
}

/** Resolve the chosen (or current) context into a Connection. */
export function resolveConnection(opts: ResolveOptions = {}): Connection {
  const merged = loadKubeconfig(opts);
  if (merged.files.length === 0 && !opts.kubeconfig) return inCluster(opts);
  const ctxName = opts.context ?? merged.currentContext;
  if (!ctxName) {
    // An empty config (no context chosen) falls back to the in-cluster configuration when there
    // is one (clientcmd DeferredLoadingClientConfig.ClientConfig: IsEmptyConfig, then icc.Possible()).
    try {
      return inCluster(opts);
    } catch {
      throw new KubeconfigError(`no current-context in ${merged.files.join(', ')}; pass --context`);
    }
  }
  const ctx = merged.contexts.get(ctxName);
  if (!ctx) {
    const known = [...merged.contexts.keys()].join(', ') || 'none';
    throw new KubeconfigError(`context "${ctxName}" not found in ${merged.files.join(', ')} (known: ${known})`);
  }
  const clusterName = str(ctx.value.cluster);
  const cluster = clusterName ? merged.clusters.get(clusterName) : undefined;
  if (!cluster) throw new KubeconfigError(`context "${ctxName}" names cluster "${clusterName ?? ''}", which is not defined`);
  const server = str(cluster.value.server);
  if (!server) throw new KubeconfigError(`cluster "${clusterName}" has no server`);
  const userName = str(ctx.value.user);
  const user = userName ? merged.users.get(userName) : undefined;
  if (userName && !user) throw new KubeconfigError(`context "${ctxName}" names user "${userName}", which is not defined`);
  const u = user?.value ?? {};
  const ubase = user?.baseDir ?? cluster.baseDir;
  const tokenFile = str(u.tokenFile);
  const clusterWhere = `cluster "${clusterName}" in ${cluster.file}`;
  const userWhere = `user "${userName ?? ''}" in ${user?.file ?? ctx.file}`;
  const oidc = unsupported(u, userWhere);
  const clientCert = fileOrData(u, 'client-certificate', 'client-certificate-data', ubase, userWhere);
  const clientKey = fileOrData(u, 'client-key', 'client-key-data', ubase, userWhere);
  checkClientPair(clientCert, clientKey, userWhere);
  const conn: Connection = {
    server: server.replace(/\/+$/, ''),
    origin: `context "${ctxName}" in ${ctx.file}`,
    // A context without a namespace, in a pod, means the pod's namespace to kubectl: clientcmd
    // DeferredLoadingClientConfig.Namespace falls back to the in-cluster namespace when the
    // kubeconfig's is only the implicit default and the in-cluster configuration is possible.
    namespace: opts.namespace ? opts.namespace : str(ctx.value.namespace) ? validNamespace(str(ctx.value.namespace)!, `context "${ctxName}" in ${ctx.file}`) : inClusterPossible(opts) ? inClusterNamespace(opts) : 'default',
    ca: checkCa(fileOrData(cluster.value, 'certificate-authority', 'certificate-authority-data', cluster.baseDir, clusterWhere), `${clusterWhere} certificate-authority(-data)`),
    insecureSkipTLSVerify: cluster.value['insecure-skip-tls-verify'] === true,
    tlsServerName: str(cluster.value['tls-server-name']),
    clientCert,
    clientKey,
    token: str(u.token),
    tokenFile: tokenFile ? (isAbsolute(tokenFile) ? tokenFile : resolve(ubase, tokenFile)) : undefined,
    exec: execConfig(u, ubase, userWhere),
    ...(oidc ? { oidc } : {}),
    impersonate: impersonation({ asUser: opts.asUser ?? str(u.as), asGroups: opts.asGroups ?? (Array.isArray(u['as-groups']) ? (u['as-groups'] as unknown[]).map(String) : undefined) }),
    timeoutMs: opts.timeoutMs ?? 30_000,
  };
  // client-go transport/transport.go TLSConfigFor refuses the pair; Node would skip the check and
  // silently ignore the CA the kubeconfig names.
  if (conn.insecureSkipTLSVerify && conn.ca) {
    throw new KubeconfigError(`${clusterWhere} sets insecure-skip-tls-verify and a certificate-authority: "specifying a root certificates file with the insecure flag is not allowed" (kubectl); keep one`);
  }
  if (!server.startsWith('https://') && !server.startsWith('http://')) {
    throw new KubeconfigError(`cluster "${clusterName}" server "${server}" is not an http(s) URL`);
  }
  const proxy = proxyFor(cluster.value, conn.server, clusterWhere, opts.env ?? process.env);
  return proxy ? { ...conn, proxy } : conn;
}
