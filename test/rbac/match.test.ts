/**
 * Rule matching, table-driven, after the cases of Kubernetes' own tests
 * (plugin/pkg/auth/authorizer/rbac/rbac_test.go TestRuleMatches and
 * pkg/apis/rbac/v1 evaluation helper tests), written in our words.
 */
import { describe, expect, it } from 'vitest';
import type { PolicyRule } from 'kubernetes-types/rbac/v1';
import { ruleAllows, type Request } from '../../src/rbac/match.ts';

const res = (verb: string, apiGroup: string, resource: string, subresource = '', name = '', namespace = 'ns'): Request => ({ verb, apiGroup, resource, subresource, name, namespace });
const url = (verb: string, nonResourceURL: string): Request => ({ verb, nonResourceURL });

const cases: { name: string; rule: PolicyRule; yes: Request[]; no: Request[] }[] = [
  {
    name: 'verb * matches any verb; other fields still must match',
    rule: { verbs: ['*'], apiGroups: [''], resources: ['pods'] },
    yes: [res('get', '', 'pods'), res('escalate', '', 'pods')],
    no: [res('get', 'apps', 'pods'), res('get', '', 'services')],
  },
  {
    name: 'apiGroups * matches any group',
    rule: { verbs: ['get'], apiGroups: ['*'], resources: ['deployments'] },
    yes: [res('get', 'apps', 'deployments'), res('get', 'extensions', 'deployments')],
    no: [res('list', 'apps', 'deployments')],
  },
  {
    name: 'resources * matches every resource and every subresource',
    rule: { verbs: ['create'], apiGroups: [''], resources: ['*'] },
    yes: [res('create', '', 'pods'), res('create', '', 'pods', 'exec'), res('create', '', 'serviceaccounts', 'token')],
    no: [res('get', '', 'pods')],
  },
  {
    name: 'a resource does not cover its subresources',
    rule: { verbs: ['get'], apiGroups: [''], resources: ['pods'] },
    yes: [res('get', '', 'pods')],
    no: [res('get', '', 'pods', 'exec'), res('get', '', 'pods', 'log')],
  },
  {
    name: 'resource/* is not a wildcard: it matches only the literal subresource "*"',
    rule: { verbs: ['get'], apiGroups: [''], resources: ['pods/*'] },
    yes: [res('get', '', 'pods', '*')],
    no: [res('get', '', 'pods', 'exec'), res('get', '', 'pods')],
  },
  {
    name: '*/subresource matches that subresource of any resource, not the resource',
    rule: { verbs: ['get'], apiGroups: ['*'], resources: ['*/status'] },
    yes: [res('get', '', 'pods', 'status'), res('get', 'apps', 'deployments', 'status')],
    no: [res('get', '', 'pods'), res('get', '', 'pods', 'exec'), res('get', '', 'pods', 'xstatus')],
  },
  {
    name: 'resourceNames restrict by name',
    rule: { verbs: ['get', 'update'], apiGroups: [''], resources: ['configmaps'], resourceNames: ['app-config'] },
    yes: [res('get', '', 'configmaps', '', 'app-config'), res('update', '', 'configmaps', '', 'app-config')],
    no: [res('get', '', 'configmaps', '', 'other'), res('get', '', 'configmaps')],
  },
  {
    name: 'create and deletecollection carry no name, so never match a rule with resourceNames',
    rule: { verbs: ['create', 'deletecollection'], apiGroups: [''], resources: ['configmaps'], resourceNames: ['app-config'] },
    yes: [],
    no: [res('create', '', 'configmaps', '', 'app-config'), res('deletecollection', '', 'configmaps', '', 'app-config')],
  },
  {
    name: 'create on a subresource of a named object does carry the name',
    rule: { verbs: ['create'], apiGroups: [''], resources: ['pods/exec'], resourceNames: ['debug-0'] },
    yes: [res('create', '', 'pods', 'exec', 'debug-0')],
    no: [res('create', '', 'pods', 'exec', 'other')],
  },
  {
    name: 'non-resource URLs: exact, *, and prefix*',
    rule: { verbs: ['get'], nonResourceURLs: ['/healthz', '/apis/*'] },
    yes: [url('get', '/healthz'), url('get', '/apis/'), url('get', '/apis/apps/v1')],
    no: [url('get', '/healthz/etcd'), url('get', '/api'), url('post', '/healthz')],
  },
  {
    name: 'nonResourceURLs * matches every URL',
    rule: { verbs: ['*'], nonResourceURLs: ['*'] },
    yes: [url('get', '/metrics'), url('post', '/anything')],
    no: [res('get', '', 'pods')],
  },
  {
    name: 'a resource rule never matches a non-resource request',
    rule: { verbs: ['*'], apiGroups: ['*'], resources: ['*'] },
    yes: [res('get', 'x', 'y')],
    no: [url('get', '/metrics')],
  },
];

describe('ruleAllows', () => {
  for (const c of cases) {
    it(c.name, () => {
      for (const r of c.yes) expect(ruleAllows(c.rule, r), JSON.stringify(r)).toBe(true);
      for (const r of c.no) expect(ruleAllows(c.rule, r), JSON.stringify(r)).toBe(false);
    });
  }
});
