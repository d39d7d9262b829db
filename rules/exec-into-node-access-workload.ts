import { defineRule } from '../src/engine/rule.ts';
import { grantsVerbOn, streamOpeningVerbs } from '../src/rbac/match.ts';
import { roleLabel } from '../src/rbac/objects.ts';
import { principalLabel } from '../src/rbac/subjects.ts';
import { subjectScopes } from '../src/rbac/effective.ts';
import { justifiedBy, nodeAccessByNamespace, podNameCouldBe, type NodeAccess } from '../src/rbac/node-access.ts';
import { objectKey, objectLabel } from '../src/model/describe.ts';
import type { Grant } from '../src/rbac/graph.ts';

/**
 * Attack path: exec or attach into a pod runs commands inside it with its privileges; a pod that is
 * privileged, shares host namespaces, mounts hostPath or holds capabilities beyond the baseline
 * gives those commands the node (RBAC good practices, "Workload creation" and the Pod Security
 * Standards). pods/exec and pods/attach are authorized as `create` (SPDY) or `get` (WebSocket)
 * (requestinfo.go; kubernetes#78741), so before Kubernetes 1.35 either verb opens the path; from 1.35
 * the WebSocket upgrade needs `create` too (AuthorizePodWebsocketUpgradeCreatePermission, on by
 * default; kubernetes/kubernetes#134577), so only `create` does (src/rbac/match.ts, streamOpeningVerbs).
 * A read-everything role (`get` on `*`) is no exec path there: Polaris' clusterrolebindingClusterAdmin
 * fixture success.explicit_verbs.yaml was reported as one.
 */
const SUBS = ['exec', 'attach'] as const;

export default defineRule({
  meta: {
    code: 'LP115',
    name: 'exec-into-node-access-workload',
    severity: 'error',
    category: 'rbac',
    description: 'A subject can exec or attach into pods of a workload that reaches the node (privileged, host namespaces, hostPath, extra capabilities).',
    securitySeverity: 8.8,
    tags: ['rbac', 'attack-path', 'exec', 'node'],
    messages: {
      path:
        '{subject} can {how} {scope} through this binding ({role}, {roleWhere}) into pods of {workloads}, which reach{es} the node ({features}): subject → {binding} → {role} → pods of {first} → node. Remove exec/attach from the role (or restrict it with resourceNames to other pods), or take the node access away from the workload.',
    },
    yieldsTo: {
      codes: ['LP112'],
      why: 'On a binding of `cluster-admin`, which `cluster-admin-binding` (LP112) reports, the attack path is a consequence of that binding: it is folded into the LP112 finding as a related location instead of reported apart. Reported as usual for every other binding, and when LP112 is off.',
    },
    docs: {
      whatItDoes:
        "For every subject and namespace, takes the union of its grants (as the RBAC authorizer does) and, if it can open `pods/exec` or `pods/attach` (`create`; before Kubernetes 1.35, `--kube-version`, also `get` alone, the WebSocket verb), looks for workloads in that namespace (every namespace for ClusterRoleBindings; in a repository of several bundles, such as kustomize overlays or Flux cluster folders, only those of the binding's own bundle and of files no bundle includes: README, *Which objects meet in one cluster*) whose pods are privileged, use hostPID/hostIPC/hostNetwork, mount hostPath, or add capabilities beyond the Pod Security baseline. One finding lands on each binding that gives the exec/attach grant, explaining the chain subject → binding → role → pods → node. Grants restricted by resourceNames count only for pods whose names could match (bare Pods by name, controllers' pods by the name prefix). hostNetwork and capabilities that carry a written reason (see `unjustified-privilege`) are accepted risks and do not count; workloads without a namespace count only for ClusterRoleBindings.",
      whyItMatters:
        "Exec and attach run commands inside an existing pod with everything the pod has. Into a privileged or hostPID pod, that is root on the node: the host's processes, filesystem and kubelet credentials, and from there other pods' secrets. Neither the role nor the workload looks dangerous on its own — the risk is their combination, which is why it is checked across objects. The incident's debug agent (privileged, hostPID) was exec-able by the MCP service account in its namespace.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: debug, namespace: tools }
subjects:
- { kind: ServiceAccount, name: mcp }      # can exec into debug-agent, which is privileged
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: exec }
---
apiVersion: apps/v1
kind: DaemonSet
metadata: { name: debug-agent, namespace: tools }
spec:
  template:
    spec:
      hostPID: true
      containers:
      - name: agent
        securityContext: { privileged: true }`,
      useInstead: `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: debug-agent, namespace: tools }
spec:
  template:
    spec:
      hostNetwork: true    # tools read the node's network stack
      containers:
      - name: agent
        securityContext:
          capabilities:
            drop: [ALL]
            add: [NET_ADMIN]  # iptables-save, conntrack`,
      references: [
        'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation',
        'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
        'https://github.com/kubernetes/kubernetes/issues/78741',
        'https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/#AuthorizePodWebsocketUpgradeCreatePermission',
      ],
    },
  },
  checkModel(ctx) {
    const graph = ctx.model.rbac;
    const byNs = nodeAccessByNamespace(ctx.model, justifiedBy(ctx.commentFor));
    if (!byNs.size) return;
    const all = [...byNs.values()].flat();
    const verbs = streamOpeningVerbs(ctx.kubeVersion);
    const reported = new Set<string>();
    for (const scope of subjectScopes(graph)) {
      const workloads = scope.namespace ? (byNs.get(scope.namespace) ?? []) : all;
      if (!workloads.length) continue;
      for (const g of scope.grants) {
        const subs = SUBS.filter((s) => verbs.some((v) => grantsVerbOn(g.rule.rule, v, '', 'pods', s)));
        if (!subs.length) continue;
        const names = g.rule.rule.resourceNames ?? [];
        const reached = names.length ? workloads.filter((w) => names.some((n) => podNameCouldBe(w.object, n))) : workloads;
        if (!reached.length) continue;
        const key = `${g.binding.object.render?.root ?? ''}\0${g.binding.object.file.path}\0${g.binding.object.documentIndex}\0${g.binding.object.rootPath.join('.')}\0${g.subjectIndex}`;
        if (reported.has(key)) continue;
        reported.add(key);
        report(g, scope.principal, scope.namespace, subs, reached);
      }
    }

    /** The first six distinct node-access features of the workloads, in order (stops once it has six: `reached` can be every workload of the repository). */
    function featureNames(reached: NodeAccess[]): string {
      const seen = new Set<string>();
      for (const w of reached) {
        for (const f of w.features) {
          seen.add(f.what);
          if (seen.size === 6) return [...seen].join(', ');
        }
      }
      return [...seen].join(', ');
    }

    function report(g: Grant, principal: Parameters<typeof principalLabel>[0], namespace: string, subs: readonly string[], reached: NodeAccess[]) {
      const src = g.rule.source;
      const list = reached.slice(0, 3).map((w) => `${objectLabel(w.object)} (${ctx.where(w.object, [])})`);
      const more = reached.length > 3 ? ` and ${reached.length - 3} more` : '';
      const features = featureNames(reached);
      ctx.report({
        object: g.binding.object,
        path: ['subjects', g.subjectIndex],
        messageId: 'path',
        cause: `binding:${objectKey(g.binding.object)}`,
        data: {
          subject: principalLabel(principal),
          how: subs.join(' and '),
          scope: namespace ? `in namespace ${namespace}` : 'in every namespace',
          role: roleLabel(g.role),
          roleWhere: src.object ? ctx.where(src.object, ['rules', g.rule.index]) : 'built-in',
          workloads: list.join(', ') + more,
          first: objectLabel(reached[0]!.object),
          es: reached.length === 1 ? 'es' : '',
          features,
          binding: `${g.binding.kind} ${g.binding.namespace ? g.binding.namespace + '/' : ''}${g.binding.name}`,
        },
      });
    }
  },
});
