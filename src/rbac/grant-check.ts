/**
 * The template behind the "a role grants a risky permission" rules (kube-linter style: checks as
 * data over one template): each rule names the permissions it looks for; the template finds the
 * rules of a role that grant them, skipping rules with wildcards (the wildcard rule reports those,
 * once), and tells how far the role reaches so severity can scale with scope.
 */
import type { PolicyRule } from 'kubernetes-types/rbac/v1';
import type { K8sObject } from '../input/types.ts';
import type { Model } from '../model/model.ts';
import { grantsVerbOn } from './match.ts';
import { roleLabel, roleRules } from './objects.ts';
import { hasWildcard, roleScope, scaled, type RoleScope } from './scope.ts';
import type { RuleContext } from '../engine/rule.ts';

export interface GrantSpec {
  verbs: readonly string[];
  group: string;
  resource: string;
  subresource?: string;
}

/** The verbs of the specs a rule grants, as `verb resource[/sub]` strings (wildcard rules excluded). */
export function grantedBy(rule: PolicyRule, specs: readonly GrantSpec[]): string[] {
  if (hasWildcard(rule)) return [];
  const out: string[] = [];
  for (const s of specs) {
    for (const v of s.verbs) {
      if (grantsVerbOn(rule, v, s.group, s.resource, s.subresource ?? '')) out.push(`${v} ${s.resource}${s.subresource ? '/' + s.subresource : ''}`);
    }
  }
  return out;
}

/** Every rule of a role that grants some of the specs, with the role's scope. */
export function riskyRules(obj: K8sObject, model: Model, specs: readonly GrantSpec[]): { index: number; grants: string[]; scope: RoleScope }[] {
  const rules = roleRules(obj);
  if (!rules) return [];
  const hits: { index: number; grants: string[] }[] = [];
  rules.forEach((rule, index) => {
    const grants = grantedBy(rule, specs);
    if (grants.length) hits.push({ index, grants });
  });
  if (!hits.length) return [];
  const scope = roleScope(model.rbac, obj);
  return hits.map((h) => ({ ...h, scope }));
}

/** The doc note every grant rule carries about how its severity follows scope. */
export const SCOPE_NOTE =
  'Severity is scaled by scope: the configured severity when a ClusterRoleBinding (directly or through an aggregating role) makes the grant cluster-wide, one step lower for a Role, a ClusterRole bound only by RoleBindings, or a role not bound in the manifests. Suppress on the role rule with a reason when the grant is needed.';

/**
 * The whole check of a grant rule: one `grant` finding on the verbs of each role rule that grants
 * some of the specs, with the role, the grants and the scope as message data, severity scaled by scope.
 */
export function grantCheck(specs: readonly GrantSpec[]) {
  return (obj: K8sObject, ctx: RuleContext<'grant', Record<string, unknown>>): void => {
    for (const hit of riskyRules(obj, ctx.model, specs)) {
      ctx.report({
        object: obj,
        path: ['rules', hit.index, 'verbs'],
        messageId: 'grant',
        severity: scaled(ctx.severity, hit.scope.scope),
        data: { role: roleLabel(obj), grants: hit.grants.join(', '), scope: hit.scope.text },
      });
    }
  };
}
