/**
 * leastpriv's verdicts against the peers' own expected verdicts (kube-linter, kube-score, Polaris,
 * kubesec: `../shared/corpus/peers/<tool>/expectations.extracted.jsonl`, each tool's EXPECTATIONS.md
 * says how its tests encode them), on the checks that overlap a leastpriv rule. One table, read by
 * test/peer-verdicts.test.ts (which holds leastpriv to it) and scripts/compare-peers.mjs (which prints
 * it for docs/peer-comparison.md).
 *
 * A case is one fixture (one object for kube-linter) and one peer check; the peer says fires or passes,
 * leastpriv fires when any rule mapped to that check (`OURS`) reports on it under the mapped profile.
 * Where they differ, `DISAGREEMENTS` says who is right, from Kubernetes' own sources: a case that
 * disagrees without an entry there, or an entry that no longer disagrees, fails the test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { FullAuditResult } from '../../src/engine/audit.ts';
import type { Finding } from '../../src/engine/types.ts';

export type Tool = 'kube-linter' | 'kube-score' | 'polaris' | 'kubesec';

/** Our side of each overlapping check: the profile to run and the rules whose finding means "fires" (null: any LP3xx). */
export const OURS = {
  privileged: { profile: 'leastpriv', rules: ['LP201'] },
  'privilege-escalation': { profile: 'pss-restricted', rules: ['LP314'] },
  'run-as-root': { profile: 'pss-restricted', rules: ['LP315', 'LP316'] },
  'host-network': { profile: 'pss-baseline', rules: ['LP302'] },
  'host-pid-ipc': { profile: 'leastpriv', rules: ['LP204'] },
  'host-path': { profile: 'pss-baseline', rules: ['LP305'] },
  'host-port': { profile: 'pss-baseline', rules: ['LP306'] },
  'capabilities-dangerous': { profile: 'leastpriv', rules: ['LP203'] },
  'capabilities-not-dropped': { profile: 'pss-restricted', rules: ['LP318'] },
  'seccomp-required': { profile: 'pss-restricted', rules: ['LP317'] },
  'proc-mount': { profile: 'pss-baseline', rules: ['LP310'] },
  sysctls: { profile: 'pss-baseline', rules: ['LP312'] },
  'host-process': { profile: 'pss-baseline', rules: ['LP301'] },
  /** kubesec's critical rules (a score below 0) are the baseline's ground: any baseline control. */
  'pss-baseline': { profile: 'pss-baseline', rules: null },
  'secrets-read': { profile: 'leastpriv', rules: ['LP104'] },
  'pod-create': { profile: 'leastpriv', rules: ['LP111'] },
  'cluster-admin': { profile: 'leastpriv', rules: ['LP112'] },
  wildcard: { profile: 'leastpriv', rules: ['LP103'] },
  /** Polaris's cluster-admin checks also fire on a role equal to cluster-admin by wildcards: LP103 says that. */
  'cluster-admin-equivalent': { profile: 'leastpriv', rules: ['LP112', 'LP103'] },
} as const satisfies Record<string, { profile: string; rules: readonly string[] | null }>;
export type OurCheck = keyof typeof OURS;

/** kube-linter check → ours. Per object: objects named `dont-fire` must stay silent, the others fire (bats counts them). */
const KUBE_LINTER: Record<string, OurCheck> = {
  'privileged-container': 'privileged',
  'privilege-escalation-container': 'privilege-escalation',
  'run-as-non-root': 'run-as-root',
  'host-network': 'host-network',
  'host-pid': 'host-pid-ipc',
  'host-ipc': 'host-pid-ipc',
  'sensitive-host-mounts': 'host-path',
  'docker-sock': 'host-path',
  'writable-host-mount': 'host-path',
  'drop-net-raw-capability': 'capabilities-not-dropped',
  'unsafe-proc-mount': 'proc-mount',
  'unsafe-sysctls': 'sysctls',
  'access-to-secrets': 'secrets-read',
  'access-to-create-pods': 'pod-create',
  'cluster-admin-role-binding': 'cluster-admin',
  'wildcard-in-rules': 'wildcard',
};
/**
 * Objects where kube-linter's naming habit (every object not named `dont-fire` fires) is not what its
 * bats test asserts: wildcard-in-rules.yml's first Role (get on pods, no wildcard; the test counts one report).
 */
const KUBE_LINTER_PASSES = new Set(['tests/checks/wildcard-in-rules.yml#0']);

/** kube-score check → ours. Per test file: grade Critical or Warning fires, AllOK passes (skips left out). */
const KUBE_SCORE: Record<string, OurCheck> = {
  'Container Security Context Privileged': 'privileged',
  'Container Security Context User Group ID': 'run-as-root',
  'Container Seccomp Profile': 'seccomp-required',
};

/** Polaris check → ours. Per fixture of test/checks/<check>/: `failure*` fires, `success*` passes. */
const POLARIS: Record<string, OurCheck> = {
  runAsPrivileged: 'privileged',
  privilegeEscalationAllowed: 'privilege-escalation',
  runAsRootAllowed: 'run-as-root',
  hostNetworkSet: 'host-network',
  hostPIDSet: 'host-pid-ipc',
  hostIPCSet: 'host-pid-ipc',
  hostPathSet: 'host-path',
  hostPortSet: 'host-port',
  dangerousCapabilities: 'capabilities-dangerous',
  insecureCapabilities: 'capabilities-not-dropped',
  procMount: 'proc-mount',
  hostProcess: 'host-process',
  clusterrolebindingClusterAdmin: 'cluster-admin-equivalent',
  rolebindingClusterAdminClusterRole: 'cluster-admin-equivalent',
  rolebindingClusterAdminRole: 'cluster-admin-equivalent',
};

/** The peers' checks that leastpriv does not claim to cover, and why (docs/peer-comparison.md lists them). */
export const OUT_OF_SCOPE: Record<Tool, { checks: string[]; why: string }[]> = {
  'kube-linter': [
    {
      checks: ['no-read-only-root-fs', 'default-service-account', 'non-existent-service-account', 'deprecated-service-account-field', 'env-var-secret', 'read-secret-from-env-var'],
      why: 'no leastpriv rule: a writable root filesystem, which service account a pod names, and how a Secret reaches a container are not privileges leastpriv audits',
    },
    { checks: ['privileged-ports', 'ssh-port'], why: 'a containerPort below 1024 or port 22 binds inside the pod network namespace, not on the node; host ports are pss-host-port (LP306)' },
    { checks: ['scc-deny-privileged-container'], why: 'OpenShift SecurityContextConstraints are admission policy objects, not grants leastpriv models' },
    {
      checks: ['dangling-*', 'dnsconfig-options', 'duplicate-env-var', 'env-value-from', 'exposed-services', 'hpa-minimum-three-replicas', 'invalid-target-ports', 'job-ttl-seconds-after-finished', 'latest-tag', '*-port (probes)', 'minimum-three-replicas', 'mismatching-selector', 'no-anti-affinity', 'no-extensions-v1beta', 'no-liveness-probe', 'no-node-affinity', 'no-readiness-probe', 'no-rolling-update-strategy', 'non-isolated-pod', 'pdb-*', 'priority-class-name', 'required-*', 'restart-policy', 'sorted-keys', 'statefulset-volumeclaimtemplate-annotation', 'unset-*-requirements', 'use-namespace', 'template-*', 'schema-validation', 'flag-*'],
      why: 'reliability, resources, networking, style or CLI behaviour, not privilege',
    },
  ],
  'kube-score': [
    { checks: ['Container Security Context ReadOnlyRootFilesystem'], why: 'no leastpriv rule (a writable root filesystem is not a privilege over the node or the API)' },
    { checks: ['every other kube-score check (resources, probes, image, PDB, HPA, NetworkPolicy, Service, Ingress, StatefulSet, CronJob, stable version)'], why: 'reliability and configuration, not privilege' },
  ],
  polaris: [
    { checks: ['automountServiceAccountToken', 'notReadOnlyRootFilesystem', 'sensitiveConfigmapContent', 'sensitiveContainerEnvVar'], why: 'no leastpriv rule' },
    {
      checks: ['clusterrolePodExecAttach', 'clusterrolebindingPodExecAttach', 'rolePodExecAttach', 'rolebindingClusterRolePodExecAttach', 'rolebindingRolePodExecAttach'],
      why: 'an exec grant as such is not a leastpriv finding: exec-subresource-verb-mismatch (LP101/LP102) asks whether it is complete (create and get), exec-into-node-access-workload (LP115) whether it reaches a pod with node access',
    },
    { checks: ['linuxHardening'], why: 'Polaris passes any one of seccomp, AppArmor, SELinux or dropped capabilities; PSS restricted (LP317, LP318) requires seccomp and drop ALL each, so no leastpriv rule asks the same question' },
    { checks: ['webhook_cases (Polaris default configuration)'], why: 'the default configuration rejects on image tags and resources as well, out of scope; each of its security checks is compared one by one above' },
    { checks: ['resources, probes, replicas, PDB, HPA, NetworkPolicy, tags, pull policy, priority class, topology, tlsSettingsMissing, metadataAndInstanceMismatched, custom checks'], why: 'reliability and configuration, not privilege' },
  ],
  kubesec: [
    { checks: ['schema, input and CLI tests (invalid JSON, empty file, kinds accepted, form prefixes, remote API)'], why: 'input handling, compared by test/corpus.test.ts, not verdicts' },
  ],
};

export interface PeerCase {
  tool: Tool;
  peerCheck: string;
  check: OurCheck;
  /** The fixture, relative to the tool's folder (`#N Kind/name` appended for a kube-linter object). */
  subject: string;
  file: string;
  /** kube-linter: the YAML document index of the object, and of the role a binding refers to. */
  documents?: number[];
  peer: boolean;
}
export interface PeerRow extends PeerCase {
  ours: boolean;
}

/** A disagreement, decided. `peer`/`ours`: does each fire. */
export interface Disagreement {
  tool: Tool;
  peerCheck: string;
  subject: string;
  peer: boolean;
  ours: boolean;
  verdict: 'deliberate' | 'peer wrong';
  why: string;
}

const PSA_HOSTPATH = 'Deliberate. PSS baseline forbids every hostPath volume, not only the Docker socket (PSA check_hostPathVolumes.go); kube-linter’s own sensitive-host-mounts agrees on the same kind of case';
const PSA_DROP_ALL = 'Deliberate. PSA restricted requires `drop: [ALL]` (check_capabilities_restricted.go); dropping a hand-picked list leaves SETUID, SETGID, KILL… and is not admitted';
const PSA_DROP_ALL_EXACT = 'Deliberate. PSA compares `ALL` exactly (check_capabilities_restricted.go), so a restricted namespace rejects `All` (containerd reads it case-blind; capabilities-not-dropped LP202 says so)';
const NET_ADMIN = 'Deliberate. NET_ADMIN is in leastpriv’s default capability allowlist (the incident’s debug agent: drop ALL, add NET_ADMIN + NET_RAW instead of privileged); unjustified-privilege (LP205) asks for a written reason, and pss-capability-beyond-baseline (LP304) rejects it under --profile pss-baseline, as PSA does';
const SECCOMP_ANNOTATION = 'Peer wrong. `seccomp.security.alpha.kubernetes.io/defaultProfileName` is a PodSecurityPolicy annotation that never had an effect on a Pod, so the pod runs Unconfined; PSA restricted reads only the seccompProfile fields since policy v1.19 (check_seccompProfile_restricted.go)';
const POLARIS_EXEMPT = 'Deliberate. Polaris exempts roles and bindings by name (`system:` and `gce:` prefixes, meant for the cluster’s own defaults); in a repository these grant every verb on every resource all the same, so wildcard-grant (LP103) reports them';
const WILDCARD_TWO = 'Deliberate. Polaris asks whether the role equals cluster-admin; wildcard-grant (LP103) reports any wildcard, and a `*` on two of verbs, resources and API groups still reaches every Secret and every future resource type';

export const DISAGREEMENTS: Disagreement[] = [
  { tool: 'kube-linter', peerCheck: 'docker-sock', subject: 'tests/checks/docker-sock.yml#0 Deployment/dont-fire', peer: false, ours: true, verdict: 'deliberate', why: PSA_HOSTPATH },
  { tool: 'kube-linter', peerCheck: 'docker-sock', subject: 'tests/checks/docker-sock.yml#1 DeploymentConfig/dont-fire', peer: false, ours: true, verdict: 'deliberate', why: PSA_HOSTPATH },
  { tool: 'kube-linter', peerCheck: 'drop-net-raw-capability', subject: 'tests/checks/drop-net-raw-capability.yml#0 Deployment/dont-fire', peer: false, ours: true, verdict: 'deliberate', why: PSA_DROP_ALL },
  { tool: 'kube-linter', peerCheck: 'drop-net-raw-capability', subject: 'tests/checks/drop-net-raw-capability.yml#1 DeploymentConfig/dont-fire', peer: false, ours: true, verdict: 'deliberate', why: PSA_DROP_ALL },
  { tool: 'kube-score', peerCheck: 'Container Seccomp Profile', subject: 'pod-seccomp-annotated.yaml', peer: false, ours: true, verdict: 'peer wrong', why: SECCOMP_ANNOTATION },
  { tool: 'kube-score', peerCheck: 'Container Seccomp Profile', subject: 'pod-seccomp-annotated-annotation-optional.yaml', peer: false, ours: true, verdict: 'peer wrong', why: SECCOMP_ANNOTATION },
  {
    tool: 'kube-score',
    peerCheck: 'Container Security Context User Group ID',
    subject: 'pod-security-context-all-good.yaml',
    peer: false,
    ours: true,
    verdict: 'deliberate',
    why: 'Deliberate. PSA restricted requires runAsNonRoot: true whatever runAsUser says (check_runAsNonRoot.go); kube-score’s check is about UID/GID ranges, a different rule',
  },
  { tool: 'polaris', peerCheck: 'dangerousCapabilities', subject: 'dangerousCapabilities/failure.yaml', peer: true, ours: false, verdict: 'deliberate', why: NET_ADMIN },
  { tool: 'polaris', peerCheck: 'dangerousCapabilities', subject: 'dangerousCapabilities/failure.case.yaml', peer: true, ours: false, verdict: 'deliberate', why: NET_ADMIN },
  { tool: 'polaris', peerCheck: 'insecureCapabilities', subject: 'insecureCapabilities/success.yaml', peer: false, ours: true, verdict: 'deliberate', why: PSA_DROP_ALL },
  { tool: 'polaris', peerCheck: 'insecureCapabilities', subject: 'insecureCapabilities/success.pod.yaml', peer: false, ours: true, verdict: 'deliberate', why: PSA_DROP_ALL },
  { tool: 'polaris', peerCheck: 'insecureCapabilities', subject: 'insecureCapabilities/success.case.yaml', peer: false, ours: true, verdict: 'deliberate', why: PSA_DROP_ALL },
  { tool: 'polaris', peerCheck: 'insecureCapabilities', subject: 'insecureCapabilities/success.all.yaml', peer: false, ours: true, verdict: 'deliberate', why: PSA_DROP_ALL_EXACT },
  {
    tool: 'polaris',
    peerCheck: 'runAsRootAllowed',
    subject: 'runAsRootAllowed/failure.yaml',
    peer: true,
    ours: false,
    verdict: 'peer wrong',
    why: 'Peer fixture wrong. `apiVersion: v1` has no kind Deployment: the API server rejects the object, so it holds no pod; leastpriv reports it as unknown-builtin-kind (LP031), not silent',
  },
  ...['clusterrolebindingClusterAdmin', 'rolebindingClusterAdminClusterRole', 'rolebindingClusterAdminRole'].flatMap((c): Disagreement[] => [
    ...['explicit_apigroups', 'explicit_resources', 'explicit_verbs'].map((f) => ({ tool: 'polaris' as const, peerCheck: c, subject: `${c}/success.${f}.yaml`, peer: false, ours: true, verdict: 'deliberate' as const, why: WILDCARD_TWO })),
    ...['gce_calico_binding', 'system_prefix_binding'].map((f) => ({ tool: 'polaris' as const, peerCheck: c, subject: `${c}/success.${f}.yaml`, peer: false, ours: true, verdict: 'deliberate' as const, why: POLARIS_EXEMPT })),
  ]),
];

export const disagreementKey = (d: { tool: string; peerCheck: string; subject: string; peer: boolean; ours: boolean }): string =>
  `${d.tool} | ${d.peerCheck} | ${d.subject}: peer ${d.peer ? 'fires' : 'passes'}, leastpriv ${d.ours ? 'fires' : 'passes'}`;

function jsonl(peers: string, tool: Tool): Record<string, unknown>[] {
  return readFileSync(join(peers, tool, 'expectations.extracted.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

type Obj = { kind?: string; metadata?: { name?: string; namespace?: string }; roleRef?: { kind?: string; name?: string } } | null;

/** Every overlapping case of the four peers, from their expectations (no leastpriv run). */
export function peerCases(peers: string): PeerCase[] {
  const cases: PeerCase[] = [];

  for (const t of jsonl(peers, 'kube-linter') as { test: string; file: string | null }[]) {
    const check = KUBE_LINTER[t.test];
    if (!check || !t.file) continue;
    const file = join('kube-linter', t.file);
    const docs = parseAllDocuments(readFileSync(join(peers, file), 'utf8')).map((d) => d.toJS() as Obj);
    docs.forEach((o, i) => {
      if (!o?.kind) return;
      const name = o.metadata?.name ?? '';
      // a binding fires where the role it grants does: kube-linter reports the binding, leastpriv the role's rule
      const role = o.roleRef ? docs.findIndex((r) => r?.kind === o.roleRef!.kind && r?.metadata?.name === o.roleRef!.name && (r?.kind !== 'Role' || r.metadata?.namespace === o.metadata?.namespace)) : -1;
      cases.push({
        tool: 'kube-linter',
        peerCheck: t.test,
        check,
        subject: `${t.file}#${i} ${o.kind}/${name}`,
        file,
        documents: role >= 0 ? [i, role] : [i],
        peer: name !== 'dont-fire' && !KUBE_LINTER_PASSES.has(`${t.file}#${i}`),
      });
    });
  }

  for (const t of jsonl(peers, 'kube-score') as { check: string; grade: string; files: string[] }[]) {
    const check = KUBE_SCORE[t.check];
    if (!check || !/^Grade/.test(t.grade) || t.files.length !== 1) continue;
    cases.push({ tool: 'kube-score', peerCheck: t.check, check, subject: t.files[0]!, file: join('kube-score', 'score', 'testdata', t.files[0]!), peer: t.grade !== 'GradeAllOK' });
  }

  for (const t of jsonl(peers, 'polaris') as { check?: string; role: string; file: string }[]) {
    const check = t.check ? POLARIS[t.check] : undefined;
    if (!check || t.role !== 'check-fixture') continue;
    cases.push({ tool: 'polaris', peerCheck: t.check!, check, subject: t.file.replace(/^test\/checks\//, ''), file: join('polaris', t.file), peer: /failure/.test(t.file) });
  }

  // kubesec: every test of one asset that asserts the sign of the score, run locally. Below 0 means a
  // critical rule matched (fires); 0 or above passes.
  for (const t of jsonl(peers, 'kubesec') as { test: string; assets: string[]; assertions: string[]; skip: string[] }[]) {
    if (t.assets.length !== 1 || t.skip.length || /remote/.test(t.test)) continue;
    const sign = t.assertions.map((a) => /^assert_(lt|gt)?_?zero_points/.exec(a)?.[1] ?? (/^assert_zero_points/.test(a) ? 'eq' : undefined)).find(Boolean);
    if (!sign) continue;
    const file = join('kubesec', 'test', 'asset', t.assets[0]!);
    if (!existsSync(join(peers, file))) continue;
    const check: OurCheck = /allowPrivilegeEscalation/.test(t.assets[0]!) ? 'privilege-escalation' : 'pss-baseline';
    cases.push({ tool: 'kubesec', peerCheck: t.test, check, subject: t.assets[0]!, file, peer: sign === 'lt' });
  }

  // one case per fixture and peer check (kubesec tests reuse assets: the first test names it)
  const seen = new Set<string>();
  return cases.filter((c) => {
    const k = c.tool === 'kubesec' ? `${c.tool}\0${c.check}\0${c.subject}` : `${c.tool}\0${c.peerCheck}\0${c.subject}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

/** leastpriv's verdict on each case: `run(file, profile)` audits one fixture (relative to the peers folder). */
export function compare(cases: PeerCase[], run: (file: string, profile: string) => FullAuditResult): PeerRow[] {
  return cases.map((c) => {
    const { profile, rules } = OURS[c.check];
    const counts = (f: Finding): boolean =>
      !f.suppressed && (rules ? (rules as readonly string[]).includes(f.code) : f.code.startsWith('LP3')) && (!c.documents || (f.object !== undefined && c.documents.includes(f.object.documentIndex)));
    return { ...c, ours: run(c.file, profile).findings.some(counts) };
  });
}

/** Cases, agreements and disagreements per tool and peer check. */
export function tally(rows: PeerRow[]): { tool: Tool; peerCheck: string; check: OurCheck; cases: number; agree: number }[] {
  const out = new Map<string, { tool: Tool; peerCheck: string; check: OurCheck; cases: number; agree: number }>();
  for (const r of rows) {
    const k = `${r.tool}\0${r.peerCheck}`;
    const g = out.get(k) ?? { tool: r.tool, peerCheck: r.peerCheck, check: r.check, cases: 0, agree: 0 };
    g.cases++;
    if (r.peer === r.ours) g.agree++;
    out.set(k, g);
  }
  return [...out.values()];
}
