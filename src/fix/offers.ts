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

/**
 * The verbs of the Kubernetes API's resource requests (API concepts, "Kubernetes API terminology":
 * get, list, watch, create, update, patch, delete, deletecollection). `*` matches these and every
 * special verb too: escalate, bind, impersonate, use, approve, sign, and verbs added later.
 */
export const STANDARD_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'] as const;

/** Built-in resources by group (src/rbac/resources.ts: `kubectl api-resources` of Kubernetes v1.32). */
export interface BuiltinTable {
  resources: readonly { resource: string; group: string; namespaced: boolean }[];
  version: string;
}

/**
 * Suggestions that replace a rule's wildcards with explicit lists, where the list is knowable; each
 * narrows what the rule grants (a person checks it still covers what the workload does: a
 * suggestion, never a fix) and keeps the rule one the API server accepts (every list non-empty; no
 * list for non-resource URLs changed):
 * - verbs `*` → the standard verbs (the others already listed kept): no escalate, bind,
 *   impersonate, use, approve, sign, nor verbs added later; marked `# TODO` to cut down further;
 * - resources `*`, with every API group named and built in → those groups' built-in resources
 *   (namespaced ones only in a Role), marked `# TODO`: no custom or later types, no subresources;
 * - apiGroups `*`, with every resource named and built in → the groups those resources are in.
 * A wildcard over unknown groups or resources (CRDs, aggregated APIs) gets no suggestion: its list
 * is not knowable offline.
 */
export function wildcardNarrowing(rule: PolicyRule, index: number, namespaced: boolean, table: BuiltinTable): RuleFix[] {
  const out: RuleFix[] = [];
  const verbs = rule.verbs ?? [];
  const groups = rule.apiGroups ?? [];
  const resources = rule.resources ?? [];
  if (rule.nonResourceURLs?.length) return out;
  if (verbs.includes('*')) {
    const kept = verbs.filter((v) => v !== '*');
    const list = [...kept, ...STANDARD_VERBS.filter((v) => !kept.includes(v))];
    out.push({
      description: `Replace \`*\` in the verbs of rules[${index}] with the standard verbs (${STANDARD_VERBS.join(', ')}): no escalate, bind, impersonate or verbs added later; then keep only those the workload uses`,
      edits: [{ path: ['rules', index, 'verbs'], set: list, comment: 'TODO: keep only the verbs the workload uses' }],
    });
  }
  if (resources.includes('*') && groups.length && !groups.includes('*')) {
    const known = new Set(table.resources.map((r) => r.group));
    if (groups.every((g) => known.has(g))) {
      const kept = resources.filter((r) => r !== '*');
      const builtin = table.resources.filter((r) => groups.includes(r.group) && (!namespaced || r.namespaced)).map((r) => r.resource);
      const list = [...kept, ...[...new Set(builtin)].sort().filter((r) => !kept.includes(r))];
      const named = groups.map((g) => (g === '' ? 'the core group' : g)).join(', ');
      if (list.length) {
        out.push({
          description: `Replace \`*\` in the resources of rules[${index}] with the built-in resources of ${named} (Kubernetes ${table.version}${namespaced ? ', namespaced ones' : ''}): no custom or later resource types, and no subresources (add pods/exec, pods/log… if the workload uses them); then keep only those it uses`,
          edits: [{ path: ['rules', index, 'resources'], set: list, comment: 'TODO: keep only the resources the workload uses' }],
        });
      }
    }
  }
  if (groups.includes('*') && resources.length && !resources.some((r) => r === '*' || r.startsWith('*/'))) {
    const groupsOf = resources.map((r) => table.resources.filter((b) => b.resource === r.split('/')[0]).map((b) => b.group));
    if (groupsOf.every((g) => g.length > 0)) {
      const kept = groups.filter((g) => g !== '*');
      const list = [...kept, ...[...new Set(groupsOf.flat())].filter((g) => !kept.includes(g))];
      out.push({
        description: `Replace \`*\` in the apiGroups of rules[${index}] with the groups of the resources it names (${list.map((g) => (g === '' ? '""' : g)).join(', ')})`,
        edits: [{ path: ['rules', index, 'apiGroups'], set: list }],
      });
    }
  }
  return out;
}
