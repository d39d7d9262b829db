/** Legacy (non-aggregated) discovery documents, enough for kubectl's REST mapper. */

interface Res {
  name: string;
  kind: string;
  namespaced: boolean;
  verbs: string[];
}

const RO = ['get', 'list', 'watch'];

export const GROUPS: Record<string, { version: string; resources: Res[] }> = {
  '': {
    version: 'v1',
    resources: [
      { name: 'pods', kind: 'Pod', namespaced: true, verbs: RO },
      { name: 'pods/exec', kind: 'PodExecOptions', namespaced: true, verbs: ['create', 'get'] },
      { name: 'pods/attach', kind: 'PodAttachOptions', namespaced: true, verbs: ['create', 'get'] },
      { name: 'pods/portforward', kind: 'PodPortForwardOptions', namespaced: true, verbs: ['create', 'get'] },
      { name: 'pods/log', kind: 'Pod', namespaced: true, verbs: ['get'] },
      { name: 'namespaces', kind: 'Namespace', namespaced: false, verbs: RO },
      { name: 'serviceaccounts', kind: 'ServiceAccount', namespaced: true, verbs: RO },
      { name: 'secrets', kind: 'Secret', namespaced: true, verbs: RO },
      { name: 'configmaps', kind: 'ConfigMap', namespaced: true, verbs: RO },
      { name: 'services', kind: 'Service', namespaced: true, verbs: RO },
      { name: 'nodes', kind: 'Node', namespaced: false, verbs: RO },
    ],
  },
  apps: {
    version: 'v1',
    resources: [
      { name: 'daemonsets', kind: 'DaemonSet', namespaced: true, verbs: RO },
      { name: 'deployments', kind: 'Deployment', namespaced: true, verbs: RO },
      { name: 'statefulsets', kind: 'StatefulSet', namespaced: true, verbs: RO },
    ],
  },
  'rbac.authorization.k8s.io': {
    version: 'v1',
    resources: [
      { name: 'roles', kind: 'Role', namespaced: true, verbs: RO },
      { name: 'rolebindings', kind: 'RoleBinding', namespaced: true, verbs: RO },
      { name: 'clusterroles', kind: 'ClusterRole', namespaced: false, verbs: RO },
      { name: 'clusterrolebindings', kind: 'ClusterRoleBinding', namespaced: false, verbs: RO },
    ],
  },
  'authorization.k8s.io': {
    version: 'v1',
    resources: [
      { name: 'subjectaccessreviews', kind: 'SubjectAccessReview', namespaced: false, verbs: ['create'] },
      { name: 'selfsubjectaccessreviews', kind: 'SelfSubjectAccessReview', namespaced: false, verbs: ['create'] },
    ],
  },
};

export function resourceForKind(kind: string): { group: string; resource: string; namespaced: boolean } | undefined {
  for (const [group, g] of Object.entries(GROUPS)) {
    const r = g.resources.find((x) => x.kind === kind && !x.name.includes('/'));
    if (r) return { group, resource: r.name, namespaced: r.namespaced };
  }
  return undefined;
}

export function discovery(path: string, serverAddress: string): unknown {
  if (path === '/api') {
    return { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }] };
  }
  const groupDoc = (name: string) => {
    const gv = { groupVersion: `${name}/${GROUPS[name]!.version}`, version: GROUPS[name]!.version };
    return { name, versions: [gv], preferredVersion: gv };
  };
  if (path === '/apis') {
    return { kind: 'APIGroupList', apiVersion: 'v1', groups: Object.keys(GROUPS).filter((g) => g !== '').map(groupDoc) };
  }
  const m = /^\/(?:api\/(v1)|apis\/([^/]+)(?:\/([^/]+))?)$/.exec(path);
  if (!m) return undefined;
  const group = m[1] ? '' : m[2]!;
  const g = GROUPS[group];
  if (!g) return undefined;
  if (!m[1] && !m[3]) return { kind: 'APIGroup', apiVersion: 'v1', ...groupDoc(group) };
  if (!m[1] && m[3] !== g.version) return undefined;
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: group ? `${group}/${g.version}` : 'v1',
    resources: g.resources.map((r) => ({ name: r.name, singularName: '', namespaced: r.namespaced, kind: r.kind, verbs: r.verbs })),
  };
}
