/**
 * RBAC messages say what is granted (issue 15): `get` is not worded as list/watch, a wildcard
 * confined to one group does not claim to reach secrets or escalate, a RoleBinding does not grant
 * cluster-scoped permissions.
 */
import { describe, expect, it } from 'vitest';
import { of, run } from './support.ts';

const role = (rules: string, kind = 'Role', ns = 'app') => `apiVersion: rbac.authorization.k8s.io/v1
kind: ${kind}
metadata: { name: r${kind === 'Role' ? `, namespace: ${ns}` : ''} }
rules:
${rules}
`;
const crb = `---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: r }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: r }
subjects: [{ kind: ServiceAccount, name: s, namespace: ops }]
`;

describe('secrets-read words what is granted', () => {
  it('get alone is worded as get', () => {
    const [f] = of(run(role(`- { apiGroups: [""], resources: [secrets], verbs: [get] }`)), 'secrets-read');
    expect(f?.message).toMatch(/grants get secrets/);
    expect(f?.message).toMatch(/`get` returns/);
    expect(f?.message).not.toMatch(/list|watch/);
  });
  it('list and watch are worded as such', () => {
    const [f] = of(run(role(`- { apiGroups: [""], resources: [secrets], verbs: [get, list, watch] }`)), 'secrets-read');
    expect(f?.message).toMatch(/grants get, list, watch secrets/);
    expect(f?.message).toMatch(/`list` and `watch` return the contents of every Secret/);
  });
  it('list alone is worded as list (not as list and watch)', () => {
    const [f] = of(run(role(`- { apiGroups: [""], resources: [secrets], verbs: [get, list] }`)), 'secrets-read');
    expect(f?.message).toMatch(/grants get, list secrets/);
    expect(f?.message).toMatch(/`list` returns the contents of every Secret/);
    expect(f?.message).not.toMatch(/watch/);
  });
  it('a name-restricted get is clean in a namespace, a note cluster-wide', () => {
    expect(of(run(role(`- { apiGroups: [""], resources: [secrets], resourceNames: [tls], verbs: [get] }`)), 'secrets-read')).toEqual([]);
    const fs = of(run(role(`- { apiGroups: [""], resources: [secrets], resourceNames: [tls], verbs: [get] }`, 'ClusterRole') + crb), 'secrets-read');
    expect(fs.map((f) => f.severity)).toEqual(['note']);
    expect(fs[0]!.message).toMatch(/^ClusterRole r grants get secrets named tls in every namespace/);
  });
});

describe('wildcard-grant names what the wildcard reaches', () => {
  it('a wildcard confined to metrics.k8s.io reaches nothing risky: said, and one step lower', () => {
    const [f] = of(run(role(`- { apiGroups: [metrics.k8s.io], resources: ["*"], verbs: [get, list] }`, 'ClusterRole') + crb), 'wildcard-grant');
    expect(f?.severity).toBe('note');
    expect(f?.message).toMatch(/stays within metrics\.k8s\.io/);
    expect(f?.message).not.toMatch(/secrets|escalate|impersonate/i);
  });
  it('`*/exec` reaches exec into pods, not secrets', () => {
    const [f] = of(run(role(`- { apiGroups: [""], resources: ["*/exec"], verbs: [create, get] }`, 'ClusterRole') + crb), 'wildcard-grant');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toMatch(/including exec into pods\./);
  });
  it('resources `*` in the core group reaches secrets and pods', () => {
    const [f] = of(run(role(`- { apiGroups: [""], resources: ["*"], verbs: [get, create] }`, 'ClusterRole') + crb), 'wildcard-grant');
    expect(f?.message).toMatch(/including reading Secrets, creating pods, writing workloads that create pods \(replicationcontrollers\), exec into pods, the kubelet API through nodes\/proxy\./);
  });
});

describe('wildcard-grant on non-resource URLs', () => {
  // A rule has resources or nonResourceURLs, never both (pkg/apis/rbac/validation ValidatePolicyRule);
  // Argo CD's application controller ClusterRole has `{ nonResourceURLs: ["*"], verbs: ["*"] }`.
  it('`*` verbs on `*` URLs reach the debug endpoints, at the configured severity, and say nothing of "no group ()"', () => {
    const [f] = of(run(role(`- { nonResourceURLs: ["*"], verbs: ["*"] }`, 'ClusterRole') + crb), 'wildcard-grant');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toMatch(/^ClusterRole r grants every verb \(`\*`\) and every non-resource URL \(`\*`\) \(bound cluster-wide by ClusterRoleBinding r\)\. /);
    expect(f?.message).toMatch(/including profiling the API server \(\/debug\/pprof\), changing the API server's log level \(PUT \/debug\/flags\/v\), the API server's metrics \(\/metrics\)\./);
    expect(f?.message).not.toMatch(/no group|stays within/);
  });
  it('`*` verbs on named health URLs stay within them: a note that names the URLs', () => {
    const [f] = of(run(role(`- { nonResourceURLs: [/healthz, /livez], verbs: ["*"] }`, 'ClusterRole') + crb), 'wildcard-grant');
    expect(f?.severity).toBe('note');
    expect(f?.message).toMatch(/stays within the non-resource URLs \/healthz, \/livez and reaches no Secret/);
  });
  it('`get` on `*` URLs reaches profiling and metrics, not the log level', () => {
    const [f] = of(run(role(`- { nonResourceURLs: ["*"], verbs: [get] }`, 'ClusterRole') + crb), 'wildcard-grant');
    expect(f?.message).toMatch(/including profiling the API server \(\/debug\/pprof\), the API server's metrics \(\/metrics\)\./);
  });
});

describe('invalid-binding-subject says the API server rejects the binding', () => {
  // pkg/apis/rbac/validation/validation.go validateRoleBindingSubject: a ServiceAccount subject of a
  // ClusterRoleBinding needs a namespace (field.Required), an unknown kind is NotSupported; either
  // error rejects the object (rook's sqlitevfs-client.yaml has such a ClusterRoleBinding).
  const binding = (subjects: string) => `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: b }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
subjects: ${subjects}
`;
  it('a service account without a namespace in a ClusterRoleBinding', () => {
    const [f] = of(run(binding('[{ kind: ServiceAccount, name: app }, { kind: User, name: alice }]')), 'invalid-binding-subject');
    expect(f?.message).toMatch(/the API server rejects the whole binding \(`subjects\[0\]\.namespace: Required value`\) and none of its subjects get the role/);
    expect(f?.message).not.toMatch(/matches no service account/);
  });
  it('an unknown kind names the field the API server refuses', () => {
    const [f] = of(run(binding('[{ kind: Robot, name: r2 }]')), 'invalid-binding-subject');
    expect(f?.message).toMatch(/^Subject 0 of ClusterRoleBinding b has kind "Robot" \(User, Group or ServiceAccount\): the API server rejects the whole binding \(`subjects\[0\]\.kind`\)/);
  });
});

describe('csr-approval across two roles', () => {
  it('names the role and the binding that give the signer half', () => {
    const text = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: approval-half }
rules:
- { apiGroups: [certificates.k8s.io], resources: [certificatesigningrequests/approval], verbs: [update] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: signer-half }
rules:
- { apiGroups: [certificates.k8s.io], resources: [signers], resourceNames: [kubernetes.io/kube-apiserver-client], verbs: [approve] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: a }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: approval-half }
subjects: [{ kind: User, name: u, apiGroup: rbac.authorization.k8s.io }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: b }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: signer-half }
subjects: [{ kind: User, name: u, apiGroup: rbac.authorization.k8s.io }]
`;
    const fs = of(run(text), 'csr-approval');
    expect(fs.map((f) => [f.region.start.line, f.severity])).toEqual([[5, 'error']]);
    expect(fs[0]!.message).toMatch(/^ClusterRole approval-half grants `update` on certificatesigningrequests\/approval \(bound cluster-wide by ClusterRoleBinding a\), and User u also gets `approve` on signers from ClusterRole signer-half \(m\.yaml:11\) through ClusterRoleBinding b: together they approve/);
  });
});

describe('escalate-bind-impersonate on groups, user extras and UIDs', () => {
  // k8s.io/apiserver pkg/endpoints/filters/impersonation.go: Impersonate-Group, -Extra-* and -Uid
  // without Impersonate-User are refused ("requested … without impersonating a user").
  it('says they only add to an impersonated user or service account', () => {
    const [f] = of(run(role(`- { apiGroups: [""], resources: [groups], verbs: [impersonate] }`, 'ClusterRole') + crb), 'escalate-bind-impersonate');
    expect(f?.message).toMatch(/^ClusterRole r grants impersonate groups \(bound cluster-wide by ClusterRoleBinding r\)\. `impersonate` on groups, user extras or UIDs sets them on a user or service account it impersonates \(the API server refuses them alone\): a path to cluster-admin \(group system:masters\) as soon as it may impersonate any user or service account\./);
    expect(f?.message).not.toMatch(/lets it act as another identity/);
  });
  it('user extras alone do not claim system:masters', () => {
    const [f] = of(run(role(`- { apiGroups: [authentication.k8s.io], resources: [userextras/scopes, uids], verbs: [impersonate] }`, 'ClusterRole') + crb), 'escalate-bind-impersonate');
    expect(f?.message).toMatch(/^ClusterRole r grants impersonate userextras\/scopes; impersonate uids .*: a path to whatever an authorizer or webhook grants on those extras or UIDs, for any user or service account it may impersonate\./);
    expect(f?.message).not.toMatch(/system:masters/);
  });
  it('users keep the plain wording', () => {
    const [f] = of(run(role(`- { apiGroups: [""], resources: [users, groups], verbs: [impersonate] }`, 'ClusterRole') + crb), 'escalate-bind-impersonate');
    expect(f?.message).toMatch(/`impersonate` lets it act as another identity: a path to cluster-admin\./);
  });
});

describe('cluster-scoped grants through RoleBindings', () => {
  const rb = `---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: r, namespace: team }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: r }
subjects: [{ kind: User, name: u }]
`;
  const rules = `- { apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs: [escalate, bind] }
- { apiGroups: [""], resources: [nodes/proxy, persistentvolumes], verbs: [get, create] }
- { apiGroups: [""], resources: [users], verbs: [impersonate] }`;
  it('grant nothing there: only bind (checked in the binding namespace) is reported', () => {
    const fs = run(role(rules, 'ClusterRole') + rb);
    expect(of(fs, 'nodes-proxy-access')).toEqual([]);
    expect(of(fs, 'persistentvolume-create')).toEqual([]);
    const e = of(fs, 'escalate-bind-impersonate');
    expect(e).toHaveLength(1);
    expect(e[0]!.message).toMatch(/^ClusterRole r grants bind clusterroles \(bound in namespace team\)/);
    expect(e[0]!.message).not.toMatch(/escalate`|impersonate/);
  });
  it('are reported when a ClusterRoleBinding grants them', () => {
    const fs = run(role(rules, 'ClusterRole') + crb);
    expect(of(fs, 'nodes-proxy-access')).toHaveLength(1);
    expect(of(fs, 'persistentvolume-create')).toHaveLength(1);
    expect(of(fs, 'escalate-bind-impersonate')).toHaveLength(2);
  });
});

describe('public-group-binding: every service account of the cluster', () => {
  const binding = (kind: string, group: string) => `apiVersion: rbac.authorization.k8s.io/v1
kind: ${kind}
metadata: { name: b${kind === 'RoleBinding' ? ', namespace: app' : ''} }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
subjects: [{ kind: Group, name: "${group}", apiGroup: rbac.authorization.k8s.io }]
`;
  it('system:serviceaccounts: as system:authenticated, a warning cluster-wide and a note in a namespace', () => {
    const [c] = of(run(binding('ClusterRoleBinding', 'system:serviceaccounts')), 'public-group-binding');
    expect(c?.severity).toBe('warning');
    expect(c?.message).toMatch(/^ClusterRoleBinding b grants ClusterRole view to system:serviceaccounts: every service account of every namespace .* gets it cluster-wide/);
    expect(of(run(binding('RoleBinding', 'system:serviceaccounts')), 'public-group-binding').map((f) => f.severity)).toEqual(['note']);
  });
  it('system:serviceaccounts:<namespace> (one namespace, the documented way) is not flagged', () => {
    expect(of(run(binding('ClusterRoleBinding', 'system:serviceaccounts:app')), 'public-group-binding')).toEqual([]);
  });
});
