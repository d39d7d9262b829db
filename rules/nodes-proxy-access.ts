import { defineRule } from '../src/engine/rule.ts';
import { grantCheck, SCOPE_NOTE, type GrantSpec } from '../src/rbac/grant-check.ts';

/** What this rule looks for (facts: https://kubernetes.io/docs/concepts/security/rbac-good-practices/#access-to-proxy-subresource-of-nodes). */
const SPECS: readonly GrantSpec[] = [{ verbs: ['get', 'create', 'update', 'patch', 'delete'], group: '', resource: 'nodes', subresource: 'proxy', clusterScoped: true }];

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
      whatItDoes: "Flags each rule of a Role or ClusterRole that grants any verb on `nodes/proxy`. Severity follows scope. Nodes are cluster-scoped: a Role, or a ClusterRole bound only by RoleBindings, grants nothing on them and is not reported. Rules with `*` are reported by `wildcard-grant`.",
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
      notes: SCOPE_NOTE,
    },
  },
  checkObject: grantCheck(SPECS),
});
