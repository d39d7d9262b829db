/**
 * What `leastpriv verify` reports. Live findings are not produced by pure rules over the model
 * (they need the cluster), but they carry the same metadata as rules so that every reporter, SARIF's
 * rule table and fingerprints work unchanged. Codes LP9xx are reserved for live verification.
 */
import { defineRule } from '../../engine/rule.ts';

const REF_RBAC = 'https://kubernetes.io/docs/reference/access-authn-authz/rbac/';
const REF_SAR = 'https://kubernetes.io/docs/reference/access-authn-authz/authorization/#checking-api-access';
const REF_GATE = 'https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/';

export const accessDenied = defineRule({
  meta: {
    code: 'LP901',
    name: 'live-access-denied',
    severity: 'error',
    category: 'rbac',
    description: 'The manifests grant a permission that the cluster denies.',
    securitySeverity: 5.0,
    tags: ['live', 'rbac'],
    messages: {
      denied:
        '{subject} may {action} according to this rule, but the API server denies it ({via}): the manifest is not applied, or the cluster runs an older copy. Apply it (kubectl apply) or find what overrides it.',
    },
    docs: {
      whatItDoes: 'Asks the API server (SubjectAccessReview, or SelfSubjectAccessReview under impersonation) about every permission that a bound Role or ClusterRole in the manifests grants, and reports each one the cluster denies.',
      whyItMatters: 'A permission that exists in git but not in the cluster is the gap behind "it works on my branch": tools that depend on it fail at run time, often with an error that hides the 403.',
      example: 'verbs: ["create", "get"]  # in git; the cluster still runs ["create"]',
      useInstead: 'Apply the manifests, then run `leastpriv verify` again.',
      references: [REF_SAR, REF_RBAC],
    },
  },
});

export const accessUnexpected = defineRule({
  meta: {
    code: 'LP902',
    name: 'live-access-not-in-manifests',
    severity: 'warning',
    category: 'rbac',
    description: 'The cluster allows a streaming permission that the manifests do not grant.',
    securitySeverity: 6.0,
    tags: ['live', 'rbac', 'exec'],
    messages: {
      unexpected:
        '{subject} may {action} in the cluster, but no Role or ClusterRole in these manifests grants it: something else does (another binding, an aggregated ClusterRole, a group). Find it with `kubectl auth can-i {verb} {resource} --as={user}` and either add it to the manifests or remove it.',
    },
    docs: {
      whatItDoes: 'For every subject that the manifests grant exec, attach or port-forward, asks whether the cluster also allows the other verbs on those subresources, and reports what is allowed but not in the manifests.',
      whyItMatters: 'Privileges granted outside the reviewed manifests are invisible to code review: least privilege holds only if the cluster grants no more than git says.',
      example: 'verbs: ["create"]  # yet the cluster also allows get on pods/exec',
      useInstead: 'Grant the permission here, where it is reviewed, or remove the grant that gives it elsewhere.',
      references: [REF_SAR, REF_GATE],
    },
  },
});

export const probeFailed = defineRule({
  meta: {
    code: 'LP903',
    name: 'live-probe-failed',
    severity: 'error',
    category: 'rbac',
    description: 'A probe command could not run, or did not do what it should, in a container the manifests promise it can.',
    securitySeverity: 5.0,
    tags: ['live', 'exec', 'probe'],
    messages: {
      upgradeRefused:
        'probe {probe} in {pod} as {identity}: {error}. {fix}',
      failed: 'probe {probe} in {pod} as {identity}: `{command}` {outcome}. {fix}',
      noPods: 'probe {probe}: no running pod of {object} matches {selector} in namespace {namespace}; nothing to probe. Deploy it, or fix the probe target.',
      unreachable: 'probe {probe} in {pod}: {error}',
    },
    docs: {
      whatItDoes: 'Runs the probe catalog (built-in: the incident six diagnostic tools) over WebSocket exec in the pods of the workloads the manifests define, as the identity the manifests grant exec to, and reports every failure with the HTTP status and the API server message or the exit code and output.',
      whyItMatters: 'RBAC and capabilities are promises; a probe proves them. WebSocket exec needs get on pods/exec (and create from Kubernetes 1.35), and a dropped capability breaks the tool that needs it: both show up here by name instead of as "WebSocket connection failed (empty error)".',
      example: 'resources: ["pods/exec"]\nverbs: ["create"]',
      useInstead: 'resources: ["pods/exec"]\nverbs: ["create", "get"]',
      references: [REF_GATE, 'https://kubernetes.io/docs/tasks/debug/debug-application/get-shell-running-container/'],
    },
  },
});

export const capabilitiesMismatch = defineRule({
  meta: {
    code: 'LP904',
    name: 'live-capabilities-mismatch',
    severity: 'error',
    category: 'pod-security',
    description: "A running container's capability set differs from what its manifest declares.",
    securitySeverity: 7.0,
    tags: ['live', 'capabilities'],
    messages: {
      extra: '{container} runs in {pod} with capabilities the manifest does not give it: {caps} (bounding set read from /proc/1/status; the manifest promises {expected}). The cluster runs another version of this workload, or an admission controller changed it.',
      missing: '{container} runs in {pod} without {caps}, which the manifest adds: tools that need them will fail ({expected} promised). Check the runtime and admission policies.',
      unreadable: 'cannot read the capabilities of {container} in {pod}: {error}',
    },
    docs: {
      whatItDoes: "Reads /proc/1/status in each container through exec, decodes CapBnd/CapEff/CapPrm, and compares the bounding set with the manifest's privileged flag, drop and add lists (runtime defaults when nothing is dropped).",
      whyItMatters: 'A container still privileged in the cluster has every capability, whatever git says; one missing NET_RAW breaks ping. Only the running process tells.',
      example: 'capabilities: { drop: [ALL], add: [NET_ADMIN, NET_RAW] }  # cluster: privileged',
      useInstead: 'Roll out the manifest; verify again.',
      references: ['https://man7.org/linux/man-pages/man7/capabilities.7.html', 'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container'],
    },
  },
});

export const drift = defineRule({
  meta: {
    code: 'LP905',
    name: 'live-drift',
    severity: 'warning',
    category: 'rbac',
    description: 'The live object differs from the manifest in a security-relevant field, or does not exist.',
    securitySeverity: 5.0,
    tags: ['live', 'drift'],
    messages: {
      missing: '{object} is not in the cluster ({error}): nothing that depends on it works there.',
      changed: '{object}: {field} in the cluster is {live}, the manifest says {declared}.',
    },
    docs: {
      whatItDoes: 'GETs the live copy of every audited object and compares the fields that decide privilege: RBAC rules, role references and subjects, service account, host namespaces, privileged and capabilities.',
      whyItMatters: 'An audit of git is only as good as the match between git and the cluster.',
      example: 'privileged: false  # cluster: true',
      useInstead: 'Apply the manifests, or bring git up to date with the cluster.',
      references: [REF_RBAC],
    },
  },
});

export const unreachable = defineRule({
  meta: {
    code: 'LP906',
    name: 'live-cluster-unreachable',
    severity: 'error',
    category: 'input',
    description: 'The API server could not be reached or refused the verifier itself.',
    securitySeverity: 1.0,
    tags: ['live'],
    messages: {
      failed: 'cannot verify against {server} ({origin}): {error}',
    },
    docs: {
      whatItDoes: 'Reports connection failures with their cause: DNS, refused, TLS (unknown authority, name mismatch), 401, 403, timeout.',
      whyItMatters: 'A verification that did not run proves nothing; it must say why.',
      example: 'certificate-authority: old-ca.crt',
      useInstead: 'Fix the kubeconfig (or --context, --kubeconfig) and run again.',
      references: ['https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/'],
    },
  },
});

export const LIVE_RULES = [accessDenied, accessUnexpected, probeFailed, capabilitiesMismatch, drift, unreachable] as const;
