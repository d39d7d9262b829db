/**
 * The template behind the "a role grants a risky permission" rules (kube-linter style: checks as
 * data over one template): each rule names the permissions it looks for; the template finds the
 * rules of a role that grant them, skipping rules with wildcards (the wildcard rule reports those,
 * once), and tells how far the role reaches so severity can scale with scope.
 *
 * What is granted is worded as it is: the verbs the rule really gives, and the names it is limited
 * to (`get secrets named app-tls`), so a message never speaks of `list` when only `get` is granted.
 *
 * Cluster-scoped permissions are requests whose namespace is '' when the authorizer sees them:
 * `escalate` on clusterroles (the role storage checks escalate with the request's namespace),
 * `impersonate` on users, groups, userextras and uids (the impersonation filter sets no namespace;
 * only service accounts carry theirs), and cluster-scoped resources (nodes, persistentvolumes,
 * certificatesigningrequests, webhook configurations). A RoleBinding only grants requests in its own
 * namespace (VisitRulesFor), so a Role, or a ClusterRole bound only by RoleBindings, grants none of
 * these: they are not reported for it. `bind` is different: it is checked in the namespace of the
 * binding being written (kubernetes/kubernetes pkg/registry/rbac/escalation_check.go,
 * BindingAuthorized: "this allows delegation to bind particular clusterroles in rolebindings within
 * particular namespaces"), so `bind` on clusterroles through a RoleBinding does grant something.
 */
import type { PolicyRule } from 'kubernetes-types/rbac/v1';
import type { K8sObject } from '../input/types.ts';
import type { Model } from '../model/model.ts';
import type { Severity } from '../engine/types.ts';
import { grantsVerbOn } from './match.ts';
import { roleLabel, roleRules } from './objects.ts';
import { hasWildcard, roleScope, scaled, type RoleScope } from './scope.ts';
import type { RuleContext } from '../engine/rule.ts';

export interface GrantSpec {
  verbs: readonly string[];
  group: string;
  resource: string;
  /**
   * The subresource asked for; ANY_SUBRESOURCE for requests whose subresource varies, as the
   * impersonation filter's `userextras/<extra key>` (the rule's own `resource/sub` entries are read).
   */
  subresource?: string;
  /** The authorizer sees these requests without a namespace: a RoleBinding never grants them. */
  clusterScoped?: boolean;
}

/** One permission a rule grants: `verb resource[/sub]`, and the names it is limited to. */
export interface GrantHit {
  verb: string;
  resource: string;
  spec: GrantSpec;
}

export const ANY_SUBRESOURCE = '\0any';

/** The subresources of `resource` a rule names (`userextras/scopes` → scopes). */
const namedSubresources = (rule: PolicyRule, resource: string): string[] =>
  [...new Set((rule.resources ?? []).filter((r) => r.startsWith(`${resource}/`)).map((r) => r.slice(resource.length + 1)))];

/** The verbs of the specs a rule grants (wildcard rules excluded). */
export function grantHits(rule: PolicyRule, specs: readonly GrantSpec[]): GrantHit[] {
  if (hasWildcard(rule)) return [];
  const out: GrantHit[] = [];
  for (const s of specs) {
    const subs = s.subresource === ANY_SUBRESOURCE ? namedSubresources(rule, s.resource) : [s.subresource ?? ''];
    for (const sub of subs) {
      for (const v of s.verbs) {
        if (grantsVerbOn(rule, v, s.group, s.resource, sub)) out.push({ verb: v, resource: `${s.resource}${sub ? '/' + sub : ''}`, spec: s });
      }
    }
  }
  return out;
}

/** The verbs of the specs a rule grants, as `verb resource[/sub]` strings (wildcard rules excluded). */
export function grantedBy(rule: PolicyRule, specs: readonly GrantSpec[]): string[] {
  return grantHits(rule, specs).map((h) => `${h.verb} ${h.resource}`);
}

/** `get, list secrets` and `bind clusterroles`, with `named a, b` when the rule lists resourceNames. */
export function describeGrants(hits: readonly GrantHit[], names: readonly string[]): string {
  const byResource = new Map<string, string[]>();
  for (const h of hits) byResource.set(h.resource, [...(byResource.get(h.resource) ?? []), h.verb]);
  const named = names.length ? ` named ${names.slice(0, 5).join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''}` : '';
  return [...byResource].map(([r, verbs]) => `${verbs.join(', ')} ${r}${named}`).join('; ');
}

export interface RiskyRule {
  index: number;
  rule: PolicyRule;
  hits: GrantHit[];
  /** `verb resource` strings. */
  grants: string[];
  /** resourceNames of the rule ([] = every name). */
  names: string[];
  scope: RoleScope;
}

/**
 * Every rule of a role that grants some of the specs, with the role's scope. Cluster-scoped
 * permissions count only where a ClusterRoleBinding could grant them (see the header).
 */
export function riskyRules(obj: K8sObject, model: Model, specs: readonly GrantSpec[]): RiskyRule[] {
  const rules = roleRules(obj);
  if (!rules) return [];
  const hits: { index: number; rule: PolicyRule; hits: GrantHit[] }[] = [];
  rules.forEach((rule, index) => {
    const h = grantHits(rule, specs);
    if (h.length) hits.push({ index, rule, hits: h });
  });
  if (!hits.length) return [];
  const scope = roleScope(model.rbac, obj);
  const out: RiskyRule[] = [];
  for (const h of hits) {
    const effective = scope.scope === 'namespace' ? h.hits.filter((x) => !x.spec.clusterScoped) : h.hits;
    if (!effective.length) continue;
    const names = (h.rule.resourceNames ?? []).filter((n): n is string => typeof n === 'string');
    out.push({ index: h.index, rule: h.rule, hits: effective, grants: effective.map((x) => `${x.verb} ${x.resource}`), names, scope });
  }
  return out;
}

/** The doc note every grant rule carries about how its severity follows scope. */
export const SCOPE_NOTE =
  'Severity is scaled by scope: the configured severity when a ClusterRoleBinding (directly or through an aggregating role) makes the grant cluster-wide, one step lower for a Role, a ClusterRole bound only by RoleBindings, or a role not bound in the manifests. Permissions on cluster-scoped resources (and `escalate` on clusterroles, `impersonate` on users and groups) are not reported for a Role or a ClusterRole bound only by RoleBindings: a RoleBinding grants only requests in its own namespace, so they grant nothing there (`kubectl auth can-i` answers no). Suppress on the role rule with a reason when the grant is needed.';

/** How a rule words one risky role rule: its message id, extra data, and optionally another severity (or none: not reported). */
export type Classify = (hit: RiskyRule, severity: Severity) => { messageId: string; data?: Record<string, string>; severity?: Severity } | undefined;

const LOWER: Record<Severity, Severity> = { error: 'warning', warning: 'note', note: 'note' };
/** One step lower (name-restricted grants and the like). */
export const lower = (s: Severity): Severity => LOWER[s];

/**
 * The whole check of a grant rule: one finding on the verbs of each role rule that grants some of
 * the specs, with the role, the grants (as granted) and the scope as message data, severity scaled
 * by scope. `classify` picks the message by what is granted (default: message `grant`).
 */
export function grantCheck(specs: readonly GrantSpec[], classify?: Classify) {
  return (obj: K8sObject, ctx: RuleContext<string, Record<string, unknown>>): void => {
    for (const hit of riskyRules(obj, ctx.model, specs)) {
      const severity = scaled(ctx.severity, hit.scope.scope);
      const c = classify ? classify(hit, severity) : { messageId: 'grant' };
      if (!c) continue;
      ctx.report({
        object: obj,
        path: ['rules', hit.index, 'verbs'],
        messageId: c.messageId,
        severity: c.severity ?? severity,
        data: { role: roleLabel(obj), grants: describeGrants(hit.hits, hit.names), scope: hit.scope.text, ...c.data },
      });
    }
  };
}
