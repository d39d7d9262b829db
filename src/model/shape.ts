/**
 * Type checks for the fields leastpriv reads, before any rule runs. The API server would reject an
 * object with these wrong types (`verbs: get`, `containers: {}`), so such an object is reported at
 * the offending field; the field is then taken out of the object (src/engine/load.ts) and the rest is
 * audited, so rules can trust the types they read.
 * A hand-written checker rather than a JSON Schema compile: it costs nothing at startup and gives
 * the exact path of each wrong field.
 */
import type { K8sObject } from '../input/types.ts';
import type { ObjPath } from '../engine/types.ts';
import { podSpecPaths, podSpecs } from './workloads.ts';

export type Shape =
  | 'string'
  | 'boolean'
  | 'integer'
  | 'string[]'
  | { object: Record<string, Shape>; open?: true }
  | { array: Shape }
  | { map: Shape };

export interface ShapeError {
  path: ObjPath;
  message: string;
}

const describe = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a mapping' : `${typeof v} ${JSON.stringify(v)}`.slice(0, 60);

const shapeName = (s: Shape): string =>
  typeof s === 'string' ? (s === 'string[]' ? 'a list of strings' : s === 'integer' ? 'an integer' : `a ${s}`) : 'object' in s ? 'a mapping' : 'array' in s ? 'a list' : 'a mapping';

/**
 * A whole-value substitution placeholder (`${PORT}`, `${PORT:=8080}`, `${PORT:-8080}`): Flux's
 * post-build variable substitution and envsubst replace it before the object reaches the API server
 * (https://fluxcd.io/flux/components/kustomize/kustomizations/#post-build-variable-substitution),
 * so it is not a wrong type. Rules, which compare with `true` or numbers, simply see no value.
 */
export const PLACEHOLDER = /^\$\{[A-Za-z_][A-Za-z0-9_]*(?:(?::?[-=+?])[^}]*)?\}$/;

export function check(value: unknown, shape: Shape, path: ObjPath, out: ShapeError[]): void {
  walk(value, shape, [...path], out);
}

/** Each object shape's fields, listed once (check runs on every field of every object). */
const fieldsOf = new WeakMap<Record<string, Shape>, [string, Shape][]>();
const fields = (o: Record<string, Shape>): [string, Shape][] => {
  let f = fieldsOf.get(o);
  if (!f) fieldsOf.set(o, (f = Object.entries(o)));
  return f;
};

/** `path` is the current path, grown and shrunk as the walk goes: it is copied only for an error. */
function walk(value: unknown, shape: Shape, path: (string | number)[], out: ShapeError[]): void {
  if (value === undefined || value === null) return; // absent or null fields are defaults, not errors
  if (typeof value === 'string' && (shape === 'boolean' || shape === 'integer') && PLACEHOLDER.test(value)) return;
  let ok: boolean;
  if (shape === 'string') ok = typeof value === 'string';
  else if (shape === 'boolean') ok = typeof value === 'boolean';
  else if (shape === 'integer') {
    ok = typeof value === 'number' && Number.isInteger(value);
    // Past 2^53 a JavaScript number is not the integer written (kubectl sends that one exactly), and
    // every integer read here is a user or group ID (0 to 2147483647) or a port (up to 65535): the API
    // server refuses such a value (k8s.io/apimachinery util/validation, IsValidUserID, IsValidGroupID,
    // IsValidPortNum). An error at the field, and no rule reads or prints a rounded number.
    if (ok && !Number.isSafeInteger(value)) {
      out.push({ path: path.slice(), message: 'expected an integer Kubernetes accepts here, found one past 2^53 (user and group IDs are 0 to 2147483647, ports 1 to 65535: the API server refuses it, and leastpriv cannot hold it exactly)' });
      return;
    }
  }
  else if (shape === 'string[]') {
    ok = Array.isArray(value);
    if (ok) {
      const list = value as unknown[];
      for (let i = 0; i < list.length; i++) {
        if (typeof list[i] !== 'string') out.push({ path: [...path, i], message: `expected a string, found ${describe(list[i])}` });
      }
    }
  } else if ('array' in shape) {
    ok = Array.isArray(value);
    if (ok) {
      const list = value as unknown[];
      for (let i = 0; i < list.length; i++) {
        path.push(i);
        walk(list[i], shape.array, path, out);
        path.pop();
      }
    }
  } else {
    ok = typeof value === 'object' && !Array.isArray(value);
    if (ok) {
      const rec = value as Record<string, unknown>;
      const each: [string, Shape][] = 'map' in shape ? Object.keys(rec).map((k) => [k, shape.map]) : fields(shape.object);
      for (const [k, s] of each) {
        path.push(k);
        walk(rec[k], s, path, out);
        path.pop();
      }
    }
  }
  if (!ok) out.push({ path: path.slice(), message: `expected ${shapeName(shape)}, found ${describe(value)}` });
}

const capabilities: Shape = { object: { add: 'string[]', drop: 'string[]' } };
const seLinux: Shape = { object: { user: 'string', role: 'string', type: 'string', level: 'string' } };
const profile: Shape = { object: { type: 'string', localhostProfile: 'string' } };
const windows: Shape = { object: { hostProcess: 'boolean', runAsUserName: 'string' } };
const securityContext: Shape = {
  object: {
    privileged: 'boolean',
    allowPrivilegeEscalation: 'boolean',
    readOnlyRootFilesystem: 'boolean',
    runAsNonRoot: 'boolean',
    runAsUser: 'integer',
    runAsGroup: 'integer',
    procMount: 'string',
    capabilities,
    seLinuxOptions: seLinux,
    seccompProfile: profile,
    appArmorProfile: profile,
    windowsOptions: windows,
  },
};
const podSecurityContext: Shape = {
  object: {
    runAsNonRoot: 'boolean',
    runAsUser: 'integer',
    runAsGroup: 'integer',
    fsGroup: 'integer',
    seLinuxOptions: seLinux,
    seccompProfile: profile,
    appArmorProfile: profile,
    windowsOptions: windows,
    sysctls: { array: { object: { name: 'string', value: 'string' } } },
  },
};
const container: Shape = {
  object: {
    name: 'string',
    image: 'string',
    securityContext,
    command: 'string[]',
    args: 'string[]',
    ports: { array: { object: { containerPort: 'integer', hostPort: 'integer', protocol: 'string' } } },
  },
};
export const POD_SPEC: Shape = {
  object: {
    containers: { array: container },
    initContainers: { array: container },
    ephemeralContainers: { array: container },
    hostPID: 'boolean',
    hostIPC: 'boolean',
    hostNetwork: 'boolean',
    hostUsers: 'boolean',
    serviceAccountName: 'string',
    automountServiceAccountToken: 'boolean',
    securityContext: podSecurityContext,
    volumes: { array: { object: { name: 'string', hostPath: { object: { path: 'string', type: 'string' } } } } },
  },
};

const policyRule: Shape = {
  object: { verbs: 'string[]', apiGroups: 'string[]', resources: 'string[]', resourceNames: 'string[]', nonResourceURLs: 'string[]' },
};
const labelSelector: Shape = { object: { matchLabels: { map: 'string' } } };
const RBAC_SHAPES: Record<string, Shape> = {
  Role: { object: { rules: { array: policyRule } } },
  ClusterRole: {
    object: { rules: { array: policyRule }, aggregationRule: { object: { clusterRoleSelectors: { array: labelSelector } } } },
  },
  RoleBinding: {
    object: {
      subjects: { array: { object: { kind: 'string', name: 'string', namespace: 'string', apiGroup: 'string' } } },
      roleRef: { object: { kind: 'string', name: 'string', apiGroup: 'string' } },
    },
  },
};
RBAC_SHAPES.ClusterRoleBinding = RBAC_SHAPES.RoleBinding!;

const METADATA: Shape = {
  object: { name: 'string', namespace: 'string', labels: { map: 'string' }, annotations: { map: 'string' } },
};

/** Type errors in the fields leastpriv reads, as paths into the object. */
/** The fields taken out of each object for a wrong type (engine/load.ts): the API server refuses such an object. */
const DROPPED = new WeakMap<K8sObject, readonly ObjPath[]>();
export const droppedFields = (o: K8sObject): readonly ObjPath[] => DROPPED.get(o) ?? [];
export function markDropped(o: K8sObject, paths: readonly ObjPath[]): void {
  DROPPED.set(o, [...(DROPPED.get(o) ?? []), ...paths]);
}

export function shapeErrors(obj: K8sObject): ShapeError[] {
  const out: ShapeError[] = [];
  check(obj.value.metadata, METADATA, ['metadata'], out);
  if (obj.apiVersion.startsWith('rbac.authorization.k8s.io/')) {
    const s = Object.hasOwn(RBAC_SHAPES, obj.kind) ? RBAC_SHAPES[obj.kind] : undefined; // kind `constructor` is data, not a key of Object.prototype
    if (s) check(obj.value, s, [], out);
  }
  // A list or a scalar where a pod template or spec sits (`spec: [a]`): the pod is not found at all,
  // so say so at the first value on the way that is not a mapping.
  for (const path of podSpecPaths(obj)) {
    let cur: unknown = obj.value;
    for (let i = 0; i < path.length; i++) {
      cur = (cur as Record<string | number, unknown>)[path[i]!];
      if (cur === undefined || cur === null) break;
      // a list where the next step is an index (workerGroupSpecs[0].template), else a mapping
      const list = typeof path[i + 1] === 'number';
      if (typeof cur !== 'object' || Array.isArray(cur) !== list) {
        out.push({ path: path.slice(0, i + 1), message: `expected ${list ? 'a list' : 'a mapping'}, got ${describe(cur)}` });
        break;
      }
    }
  }
  for (const pod of podSpecs(obj)) {
    if (pod.metadataPath) check(pod.metadata, METADATA, pod.metadataPath, out);
    if (pod.synthetic) {
      // Containers and pod-level fields come from several places: check each where it is written.
      for (const c of pod.synthetic.containers) check(c.container, container, c.path, out);
      const fields = (POD_SPEC as { object: Record<string, Shape> }).object;
      for (const [field, path] of Object.entries(pod.synthetic.fields)) {
        const s = fields[field];
        if (s && path) check((pod.spec as unknown as Record<string, unknown>)[field], s, path, out);
      }
    } else check(pod.spec, POD_SPEC, pod.path, out);
  }
  return out;
}
