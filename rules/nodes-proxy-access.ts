import { defineRule } from '../src/engine/rule.ts';
import { riskyRules, type GrantSpec } from '../src/rbac/grant-check.ts';
import { roleLabel } from '../src/rbac/objects.ts';
import { scaled } from '../src/rbac/scope.ts';

/** What this rule looks for (facts: https://kubernetes.io/docs/concepts/security/rbac-good-practices/#access-to-proxy-subresource-of-nodes). */
const SPECS: readonly GrantSpec[] = [{ verbs: ['get', 'create', 'update', 'patch', 'delete'], group: '', resource: 'nodes', subresource: 'proxy' }];

export default defineRule({
  meta: {
    code: 'LP106',
    name: 'nodes-proxy-access',
    severity: 'error',
    category: 'rbac',
    description: "A role grants access to the `nodes/proxy` subresource.",
    securitySeverity: 8.8,
    tags: ["rbac", "escalation", "node"],
    messages: {
      grant: "{role} grants {grants} ({scope}). Through nodes/proxy a subject talks to the kubelet API directly, which runs commands in any pod on the node and bypasses admission control and audit logging of the API server. Remove it; use metrics endpoints or `pods/log` instead.",
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole that grants any verb on `nodes/proxy`. Severity follows scope. Rules with `*` are reported by `wildcard-grant`.",
      whyItMatters: "The RBAC good practices page warns that access to the `nodes/proxy` subresource gives access to the Kubelet API, which can run commands in every pod on the node, and that such requests bypass audit logging and admission control. It is often granted by monitoring stacks for metrics; a scrape of `/metrics/cadvisor` via the API server needs it, but direct kubelet scraping with a token review does not.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: metrics }
rules:
- apiGroups: [""]
  resources: ["nodes/proxy"]
  verbs: ["get"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: metrics }
rules:
- apiGroups: [""]
  resources: ["nodes/metrics"]
  verbs: ["get"]`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#access-to-proxy-subresource-of-nodes",
        "https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/"
],
      notes: 'Severity is scaled by scope: the configured severity when a ClusterRoleBinding (directly or through an aggregating role) makes the grant cluster-wide, one step lower for a Role, a ClusterRole bound only by RoleBindings, or a role not bound in the manifests. Suppress on the role rule with a reason when the grant is needed.',
    },
  },
  checkObject(obj, ctx) {
    for (const hit of riskyRules(obj, ctx.model, SPECS)) {
      ctx.report({
        object: obj,
        path: ['rules', hit.index, 'verbs'],
        messageId: 'grant',
        severity: scaled(ctx.severity, hit.scope.scope),
        data: { role: roleLabel(obj), grants: hit.grants.join(', '), scope: hit.scope.text },
      });
    }
  },
});
