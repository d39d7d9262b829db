/**
 * The RBAC graph of one audit run: roles (repo and built-in, aggregation applied), bindings, and
 * indexes that keep questions near-linear — bindings by subject key (per namespace for
 * RoleBindings) and by namespace, roles by the bindings that reference them. Nothing compares all
 * pairs of objects. Semantics follow the authorizer's rule resolver
 * (kubernetes/kubernetes pkg/registry/rbac/validation/rule.go, VisitRulesFor): ClusterRoleBindings
 * apply in every namespace and to cluster-scoped requests; RoleBindings only to requests in their
 * own namespace, so a RoleBinding to a ClusterRole never grants cluster-scoped resources or
 * non-resource URLs (a cluster-scoped request has namespace ''). A roleRef that cannot be resolved
 * grants nothing, and so does a role or binding the API server refuses (a rule, subject or roleRef
 * that fails validation). A Role or RoleBinding written without metadata.namespace (and not given one by
 * a renderer) has an unknown namespace, UNSET_NAMESPACE: it lands wherever `kubectl -n` says, so it
 * binds its like (a namespace-less base's binding and role) and never a concrete namespace.
 * Objects are identified per render root (src/render: each kustomization root or Flux Kustomization
 * is an app of its own), and files audited as written per file: a binding takes the role of its own
 * root (or file) first, then the first of that name anywhere (a ClusterRole defined elsewhere in the
 * repository), then a built-in one. Two bundles that each define and bind the same Role are two apps.
 */
import type { PolicyRule, RoleRef } from 'kubernetes-types/rbac/v1';
import type { K8sObject } from '../input/types.ts';
import { aggregate, type AggregationNode } from './aggregation.ts';
import { BUILTIN_CLUSTER_ROLES, BUILTIN_NAMESPACED_ROLES } from './builtin-roles.ts';
import { ruleAllows, type Request, isNonResource } from './match.ts';
import { aggregationRule, isBinding, isRbac, isRole, labelsOf, policyRuleProblems, RBAC_GROUP, roleRefOf, roleRules, subjectsOf } from './objects.ts';
import { isPathSegmentName } from '../model/names.ts';
import { droppedFields } from '../model/shape.ts';
import { hasSubstitution, principalKey, resolveSubject, userKeys, type Principal, type SubjectProblem, type UserInfo } from './subjects.ts';

export interface RoleNode {
  kind: 'Role' | 'ClusterRole';
  name: string;
  namespace?: string;
  /** The manifest; undefined for a built-in ClusterRole known offline. */
  object?: K8sObject;
  /** Effective rules: written rules, or for an aggregated ClusterRole the rules it aggregates. */
  rules: GrantRule[];
  aggregated: boolean;
  /**
   * Why the API server refuses the role (a rule fails validation: objects.ts policyRuleProblems),
   * when it does: such a role never exists, so it grants nothing and aggregates into nothing.
   */
  rejected?: string;
}

/** One effective rule and where it is written (for aggregated roles: in the role it came from). */
export interface GrantRule {
  rule: PolicyRule;
  source: RoleNode;
  index: number;
}

export interface BindingNode {
  object: K8sObject;
  kind: 'RoleBinding' | 'ClusterRoleBinding';
  name: string;
  /** '' for ClusterRoleBindings. */
  namespace: string;
  roleRef?: RoleRef;
  /** The role referenced; undefined when dangling or invalid. */
  role?: RoleNode;
  subjects: { principal: Principal; index: number }[];
  problems: { index: number; problem: SubjectProblem }[];
  /**
   * Why the API server refuses the whole binding (a subject or the roleRef fails validation), when it
   * does: such a binding grants nothing, so it has no role and no subjects here (its problems stay,
   * for the rules that report them).
   */
  rejected?: string;
}

/** A rule that applies to a user: through which binding, which of its subjects, which role. */
export interface Grant {
  binding: BindingNode;
  subjectIndex: number;
  role: RoleNode;
  rule: GrantRule;
}

/** The namespace of a namespaced object written without one (never a valid namespace name). */
export const UNSET_NAMESPACE = '(namespace not set)';
const DEFAULT_NS = UNSET_NAMESPACE;
/** Where an object is identified: its render root, or for a file as written, its file. */
const rootOf = (o: K8sObject): string => (o.render ? `root:${o.render.root}` : `file:${o.file.path}`);
const roleKey = (kind: string, ns: string | undefined, name: string) => (kind === 'ClusterRole' ? `ClusterRole\0${name}` : `Role\0${ns ?? ''}\0${name}`);

/** Why a roleRef name is refused (the API server asks for a path segment name: src/model/names.ts). */
function roleRefNameProblem(name: string): string | undefined {
  if (isPathSegmentName(name) || hasSubstitution(name)) return undefined;
  return name ? `"${name}" is no valid name (not "." or "..", no "/" or "%")` : 'is empty';
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

export class RbacGraph {
  readonly roles: RoleNode[] = [];
  readonly bindings: BindingNode[] = [];
  /** By root and key (the roles of the manifests). */
  private readonly roleByKey = new Map<string, RoleNode>();
  /** By key: the first role of that key in any root, or the built-in one. */
  private readonly roleAnyRoot = new Map<string, RoleNode>();
  private readonly clusterBindingsByKey = new Map<string, { binding: BindingNode; index: number }[]>();
  private readonly roleBindingsByKey = new Map<string, { binding: BindingNode; index: number }[]>();
  private readonly roleBindingsByNs = new Map<string, BindingNode[]>();
  private readonly namespacesByKey = new Map<string, Set<string>>();
  private readonly clusterBindings: BindingNode[] = [];
  private readonly bindingsByRole = new Map<RoleNode, BindingNode[]>();
  private readonly bindingByObject = new Map<K8sObject, BindingNode>();
  /** For each ClusterRole, the aggregated ClusterRoles that take its rules. */
  private readonly aggregatedInto = new Map<RoleNode, RoleNode[]>();

  constructor(objects: readonly K8sObject[]) {
    // Roles: the repo's first, then built-ins not defined in the repo.
    const aggNodes = new Map<string, AggregationNode>();
    const selectorsOf = new Map<RoleNode, boolean>();
    for (const o of objects) {
      if (!isRole(o)) continue;
      const kind = o.kind as 'Role' | 'ClusterRole';
      const key = roleKey(kind, o.namespace ?? DEFAULT_NS, o.name);
      if (this.roleByKey.has(`${rootOf(o)}\0${key}`)) continue; // the same role twice in one root: the first wins
      const node: RoleNode = { kind, name: o.name, object: o, rules: [], aggregated: false };
      if (kind === 'Role') node.namespace = o.namespace ?? DEFAULT_NS;
      const refused = policyRuleProblems(o)[0];
      if (refused) node.rejected = `rules[${refused.index}] ${refused.problem}`;
      else if (droppedFields(o).length) node.rejected = `${droppedFields(o)[0]!.join('.')} has a value of the wrong type`;
      else node.rules = (roleRules(o) ?? []).map((rule, index) => ({ rule, source: node, index }));
      this.add(key, node, rootOf(o));
      if (kind === 'ClusterRole' && !aggNodes.has(o.name)) {
        const agg = aggregationRule(o);
        const selectors = Array.isArray(agg?.clusterRoleSelectors) ? agg.clusterRoleSelectors : undefined;
        aggNodes.set(o.name, { name: o.name, labels: labelsOf(o), rules: node.rules.map((g) => g.rule), ...(selectors ? { selectors } : {}) });
        selectorsOf.set(node, Boolean(selectors));
      }
    }
    for (const b of BUILTIN_CLUSTER_ROLES) {
      const key = roleKey('ClusterRole', undefined, b.name);
      if (this.roleAnyRoot.has(key)) continue;
      const node: RoleNode = { kind: 'ClusterRole', name: b.name, rules: [], aggregated: false };
      node.rules = b.rules.map((rule, index) => ({ rule, source: node, index }));
      this.add(key, node);
      const selectors = b.aggregationRule?.clusterRoleSelectors;
      aggNodes.set(b.name, { name: b.name, labels: b.labels, rules: b.rules, ...(selectors ? { selectors } : {}) });
    }
    for (const b of BUILTIN_NAMESPACED_ROLES) {
      const key = roleKey('Role', b.namespace, b.name);
      if (this.roleAnyRoot.has(key)) continue;
      const node: RoleNode = { kind: 'Role', name: b.name, namespace: b.namespace, rules: [], aggregated: false };
      node.rules = b.rules.map((rule, index) => ({ rule, source: node, index }));
      this.add(key, node);
    }
    const aggregated = aggregate(aggNodes);
    for (const [name, rules] of aggregated) {
      const node = this.roleAnyRoot.get(roleKey('ClusterRole', undefined, name))!;
      if (node.rejected) continue;
      node.aggregated = true;
      node.rules = rules.map((ar) => {
        const src = this.roleAnyRoot.get(roleKey('ClusterRole', undefined, ar.from))!;
        return { rule: ar.rule, source: src, index: ar.index };
      });
      for (const src of new Set(node.rules.map((g) => g.source))) push(this.aggregatedInto, src, node);
    }

    for (const o of objects) {
      if (!isBinding(o)) continue;
      const kind = o.kind as 'RoleBinding' | 'ClusterRoleBinding';
      const namespace = kind === 'RoleBinding' ? (o.namespace ?? DEFAULT_NS) : '';
      const b: BindingNode = { object: o, kind, name: o.name, namespace, subjects: [], problems: [] };
      const ref = roleRefOf(o);
      const resolved: { principal: Principal; index: number }[] = [];
      for (const { subject, index } of subjectsOf(o)) {
        const r = resolveSubject(subject, namespace);
        if (r.principal) resolved.push({ principal: r.principal, index });
        else if (r.problem) b.problems.push({ index, problem: r.problem });
      }
      // The API server validates the whole binding and refuses it when one subject or the roleRef
      // fails (pkg/apis/rbac/validation/validation.go, ValidateRoleBinding/ValidateClusterRoleBinding;
      // roleRef.apiGroup is defaulted when empty: pkg/apis/rbac/v1/defaults.go): a refused binding
      // never exists in the cluster, so none of its subjects, the valid ones included, get the role.
      if (b.problems.length) b.rejected = `subject ${b.problems[0]!.index} ${b.problems[0]!.problem.problem}`;
      // (a field of the wrong type, taken out for the rules: invalid-field-type reports it)
      else if (droppedFields(o).length) b.rejected = `${droppedFields(o)[0]!.join('.')} has a value of the wrong type`;
      if (ref) {
        b.roleRef = ref;
        const okKind = ref.kind === 'ClusterRole' || (ref.kind === 'Role' && kind === 'RoleBinding');
        const okGroup = !ref.apiGroup || ref.apiGroup === RBAC_GROUP;
        const badName = roleRefNameProblem(ref.name);
        if (!okKind || !okGroup || badName) b.rejected ??= !okGroup ? `roleRef.apiGroup must be ${RBAC_GROUP}` : !okKind ? `roleRef.kind ${ref.kind} cannot be referenced here` : `roleRef.name ${badName}`;
        const key = roleKey(ref.kind, namespace, ref.name);
        const role = b.rejected === undefined ? (this.roleByKey.get(`${rootOf(o)}\0${key}`) ?? this.roleAnyRoot.get(key)) : undefined;
        if (role) {
          b.role = role;
          push(this.bindingsByRole, role, b);
        }
      }
      if (b.rejected === undefined) {
        for (const { principal, index } of resolved) {
          b.subjects.push({ principal, index });
          const key = principalKey(principal);
          if (kind === 'ClusterRoleBinding') push(this.clusterBindingsByKey, key, { binding: b, index });
          else {
            push(this.roleBindingsByKey, `${namespace}\0${key}`, { binding: b, index });
            const set = this.namespacesByKey.get(key) ?? new Set<string>();
            set.add(namespace);
            this.namespacesByKey.set(key, set);
          }
        }
      }
      this.bindings.push(b);
      this.bindingByObject.set(o, b);
      if (kind === 'ClusterRoleBinding') this.clusterBindings.push(b);
      else if (namespace) push(this.roleBindingsByNs, namespace, b);
    }
  }

  private add(key: string, node: RoleNode, root?: string): void {
    if (root !== undefined) this.roleByKey.set(`${root}\0${key}`, node);
    if (!this.roleAnyRoot.has(key)) this.roleAnyRoot.set(key, node);
    this.roles.push(node);
  }

  role(kind: 'Role' | 'ClusterRole', name: string, namespace?: string): RoleNode | undefined {
    return this.roleAnyRoot.get(roleKey(kind, namespace, name));
  }

  /** The node of a Role/ClusterRole manifest (undefined for a duplicate definition or another kind). */
  roleOf(obj: K8sObject): RoleNode | undefined {
    if (!isRbac(obj, 'Role') && !isRbac(obj, 'ClusterRole')) return undefined;
    const n = this.roleByKey.get(`${rootOf(obj)}\0${roleKey(obj.kind, obj.kind === 'Role' ? (obj.namespace ?? DEFAULT_NS) : undefined, obj.name)}`);
    return n?.object === obj ? n : undefined;
  }

  /** The node of a RoleBinding/ClusterRoleBinding manifest. */
  bindingOf(obj: K8sObject): BindingNode | undefined {
    return this.bindingByObject.get(obj);
  }

  /** Bindings that reference a role directly. */
  bindingsOf(role: RoleNode): readonly BindingNode[] {
    return this.bindingsByRole.get(role) ?? [];
  }

  /** Bindings through which a role's written rules take effect: its own, and those of roles aggregating it. */
  bindingsReaching(role: RoleNode): BindingNode[] {
    const out = [...this.bindingsOf(role)];
    for (const agg of this.aggregatedInto.get(role) ?? []) out.push(...this.bindingsOf(agg));
    return out;
  }

  /** Roles that aggregate this ClusterRole's rules. */
  aggregators(role: RoleNode): readonly RoleNode[] {
    return this.aggregatedInto.get(role) ?? [];
  }

  /** RoleBindings in a namespace, and every namespace with RoleBindings. */
  roleBindingsIn(namespace: string): readonly BindingNode[] {
    return this.roleBindingsByNs.get(namespace) ?? [];
  }
  namespaces(): string[] {
    return [...this.roleBindingsByNs.keys()].sort();
  }
  clusterRoleBindings(): readonly BindingNode[] {
    return this.clusterBindings;
  }

  /**
   * Every rule that applies to the user in the namespace ('' = cluster-scoped request): rules of
   * ClusterRoleBindings naming the user or one of its groups, then of RoleBindings in the namespace.
   * Each binding counts once (the first subject that applies), as in VisitRulesFor.
   */
  rulesFor(user: UserInfo, namespace: string): Grant[] {
    const keys = userKeys(user);
    const out: Grant[] = [];
    const seen = new Set<BindingNode>();
    const visit = (entries: { binding: BindingNode; index: number }[] | undefined) => {
      for (const { binding, index } of entries ?? []) {
        if (seen.has(binding)) continue;
        seen.add(binding);
        if (!binding.role) continue;
        for (const rule of binding.role.rules) out.push({ binding, subjectIndex: index, role: binding.role, rule });
      }
    };
    for (const k of keys) visit(this.clusterBindingsByKey.get(k));
    if (namespace) for (const k of keys) visit(this.roleBindingsByKey.get(`${namespace}\0${k}`));
    return out;
  }

  /** Namespaces in which some RoleBinding applies to the user. */
  namespacesOf(user: UserInfo): string[] {
    const out = new Set<string>();
    for (const k of userKeys(user)) for (const ns of this.namespacesByKey.get(k) ?? []) out.add(ns);
    return [...out].sort();
  }

  /** Is the request allowed, and by which grants (all of them, for explanations). */
  authorize(user: UserInfo, req: Request): { allowed: boolean; grants: Grant[] } {
    const ns = isNonResource(req) ? '' : (req.namespace ?? '');
    const grants = this.rulesFor(user, ns).filter((g) => ruleAllows(g.rule.rule, req));
    return { allowed: grants.length > 0, grants };
  }

  /** Every (subject, binding, rule) that allows the request. */
  whoCan(req: Request): { principal: Principal; subjectIndex: number; grant: Grant }[] {
    const ns = isNonResource(req) ? '' : (req.namespace ?? '');
    const candidates = ns ? [...this.clusterBindings, ...this.roleBindingsIn(ns)] : this.clusterBindings;
    const out: { principal: Principal; subjectIndex: number; grant: Grant }[] = [];
    for (const binding of candidates) {
      const role = binding.role;
      if (!role) continue;
      const rule = role.rules.find((g) => ruleAllows(g.rule, req));
      if (!rule) continue;
      for (const s of binding.subjects) out.push({ principal: s.principal, subjectIndex: s.index, grant: { binding, subjectIndex: s.index, role, rule } });
    }
    return out;
  }

  /** Every principal named by some binding, once each. */
  principals(): Principal[] {
    const seen = new Map<string, Principal>();
    for (const b of this.bindings) for (const s of b.subjects) if (!seen.has(principalKey(s.principal))) seen.set(principalKey(s.principal), s.principal);
    return [...seen.values()];
  }
}
