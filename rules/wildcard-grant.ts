import { defineRule } from '../src/engine/rule.ts';
import { roleLabel, roleRules } from '../src/rbac/objects.ts';
import { roleScope, scaled } from '../src/rbac/scope.ts';

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
        '{role} grants {what} ({scope}). A wildcard matches every current and future verb, resource type or API group, including secrets, escalate, bind, impersonate and resources that CRDs add later. List the verbs, resources and groups the workload uses.',
      full: '{role} grants every verb on every resource of every API group ({scope}): the same power as cluster-admin within its scope, for every resource type that will ever exist. List what the workload uses.',
    },
    docs: {
      whatItDoes:
        'Flags each rule of a Role or ClusterRole with `*` in `verbs`, `apiGroups` or `resources` (or a `*/subresource` resource, or `*` in `nonResourceURLs`). A rule with `*` in all three is reported as equivalent to cluster-admin in its scope. Severity follows scope: the configured severity (`warning`) when bound cluster-wide, `note` for namespace-wide or unbound roles.',
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
      notes: 'Rules with a wildcard are reported here only, not also by each risk rule (secrets-read, pod-creating-workload-write, …), so one rule is one finding.',
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
      ctx.report({
        object: obj,
        path: ['rules', i, fields[0]![0]],
        messageId: full ? 'full' : 'wildcard',
        severity: scaled(ctx.severity, scope.scope),
        data: { role: roleLabel(obj), what: fields.map((f) => f[1]).join(' and '), scope: scope.text },
      });
    });
  },
});
