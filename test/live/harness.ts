/**
 * Shared setup of the live tests: PKI, the test API server loaded with fixture manifests, a
 * kubeconfig for it, and the check for the system tools the sandbox needs (missing tools fail the
 * run in CI with their names; locally the sandbox tests are skipped).
 */
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createPki, type TestPki } from '../support/apiserver/certs.ts';
import { TestApiServer, type TestApiServerOptions } from '../support/apiserver/server.ts';
import { loadObjects, tempDir, writeKubeconfig, type KubeUser } from '../support/apiserver/fixtures.ts';
import { missingTools } from '../support/apiserver/sandbox.ts';
import { resolveConnection } from '../../src/live/kube/kubeconfig.ts';
import type { Connection } from '../../src/live/kube/types.ts';

type Obj = Record<string, any>;

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const incidentDir = (which: 'before' | 'after'): string => join(FIXTURES, 'incident', which);
/** A usable kubeconfig whose server is never contacted: for --dry-run, which reads the kubeconfig but sends nothing. */
export const OFFLINE_KUBECONFIG = join(FIXTURES, 'offline-kubeconfig.yaml');

export const SANDBOX_TOOLS = ['ip', 'unshare', 'setpriv', 'iptables-save', 'conntrack', 'ping', 'dig', 'curl', 'nc'];

/** Whether the sandboxed exec can run here; in CI a missing tool is an error, not a skip. */
export function sandboxAvailable(): boolean {
  const missing = missingTools(SANDBOX_TOOLS);
  const root = process.getuid?.() === 0;
  if (missing.length === 0 && root) return true;
  const why = `${root ? '' : 'not root; '}missing: ${missing.join(', ') || 'none'} (run scripts/ci-apt-live.sh)`;
  if (process.env.CI) throw new Error(`live exec sandbox cannot run in CI: ${why}`);
  return false;
}

export function kubectlAvailable(): boolean {
  const missing = missingTools(['kubectl']);
  if (missing.length && process.env.CI) throw new Error('kubectl is not installed; CI needs it for the fidelity tests');
  return missing.length === 0;
}

export interface Harness {
  pki: TestPki;
  server: TestApiServer;
  dir: string;
  /** kubeconfig of the cluster admin (client certificate, group system:masters). */
  adminKubeconfig: string;
  admin: Connection;
  kubeconfigFor(user: KubeUser, extra?: { insecure?: boolean; caFile?: string; server?: string; tlsServerName?: string }): string;
  close(): Promise<void>;
}

export interface HarnessOptions extends Partial<Omit<TestApiServerOptions, 'pki' | 'applied'>> {
  /** Fixture directory (read recursively): applied to the test cluster, its workloads get pods. */
  manifests?: string;
}

export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const pki = createPki();
  const dir = tempDir();
  const { manifests, ...rest } = opts;
  const server = new TestApiServer({ ...rest, pki, applied: manifests ? loadObjects(manifests) : [], sandbox: opts.sandbox ?? false });
  const url = await server.start();
  const adminCert = pki.client('kubernetes-admin', ['system:masters']);
  let n = 0;
  const kubeconfigFor: Harness['kubeconfigFor'] = (user, extra = {}) =>
    writeKubeconfig(dir, {
      server: extra.server ?? url,
      caFile: extra.insecure ? undefined : (extra.caFile ?? pki.ca.certFile),
      insecure: extra.insecure,
      tlsServerName: extra.tlsServerName,
      user,
    }, `kubeconfig-${n++}`);
  const adminKubeconfig = kubeconfigFor({ certFile: adminCert.certFile, keyFile: adminCert.keyFile });
  return {
    pki, server, dir, adminKubeconfig,
    admin: resolveConnection({ kubeconfig: adminKubeconfig, timeoutMs: 10_000 }),
    kubeconfigFor,
    async close() {
      await server.stop();
      pki.cleanup();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
