// Synthetic repository: one realistic GitOps layout (namespaces with their workloads and RBAC, plus
// cluster-wide roles) repeated over more and more namespaces, so cost can be read as a function of
// size. Deterministic (seeded). Usage: node generate.mjs OUTDIR DOCUMENTS
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = (a) => a[Math.floor(rand() * a.length)];

const CAPS = ['NET_ADMIN', 'NET_RAW', 'SYS_PTRACE', 'NET_BIND_SERVICE', 'SYS_ADMIN'];
const VERBS = [['get', 'list', 'watch'], ['create'], ['create', 'get'], ['get'], ['"*"']];

function container(name, i) {
  const hardened = rand() < 0.6;
  const sc = hardened
    ? `        securityContext:
          runAsNonRoot: true
          allowPrivilegeEscalation: false
          readOnlyRootFilesystem: true
          capabilities:
            drop: [ALL]${rand() < 0.2 ? `\n            add:\n              - ${pick(CAPS)}  # needed by the agent` : ''}`
    : rand() < 0.1
      ? `        securityContext:
          privileged: true`
      : rand() < 0.5
        ? `        securityContext:
          capabilities:
            add: [${pick(CAPS)}]`
        : '';
  return `      - name: ${name}-${i}
        image: registry.example.com/${name}:1.${i}.0
        ports:
          - containerPort: ${8000 + i}
        env:
          - name: LOG_LEVEL
            value: info
        resources:
          requests: { cpu: 100m, memory: 128Mi }
          limits: { memory: 256Mi }
${sc}`.replace(/\n$/, '');
}

function workload(ns, app) {
  const kind = pick(['Deployment', 'Deployment', 'StatefulSet', 'DaemonSet']);
  const n = 1 + Math.floor(rand() * 3);
  const hostNet = kind === 'DaemonSet' && rand() < 0.5 ? '\n      hostNetwork: true' : '';
  return `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: ${app}
  namespace: ${ns}
  labels: { app.kubernetes.io/name: ${app}, app.kubernetes.io/part-of: ${ns} }
spec:
${kind === 'DaemonSet' ? '' : '  replicas: 2\n'}  selector:
    matchLabels: { app.kubernetes.io/name: ${app} }
  template:
    metadata:
      labels: { app.kubernetes.io/name: ${app} }
      annotations: { prometheus.io/scrape: "true" }
    spec:
      serviceAccountName: ${app}${hostNet}
      containers:
${Array.from({ length: n }, (_, i) => container(app, i)).join('\n')}`;
}

function nsBundle(ns, docs) {
  const apps = ['api', 'worker', 'web', 'agent'].slice(0, 1 + Math.floor(rand() * 4));
  const out = [[`ns.yaml`, [`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}\n  labels: { team: ${ns} }`]]];
  for (const app of apps) {
    const d = [
      workload(ns, app),
      `apiVersion: v1\nkind: Service\nmetadata: { name: ${app}, namespace: ${ns} }\nspec:\n  selector: { app.kubernetes.io/name: ${app} }\n  ports: [{ port: 80, targetPort: 8000 }]`,
      `apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: ${app}, namespace: ${ns} }`,
      `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: ${app}-config, namespace: ${ns} }\ndata:\n  config.yaml: |\n    listen: :8000\n    upstream: http://${pick(apps)}.${ns}.svc\n    ---\n    retries: 3`,
    ];
    out.push([`${app}.yaml`, d]);
  }
  const rbac = [];
  const role = `${ns}-operator`;
  rbac.push(`apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: ${role}, namespace: ${ns} }
rules:
  - apiGroups: [""]
    resources: [pods, pods/log, configmaps]
    verbs: [get, list, watch]
  - apiGroups: [""]
    resources: [pods/exec]
    verbs: [${pick(VERBS).join(', ')}]
  - apiGroups: [apps]
    resources: [deployments, statefulsets]
    verbs: [get, list, watch, patch]`);
  rbac.push(`apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: ${role}, namespace: ${ns} }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: ${role} }
subjects:
${apps.map((a) => `  - { kind: ServiceAccount, name: ${a}, namespace: ${ns} }`).join('\n')}
  - { kind: Group, name: team-${ns}, apiGroup: rbac.authorization.k8s.io }`);
  rbac.push(`apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: ${ns}-view, namespace: ${ns} }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ${pick(['view', 'edit', 'cluster-debugger'])} }
subjects:
  - { kind: Group, name: oncall, apiGroup: rbac.authorization.k8s.io }
  - { kind: ServiceAccount, name: ${pick(apps)}, namespace: ${ns} }`);
  out.push(['rbac.yaml', rbac]);
  return out;
}

const clusterWide = (k) => [
  `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: cluster-debugger-${k} }
rules:
  - apiGroups: [""]
    resources: [pods, pods/exec, pods/attach, pods/portforward]
    verbs: [${pick(VERBS).join(', ')}]
  - apiGroups: ["*"]
    resources: ["*"]
    verbs: [get, list]`,
  `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: cluster-debugger-${k} }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-debugger-${k} }
subjects:
  - { kind: Group, name: sre-${k}, apiGroup: rbac.authorization.k8s.io }
  - { kind: ServiceAccount, name: agent, namespace: ns-${k} }`,
];

export function generate(outDir, documents) {
  seed = 7;
  let count = 0;
  let k = 0;
  mkdirSync(join(outDir, 'cluster'), { recursive: true });
  while (count < documents) {
    const ns = `ns-${k}`;
    const dir = join(outDir, 'namespaces', ns);
    mkdirSync(dir, { recursive: true });
    for (const [name, docs] of nsBundle(ns, count)) {
      writeFileSync(join(dir, name), docs.join('\n---\n') + '\n');
      count += docs.length;
    }
    if (k % 20 === 0) {
      const docs = clusterWide(k);
      writeFileSync(join(outDir, 'cluster', `debugger-${k}.yaml`), docs.join('\n---\n') + '\n');
      count += docs.length;
    }
    k++;
  }
  return { documents: count, namespaces: k };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = generate(process.argv[2], Number(process.argv[3] ?? 10000));
  process.stdout.write(JSON.stringify(r) + '\n');
}
