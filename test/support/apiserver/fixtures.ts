/** Helpers for tests of the live client: kubeconfigs, pods of a workload, fixture manifests. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';

type Obj = Record<string, any>;

export type KubeUser =
  | { certFile: string; keyFile: string }
  | { token: string }
  | { tokenFile: string }
  | { exec: Obj };

export interface KubeconfigSpec {
  server: string;
  caFile?: string;
  insecure?: boolean;
  tlsServerName?: string;
  user: KubeUser;
  context?: string;
}

export function tempDir(prefix = 'lp-live-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function kubeconfigYaml(spec: KubeconfigSpec): string {
  const ctx = spec.context ?? 'test';
  const cluster: Obj = { server: spec.server };
  if (spec.caFile) cluster['certificate-authority'] = spec.caFile;
  if (spec.insecure) cluster['insecure-skip-tls-verify'] = true;
  if (spec.tlsServerName) cluster['tls-server-name'] = spec.tlsServerName;
  const u = spec.user;
  const user: Obj =
    'certFile' in u ? { 'client-certificate': u.certFile, 'client-key': u.keyFile } : 'token' in u ? { token: u.token } : 'tokenFile' in u ? { tokenFile: u.tokenFile } : { exec: u.exec };
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    'current-context': ctx,
    clusters: [{ name: `${ctx}-cluster`, cluster }],
    users: [{ name: `${ctx}-user`, user }],
    contexts: [{ name: ctx, context: { cluster: `${ctx}-cluster`, user: `${ctx}-user` } }],
  });
}

export function writeKubeconfig(dir: string, spec: KubeconfigSpec, name = 'kubeconfig'): string {
  const file = join(dir, name);
  writeFileSync(file, kubeconfigYaml(spec));
  return file;
}

/** Every object of every YAML file in a directory and its subdirectories (sorted paths). */
export function loadObjects(dir: string): Obj[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => /\.ya?ml$/.test(f) && statSync(join(dir, f)).isFile())
    .sort()
    .flatMap((f) => parseAllDocuments(readFileSync(join(dir, f), 'utf8')).map((d) => d.toJS() as Obj))
    .filter((o) => o && typeof o === 'object' && o.kind);
}

/** Write a repository layout: { 'path/file.yaml': text }. */
export function writeLayout(dir: string, files: Record<string, string>): string {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

/** The running pods a controller would create from a workload's pod template. */
export function podsFromWorkload(workload: Obj, count = 1): Obj[] {
  const tpl = workload.spec.template;
  return Array.from({ length: count }, (_, i) => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${workload.metadata.name}-${String.fromCharCode(97 + i)}x${i}z`,
      namespace: workload.metadata.namespace,
      labels: { ...tpl.metadata.labels },
      ownerReferences: [{ apiVersion: workload.apiVersion, kind: workload.kind, name: workload.metadata.name, controller: true }],
    },
    spec: { ...tpl.spec, nodeName: 'node-1' },
    status: { phase: 'Running', containerStatuses: tpl.spec.containers.map((c: Obj) => ({ name: c.name, ready: true })) },
  }));
}
