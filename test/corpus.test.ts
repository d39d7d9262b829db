/**
 * The whole real-world corpus (`../shared/corpus`, see its INDEX.md): no crash, no internal error,
 * every manifest file either audited or skipped with a reason, and spot checks of what is reported
 * on the corpus's hard inputs (broken YAML, templates, Lists, CRLF, a name with spaces, 0-byte files).
 * Skipped, with a message, only when the corpus is absent.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { audit, type FullAuditResult } from '../src/engine/audit.ts';
import { MANIFEST_EXTENSIONS } from '../src/input/discover.ts';
import type { Finding } from '../src/engine/types.ts';

const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
const present = existsSync(join(CORPUS, 'INDEX.md'));
if (!present) console.warn(`corpus.test: ${CORPUS} is absent; the corpus audit is skipped`);

function manifests(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    if (n === '.git' || n === 'node_modules') return [];
    const p = join(dir, n);
    const st = statSync(p);
    if (st.isDirectory()) return manifests(p);
    return MANIFEST_EXTENSIONS.some((e) => n.toLowerCase().endsWith(e)) ? [relative(CORPUS, p).split(sep).join('/')] : [];
  });
}

describe.skipIf(!present)('the shared corpus', () => {
  let result: FullAuditResult;
  let files: string[];
  const at = (file: string): Finding[] => result.findings.filter((f) => f.file === file);

  beforeAll(() => {
    files = manifests(CORPUS);
    // Files as written: rendering (src/render) is held to the corpus in test/render-corpus.test.ts;
    // here every file is audited on its own, and kubectl on the CRD-heavy roots would cost minutes.
    result = audit({ paths: ['.'], cwd: CORPUS, render: false });
  }, 300_000);

  it('audits every manifest file, or skips it with a reason', () => {
    expect(files.length).toBeGreaterThan(3000);
    const skipped = new Map(result.summary.skipped.map((s) => [s.file, s.reason]));
    const unaccounted = files.filter((f) => !result.sources.has(f) && !skipped.has(f));
    expect(unaccounted).toEqual([]);
    for (const [file, reason] of skipped) expect(reason, file).toMatch(/\w{4}/);
    expect(result.summary.objects).toBeGreaterThan(5000);
  });

  it('has no internal error, and every finding is placed inside its file', () => {
    expect(result.findings.filter((f) => f.code === 'LP004').map((f) => `${f.file}: ${f.message}`)).toEqual([]);
    for (const f of result.findings) {
      const lines = result.sources.get(f.file)?.lineCounter.lineStarts.length ?? 1;
      expect(f.region.start.line, `${f.file}: ${f.message}`).toBeGreaterThanOrEqual(1);
      expect(f.region.start.line, `${f.file}: ${f.message}`).toBeLessThanOrEqual(lines);
      expect(f.region.start.column).toBeGreaterThanOrEqual(1);
    }
  });

  it('skips templates with a reason and never reports them as broken YAML or wrong types', () => {
    const templated = result.findings.filter((f) => f.file.startsWith('templated/') && (f.code === 'LP001' || f.code === 'LP002'));
    expect(templated.map((f) => `${f.file}:${f.region.start.line} ${f.message}`)).toEqual([]);
    const reasons = result.summary.skipped.filter((s) => s.file.startsWith('templated/'));
    expect(reasons.length).toBeGreaterThan(20);
    for (const s of reasons) expect(s.reason).toMatch(/template/);
    // `{{ }}` inside strings (alert annotations) is not a template: such files are audited.
    const rule = 'real/billimek-k8s-gitops/kubernetes/cert-manager/prometheusRule.yaml';
    expect(result.summary.skipped.some((s) => s.file === rule)).toBe(false);
    expect(result.sources.has(rule)).toBe(true);
  });

  it('reports broken YAML once per document, at the line at fault', () => {
    // `-   name: http` then `protocol:` indented less than `name`: the second line is at fault.
    const gw = at('real/kubernetes-engine-samples/ai-ml/gke-model-armor/configuring-the-gateway/llm-gateway.yaml');
    expect(gw.map((f) => [f.code, f.region.start.line, f.region.start.column])).toEqual([['LP001', 25, 9]]);
    // A stray indent yields dozens of parser errors: one finding, with the count of the rest.
    const vllm = at('real/kubernetes-engine-samples/ai-ml/infw-gw/examples/getting-started/vllm-llama3-8b-instruct.yaml').filter((f) => f.code === 'LP001');
    expect(vllm).toHaveLength(1);
    expect(vllm[0]!.message).toMatch(/more errors in this document/);
    // Argo's multi-line args whose closing line is indented like its key: go-yaml reads them, so do we.
    for (const f of ['ci.yaml', 'secrets.yaml', 'sidecar.yaml', 'nested-workflow.yaml', 'volumes-emptydir.yaml']) {
      expect(at(`real/argo-workflows/examples/${f}`).filter((x) => x.code === 'LP001'), f).toEqual([]);
    }
    // Duplicate keys name the key and where it was first set.
    const dup = at('real/kubernetes-examples/_archived/openshift-origin/etcd-controller.yaml');
    expect(dup.filter((f) => f.code === 'LP001').map((f) => [f.code, f.region.start.line])).toEqual([['LP001', 12]]);
    expect(dup[0]!.message).toMatch(/^duplicate key `selector` \(first set on line 6\)/);
  });

  it('reads CRLF files, Lists, the file name with spaces and 0-byte files', () => {
    // CRLF: `         privileged: true` on line 44; the region ends before the CR.
    const sysdig = at('real/kubernetes-examples/_archived/sysdig-cloud/sysdig-daemonset.yaml').find((f) => f.code === 'LP201')!;
    expect(sysdig.region).toEqual({ start: { line: 44, column: 10 }, end: { line: 44, column: 26 } });
    // kind: List with CRLF: the Deployment inside is audited at its own line.
    const list = at('peers/kube-score/score/testdata/list.yaml').find((f) => f.code === 'LP202')!;
    expect(list.object).toMatchObject({ kind: 'Deployment', name: 'list-deployment-test' });
    expect(list.region.start.line).toBe(31);
    const spaced = 'real/kubernetes-engine-samples/ai-ml/infw-gw/examples/getting-started/vlllm gpu_deployment.yaml';
    expect(result.sources.has(spaced)).toBe(true);
    const empty = 'real/kubernetes-examples/_archived/openshift-origin/secret.json';
    expect(result.sources.get(empty)?.text).toBe('');
    expect(at(empty)).toEqual([]);
  });

  it('audits the incident-shaped privileges found in real manifests at the right places', () => {
    const ne = at('real/kube-prometheus/manifests/nodeExporter-daemonset.yaml');
    expect(ne.filter((f) => f.code === 'LP204').map((f) => f.region.start.line)).toEqual([101]);
    expect(ne.find((f) => f.code === 'LP203')).toMatchObject({ region: { start: { line: 54, column: 15 } }, data: { capability: 'SYS_TIME' } });
    const rook = at('real/rook/deploy/examples/common.yaml').filter((f) => f.code === 'LP101');
    expect(rook.map((f) => [f.severity, f.region.start.line, f.data?.sub])).toEqual([['error', 447, 'exec']]);
    // A read-everything role (Argo CD's server) is a note, not three errors.
    const argocd = at('real/argo-cd/manifests/cluster-rbac/server/argocd-server-clusterrole.yaml').filter((f) => f.code === 'LP101');
    expect(argocd.map((f) => [f.severity, f.messageId])).toEqual([['note', 'wildcardOnly']]);
  });
});
