import { defineRule } from '../src/engine/rule.ts';
import { grantCheck, lower, SCOPE_NOTE, type GrantSpec } from '../src/rbac/grant-check.ts';

/** What this rule looks for (facts: https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets). */
const SPECS: readonly GrantSpec[] = [{ verbs: ['get', 'list', 'watch'], group: '', resource: 'secrets' }];

export default defineRule({
  meta: {
    code: 'LP104',
    name: 'secrets-read',
    severity: 'warning',
    category: 'rbac',
    description: "A role grants read access (get, list or watch) to Secrets.",
    securitySeverity: 6.5,
    tags: ["rbac", "secrets", "escalation"],
    messages: {
      listWatch: "{role} grants {grants} ({scope}). {bulk} the contents of every Secret in reach, not just their names, and Secrets hold service account tokens and credentials that lead to other privileges. Limit it to named Secrets with resourceNames and `get`, or to the namespaces that need it.",
      get: "{role} grants {grants} ({scope}). `get` returns the whole contents of any Secret whose name is known or guessed (chart and controller Secret names are predictable), and Secrets hold service account tokens and credentials that lead to other privileges. List the Secrets it needs in resourceNames, or keep it to the namespaces that need it.",
      named: "{role} grants {grants} in every namespace ({scope}): the named Secrets of every namespace, also of namespaces created later. Grant it with a Role (or a RoleBinding) in the namespaces that hold these Secrets.",
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole that grants `get`, `list` or `watch` on `secrets`; the message says which of them are granted (only `list`/`watch` return every Secret at once). A rule limited by `resourceNames` — the form this page recommends — is not reported, except through a ClusterRoleBinding, where the named Secrets of every namespace are readable: then it is reported one step lower. Severity follows scope: the configured severity when a ClusterRoleBinding makes the grant cluster-wide, one step lower for a Role or a ClusterRole bound only in namespaces or not bound in the manifests. Rules with `*` are reported by `wildcard-grant` instead.",
      whyItMatters: "The RBAC good practices page lists reading Secrets first among privilege-escalation risks: `list` and `watch` return the full content of every Secret, and a Secret can hold a token of a more privileged service account, so whoever reads Secrets can often act as any workload in reach. Many controllers do need it (cert-manager, ingress controllers, Argo CD read Secrets cluster-wide): the default severity is `warning` cluster-wide and `note` per namespace, so the finding asks for a review, not a failure.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: reader }
rules:
- apiGroups: [""]
  resources: ["secrets"]
  verbs: ["get", "list", "watch"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: reader, namespace: app }
rules:
- apiGroups: [""]
  resources: ["secrets"]
  resourceNames: ["app-tls"]
  verbs: ["get"]`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets",
        "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources"
],
      notes: SCOPE_NOTE,
    },
  },
  checkObject: grantCheck(SPECS, (hit, severity) => {
    if (hit.names.length) return hit.scope.scope === 'cluster' ? { messageId: 'named', severity: lower(severity) } : undefined;
    const bulk = ['list', 'watch'].filter((v) => hit.hits.some((h) => h.verb === v));
    if (!bulk.length) return { messageId: 'get' };
    // (says only what is granted: `list` alone is not worded as list and watch)
    return { messageId: 'listWatch', data: { bulk: bulk.length === 2 ? '`list` and `watch` return' : `\`${bulk[0]}\` returns` } };
  }),
});
