import { defineRule } from '../src/engine/rule.ts';
import { grantCheck, SCOPE_NOTE, type GrantSpec } from '../src/rbac/grant-check.ts';

/** What this rule looks for (facts: https://kubernetes.io/docs/concepts/security/rbac-good-practices/#persistent-volume-creation). */
const SPECS: readonly GrantSpec[] = [{ verbs: ['create'], group: '', resource: 'persistentvolumes', clusterScoped: true }];

export default defineRule({
  meta: {
    code: 'LP110',
    name: 'persistentvolume-create',
    severity: 'warning',
    category: 'rbac',
    description: "A role grants `create` on PersistentVolumes.",
    securitySeverity: 7.0,
    tags: ["rbac", "escalation", "storage"],
    messages: {
      grant: "{role} grants {grants} ({scope}). A PersistentVolume can be a hostPath volume: whoever creates one and a claim on it mounts the node's filesystem into a pod. Let a StorageClass provisioner create volumes instead.",
    },
    docs: {
      whatItDoes: "Flags each rule of a Role or ClusterRole that grants `create` on `persistentvolumes`. Severity follows scope. Rules with `*` are reported by `wildcard-grant`.",
      whyItMatters: "The RBAC good practices page (\"Persistent volume creation\") warns that creating arbitrary PersistentVolumes, hostPath ones in particular, gives access to the host's filesystem; Pod Security admission does not look at PersistentVolumes. Storage provisioners need it; people and applications should use PersistentVolumeClaims.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: storage-admin }
rules:
- apiGroups: [""]
  resources: ["persistentvolumes"]
  verbs: ["create", "delete"]`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: storage-user, namespace: app }
rules:
- apiGroups: [""]
  resources: ["persistentvolumeclaims"]
  verbs: ["create", "delete"]`,
      references: [
        "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#persistent-volume-creation",
        "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath"
],
      notes: SCOPE_NOTE,
    },
  },
  checkObject: grantCheck(SPECS),
});
