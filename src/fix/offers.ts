/**
 * Edits that several rules offer (rules import no other rule): written once here, as paths and
 * values. Whether an offer is a fix or a suggestion follows ESLint: a fix when the edit only makes
 * the manifest mean what the finding says it should, a suggestion when it could change more than
 * that or needs a person to choose.
 */
import type { PolicyRule } from 'kubernetes-types/rbac/v1';
import type { K8sObject } from '../input/types.ts';
import type { ObjPath } from '../engine/types.ts';
import type { RuleFix } from '../engine/rule.ts';

export interface Offer {
  fix?: RuleFix;
  suggestions?: RuleFix[];
}

const STREAMING = /^(pods|\*)\/(exec|attach|portforward)$/;

/**
 * The missing half of `create`/`get` on a streaming subresource. Adding the verb to the rule is a
 * fix when the rule names only streaming subresources (it then grants exactly what it meant to);
 * when it names other resources too (`[pods, pods/exec]`), adding the verb would also grant it on
 * those, so the fix is a separate rule for the subresource, and adding it to the verbs a suggestion.
 */
export function missingVerbOffer(rule: PolicyRule, index: number, missing: 'get' | 'create', sub: string, object?: K8sObject): Offer {
  const on = object ? { object } : {};
  const toVerbs: RuleFix = { description: `Add \`${missing}\` to the verbs of rules[${index}]`, edits: [{ ...on, path: ['rules', index, 'verbs'], append: missing }] };
  const resources = rule.resources ?? [];
  if (resources.length && resources.every((r) => STREAMING.test(r))) return { fix: toVerbs };
  const names = rule.resourceNames?.length ? { resourceNames: [...rule.resourceNames] } : {};
  const separate: RuleFix = {
    description: `Add a rule granting \`${missing}\` on pods/${sub}`,
    edits: [{ ...on, path: ['rules'], append: { apiGroups: [''], resources: [`pods/${sub}`], ...names, verbs: [missing] } }],
  };
  return { fix: separate, suggestions: [toVerbs] };
}

/** Set a securityContext field of a container (or pod) to a value. */
export function setField(description: string, path: ObjPath, value: unknown, comment?: string): RuleFix {
  return { description, edits: [{ path, set: value, ...(comment ? { comment } : {}) }] };
}
