/**
 * The authorizer and aggregation, after the cases of Kubernetes' tests
 * (plugin/pkg/auth/authorizer/rbac/rbac_test.go TestAuthorizer, pkg/registry/rbac/validation
 * rule_test.go, pkg/controller/clusterroleaggregation controller tests), in our words.
 */
import { describe, expect, it } from 'vitest';
import { impersonatedUser } from '../../src/rbac/subjects.ts';
import type { Request } from '../../src/rbac/match.ts';
import { clusterRole, crb, graphOf, rb, role } from './helpers.ts';
import { UNSET_NAMESPACE } from '../../src/rbac/graph.ts';

const podsGet = (namespace: string, name = ''): Request => ({ verb: 'get', apiGroup: '', resource: 'pods', name, namespace });
const alice = impersonatedUser('alice');
const U = (n: string) => `[{ kind: User, name: ${n}, apiGroup: rbac.authorization.k8s.io }]`;
const GR = (n: string) => `[{ kind: Group, name: "${n}", apiGroup: rbac.authorization.k8s.io }]`;
const READ_PODS = `[{ apiGroups: [""], resources: [pods], verbs: [get, list] }]`;

describe('authorizer', () => {
  it('a ClusterRoleBinding grants in every namespace and cluster-wide', () => {
    const g = graphOf(clusterRole('reader', READ_PODS) + crb('b', 'reader', U('alice')));
    expect(g.authorize(alice, podsGet('a')).allowed).toBe(true);
    expect(g.authorize(alice, podsGet('b')).allowed).toBe(true);
    expect(g.authorize(alice, podsGet('')).allowed).toBe(true); // list across namespaces
    expect(g.authorize(impersonatedUser('bob'), podsGet('a')).allowed).toBe(false);
  });

  it('a RoleBinding to a ClusterRole grants only in its namespace, never cluster-scoped', () => {
    const rules = `[{ apiGroups: [""], resources: [pods, nodes], verbs: [get] }, { nonResourceURLs: ["/metrics"], verbs: [get] }]`;
    const g = graphOf(clusterRole('reader', rules) + rb('team', 'b', 'ClusterRole', 'reader', U('alice')));
    expect(g.authorize(alice, podsGet('team')).allowed).toBe(true);
    expect(g.authorize(alice, podsGet('other')).allowed).toBe(false);
    expect(g.authorize(alice, podsGet('')).allowed).toBe(false);
    expect(g.authorize(alice, { verb: 'get', apiGroup: '', resource: 'nodes', namespace: '' }).allowed).toBe(false);
    expect(g.authorize(alice, { verb: 'get', nonResourceURL: '/metrics' }).allowed).toBe(false);
  });

  it('a binding the API server refuses (one invalid subject, a roleRef name with "/") grants nothing, to any of its subjects', () => {
    // pkg/apis/rbac/validation/validation.go: every subject and the roleRef are validated; one error refuses the object
    const mixed = `[{ kind: User, name: alice, apiGroup: rbac.authorization.k8s.io }, { kind: ServiceAccount, name: robot }]`;
    const g = graphOf(clusterRole('reader', READ_PODS) + crb('b', 'reader', mixed) + rb('a', 'c', 'ClusterRole', 'x/y', U('alice')));
    expect(g.authorize(alice, podsGet('a')).allowed).toBe(false);
    expect(g.whoCan(podsGet('a'))).toEqual([]);
    expect(g.principals()).toEqual([]);
    expect(g.bindingsReaching(g.role('ClusterRole', 'reader')!)).toEqual([]);
    expect(g.bindings.map((b) => b.rejected)).toEqual(['subject 1 has no namespace; in a ClusterRoleBinding it matches no service account', 'roleRef.name "x/y" is no valid name (not "." or "..", no "/" or "%")']);
    // the same binding without the bad subject grants
    expect(graphOf(clusterRole('reader', READ_PODS) + crb('b', 'reader', U('alice'))).authorize(alice, podsGet('a')).allowed).toBe(true);
  });

  it('a RoleBinding refers to a Role in its own namespace only', () => {
    const g = graphOf(role('a', 'r', READ_PODS) + rb('b', 'x', 'Role', 'r', U('alice')));
    expect(g.authorize(alice, podsGet('b')).allowed).toBe(false);
    expect(g.authorize(alice, podsGet('a')).allowed).toBe(false);
    expect(g.bindings[0]!.role).toBeUndefined();
  });

  it('a ClusterRoleBinding cannot refer to a Role', () => {
    const text = role('a', 'r', READ_PODS) + crb('b', 'r', U('alice')).replace('kind: ClusterRole,', 'kind: Role,');
    expect(graphOf(text).authorize(alice, podsGet('a')).allowed).toBe(false);
  });

  it('service account subjects: namespace defaults to the RoleBinding namespace, never in a ClusterRoleBinding', () => {
    const noNs = `[{ kind: ServiceAccount, name: bot }]`;
    const sa = impersonatedUser('system:serviceaccount:team:bot');
    expect(graphOf(clusterRole('r', READ_PODS) + rb('team', 'b', 'ClusterRole', 'r', noNs)).authorize(sa, podsGet('team')).allowed).toBe(true);
    expect(graphOf(clusterRole('r', READ_PODS) + rb('other', 'b', 'ClusterRole', 'r', noNs)).authorize(sa, podsGet('other')).allowed).toBe(false);
    const g = graphOf(clusterRole('r', READ_PODS) + crb('b', 'r', noNs));
    expect(g.authorize(sa, podsGet('team')).allowed).toBe(false);
    expect(g.bindings[0]!.problems[0]!.problem.field).toBe('namespace');
  });

  it('service accounts are in system:serviceaccounts, system:serviceaccounts:<ns> and system:authenticated', () => {
    const sa = impersonatedUser('system:serviceaccount:team:bot');
    expect(sa.groups).toEqual(['system:serviceaccounts', 'system:serviceaccounts:team', 'system:authenticated']);
    for (const group of ['system:serviceaccounts', 'system:serviceaccounts:team', 'system:authenticated']) {
      expect(graphOf(clusterRole('r', READ_PODS) + crb('b', 'r', GR(group))).authorize(sa, podsGet('x')).allowed, group).toBe(true);
    }
    expect(graphOf(clusterRole('r', READ_PODS) + crb('b', 'r', GR('system:serviceaccounts:other'))).authorize(sa, podsGet('x')).allowed).toBe(false);
  });

  it('--as-group replaces the implied groups; system:anonymous is not authenticated', () => {
    expect(impersonatedUser('system:serviceaccount:a:b', ['ops']).groups).toEqual(['ops']);
    expect(impersonatedUser('system:anonymous').groups).toEqual([]);
    expect(impersonatedUser('alice').groups).toEqual(['system:authenticated']);
  });

  it('a binding to a missing role grants nothing; built-in roles are known offline', () => {
    const g = graphOf(crb('b', 'missing', U('alice')) + rb('team', 'v', 'ClusterRole', 'view', U('bob')) + rb('team', 'e', 'ClusterRole', 'edit', U('carol')));
    expect(g.authorize(alice, podsGet('a')).allowed).toBe(false);
    const bob = impersonatedUser('bob');
    expect(g.authorize(bob, podsGet('team')).allowed).toBe(true);
    expect(g.authorize(bob, { verb: 'get', apiGroup: '', resource: 'secrets', namespace: 'team' }).allowed).toBe(false);
    const carol = impersonatedUser('carol');
    // edit aggregates view (view carries aggregate-to-edit) and system:aggregate-to-edit
    expect(g.authorize(carol, podsGet('team')).allowed).toBe(true);
    expect(g.authorize(carol, { verb: 'get', apiGroup: '', resource: 'secrets', namespace: 'team' }).allowed).toBe(true);
    expect(g.authorize(carol, { verb: 'create', apiGroup: '', resource: 'pods', subresource: 'exec', name: 'x', namespace: 'team' }).allowed).toBe(true);
    expect(g.authorize(carol, { verb: 'create', apiGroup: 'rbac.authorization.k8s.io', resource: 'roles', namespace: 'team' }).allowed).toBe(false);
  });

  it('a RoleBinding and Role without metadata.namespace have no known namespace: they bind each other, never a concrete namespace (issue 14)', () => {
    const text = role('x', 'r', READ_PODS).replace('namespace: x', 'namespace: default').replace(', namespace: default', '') + rb('x', 'b', 'Role', 'r', `[{ kind: ServiceAccount, name: bot }]`).replace(', namespace: x', '');
    const g = graphOf(text);
    expect(g.bindings[0]!.problems).toEqual([]);
    expect(g.bindings[0]!.role?.name).toBe('r');
    expect(g.bindings[0]!.namespace).toBe(UNSET_NAMESPACE);
    expect(g.authorize(impersonatedUser('system:serviceaccount:default:bot'), podsGet('default')).allowed).toBe(false);
  });

  it('the bootstrap Role kube-system/extension-apiserver-authentication-reader is known offline', () => {
    const g = graphOf(rb('kube-system', 'b', 'Role', 'extension-apiserver-authentication-reader', `[{ kind: ServiceAccount, name: adapter, namespace: monitoring }]`));
    const sa = impersonatedUser('system:serviceaccount:monitoring:adapter');
    expect(g.authorize(sa, { verb: 'get', apiGroup: '', resource: 'configmaps', name: 'extension-apiserver-authentication', namespace: 'kube-system' }).allowed).toBe(true);
    expect(g.authorize(sa, { verb: 'get', apiGroup: '', resource: 'configmaps', name: 'other', namespace: 'kube-system' }).allowed).toBe(false);
  });

  it('cluster-admin allows everything, non-resource URLs included, through a ClusterRoleBinding', () => {
    const g = graphOf(crb('b', 'cluster-admin', U('alice')));
    expect(g.authorize(alice, { verb: 'delete', apiGroup: 'anything.io', resource: 'things', namespace: '' }).allowed).toBe(true);
    expect(g.authorize(alice, { verb: 'get', nonResourceURL: '/metrics' }).allowed).toBe(true);
  });

  it('who-can lists each subject with its binding and role', () => {
    const g = graphOf(clusterRole('r', READ_PODS) + crb('c', 'r', GR('ops')) + rb('team', 'b', 'ClusterRole', 'r', `[{ kind: ServiceAccount, name: bot }]`) + rb('other', 'o', 'ClusterRole', 'r', U('zed')));
    const who = g.whoCan(podsGet('team')).map((w) => `${w.principal.kind}:${'namespace' in w.principal ? w.principal.namespace + '/' : ''}${w.principal.name} via ${w.grant.binding.name}`);
    expect(who.sort()).toEqual(['Group:ops via c', 'ServiceAccount:team/bot via b']);
  });
});

describe('aggregation', () => {
  const agg = (sel: string) => `\naggregationRule: { clusterRoleSelectors: [${sel}] }`;
  it('replaces written rules with the union of the selected roles, each rule once', () => {
    const text =
      `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: { name: agg }${agg('{ matchLabels: { team: a } }')}\nrules: [{ apiGroups: [""], resources: [secrets], verbs: [get] }]\n---\n` +
      clusterRole('one', READ_PODS, ', labels: { team: a }') +
      clusterRole('two', READ_PODS, ', labels: { team: a }') +
      clusterRole('three', `[{ apiGroups: [""], resources: [services], verbs: [get] }]`, ', labels: { team: b }') +
      crb('b', 'agg', U('alice'));
    const g = graphOf(text);
    const node = g.role('ClusterRole', 'agg')!;
    expect(node.rules.map((r) => `${r.source.name}#${r.index}`)).toEqual(['one#0']);
    expect(g.authorize(alice, podsGet('x')).allowed).toBe(true);
    expect(g.authorize(alice, { verb: 'get', apiGroup: '', resource: 'secrets', namespace: 'x' }).allowed).toBe(false);
    expect(g.authorize(alice, { verb: 'get', apiGroup: '', resource: 'services', namespace: 'x' }).allowed).toBe(false);
  });

  it('matchExpressions: In, NotIn, Exists, DoesNotExist; selectors are ORed', () => {
    const sel = `{ matchExpressions: [{ key: tier, operator: In, values: [web] }, { key: legacy, operator: DoesNotExist }] }, { matchExpressions: [{ key: extra, operator: Exists }] }`;
    const text =
      `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: { name: agg }${agg(sel)}\n---\n` +
      clusterRole('web', `[{ apiGroups: [""], resources: [pods], verbs: [get] }]`, ', labels: { tier: web }') +
      clusterRole('legacy', `[{ apiGroups: [""], resources: [secrets], verbs: [get] }]`, ', labels: { tier: web, legacy: "yes" }') +
      clusterRole('extra', `[{ apiGroups: [""], resources: [services], verbs: [get] }]`, ', labels: { extra: "" }');
    expect(graphOf(text).role('ClusterRole', 'agg')!.rules.map((r) => r.source.name)).toEqual(['web', 'extra']); // selectors in order, then roles by name
  });

  it('a repo role labelled aggregate-to-view extends the built-in view, edit and admin', () => {
    const text = clusterRole('crd-view', `[{ apiGroups: [example.com], resources: [widgets], verbs: [get] }]`, ', labels: { rbac.authorization.k8s.io/aggregate-to-view: "true" }');
    const g = graphOf(text);
    for (const name of ['view', 'edit', 'admin']) expect(g.role('ClusterRole', name)!.rules.some((r) => r.source.name === 'crd-view'), name).toBe(true);
  });

  it('aggregation cycles terminate', () => {
    const text =
      `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: { name: a, labels: { x: "1" } }${agg('{ matchLabels: { y: "1" } }')}\n---\n` +
      `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: { name: b, labels: { y: "1" } }${agg('{ matchLabels: { x: "1" } }')}\n---\n`;
    const g = graphOf(text);
    expect(g.role('ClusterRole', 'a')!.rules).toEqual([]);
  });
});
