/**
 * A loopback HTTPS stand-in for kube-apiserver, for tests. Its state is "these manifests are
 * applied" (option `applied`): their objects are served at their REST paths, every workload gets a
 * running, ready pod with its template's labels (as its controller would make), and their RBAC is
 * what the authorizer evaluates. Authentication by client certificate
 * or bearer token, impersonation, RBAC authorization over real RBAC objects, discovery, GET/LIST
 * of stored objects, SubjectAccessReview and SelfSubjectAccessReview, and pod exec over WebSocket
 * (v5/v4 channel protocols) that runs the command for real in a network-namespace sandbox with
 * the container's capabilities. Denials are 403s with the API server's Status body.
 *
 * Exec authorization follows the API server: the WebSocket upgrade is an HTTP GET and is
 * authorized as "get" on pods/exec; SPDY's POST as "create"; with the 1.35 feature gate
 * AuthorizePodWebsocketUpgradeCreatePermission (option websocketCreateCheck) the GET must also
 * pass "create".
 */
import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { RbacAuthorizer, forbiddenMessage, type Attributes, type UserInfo } from './rbac.ts';
import { discovery, resourceForKind } from './discovery.ts';
import { NetnsSandbox, type ContainerSecurity } from './sandbox.ts';
import { pumpExec, type StreamFaults } from './exec-stream.ts';
import type { TestPki } from './certs.ts';
import { decodeAccessReview, isKubeProtobuf } from './protobuf.ts';
import { podsFromWorkload } from './fixtures.ts';
import { PROTOCOL_V4, PROTOCOL_V5, STREAM_ERROR, STREAM_STDOUT, encodeFrame, exitStatusFor } from '../../../src/live/exec/protocol.ts';

type Obj = Record<string, any>;

export interface TestApiServerOptions {
  pki: TestPki;
  /**
   * Manifests applied to the cluster: served, their RBAC authorizes, each workload gets pods
   * (see `pods`). `rbac` and `objects` add to (or, given alone, replace) what follows from them.
   */
  applied?: Obj[];
  /** Pods made for the applied workloads: running and ready (default), not ready, or none. */
  pods?: 'running' | 'not-ready' | 'none';
  /** RBAC objects the authorizer evaluates (default: those of `applied`). */
  rbac?: Obj[];
  /** Objects served by GET/LIST (pods, workloads, RBAC objects…), besides `applied` and its pods. */
  objects?: Obj[];
  /** gitVersion of /version (default v1.32.0, or v1.35.0 with websocketCreateCheck). */
  version?: string;
  tokens?: Record<string, UserInfo>;
  /** 1.35 AuthorizePodWebsocketUpgradeCreatePermission. */
  websocketCreateCheck?: boolean;
  /** Subprotocols the server accepts, in its order (default v5, v4). */
  protocols?: string[];
  /** Run exec for real in network namespaces (needs root, ip, unshare, setpriv). */
  sandbox?: boolean;
  dns?: { name: string; address: string };
}

export interface LoggedRequest {
  method: string;
  path: string;
  user?: string;
}

function status(code: number, reason: string, message: string, details?: Obj): Obj {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, ...(details ? { details } : {}), code };
}

class HttpError extends Error {
  constructor(readonly body: Obj) {
    super(body.message);
  }
}

const REASONS: Record<number, string> = { 400: 'BadRequest', 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound', 405: 'MethodNotAllowed', 415: 'UnsupportedMediaType' };
const fail = (code: number, message: string, details?: Obj): never => {
  throw new HttpError(status(code, REASONS[code] ?? 'InternalError', message, details));
};

interface ParsedPath extends Attributes {
  collection: boolean;
}

function parseResourcePath(path: string, method: string): ParsedPath | undefined {
  const m = /^\/(?:api\/v1|apis\/([^/]+)\/[^/]+)\/(.*)$/.exec(path);
  if (!m) return undefined;
  const apiGroup = m[1] ?? '';
  const parts = m[2]!.split('/').filter(Boolean).map(decodeURIComponent);
  let namespace: string | undefined;
  if (parts[0] === 'namespaces' && parts.length >= 3) {
    namespace = parts[1];
    parts.splice(0, 2);
  }
  const [resource, name, subresource] = parts;
  if (!resource) return undefined;
  const verb = method === 'POST' ? 'create' : name ? 'get' : 'list';
  return { verb, namespace, apiGroup, resource, name, subresource, collection: !name };
}

export class TestApiServer {
  readonly requests: LoggedRequest[] = [];
  readonly authorizer: RbacAuthorizer;
  faults: StreamFaults = {};
  /** Test hook: answers a request itself when it returns true (a hostile or broken server). */
  intercept?: (path: string, res: ServerResponse) => boolean;
  url = '';
  private server: https.Server;
  private wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, handleProtocols: (p) => this.pickProtocol(p) });
  private sandbox?: NetnsSandbox;
  private podNetns = new Map<string, string>();

  /** Everything served: the applied manifests, their pods, and `objects`. */
  objects: Obj[] = [];

  constructor(readonly opts: TestApiServerOptions) {
    this.authorizer = new RbacAuthorizer([]);
    this.apply(opts.applied ?? [], opts);
    this.server = https.createServer(
      { cert: opts.pki.server.cert, key: opts.pki.server.key, ca: opts.pki.ca.cert, requestCert: true, rejectUnauthorized: false },
      (req, res) => this.handle(req, res),
    );
    this.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => this.upgrade(req, socket, head));
  }

  /**
   * Make the cluster's state "these manifests are applied" (replacing the previous state), as
   * `kubectl apply --prune` and the controllers would: RBAC, objects, and pods for the workloads.
   */
  apply(applied: Obj[], opts: Pick<TestApiServerOptions, 'pods' | 'rbac' | 'objects' | 'version' | 'websocketCreateCheck'> = {}): void {
    const rbacKinds = new Set(['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding']);
    this.authorizer.load(opts.rbac ?? applied.filter((o) => rbacKinds.has(o.kind)));
    const pods = opts.pods === 'none' ? [] : applied.flatMap((o) => podsFor(o, opts.pods === 'not-ready'));
    this.objects = [...applied, ...pods, ...(opts.objects ?? [])];
    Object.assign(this.opts, { version: opts.version, websocketCreateCheck: opts.websocketCreateCheck });
  }

  async start(): Promise<string> {
    if (this.opts.sandbox) {
      this.sandbox = new NetnsSandbox();
      await this.sandbox.start(this.opts.dns ?? { name: 'kubernetes.default.svc.cluster.local', address: '10.96.0.1' });
    }
    await new Promise<void>((ok) => this.server.listen(0, '127.0.0.1', ok));
    this.url = `https://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    for (const c of this.wss.clients) c.terminate();
    this.server.closeAllConnections();
    await new Promise<void>((ok) => this.server.close(() => ok()));
    this.sandbox?.stop();
  }

  /** Kubernetes subject name → the user the server authenticates. */
  private authenticate(req: IncomingMessage): UserInfo {
    const auth = req.headers.authorization;
    let user: UserInfo | undefined;
    if (auth?.startsWith('Bearer ')) {
      user = this.opts.tokens?.[auth.slice(7)];
      if (!user) fail(401, 'Unauthorized');
    } else {
      const sock = req.socket as TLSSocket;
      const cert = sock.authorized ? sock.getPeerCertificate() : undefined;
      if (!cert?.subject?.CN) fail(401, 'Unauthorized');
      const o = cert!.subject.O;
      user = { name: String(cert!.subject.CN), groups: o === undefined ? [] : Array.isArray(o) ? o.map(String) : [String(o)] };
    }
    return this.impersonate(req, { name: user!.name, groups: [...user!.groups, 'system:authenticated'] });
  }

  private impersonate(req: IncomingMessage, requester: UserInfo): UserInfo {
    // Node reads header bytes as latin1; Go's API server takes them as they are (UTF-8 strings).
    const utf8 = (v: string): string => Buffer.from(v, 'latin1').toString('utf8');
    const rawUser = req.headers['impersonate-user'];
    const asUser = typeof rawUser === 'string' ? utf8(rawUser) : undefined;
    const rawGroups = req.headers['impersonate-group'];
    const groups = rawGroups === undefined ? [] : (Array.isArray(rawGroups) ? rawGroups : [rawGroups]).flatMap((g) => utf8(g).split(',').map((s) => s.trim()));
    if (typeof asUser !== 'string') {
      if (groups.length) fail(400, 'requested [Impersonate-Group] without impersonating a user');
      return requester;
    }
    const sa = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(asUser);
    const target: Attributes = sa
      ? { verb: 'impersonate', apiGroup: '', resource: 'serviceaccounts', namespace: sa[1], name: sa[2] }
      : { verb: 'impersonate', apiGroup: '', resource: 'users', name: asUser };
    if (!this.authorizer.authorize(requester, target).allowed) fail(403, forbiddenMessage(requester, target), { name: target.name, kind: target.resource });
    for (const g of groups) {
      const ga: Attributes = { verb: 'impersonate', apiGroup: '', resource: 'groups', name: g };
      if (!this.authorizer.authorize(requester, ga).allowed) fail(403, forbiddenMessage(requester, ga), { name: g, kind: 'groups' });
    }
    // As the API server: a service account gets its groups when none are asked for; every
    // impersonated user is authenticated.
    const extra = sa && groups.length === 0 ? ['system:serviceaccounts', `system:serviceaccounts:${sa[1]}`] : [];
    return { name: asUser, groups: [...new Set([...groups, ...extra, 'system:authenticated'])] };
  }

  private authorize(user: UserInfo, a: Attributes): void {
    if (!this.authorizer.authorize(user, a).allowed) {
      fail(403, forbiddenMessage(user, a), { ...(a.name ? { name: a.name } : {}), kind: a.resource });
    }
  }

  private pickProtocol(offered: Set<string>): string | false {
    const mine = this.opts.protocols ?? [PROTOCOL_V5, PROTOCOL_V4];
    for (const p of offered) if (mine.includes(p)) return p; // client's order, as wsstream's handshake
    return false;
  }

  private find(a: Attributes): Obj | undefined {
    return this.objects.find((o) => {
      const r = resourceForKind(o.kind);
      return r && r.resource === a.resource && r.group === a.apiGroup && o.metadata?.name === a.name && (o.metadata?.namespace ?? undefined) === (r.namespaced ? a.namespace : undefined);
    });
  }

  private list(a: Attributes, selector: string | null): Obj {
    let want: (labels: Record<string, string>) => boolean;
    try {
      want = parseLabelSelector(selector ?? '');
    } catch (err) {
      return fail(400, `unable to parse requirement: ${(err as Error).message}`);
    }
    const items = this.objects.filter((o) => {
      const r = resourceForKind(o.kind);
      if (!r || r.resource !== a.resource || r.group !== a.apiGroup) return false;
      if (a.namespace && o.metadata?.namespace !== a.namespace) return false;
      return want(o.metadata?.labels ?? {});
    });
    const kind = items[0]?.kind ?? 'Object';
    return { kind: `${kind}List`, apiVersion: a.apiGroup ? `${a.apiGroup}/v1` : 'v1', metadata: { resourceVersion: '1' }, items };
  }

  private send(res: ServerResponse, code: number, body: unknown): void {
    res.writeHead(code, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'https://x');
    this.requests.push({ method: req.method ?? '', path: url.pathname + url.search });
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        const user = this.authenticate(req);
        this.requests.at(-1)!.user = user.name;
        if (this.intercept?.(url.pathname, res)) return;
        this.route(req.method ?? 'GET', url, user, Buffer.concat(chunks), req, res);
      } catch (err) {
        if (err instanceof HttpError) this.send(res, err.body.code, err.body);
        else this.send(res, 500, status(500, 'InternalError', String(err)));
      }
    });
  }

  private route(method: string, url: URL, user: UserInfo, body: Buffer, req: IncomingMessage, res: ServerResponse): void {
    const path = url.pathname.replace(/\/+$/, '') || '/';
    if (method === 'GET' && path === '/version') {
      const git = this.opts.version ?? (this.opts.websocketCreateCheck ? 'v1.35.0-leastpriv-test' : 'v1.32.0-leastpriv-test');
      const [, major = '1', minor = '0'] = /^v(\d+)\.(\d+)/.exec(git) ?? [];
      return this.send(res, 200, { major, minor, gitVersion: git });
    }
    if (method === 'GET') {
      const doc = discovery(path, this.url.replace('https://', ''));
      if (doc) return this.send(res, 200, doc);
    }
    const a = parseResourcePath(path, method);
    if (!a) return fail(404, 'the server could not find the requested resource');
    if (a.apiGroup === 'authorization.k8s.io' && method === 'POST') return this.review(a, user, body, req, res);
    if (a.resource === 'pods' && a.subresource && ['exec', 'attach', 'portforward'].includes(a.subresource)) {
      this.authorize(user, a); // GET → get, POST → create (SPDY)
      this.findPod(a);
      if (method === 'POST' && /spdy/i.test(String(req.headers.upgrade ?? ''))) {
        return fail(400, 'this test API server does not implement SPDY streaming; use a WebSocket (v5.channel.k8s.io)');
      }
      return fail(400, 'Upgrade request required');
    }
    if (method !== 'GET') return fail(405, `the server does not allow this method on the requested resource (leastpriv verify is read-only)`);
    this.authorize(user, a);
    if (a.collection) return this.send(res, 200, this.list(a, url.searchParams.get('labelSelector')));
    const obj = this.find(a);
    if (!obj) return fail(404, `${a.resource}${a.apiGroup ? `.${a.apiGroup}` : ''} "${a.name}" not found`, { name: a.name, kind: a.resource });
    this.send(res, 200, obj);
  }

  private review(a: Attributes, user: UserInfo, body: Buffer, req: IncomingMessage, res: ServerResponse): void {
    if (a.resource !== 'subjectaccessreviews' && a.resource !== 'selfsubjectaccessreviews') return fail(404, 'the server could not find the requested resource');
    if (a.resource === 'subjectaccessreviews') this.authorize(user, { ...a, verb: 'create' });
    let review: Obj;
    const type = String(req.headers['content-type'] ?? '');
    if (type.includes('protobuf') && isKubeProtobuf(body)) review = decodeAccessReview(body);
    else if (type.includes('json')) {
      try {
        review = JSON.parse(body.toString('utf8')) as Obj;
      } catch {
        return fail(400, 'request body is not JSON');
      }
    } else return fail(415, `unsupported media type "${type}"`);
    const ra = review.spec?.resourceAttributes;
    if (!ra) return fail(400, 'spec.resourceAttributes is required (nonResourceAttributes are not supported here)');
    const subject: UserInfo =
      a.resource === 'selfsubjectaccessreviews' ? user : { name: review.spec.user ?? '', groups: review.spec.groups ?? [] };
    const d = this.authorizer.authorize(subject, {
      verb: ra.verb ?? '', namespace: ra.namespace || undefined, apiGroup: ra.group ?? '', resource: ra.resource ?? '', subresource: ra.subresource || undefined, name: ra.name || undefined,
    });
    this.send(res, 201, { ...review, metadata: { creationTimestamp: null }, status: { allowed: d.allowed, ...(d.reason ? { reason: d.reason } : {}) } });
  }

  private findPod(a: Attributes): Obj {
    const pod = this.find({ ...a, resource: 'pods', subresource: undefined });
    if (!pod) fail(404, `pods "${a.name}" not found`, { name: a.name, kind: 'pods' });
    return pod!;
  }

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'https://x');
    this.requests.push({ method: `${req.method ?? ''} (upgrade)`, path: url.pathname + url.search });
    const reject = (body: Obj): void => {
      const text = JSON.stringify(body);
      socket.end(`HTTP/1.1 ${body.code} ${REASONS[body.code] ?? 'Error'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`);
    };
    try {
      const user = this.authenticate(req);
      this.requests.at(-1)!.user = user.name;
      const a = parseResourcePath(url.pathname, req.method ?? 'GET');
      if (!a || a.resource !== 'pods' || (a.subresource !== 'exec' && a.subresource !== 'attach')) return reject(status(400, 'BadRequest', 'only pods/exec and pods/attach are served over an upgraded connection here'));
      this.authorize(user, a); // WebSocket GET → get; SPDY POST → create
      if (req.method !== 'GET') {
        this.findPod(a);
        return reject(status(400, 'BadRequest', 'this test API server does not implement SPDY streaming; use a WebSocket (v5.channel.k8s.io)'));
      }
      if (this.opts.websocketCreateCheck && !this.authorizer.authorize(user, { ...a, verb: 'create' }).allowed) {
        // 1.35 ExecREST.Connect → ensureAuthorizedForVerb: apierrors.NewForbidden(pods, NAME,
        // errors.New(reason)), and RBAC gives no reason: `pods "NAME" is forbidden: ` (no verb).
        return reject(status(403, 'Forbidden', `pods "${a.name}" is forbidden: `, { name: a.name, kind: 'pods' }));
      }
      const pod = this.findPod(a);
      const containers: Obj[] = pod.spec?.containers ?? [];
      const cname = url.searchParams.get('container') ?? containers[0]?.name;
      const container = containers.find((c) => c.name === cname);
      if (!container) return reject(status(400, 'BadRequest', `container ${cname ?? ''} is not valid for pod ${a.name}`));
      if (a.subresource === 'attach') {
        // Attached read-only (no stdin): the stream stays open, silent, until the client closes it.
        if (url.searchParams.get('stdin') === 'true') return reject(status(400, 'BadRequest', 'this test API server attaches read-only (stdin=false)'));
        this.wss.handleUpgrade(req, socket, head, () => undefined);
        return;
      }
      const command = url.searchParams.getAll('command');
      if (command.length === 0) return reject(status(400, 'BadRequest', 'you must specify at least 1 command'));
      this.wss.handleUpgrade(req, socket, head, (ws) => {
        if (this.faults.oversizedMessage) {
          ws.send(Buffer.alloc(this.faults.oversizedMessage, 1));
          return;
        }
        const canned = this.faults.output?.[command.join(' ')];
        if (canned !== undefined) {
          ws.send(encodeFrame(STREAM_STDOUT, canned));
          ws.send(encodeFrame(STREAM_ERROR, JSON.stringify(exitStatusFor(0, command))));
          ws.close(1000);
          return;
        }
        if (!this.sandbox) {
          ws.close(1011, 'exec sandbox disabled');
          return;
        }
        const sec: ContainerSecurity = container.securityContext ?? {};
        // An image named *distroless* has no binaries: every command is "not found" (exit 127).
        const child = this.sandbox.spawn(this.netnsFor(pod), sec, command, { noBinaries: /distroless/.test(String(container.image ?? '')) });
        pumpExec(ws, child, command, this.faults);
      });
    } catch (err) {
      reject(err instanceof HttpError ? err.body : status(500, 'InternalError', String(err)));
    }
  }

  private netnsFor(pod: Obj): string {
    if (pod.spec?.hostNetwork) return this.sandbox!.nodeNs;
    const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
    let ns = this.podNetns.get(key);
    if (!ns) {
      ns = this.sandbox!.podNamespace();
      this.podNetns.set(key, ns);
    }
    return ns;
  }
}

const WORKLOAD_KINDS = new Set(['Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet', 'Job']);

/** The pods a controller makes for an applied object (a bare Pod is itself, made running). */
function podsFor(o: Obj, notReady: boolean): Obj[] {
  const ready = (spec: Obj): Obj => ({
    phase: 'Running',
    conditions: [{ type: 'Ready', status: notReady ? 'False' : 'True' }],
    containerStatuses: (spec.containers ?? []).map((c: Obj) => ({ name: c.name, ready: !notReady })),
  });
  if (o.kind === 'Pod') return [{ ...o, metadata: { namespace: 'default', ...o.metadata }, spec: { ...o.spec, nodeName: 'node-1' }, status: ready(o.spec ?? {}) }];
  if (!WORKLOAD_KINDS.has(o.kind) || !o.spec?.template) return [];
  return podsFromWorkload(o, 1).map((p) => ({ ...p, metadata: { ...p.metadata, namespace: p.metadata.namespace ?? 'default' }, status: ready(p.spec) }));
}

/**
 * The API server's label selector syntax (apimachinery pkg/labels/selector.go Parse), written apart
 * from the product's: `k=v`, `k==v`, `k!=v`, `k in (a,b)`, `k notin (a,b)`, `k`, `!k`, ANDed by
 * commas. != and notin match a missing label.
 */
export function parseLabelSelector(text: string): (labels: Record<string, string>) => boolean {
  const terms: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      terms.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur.trim() || terms.length) terms.push(cur);
  const tests = terms.map((raw) => {
    const t = raw.trim();
    let m: RegExpExecArray | null;
    if ((m = /^([^\s!=(),]+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(t))) {
      const [, key, op, list] = m as unknown as [string, string, string, string];
      const vals = list.split(',').map((v) => v.trim()).filter(Boolean);
      if (!vals.length) throw new Error(`${t}: for 'in', 'notin' operators, values set can't be empty`);
      return op === 'in' ? (l: Record<string, string>) => key in l && vals.includes(l[key]!) : (l: Record<string, string>) => !(key in l) || !vals.includes(l[key]!);
    }
    if ((m = /^([^\s!=(),]+)\s*!=\s*([^\s,()]*)$/.exec(t))) {
      const [, key, v] = m as unknown as [string, string, string];
      return (l: Record<string, string>) => !(key in l) || l[key] !== v;
    }
    if ((m = /^([^\s!=(),]+)\s*==?\s*([^\s,()]*)$/.exec(t))) {
      const [, key, v] = m as unknown as [string, string, string];
      return (l: Record<string, string>) => key in l && l[key] === v;
    }
    if ((m = /^!\s*([^\s!=(),]+)$/.exec(t))) {
      const key = m[1]!;
      return (l: Record<string, string>) => !(key in l);
    }
    if ((m = /^([^\s!=(),]+)$/.exec(t))) {
      const key = m[1]!;
      return (l: Record<string, string>) => key in l;
    }
    throw new Error(`"${t}" is not a label selector requirement`);
  });
  return (labels) => tests.every((f) => f(labels));
}
