/**
 * Valid, richly filled objects of every kind leastpriv's rules read, holding every field that
 * src/model/shape.ts checks and the rules read (securityContext at pod and container level,
 * capabilities, seccomp/AppArmor/SELinux, sysctls, volumes, ports, probes, annotations, RBAC rules,
 * aggregation, subjects, roleRef). The fuzzer replaces, removes or retypes one field at a time.
 */
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const securityContext = (): Json => ({
  privileged: false,
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  runAsNonRoot: true,
  runAsUser: 1000,
  runAsGroup: 1000,
  procMount: 'Default',
  capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE', 'NET_ADMIN'] },
  seLinuxOptions: { user: 'u', role: 'r', type: 'container_t', level: 's0' },
  seccompProfile: { type: 'RuntimeDefault' },
  appArmorProfile: { type: 'RuntimeDefault' },
  windowsOptions: { hostProcess: false, runAsUserName: 'user' },
});

const probe = (): Json => ({ httpGet: { path: '/healthz', port: 8080, host: '10.0.0.1' }, tcpSocket: { port: 8080, host: 'h' } });

const container = (name: string): Json => ({
  name,
  image: 'registry.example.com/app:1.0',
  command: ['/app'],
  args: ['--flag'],
  ports: [{ containerPort: 8080, hostPort: 8080, protocol: 'TCP', hostIP: '0.0.0.0' }],
  securityContext: securityContext(),
  livenessProbe: probe(),
  readinessProbe: probe(),
  startupProbe: probe(),
  lifecycle: { postStart: { httpGet: { path: '/', port: 80, host: 'h' } }, preStop: { tcpSocket: { port: 80, host: 'h' } } },
  volumeMounts: [{ name: 'data', mountPath: '/data' }],
});

const annotations = (): Json => ({
  'justify.leastpriv.dev/host-network': 'node routes',
  'justify.leastpriv.dev/cap-net-admin': 'iptables',
  'ignore.leastpriv.dev/host-pid-ipc': 'process monitor',
  'container.apparmor.security.beta.kubernetes.io/app': 'runtime/default',
  'seccomp.security.alpha.kubernetes.io/pod': 'runtime/default',
});

export const podSpec = (): Json => ({
  hostPID: false,
  hostIPC: false,
  hostNetwork: true,
  hostUsers: false,
  serviceAccountName: 'app',
  automountServiceAccountToken: false,
  securityContext: {
    runAsNonRoot: true,
    runAsUser: 1000,
    runAsGroup: 1000,
    fsGroup: 2000,
    seLinuxOptions: { type: 'container_t' },
    seccompProfile: { type: 'Localhost', localhostProfile: 'profiles/app.json' },
    appArmorProfile: { type: 'Localhost', localhostProfile: 'app' },
    windowsOptions: { hostProcess: false },
    sysctls: [{ name: 'net.ipv4.ip_local_port_range', value: '1024 65535' }, { name: 'kernel.shm_rmid_forced', value: '1' }],
  },
  containers: [container('app'), container('sidecar')],
  initContainers: [container('init')],
  ephemeralContainers: [container('debug')],
  volumes: [
    { name: 'data', hostPath: { path: '/var/lib/app', type: 'Directory' } },
    { name: 'cfg', configMap: { name: 'app' } },
    { name: 'secret', secret: { secretName: 's' } },
    { name: 'scratch', emptyDir: {} },
    { name: 'nfs', nfs: { server: 'nfs', path: '/' } },
  ],
});

const meta = (name: string, ns?: string): Json => ({ name, ...(ns ? { namespace: ns } : {}), labels: { app: name }, annotations: annotations() });
const template = (): Json => ({ metadata: { labels: { app: 'app' }, annotations: annotations() }, spec: podSpec() });

const rules = (): Json => [
  { apiGroups: [''], resources: ['pods/exec', 'pods/attach', 'pods/portforward'], verbs: ['create'] },
  { apiGroups: ['*'], resources: ['*'], verbs: ['get', 'list'], resourceNames: ['a'] },
  { apiGroups: ['rbac.authorization.k8s.io'], resources: ['clusterroles', 'rolebindings'], verbs: ['bind', 'escalate', 'impersonate'] },
  { nonResourceURLs: ['/metrics', '*'], verbs: ['get'] },
  { apiGroups: [''], resources: ['secrets', '*/exec', 'nodes/proxy', 'serviceaccounts/token'], verbs: ['*'] },
];
const subjects = (): Json => [
  { kind: 'ServiceAccount', name: 'app', namespace: 'team' },
  { kind: 'Group', name: 'system:authenticated', apiGroup: 'rbac.authorization.k8s.io' },
  { kind: 'User', name: 'alice', apiGroup: 'rbac.authorization.k8s.io' },
];

/** Fresh copies (callers mutate them). */
export function baseObjects(): Json[] {
  return [
    { apiVersion: 'v1', kind: 'Pod', metadata: meta('pod', 'team'), spec: podSpec() },
    { apiVersion: 'apps/v1', kind: 'Deployment', metadata: meta('deploy', 'team'), spec: { replicas: 1, template: template() } },
    { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: meta('ds', 'kube-system'), spec: { template: template() } },
    { apiVersion: 'batch/v1', kind: 'CronJob', metadata: meta('cron', 'team'), spec: { schedule: '* * * * *', jobTemplate: { spec: { template: template() } } } },
    { apiVersion: 'v1', kind: 'PodTemplate', metadata: meta('tpl', 'team'), template: template() },
    { apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'Pod', metadata: meta('in-list'), spec: podSpec() }, { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: meta('r', 'team'), rules: rules() }] },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: meta('role', 'team'), rules: rules() },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: meta('cr'),
      rules: rules(),
      aggregationRule: { clusterRoleSelectors: [{ matchLabels: { 'rbac.example.com/aggregate': 'true' } }] },
    },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: meta('rb', 'team'), roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cr' }, subjects: subjects() },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', metadata: meta('crb'), roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cr' }, subjects: subjects() },
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta('app', 'team'), automountServiceAccountToken: true },
    {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Workflow',
      metadata: meta('wf', 'team'),
      spec: {
        hostNetwork: true,
        securityContext: { runAsNonRoot: false },
        volumes: [{ name: 'h', hostPath: { path: '/' } }],
        templates: [
          { name: 'main', container: container('main'), initContainers: [container('i')], sidecars: [container('s')] },
          { name: 'script', script: { ...(container('script') as Record<string, Json>), source: 'echo hi' } },
        ],
      },
    },
  ];
}

/** Every path in a value (maps and lists, to every depth), the empty path included. */
export function allPaths(v: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(v)) v.forEach((x, i) => allPaths(x, [...prefix, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) allPaths(x, [...prefix, k], out);
  return out;
}

export function setAt(root: Json, path: (string | number)[], value: Json | undefined): Json | undefined {
  if (path.length === 0) return value;
  let cur = root as Record<string | number, Json>;
  for (const seg of path.slice(0, -1)) cur = cur[seg] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(cur) && typeof last === 'number') cur.splice(last, 1);
    else delete cur[last];
  } else cur[last] = value;
  return root;
}
