/**
 * RBAC objects as leastpriv reads them, and rule matching as the Kubernetes RBAC authorizer does it
 * (k8s.io/kubernetes/pkg/apis/rbac/v1/evaluation_helpers.go: VerbMatches, APIGroupMatches,
 * ResourceMatches, ResourceNameMatches):
 * - `*` in verbs, apiGroups or resources matches everything (resources `*` includes subresources);
 * - a resource is matched as `resource/subresource`; `*\/exec` matches any resource's exec subresource;
 *   `pods` does not cover `pods/exec`, and `pods/*` is not a wildcard.
 */
import type { PolicyRule } from 'kubernetes-types/rbac/v1';
import type { K8sObject } from '../input/types.ts';

export const RBAC_GROUP = 'rbac.authorization.k8s.io';
export const STREAMING_SUBRESOURCES = ['exec', 'attach', 'portforward'] as const;

export function isRbac(obj: K8sObject, kind: string): boolean {
  return obj.kind === kind && obj.apiVersion.startsWith(`${RBAC_GROUP}/`);
}

export function isRole(obj: K8sObject): boolean {
  return isRbac(obj, 'Role') || isRbac(obj, 'ClusterRole');
}

/** The rules of a Role or ClusterRole (undefined for other objects). */
export function roleRules(obj: K8sObject): PolicyRule[] | undefined {
  if (!isRole(obj)) return undefined;
  const rules = obj.value.rules;
  return Array.isArray(rules) ? (rules.filter((r) => r && typeof r === 'object') as PolicyRule[]) : [];
}

export function roleLabel(obj: K8sObject): string {
  return obj.kind === 'ClusterRole' || !obj.namespace ? `${obj.kind} ${obj.name}` : `${obj.kind} ${obj.namespace}/${obj.name}`;
}

export function verbMatches(rule: PolicyRule, verb: string): boolean {
  return (rule.verbs ?? []).some((v) => v === '*' || v === verb);
}

export function apiGroupMatches(rule: PolicyRule, group: string): boolean {
  return (rule.apiGroups ?? []).some((g) => g === '*' || g === group);
}

export function resourceMatches(rule: PolicyRule, resource: string, subresource = ''): boolean {
  const combined = subresource ? `${resource}/${subresource}` : resource;
  return (rule.resources ?? []).some(
    (r) => r === '*' || r === combined || (subresource !== '' && r.length === subresource.length + 2 && r.startsWith('*/') && r.endsWith(subresource)),
  );
}

export function grantsVerbOn(rule: PolicyRule, verb: string, group: string, resource: string, subresource = ''): boolean {
  return verbMatches(rule, verb) && apiGroupMatches(rule, group) && resourceMatches(rule, resource, subresource);
}
