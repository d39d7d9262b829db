import { defineRule } from '../src/engine/rule.ts';
import { roleLabel, roleRules } from '../src/rbac/objects.ts';
import { roleScope, scaled } from '../src/rbac/scope.ts';
import { grantsVerbOn, nonResourceURLMatches, streamOpeningVerbs, verbMatches } from '../src/rbac/match.ts';
import { lower } from '../src/rbac/grant-check.ts';
import type { PolicyRule } from 'kubernetes-types/rbac/v1';
import { wildcardNarrowing } from '../src/fix/offers.ts';
import { BUILTIN_RESOURCES } from '../src/rbac/resources.ts';

/**
 * The risky permissions a wildcard rule actually reaches, named in its message: a wildcard confined
 * to one API group (`metrics.k8s.io`, a CRD group) or to one subresource (`*\/exec`) reaches none of
 * secrets, escalate, bind or impersonate, and must not say so. `cluster` tells whether a
 * ClusterRoleBinding makes cluster-scoped requests (impersonating users, nodes/proxy) reachable.
 */
const REACH: { what: string; detail?: string; verbs: readonly string[] | 'stream'; group: string; resource: string; sub?: string; clusterScoped?: boolean }[] = [
  { what: 'reading Secrets', verbs: ['get', 'list', 'watch'], group: '', resource: 'secrets' },
  { what: 'escalate and bind on roles', verbs: ['escalate', 'bind'], group: 'rbac.authorization.k8s.io', resource: 'roles' },
  { what: 'escalate and bind on cluster roles', verbs: ['escalate', 'bind'], group: 'rbac.authorization.k8s.io', resource: 'clusterroles' },
  { what: 'impersonating users and groups', verbs: ['impersonate'], group: '', resource: 'users', clusterScoped: true },
  { what: 'impersonating service accounts', verbs: ['impersonate'], group: '', resource: 'serviceaccounts' },
  { what: 'creating pods', verbs: ['create'], group: '', resource: 'pods' },
  ...[['apps', 'deployments'], ['apps', 'daemonsets'], ['apps', 'statefulsets'], ['apps', 'replicasets'], ['batch', 'jobs'], ['batch', 'cronjobs'], ['', 'replicationcontrollers']].map(([group, resource]) => ({ what: 'writing workloads that create pods', detail: resource!, verbs: ['create', 'update', 'patch'], group: group!, resource: resource! })),
  // `create`, and before Kubernetes 1.35 also `get` (the WebSocket verb): src/rbac/match.ts, streamOpeningVerbs
  { what: 'exec into pods', verbs: 'stream', group: '', resource: 'pods', sub: 'exec' },
  { what: 'writing RoleBindings', verbs: ['create', 'update', 'patch'], group: 'rbac.authorization.k8s.io', resource: 'rolebindings' },
  { what: 'the kubelet API through nodes/proxy', verbs: ['get', 'create'], group: '', resource: 'nodes', sub: 'proxy', clusterScoped: true },
];

/**
 * What a rule of non-resource URLs reaches on the API server (a rule has either resources or
 * nonResourceURLs, never both: pkg/apis/rbac/validation/validation.go, ValidatePolicyRule). The verb of
 * a non-resource request is its HTTP method in lower case (k8s.io/apiserver pkg/endpoints/request/
 * requestinfo.go); the debug endpoints are installed in k8s.io/apiserver pkg/server/routes (profiling.go:
 * /debug/pprof; flags.go with StringFlagPutHandler: PUT /debug/flags/v sets the log level).
 */
const NON_RESOURCE_REACH: { what: string; verb: string; url: string }[] = [
  { what: 'profiling the API server (/debug/pprof)', verb: 'get', url: '/debug/pprof/profile' },
  { what: "changing the API server's log level (PUT /debug/flags/v)", verb: 'put', url: '/debug/flags/v' },
  { what: "the API server's metrics (/metrics)", verb: 'get', url: '/metrics' },
];

function nonResourceReaches(rule: PolicyRule): string[] {
  return NON_RESOURCE_REACH.filter((r) => verbMatches(rule, r.verb) && nonResourceURLMatches(rule, r.url)).map((r) => r.what);
}

function reaches(rule: PolicyRule, cluster: boolean, kubeVersion: string): string[] {
  const out = new Map<string, string[]>();
  for (const r of REACH) {
    const verbs = r.verbs === 'stream' ? streamOpeningVerbs(kubeVersion) : r.verbs;
    if ((!cluster && r.clusterScoped) || !verbs.some((v) => grantsVerbOn(rule, v, r.group, r.resource, r.sub ?? ''))) continue;
    out.set(r.what, [...(out.get(r.what) ?? []), ...(r.detail ? [r.detail] : [])]);
  }
  return [...out].map(([what, details]) => (details.length ? `${what} (${details.join(', ')})` : what));
}

/**
 * Wildcards as the authorizer reads them (kubernetes/kubernetes pkg/apis/rbac/v1/evaluation_helpers.go):
 * `*` in verbs, apiGroups or resources (and `*\/sub` for a subresource of every resource) matches
 * everything, including resource types and verbs added later (RBAC good practices, "Least privilege").
 */
export default defineRule({
  meta: {
    code: 'LP103',
    name: 'wildcard-grant',
    severity: 'warning',
    category: 'rbac',
    description: 'A role grants `*` verbs, resources, API groups or non-resource URLs.',
    securitySeverity: 7.0,
    tags: ['rbac', 'wildcard', 'escalation'],
    messages: {
      wildcard:
        '{role} grants {what} ({scope}). A wildcard matches every current and future verb, resource type or API group, here including {reach}. List the verbs, resources and groups the workload uses.',
      confined:
        '{role} grants {what} ({scope}). The wildcard stays within {within} and reaches no Secret, RBAC, impersonation or pod permission, but it matches verbs and resource types added later and hides what the workload uses. List the verbs and resources the workload uses.',
      full: '{role} grants every verb on every resource of every API group ({scope}): the same power as cluster-admin within its scope, for every resource type that will ever exist. List what the workload uses.',
    },
    docs: {
      whatItDoes:
        'Flags each rule of a Role or ClusterRole with `*` in `verbs`, `apiGroups` or `resources` (or a `*/subresource` resource, or `*` in `nonResourceURLs`). A rule with `*` in all three is reported as equivalent to cluster-admin in its scope. The message names what the wildcard really reaches (reading Secrets, escalate/bind, impersonation, creating pods, exec, RoleBindings, nodes/proxy); a wildcard confined to one API group or subresource that reaches none of them (`metrics.k8s.io` resources, a CRD group) says so and is reported one step lower. For non-resource URLs the reach is the API server profiling (`/debug/pprof`), log level (`PUT /debug/flags/v`) and metrics endpoints; `*` verbs on other URLs only (`/healthz`, `/version`) are confined. Severity follows scope: the configured severity (`warning`) when bound cluster-wide, `note` for namespace-wide or unbound roles.',
      whyItMatters:
        'The RBAC good practices page asks to avoid wildcard permissions, especially to all resources: Kubernetes is extensible, so a wildcard grants not only every object type that exists today but every type added later by an upgrade or a CRD, and every verb, including `escalate`, `bind` and `impersonate`. A wildcard also hides what a workload actually uses, so nobody can review it.',
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: operator }
rules:
- apiGroups: ["*"]
  resources: ["*"]
  verbs: ["*"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: operator }
rules:
- apiGroups: ["example.com"]
  resources: ["widgets", "widgets/status"]
  verbs: ["get", "list", "watch", "update", "patch"]`,
      references: [
        'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege',
        'https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/rbac/v1/evaluation_helpers.go',
        'https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources',
      ],
      notes:
        'Rules with a wildcard are reported here only, not also by each risk rule (secrets-read, pod-creating-workload-write, …), so one rule is one finding. Suggestions (`--fix --suggestions`, JSON, SARIF, PR suggestions) replace a wildcard with an explicit list where the list is knowable offline, marked `# TODO` for the reviewer to cut down: `*` verbs with the standard verbs (get, list, watch, create, update, patch, delete, deletecollection: no escalate, bind, impersonate or later verbs), `*` resources of built-in API groups with those groups\' built-in resources (a Role: the namespaced ones; no subresources), `*` API groups with the groups of the built-in resources named. A wildcard over custom or aggregated APIs, or in non-resource URLs, gets none. Each suggestion narrows the grant: check it still covers what the workload does.',
    },
  },
  checkObject(obj, ctx) {
    const rules = roleRules(obj);
    if (!rules) return;
    let scope: ReturnType<typeof roleScope> | undefined;
    rules.forEach((rule, i) => {
      const fields: [string, string][] = [];
      if ((rule.verbs ?? []).includes('*')) fields.push(['verbs', 'every verb (`*`)']);
      if ((rule.apiGroups ?? []).includes('*')) fields.push(['apiGroups', 'every API group (`*`)']);
      const res = (rule.resources ?? []).find((r) => r === '*' || r.startsWith('*/'));
      if (res) fields.push(['resources', res === '*' ? 'every resource (`*`)' : `the ${res.slice(2)} subresource of every resource (\`${res}\`)`]);
      if ((rule.nonResourceURLs ?? []).includes('*')) fields.push(['nonResourceURLs', 'every non-resource URL (`*`)']);
      if (!fields.length) return;
      scope ??= roleScope(ctx.model.rbac, obj);
      const full = fields.length >= 3 && fields.some((f) => f[0] === 'resources' && res === '*');
      const severity = scaled(ctx.severity, scope.scope);
      // A rule of non-resource URLs (`/healthz`, `/debug/*`) has no groups or resources to stay within.
      const nonResource = !(rule.resources ?? []).length && (rule.nonResourceURLs ?? []).length > 0;
      const reach = full ? [] : nonResource ? nonResourceReaches(rule) : reaches(rule, scope.scope !== 'namespace', ctx.kubeVersion);
      const confined = !full && reach.length === 0;
      const groups = (rule.apiGroups ?? []).map((g) => (g === '' ? 'the core group' : g === '*' ? 'every group' : g));
      const within = nonResource
        ? `the non-resource URLs ${(rule.nonResourceURLs ?? []).join(', ')}`
        : res && res !== '*'
          ? `the ${res.slice(2)} subresource`
          : `${groups.join(', ')}${res === '*' ? '' : ` (${(rule.resources ?? []).join(', ')})`}`;
      const suggestions = wildcardNarrowing(rule, i, obj.kind === 'Role', { resources: BUILTIN_RESOURCES, version: 'v1.32' });
      ctx.report({
        object: obj,
        path: ['rules', i, fields[0]![0]],
        ...(suggestions.length ? { suggestions } : {}),
        messageId: full ? 'full' : confined ? 'confined' : 'wildcard',
        severity: confined ? lower(severity) : severity,
        data: { role: roleLabel(obj), what: fields.map((f) => f[1]).join(' and '), scope: scope.text, reach: reach.join(', '), within },
      });
    });
  },
});
