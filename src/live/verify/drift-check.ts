/**
 * Drift: GET the live copy of each audited object and compare the fields that decide privilege.
 * Only GETs; the comparison is on normalised values (order of list items ignored, defaults
 * applied) so that the API server's own defaulting is not reported as drift.
 */
import type { Finding, ObjPath } from '../../engine/types.ts';
import type { K8sObject } from '../../input/types.ts';
import type { Connection } from '../kube/types.ts';
import { LiveError } from '../kube/errors.ts';
import { requestJson } from '../kube/http.ts';
import { containers, get, groupOf, podSpecs } from '../../model/workloads.ts';
import { objectLabel } from '../../model/describe.ts';
import { liveFinding } from './findings.ts';
import { drift } from './live-rules.ts';
import { mapLimit } from './limit.ts';
import { apiPath, groupVersionSegments, lit, nameSyntax, seg } from '../kube/paths.ts';

const PLURAL: Record<string, string> = {
  ClusterRole: 'clusterroles', Role: 'roles', ClusterRoleBinding: 'clusterrolebindings', RoleBinding: 'rolebindings',
  ServiceAccount: 'serviceaccounts', Pod: 'pods', DaemonSet: 'daemonsets', Deployment: 'deployments', StatefulSet: 'statefulsets',
  ReplicaSet: 'replicasets', Job: 'jobs', CronJob: 'cronjobs',
};
const CLUSTER_SCOPED = new Set(['ClusterRole', 'ClusterRoleBinding']);
/**
 * The API group of each kind above: a custom resource may reuse a built-in kind's name (Crossplane's
 * cluster-scoped iam.aws.upbound.io `Role`, Talos's talos.dev `ServiceAccount`), and is then not
 * the object verify compares.
 */
const GROUP: Record<string, string> = {
  ClusterRole: 'rbac.authorization.k8s.io', Role: 'rbac.authorization.k8s.io', ClusterRoleBinding: 'rbac.authorization.k8s.io', RoleBinding: 'rbac.authorization.k8s.io',
  ServiceAccount: '', Pod: '', DaemonSet: 'apps', Deployment: 'apps', StatefulSet: 'apps', ReplicaSet: 'apps', Job: 'batch', CronJob: 'batch',
};

/** Kinds verify knows that have no namespace. */
export const clusterScoped = (kind: string): boolean => CLUSTER_SCOPED.has(kind);

/** Whether verify compares this object's kind with its live copy (the built-in kind, not a custom resource of that name). */
export const comparesKind = (o: Pick<K8sObject, 'kind' | 'apiVersion'>): boolean => o.kind in PLURAL && groupOf(o.apiVersion) === GROUP[o.kind];

/**
 * The GET path of an object's live copy, or undefined for kinds verify does not compare. Every
 * segment is validated and percent-encoded (../kube/paths.ts): an identity Kubernetes would refuse
 * throws instead of becoming a request.
 */
export function livePath(o: K8sObject): string | undefined {
  const plural = PLURAL[o.kind];
  if (!plural || !o.name || !comparesKind(o)) return undefined;
  const ns = CLUSTER_SCOPED.has(o.kind) ? [] : [lit('namespaces'), seg('namespace', o.namespace ?? 'default', 'DNS-1123 label')];
  return apiPath([...groupVersionSegments(o.apiVersion), ...ns, lit(plural), seg('name', o.name, nameSyntax(o.kind))]);
}

type Val = unknown;
const sortedList = (v: Val): string[] => (Array.isArray(v) ? v.map(String).sort() : []);
const canon = (v: Val): string => JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x));

function normRule(r: Val): string {
  const o = (r ?? {}) as Record<string, Val>;
  return canon({ apiGroups: sortedList(o.apiGroups), resources: sortedList(o.resources), verbs: sortedList(o.verbs), resourceNames: sortedList(o.resourceNames), nonResourceURLs: sortedList(o.nonResourceURLs) });
}

interface Diff {
  path: ObjPath;
  field: string;
  live: string;
  declared: string;
}

function compareRbac(o: K8sObject, live: Record<string, Val>): Diff[] {
  const diffs: Diff[] = [];
  if (o.kind === 'Role' || o.kind === 'ClusterRole') {
    const mine = Array.isArray(o.value.rules) ? o.value.rules : [];
    const theirs = Array.isArray(live.rules) ? live.rules : [];
    const max = Math.max(mine.length, theirs.length);
    for (let i = 0; i < max; i++) {
      const a = i < mine.length ? normRule(mine[i]) : 'absent';
      const b = i < theirs.length ? normRule(theirs[i]) : 'absent';
      if (a !== b) diffs.push({ path: i < mine.length ? ['rules', i] : ['rules'], field: `rule ${i}`, live: b, declared: a });
    }
  } else {
    const ref = (v: Val) => canon({ kind: (v as Record<string, Val> | undefined)?.kind, name: (v as Record<string, Val> | undefined)?.name });
    if (ref(o.value.roleRef) !== ref(live.roleRef)) diffs.push({ path: ['roleRef'], field: 'roleRef', live: ref(live.roleRef), declared: ref(o.value.roleRef) });
    const subs = (v: Val) => (Array.isArray(v) ? v.map((s) => canon({ kind: s?.kind, name: s?.name, namespace: s?.namespace ?? (s?.kind === 'ServiceAccount' ? o.namespace : undefined) })).sort() : []);
    if (canon(subs(o.value.subjects)) !== canon(subs(live.subjects))) diffs.push({ path: ['subjects'], field: 'subjects', live: subs(live.subjects).join(' '), declared: subs(o.value.subjects).join(' ') });
  }
  return diffs;
}

function comparePods(o: K8sObject, live: Record<string, Val>): Diff[] {
  const diffs: Diff[] = [];
  const show = (v: Val) => (v === undefined ? 'unset' : JSON.stringify(v));
  for (const pod of podSpecs(o)) {
    const liveSpec = (get(live, pod.path) ?? {}) as Record<string, Val>;
    for (const f of ['hostNetwork', 'hostPID', 'hostIPC'] as const) {
      const a = pod.spec[f] === true;
      const b = liveSpec[f] === true;
      if (a !== b) diffs.push({ path: [...pod.path, f], field: f, live: String(b), declared: String(a) });
    }
    const sa = (v: Val) => (typeof v === 'string' && v ? v : 'default');
    if (sa(pod.spec.serviceAccountName) !== sa(liveSpec.serviceAccountName)) {
      diffs.push({ path: [...pod.path, 'serviceAccountName'], field: 'serviceAccountName', live: sa(liveSpec.serviceAccountName), declared: sa(pod.spec.serviceAccountName) });
    }
    const liveContainers = new Map<string, Record<string, Val>>();
    for (const list of ['initContainers', 'containers'] as const) {
      for (const c of (Array.isArray(liveSpec[list]) ? liveSpec[list] : []) as Record<string, Val>[]) liveContainers.set(`${list}/${String(c.name)}`, c);
    }
    for (const c of containers(pod)) {
      if (c.list === 'ephemeralContainers') continue;
      const lc = liveContainers.get(`${c.list}/${c.name}`);
      if (!lc) {
        diffs.push({ path: c.path, field: `${c.list} "${c.name}"`, live: 'absent', declared: 'present' });
        continue;
      }
      const a = (c.container.securityContext ?? {}) as Record<string, Val>;
      const b = (lc.securityContext ?? {}) as Record<string, Val>;
      const checks: [string, Val, Val][] = [
        ['privileged', a.privileged === true, b.privileged === true],
        ['allowPrivilegeEscalation', a.allowPrivilegeEscalation, b.allowPrivilegeEscalation],
        ['runAsNonRoot', a.runAsNonRoot, b.runAsNonRoot],
        ['runAsUser', a.runAsUser, b.runAsUser],
        ['capabilities.add', sortedList((a.capabilities as Record<string, Val> | undefined)?.add), sortedList((b.capabilities as Record<string, Val> | undefined)?.add)],
        ['capabilities.drop', sortedList((a.capabilities as Record<string, Val> | undefined)?.drop), sortedList((b.capabilities as Record<string, Val> | undefined)?.drop)],
      ];
      for (const [field, mine, theirs] of checks) {
        if (canon(mine) === canon(theirs)) continue;
        diffs.push({ path: [...c.path, 'securityContext', ...field.split('.')], field: `container "${c.name}" securityContext.${field}`, live: show(theirs), declared: show(mine) });
      }
    }
  }
  return diffs;
}

export async function runDrift(conn: Connection, objects: readonly K8sObject[], concurrency: number): Promise<{ findings: Finding[]; compared: number }> {
  const todo = objects.filter((o) => livePath(o) !== undefined);
  const findings: Finding[] = [];
  // Roots that render one base (argo-cd's cluster-install, namespace-install, ha/…) give the
  // cluster the same object several times: one GET per object, each copy compared with it.
  const gets = new Map<string, Promise<Record<string, Val>>>();
  const get = (o: K8sObject): Promise<Record<string, Val>> => {
    const path = livePath(o)!;
    let p = gets.get(path);
    if (!p) gets.set(path, (p = requestJson<Record<string, Val>>(conn, { method: 'GET', path, what: `get ${objectLabel(o)}` })));
    return p;
  };
  await mapLimit(todo, concurrency, async (o) => {
    let live: Record<string, Val>;
    try {
      live = await get(o);
    } catch (err) {
      if (err instanceof LiveError && err.kind === 'not-found') {
        findings.push(liveFinding(drift, 'missing', { object: o, path: ['metadata', 'name'] }, { object: objectLabel(o), error: err.message }));
        return;
      }
      throw err;
    }
    const diffs = o.kind.includes('Role') ? compareRbac(o, live) : comparePods(o, live);
    for (const d of diffs) findings.push(liveFinding(drift, 'changed', { object: o, path: d.path }, { object: objectLabel(o), field: d.field, live: d.live, declared: d.declared }));
  });
  return { findings, compared: todo.length };
}
