/**
 * RBAC objects as leastpriv reads them: Roles, ClusterRoles and their bindings, with the fields
 * the evaluator needs (rules, aggregationRule, roleRef, subjects).
 */
import type { AggregationRule, PolicyRule, RoleRef, Subject } from 'kubernetes-types/rbac/v1';
import type { K8sObject } from '../input/types.ts';

export const RBAC_GROUP = 'rbac.authorization.k8s.io';

export function isRbac(obj: K8sObject, kind: string): boolean {
  return obj.kind === kind && obj.apiVersion.startsWith(`${RBAC_GROUP}/`);
}

export function isRole(obj: K8sObject): boolean {
  return isRbac(obj, 'Role') || isRbac(obj, 'ClusterRole');
}

export function isBinding(obj: K8sObject): boolean {
  return isRbac(obj, 'RoleBinding') || isRbac(obj, 'ClusterRoleBinding');
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The rules of a Role or ClusterRole (undefined for other objects). */
export function roleRules(obj: K8sObject): PolicyRule[] | undefined {
  if (!isRole(obj)) return undefined;
  const rules = obj.value.rules;
  return Array.isArray(rules) ? rules.map((r) => (isRecord(r) ? (r as unknown as PolicyRule) : ({ verbs: [] } as PolicyRule))) : [];
}

export function aggregationRule(obj: K8sObject): AggregationRule | undefined {
  const a = obj.value.aggregationRule;
  return isRbac(obj, 'ClusterRole') && isRecord(a) ? (a as AggregationRule) : undefined;
}

export function roleRefOf(obj: K8sObject): RoleRef | undefined {
  const r = obj.value.roleRef;
  return isRecord(r) && typeof r.name === 'string' && typeof r.kind === 'string' ? (r as unknown as RoleRef) : undefined;
}

/** Subjects with their index in the binding (non-mappings keep their index and are skipped). */
export function subjectsOf(obj: K8sObject): { subject: Subject; index: number }[] {
  const s = obj.value.subjects;
  if (!Array.isArray(s)) return [];
  const out: { subject: Subject; index: number }[] = [];
  s.forEach((v, index) => {
    if (isRecord(v)) out.push({ subject: v as unknown as Subject, index });
  });
  return out;
}

export function roleLabel(obj: { kind: string; name: string; namespace?: string }): string {
  return obj.kind === 'ClusterRole' || !obj.namespace ? `${obj.kind} ${obj.name}` : `${obj.kind} ${obj.namespace}/${obj.name}`;
}

export function labelsOf(obj: K8sObject): Record<string, string> {
  const m = obj.value.metadata;
  const l = isRecord(m) ? m.labels : undefined;
  return isRecord(l) ? (Object.fromEntries(Object.entries(l).map(([k, v]) => [k, String(v)])) as Record<string, string>) : {};
}

export interface PolicyRuleProblem {
  index: number;
  field: 'verbs' | 'apiGroups' | 'resources' | 'nonResourceURLs';
  problem: string;
}

const nonEmpty = (v: unknown): boolean => Array.isArray(v) && v.length > 0;

/**
 * The rules of a Role or ClusterRole that the API server refuses, and with them the whole object
 * (kubernetes/kubernetes pkg/apis/rbac/validation/validation.go, ValidatePolicyRule): a rule without
 * verbs; non-resource URLs in a Role, or together with apiGroups, resources or resourceNames; a
 * resource rule without apiGroups or without resources. (resourceNames with several resources is
 * valid: kubernetes/kubernetes#44659 was closed for that reason.)
 */
export function policyRuleProblems(obj: K8sObject): PolicyRuleProblem[] {
  if (!isRole(obj) || !Array.isArray(obj.value.rules)) return [];
  const out: PolicyRuleProblem[] = [];
  obj.value.rules.forEach((r, index) => {
    if (!isRecord(r)) return;
    if (!nonEmpty(r.verbs)) out.push({ index, field: 'verbs', problem: 'has no verbs' });
    if (nonEmpty(r.nonResourceURLs)) {
      if (obj.kind === 'Role') out.push({ index, field: 'nonResourceURLs', problem: 'lists nonResourceURLs, which only a ClusterRole can grant' });
      if (nonEmpty(r.apiGroups) || nonEmpty(r.resources) || nonEmpty(r.resourceNames)) out.push({ index, field: 'nonResourceURLs', problem: 'lists nonResourceURLs together with apiGroups, resources or resourceNames (a rule is one or the other)' });
      return;
    }
    if (!nonEmpty(r.apiGroups)) out.push({ index, field: 'apiGroups', problem: 'has no apiGroups (the core group is `""`)' });
    if (!nonEmpty(r.resources)) out.push({ index, field: 'resources', problem: 'has no resources' });
  });
  return out;
}
