/**
 * Certificates for the test API server, generated at test time with the openssl CLI: a CA, a
 * server certificate for 127.0.0.1/localhost, client certificates (CN = user, O = groups, as the
 * API server reads them), and a second, unrelated CA for "unknown authority" tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CertPair {
  cert: Buffer;
  key: Buffer;
  certFile: string;
  keyFile: string;
}

export interface TestPki {
  dir: string;
  ca: CertPair;
  otherCa: CertPair;
  server: CertPair;
  client(user: string, groups?: string[]): CertPair;
  cleanup(): void;
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], timeout: 30_000 });
}

function pair(dir: string, name: string): CertPair {
  const certFile = join(dir, `${name}.crt`);
  const keyFile = join(dir, `${name}.key`);
  return { cert: readFileSync(certFile), key: readFileSync(keyFile), certFile, keyFile };
}

function selfSigned(dir: string, name: string, cn: string): CertPair {
  openssl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
    '-subj', `/CN=${cn}`, '-keyout', `${name}.key`, '-out', `${name}.crt`,
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'], dir);
  return pair(dir, name);
}

function signed(dir: string, name: string, subject: string, ext: string): CertPair {
  openssl(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-subj', subject,
    '-keyout', `${name}.key`, '-out', `${name}.csr`], dir);
  writeFileSync(join(dir, `${name}.ext`), ext);
  openssl(['x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial',
    '-days', '2', '-out', `${name}.crt`, '-extfile', `${name}.ext`], dir);
  return pair(dir, name);
}

export function createPki(): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'lp-pki-'));
  const ca = selfSigned(dir, 'ca', 'leastpriv-test-ca');
  const otherCa = selfSigned(dir, 'other-ca', 'some-other-ca');
  const server = signed(dir, 'server', '/CN=kube-apiserver',
    'subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes.default.svc\nextendedKeyUsage=serverAuth\n');
  let n = 0;
  return {
    dir, ca, otherCa, server,
    client(user, groups = []) {
      const subject = `/CN=${user}${groups.map((g) => `/O=${g}`).join('')}`;
      return signed(dir, `client-${n++}`, subject, 'extendedKeyUsage=clientAuth\n');
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
