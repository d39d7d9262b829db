/**
 * The test API server's authorizer: Kubernetes RBAC evaluated over real Role/ClusterRole/
 * RoleBinding/ClusterRoleBinding objects (the policy table), plus the built-in superuser group
 * system:masters. Rule matching follows the RBAC documentation: apiGroups, resources (with
 * "resource/subresource", "*" and "*\/subresource"), verbs and resourceNames, "*" wildcards.
 * Written apart from src/rbac on purpose: the server is the oracle the product is checked against,
 * and kubectl checks the server.
 */

export interface UserInfo {
  name: string;
  groups: string[];
}

export interface Attributes {
  verb: string;
  namespace?: string;
  apiGroup: string;
  resource: string;
  subresource?: string;
  name?: string;
}

export interface Decision {
  allowed: boolean;
  reason: string;
}

type Obj = Record<string, any>;

interface PolicyRule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
  resourceNames?: string[];
}

function has(list: string[] | undefined, v: string): boolean {
  return !!list && (list.includes('*') || list.includes(v));
}

function resourceMatches(rule: PolicyRule, a: Attributes): boolean {
  const full = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
  return rule.resources.some((r) => r === '*' || r === full || (a.subresource !== undefined && r === `*/${a.subresource}`));
}

export function ruleAllows(rule: PolicyRule, a: Attributes): boolean {
  if (!has(rule.verbs, a.verb) || !has(rule.apiGroups, a.apiGroup) || !resourceMatches(rule, a)) return false;
  if (rule.resourceNames?.length) return a.name !== undefined && rule.resourceNames.includes(a.name);
  return true;
}

function subjectMatches(s: Obj, user: UserInfo, bindingNs?: string): boolean {
  switch (s.kind) {
    case 'User':
      return s.name === user.name;
    case 'Group':
      return user.groups.includes(s.name);
    case 'ServiceAccount':
      return user.name === `system:serviceaccount:${s.namespace ?? bindingNs}:${s.name}`;
    default:
      return false;
  }
}

export class RbacAuthorizer {
  private roles = new Map<string, PolicyRule[]>();
  private bindings: { ns?: string; roleKey: string; subjects: Obj[]; name: string }[] = [];

  constructor(objects: readonly Obj[]) {
    this.load(objects);
  }

  /** Replace the policy (as if `kubectl apply` of a new version). */
  load(objects: readonly Obj[]): void {
    this.roles.clear();
    this.bindings = [];
    for (const o of objects) {
      const ns = o.metadata?.namespace as string | undefined;
      if (o.kind === 'ClusterRole') this.roles.set(`ClusterRole/${o.metadata.name}`, o.rules ?? []);
      if (o.kind === 'Role') this.roles.set(`Role/${ns ?? 'default'}/${o.metadata.name}`, o.rules ?? []);
      if (o.kind === 'ClusterRoleBinding' || o.kind === 'RoleBinding') {
        const ref = o.roleRef ?? {};
        const bns = o.kind === 'RoleBinding' ? (ns ?? 'default') : undefined;
        const roleKey = ref.kind === 'ClusterRole' ? `ClusterRole/${ref.name}` : `Role/${bns}/${ref.name}`;
        this.bindings.push({ ns: bns, roleKey, subjects: o.subjects ?? [], name: `${o.kind} ${o.metadata.name}` });
      }
    }
  }

  authorize(user: UserInfo, a: Attributes): Decision {
    if (user.groups.includes('system:masters')) return { allowed: true, reason: 'system:masters' };
    for (const b of this.bindings) {
      if (b.ns !== undefined && b.ns !== a.namespace) continue;
      if (!b.subjects.some((s) => subjectMatches(s, user, b.ns))) continue;
      const rules = this.roles.get(b.roleKey) ?? [];
      if (rules.some((r) => ruleAllows(r, a))) return { allowed: true, reason: `RBAC: allowed by ${b.name} of ${b.roleKey}` };
    }
    return { allowed: false, reason: '' };
  }
}

/** The API server's wording for a denied request (staging/src/k8s.io/apiserver authorization). */
export function forbiddenMessage(user: UserInfo, a: Attributes): string {
  const res = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
  const what = a.name ? `${a.resource} "${a.name}" is forbidden` : `${a.resource} is forbidden`;
  const scope = a.namespace ? ` in the namespace "${a.namespace}"` : ' at the cluster scope';
  return `${what}: User "${user.name}" cannot ${a.verb} resource "${res}" in API group "${a.apiGroup}"${scope}`;
}
