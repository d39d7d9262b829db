/**
 * Who can reach what: the RBAC graph of the manifests (src/rbac/graph.ts) drawn as
 * subject → binding → role → dangerous permission → workload → node.
 *
 * The graph follows the authorizer's view, scope by scope (src/rbac/effective.ts subjectScopes: each
 * namespace where a RoleBinding reaches a subject, and '' for ClusterRoleBindings): a permission
 * node is a role's permission *in a scope* (`exec/attach in mcp-homelab`), so that the workloads it
 * reaches are those of that namespace, as rule exec-into-node-access-workload (LP115) computes them
 * (resourceNames narrow them by pod name). Dangerous permissions are those of the RBAC good
 * practices page (kubernetes.io/docs/concepts/security/rbac-good-practices): exec/attach into pods,
 * reading secrets, escalate/bind/impersonate, nodes/proxy, creating pods or pod controllers.
 * Workloads are drawn when they reach the node (src/rbac/node-access.ts: privileged, host
 * namespaces, hostPath, capabilities beyond baseline, unless a reason is written).
 *
 * An *attack path* is a chain that ends on node access: exec/attach into a node-reaching workload,
 * or a permission that reaches the node by itself (creating pods, nodes/proxy, escalate/bind/
 * impersonate: each lets the subject run a privileged pod or act as someone who can).
 * Every node carries the file:line it is written at (built-in roles: none).
 */
import type { PolicyRule } from 'kubernetes-types/rbac/v1';
import type { K8sObject } from '../input/types.ts';
import type { ObjPath } from '../engine/types.ts';
import type { Model } from '../model/model.ts';
import type { Grant } from '../rbac/graph.ts';
import { subjectScopes } from '../rbac/effective.ts';
import { grantsVerbOn, streamOpeningVerbs } from '../rbac/match.ts';
import { DEFAULT_KUBE_VERSION } from '../pss/version.ts';
import { nodeAccessByNamespace, podNameCouldBe, type Justified, type NodeAccess } from '../rbac/node-access.ts';
import { roleLabel } from '../rbac/objects.ts';
import { principalKey, principalLabel, type Principal } from '../rbac/subjects.ts';
import { objectKey, objectLabel } from '../model/describe.ts';

export type NodeKind = 'subject' | 'binding' | 'role' | 'permission' | 'workload' | 'node';

export interface Where {
  file: string;
  line: number;
}

export interface GraphNode {
  id: string;
  kind: NodeKind;
  label: string;
  /** Where it is written (absent for built-in roles, subjects and the node). */
  file?: string;
  line?: number;
  namespace?: string;
  /** Workloads: what reaches the node, each where it is written. */
  features?: ({ what: string } & Where)[];
}

export interface GraphEdge {
  from: string;
  to: string;
  label?: string;
}

export interface AccessGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Attack paths: node ids from a subject to the node. */
  paths: string[][];
}

export interface GraphOptions {
  /** A subject (`mcp-homelab`, `ServiceAccount mcp-homelab/mcp-homelab`, `system:serviceaccount:NS:NAME`) or a namespace. */
  focus?: string;
  /** Only the chains that end on node access. */
  attackPaths?: boolean;
  /**
   * The Kubernetes version the graph is drawn for (default the newest known): which verbs open an
   * exec/attach stream (rbac/match.ts streamOpeningVerbs; `get` alone no longer does from 1.35), as
   * rule exec-into-node-access-workload (LP115) decides it.
   */
  kubeVersion?: string;
  /**
   * Whether a binding and a workload are applied to one cluster (src/engine/bundles.ts): an exec
   * grant reaches only those. Default: every binding reaches every workload.
   */
  together?: (binding: K8sObject, workload: K8sObject) => boolean;
}

type Category = 'exec' | 'secrets' | 'escalate' | 'nodes-proxy' | 'create-pods';

const CATEGORY_LABEL: Record<Category, string> = {
  exec: 'exec/attach into pods',
  secrets: 'read secrets',
  escalate: 'escalate/bind/impersonate',
  'nodes-proxy': 'nodes/proxy (kubelet API)',
  'create-pods': 'create pods or pod controllers',
};

/** Permissions that reach the node without a workload in between. */
const REACHES_NODE: ReadonlySet<Category> = new Set(['escalate', 'nodes-proxy', 'create-pods']);

const WRITE = ['create', 'update', 'patch'];
const POD_MAKERS: [string, string][] = [
  ['', 'pods'],
  ['', 'replicationcontrollers'],
  ['apps', 'deployments'],
  ['apps', 'replicasets'],
  ['apps', 'statefulsets'],
  ['apps', 'daemonsets'],
  ['batch', 'jobs'],
  ['batch', 'cronjobs'],
];

/** The dangerous permissions a rule grants, in a scope ('' = cluster-wide requests included); `stream`: the verbs that open exec/attach. */
export function categories(rule: PolicyRule, clusterScope: boolean, stream: readonly string[] = streamOpeningVerbs(DEFAULT_KUBE_VERSION)): Category[] {
  const out: Category[] = [];
  if (['exec', 'attach'].some((s) => stream.some((v) => grantsVerbOn(rule, v, '', 'pods', s)))) out.push('exec');
  if (['get', 'list', 'watch'].some((v) => grantsVerbOn(rule, v, '', 'secrets'))) out.push('secrets');
  const escalate =
    grantsVerbOn(rule, 'bind', 'rbac.authorization.k8s.io', 'clusterroles') ||
    grantsVerbOn(rule, 'bind', 'rbac.authorization.k8s.io', 'roles') ||
    grantsVerbOn(rule, 'escalate', 'rbac.authorization.k8s.io', 'roles') ||
    grantsVerbOn(rule, 'impersonate', '', 'serviceaccounts') ||
    (clusterScope && (grantsVerbOn(rule, 'escalate', 'rbac.authorization.k8s.io', 'clusterroles') || ['users', 'groups'].some((r) => grantsVerbOn(rule, 'impersonate', '', r))));
  if (escalate) out.push('escalate');
  if (clusterScope && ['get', 'create'].some((v) => grantsVerbOn(rule, v, '', 'nodes', 'proxy'))) out.push('nodes-proxy');
  if (POD_MAKERS.some(([g, r]) => WRITE.some((v) => grantsVerbOn(rule, v, g, r)))) out.push('create-pods');
  return out;
}

const at = (obj: K8sObject, path: ObjPath, where: (o: K8sObject, p: ObjPath) => Where): Where => where(obj, path);

/** Does `focus` name this principal? */
function namesPrincipal(focus: string, p: Principal): boolean {
  const f = focus.trim();
  if (f === p.name || f === principalLabel(p) || f === `${p.kind}/${p.name}`) return true;
  if (p.kind === 'ServiceAccount') return f === `system:serviceaccount:${p.namespace}:${p.name}` || f === `${p.namespace}/${p.name}` || f === `ServiceAccount/${p.namespace}/${p.name}`;
  return false;
}

export function buildAccessGraph(model: Model, justified: Justified, where: (o: K8sObject, p: ObjPath) => Where, opts: GraphOptions = {}): AccessGraph {
  const rbac = model.rbac;
  const stream = streamOpeningVerbs(opts.kubeVersion ?? DEFAULT_KUBE_VERSION);
  const byNs = nodeAccessByNamespace(model, justified);
  const all = [...byNs.values()].flat();
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const paths = new Map<string, string[]>();
  const ids = new Map<string, string>();
  const idOf = (key: string) => {
    let id = ids.get(key);
    if (!id) ids.set(key, (id = `n${ids.size + 1}`));
    return id;
  };
  const node = (key: string, make: () => Omit<GraphNode, 'id'>): string => {
    const id = idOf(key);
    if (!nodes.has(id)) nodes.set(id, { id, ...make() });
    return id;
  };
  const edge = (from: string, to: string, label?: string) => {
    const k = `${from}>${to}`;
    if (!edges.has(k)) edges.set(k, { from, to, ...(label ? { label } : {}) });
  };
  const hostNode = () => node('node', () => ({ kind: 'node', label: 'the node (root on the host)' }));

  const together = opts.together;
  const focus = opts.focus?.trim();
  const focusIsSubject = focus ? rbac.principals().some((p) => namesPrincipal(focus, p)) : false;

  for (const scope of subjectScopes(rbac)) {
    // --focus: a subject's scopes, or what reaches a namespace (its RoleBindings, and ClusterRoleBindings there)
    if (focus && focusIsSubject && !namesPrincipal(focus, scope.principal)) continue;
    const nsFocus = focus && !focusIsSubject ? focus : undefined;
    if (nsFocus && scope.namespace !== '' && scope.namespace !== nsFocus) continue;
    const workloadsHere = nsFocus ? (byNs.get(nsFocus) ?? []) : scope.namespace ? (byNs.get(scope.namespace) ?? []) : all;
    for (const g of scope.grants) {
      // (a namespace's grants include the ClusterRoleBindings': those are drawn once, in the cluster-wide scope)
      if (scope.namespace !== '' && g.binding.kind === 'ClusterRoleBinding') continue;
      for (const cat of categories(g.rule.rule, scope.namespace === '', stream)) {
        const reached = cat === 'exec' ? execReach(g, together ? workloadsHere.filter((w) => together(g.binding.object, w.object)) : workloadsHere) : [];
        const endsOnNode = REACHES_NODE.has(cat) || reached.length > 0;
        if (opts.attackPaths && !endsOnNode) continue;
        if (nsFocus && scope.namespace === '' && cat === 'exec' && !reached.length) continue;
        const s = subjectNode(scope.principal);
        const b = bindingNode(g);
        const r = roleNode(g);
        const scopeText = scope.namespace ? `in ${scope.namespace}` : 'cluster-wide';
        const p = node(`perm\0${r}\0${cat}\0${scope.namespace}`, () => ({
          kind: 'permission',
          label: `${CATEGORY_LABEL[cat]} ${scopeText}`,
          ...(g.rule.source.object ? at(g.rule.source.object, ['rules', g.rule.index], where) : {}),
          ...(scope.namespace ? { namespace: scope.namespace } : {}),
        }));
        edge(s, b);
        edge(b, r);
        edge(r, p);
        if (REACHES_NODE.has(cat)) {
          const h = hostNode();
          edge(p, h, cat === 'create-pods' ? 'a privileged pod' : cat === 'nodes-proxy' ? 'kubelet exec' : 'any permission');
          paths.set([s, b, r, p, h].join(' '), [s, b, r, p, h]);
        }
        for (const w of reached) {
          const wl = workloadNode(w);
          const h = hostNode();
          edge(p, wl);
          edge(wl, h, featureText(w));
          paths.set([s, b, r, p, wl, h].join(' '), [s, b, r, p, wl, h]);
        }
      }
    }
  }

  function subjectNode(p: Principal): string {
    return node(`subject\0${principalKey(p)}`, () => ({ kind: 'subject', label: principalLabel(p), ...(p.kind === 'ServiceAccount' ? { namespace: p.namespace } : {}) }));
  }
  function bindingNode(g: Grant): string {
    const b = g.binding;
    return node(`binding\0${b.kind}\0${b.namespace}\0${b.name}\0${b.object.file.path}\0${b.object.documentIndex}`, () => ({
      kind: 'binding',
      label: `${b.kind} ${b.namespace ? b.namespace + '/' : ''}${b.name}`,
      ...at(b.object, [], where),
      ...(b.namespace ? { namespace: b.namespace } : {}),
    }));
  }
  function roleNode(g: Grant): string {
    const role = g.role;
    return node(`role\0${role.kind}\0${role.namespace ?? ''}\0${role.name}`, () => ({
      kind: 'role',
      label: `${roleLabel(role)}${role.object ? '' : ' (built-in)'}`,
      ...(role.object ? at(role.object, [], where) : {}),
      ...(role.namespace ? { namespace: role.namespace } : {}),
    }));
  }
  function workloadNode(w: NodeAccess): string {
    const o = w.object;
    // (one node per object: the copies of one base document that several overlays render are as many workloads)
    return node(`workload\0${objectKey(o)}`, () => ({
      kind: 'workload',
      label: objectLabel(o),
      ...at(o, [], where),
      ...(o.namespace ? { namespace: o.namespace } : {}),
      features: w.features.map((f) => ({ what: f.what, ...at(o, f.path, where) })),
    }));
  }

  return { nodes: [...nodes.values()], edges: [...edges.values()], paths: [...paths.values()] };
}

/** The node-reaching workloads an exec/attach grant reaches (its resourceNames narrow them by pod name). */
function execReach(g: Grant, workloads: NodeAccess[]): NodeAccess[] {
  const names = g.rule.rule.resourceNames ?? [];
  return names.length ? workloads.filter((w) => names.some((n) => podNameCouldBe(w.object, n))) : workloads;
}

function featureText(w: NodeAccess): string {
  const seen = [...new Set(w.features.map((f) => f.what))];
  return seen.length > 3 ? `${seen.slice(0, 3).join(', ')} +${seen.length - 3}` : seen.join(', ');
}

/** The graph restricted to its first `max` attack paths (what they pass through), and how many were left out. */
export function firstPaths(g: AccessGraph, max: number): { graph: AccessGraph; omitted: number } {
  const kept = g.paths.slice(0, max);
  const ids = new Set(kept.flat());
  const pairs = new Set(kept.flatMap((p) => p.slice(1).map((to, i) => `${p[i]}>${to}`)));
  return {
    graph: { nodes: g.nodes.filter((n) => ids.has(n.id)), edges: g.edges.filter((e) => pairs.has(`${e.from}>${e.to}`)), paths: kept },
    omitted: g.paths.length - kept.length,
  };
}
