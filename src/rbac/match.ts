/**
 * Rule matching, as the Kubernetes RBAC authorizer does it. Sources (kubernetes/kubernetes):
 * - pkg/apis/rbac/v1/evaluation_helpers.go: VerbMatches, APIGroupMatches, ResourceMatches,
 *   ResourceNameMatches, NonResourceURLMatches;
 * - plugin/pkg/auth/authorizer/rbac/rbac.go: RuleAllows (a resource request is matched as
 *   `resource/subresource`; a non-resource request by verb and URL only).
 * So:
 * - `*` in verbs or apiGroups matches everything; resources `*` matches every resource and every
 *   subresource; `*\/exec` matches the exec subresource of any resource;
 * - `pods` does not cover `pods/exec`, and `pods/*` is not a wildcard (only an exact string);
 * - empty resourceNames match any name; otherwise the request's name must be listed;
 * - nonResourceURLs match exactly, `*`, or by prefix when the rule's URL ends in `*`.
 */
import type { PolicyRule } from 'kubernetes-types/rbac/v1';
import { LATEST, parseVersion } from '../pss/version.ts';

export const STREAMING_SUBRESOURCES = ['exec', 'attach', 'portforward'] as const;

/**
 * The verbs on pods/exec, pods/attach or pods/portforward any one of which opens the stream on a
 * Kubernetes version (`v1.35`). The API server authorizes a streaming request by its HTTP method: SPDY
 * (POST) as `create`, the WebSocket upgrade (GET) as `get` (KEP-4006). From 1.35 the upgrade is also
 * authorized as `create` (compound authorization, feature gate AuthorizePodWebsocketUpgradeCreatePermission,
 * beta and on by default: kubernetes/kubernetes#134577, kubernetes/website feature-gates), so there
 * `get` alone opens nothing, and `create` alone still opens SPDY.
 */
export function streamOpeningVerbs(kubeVersion: string): readonly string[] {
  return (parseVersion(kubeVersion) ?? LATEST).minor >= 35 ? ['create'] : ['create', 'get'];
}

/** What the authorizer is asked: a resource request or a non-resource URL. */
export interface ResourceRequest {
  verb: string;
  apiGroup: string;
  resource: string;
  subresource?: string;
  /** Object name; '' when the request names none (list, create of a new object, deletecollection). */
  name?: string;
  /** '' for cluster-scoped requests (cluster-scoped resources, or all namespaces). */
  namespace?: string;
}
export interface NonResourceRequest {
  verb: string;
  nonResourceURL: string;
}
export type Request = ResourceRequest | NonResourceRequest;

export const isNonResource = (r: Request): r is NonResourceRequest => 'nonResourceURL' in r;

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

export function resourceNameMatches(rule: PolicyRule, name: string): boolean {
  const names = rule.resourceNames ?? [];
  return names.length === 0 || names.includes(name);
}

/**
 * `u` without its trailing `*`s, as strings.TrimRight(ruleURL, "*") in Kubernetes' NonResourceURLMatches.
 * A loop, not `u.replace(/\*+$/, '')`: that regexp is quadratic on a manifest's `**…*x*` (it retries
 * from every `*` of a run not at the end).
 */
export function trimTrailingStars(u: string): string {
  let e = u.length;
  while (e > 0 && u.charCodeAt(e - 1) === 42) e--;
  return u.slice(0, e);
}

export function nonResourceURLMatches(rule: PolicyRule, url: string): boolean {
  return (rule.nonResourceURLs ?? []).some((u) => u === '*' || u === url || (u.endsWith('*') && url.startsWith(trimTrailingStars(u))));
}

/**
 * The name the API server sees. `create` of a new object and `deletecollection` carry no name
 * (the RBAC reference: "you cannot restrict create or deletecollection requests by their resource
 * name"), so a rule with resourceNames never matches them. `create` on a subresource of a named
 * object (pods/exec of pod x) does carry the name.
 */
export function effectiveName(r: ResourceRequest): string {
  if ((r.verb === 'create' && !r.subresource) || r.verb === 'deletecollection') return '';
  return r.name ?? '';
}

/** RuleAllows: does this one rule authorize the request? */
export function ruleAllows(rule: PolicyRule, req: Request): boolean {
  if (!verbMatches(rule, req.verb)) return false;
  if (isNonResource(req)) return nonResourceURLMatches(rule, req.nonResourceURL);
  return apiGroupMatches(rule, req.apiGroup) && resourceMatches(rule, req.resource, req.subresource ?? '') && resourceNameMatches(rule, effectiveName(req));
}

/** A rule grants `verb` on group/resource[/sub] for some name (resourceNames ignored). */
export function grantsVerbOn(rule: PolicyRule, verb: string, group: string, resource: string, subresource = ''): boolean {
  return verbMatches(rule, verb) && apiGroupMatches(rule, group) && resourceMatches(rule, resource, subresource);
}
