import { defineRule } from '../src/engine/rule.ts';
import { grantCheck, SCOPE_NOTE, type GrantSpec } from '../src/rbac/grant-check.ts';

const WRITE = ['create', 'update', 'patch'];
/**
 * GitOps objects whose controller applies what they point to with the controller's own identity
 * (Flux: kustomize-controller and helm-controller default to their service account, bound to
 * cluster-admin by `flux bootstrap`; Argo CD: the application controller, cluster-admin in the default
 * install). Writing one of them lets the writer deploy anything that identity can: sources (Flux
 * GitRepository, OCIRepository, HelmRepository, Bucket) decide what is fetched, Kustomizations and
 * HelmReleases what is applied, Argo CD Applications/ApplicationSets what is synced, AppProjects
 * where and what an Application may deploy.
 */
const SPECS: readonly GrantSpec[] = [
  { verbs: WRITE, group: 'kustomize.toolkit.fluxcd.io', resource: 'kustomizations' },
  { verbs: WRITE, group: 'helm.toolkit.fluxcd.io', resource: 'helmreleases' },
  ...['gitrepositories', 'ocirepositories', 'helmrepositories', 'buckets'].map((resource) => ({ verbs: WRITE, group: 'source.toolkit.fluxcd.io', resource })),
  ...['applications', 'applicationsets', 'appprojects'].map((resource) => ({ verbs: WRITE, group: 'argoproj.io', resource })),
];

export default defineRule({
  meta: {
    code: 'LP119',
    name: 'gitops-controller-write',
    severity: 'warning',
    category: 'rbac',
    description: 'A role can write Flux or Argo CD objects, whose controller deploys with more power than the writer (usually cluster-admin).',
    securitySeverity: 8.0,
    tags: ['rbac', 'escalation', 'gitops'],
    messages: {
      grant:
        "{role} grants {grants} ({scope}). The Flux or Argo CD controller applies what these objects point to with its own identity (cluster-admin in the default installs), not the writer's: whoever writes one deploys anything that identity can — a privileged DaemonSet, a ClusterRoleBinding. Keep it to the GitOps controllers themselves, or restrict the controller (Flux `serviceAccountName` per Kustomization/HelmRelease with --default-service-account; Argo CD AppProject destinations and resource allowlists).",
    },
    docs: {
      whatItDoes:
        'Flags each rule of a Role or ClusterRole that grants `create`, `update` or `patch` on Flux `Kustomization`, `HelmRelease`, `GitRepository`, `OCIRepository`, `HelmRepository`, `Bucket`, or Argo CD `Application`, `ApplicationSet`, `AppProject`. Severity follows scope: `warning` cluster-wide, `note` in namespaces. Rules with `*` are reported by `wildcard-grant`.',
      whyItMatters:
        "RBAC checks what the writer may do, not what the object makes a controller do: the controller acts with its own service account, which GitOps installs bind to cluster-admin. Write access to these objects is therefore an escalation to the controller's power — the same pattern as creating pods (RBAC good practices, \"Workload creation\"), one level up.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: team-deployer }
rules:
- apiGroups: ["kustomize.toolkit.fluxcd.io"]
  resources: ["kustomizations"]
  verbs: ["create", "update", "patch"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: team-deployer, namespace: team-a }
rules:
- apiGroups: ["kustomize.toolkit.fluxcd.io"]
  resources: ["kustomizations"]
  verbs: ["update", "patch"]
# and the Flux controllers started with --default-service-account, so a Kustomization in team-a
# applies as team-a's service account, not as cluster-admin`,
      references: [
        'https://fluxcd.io/flux/installation/configuration/multitenancy/',
        'https://argo-cd.readthedocs.io/en/stable/operator-manual/security/',
        'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation',
      ],
      notes: SCOPE_NOTE,
    },
  },
  checkObject: grantCheck(SPECS),
});
