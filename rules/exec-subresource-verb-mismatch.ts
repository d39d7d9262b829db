import { defineRule } from '../src/engine/rule.ts';
import type { PolicyRule } from 'kubernetes-types/rbac/v1';
import { STREAMING_SUBRESOURCES, grantsVerbOn } from '../src/rbac/match.ts';
import { roleLabel, roleRules } from '../src/rbac/objects.ts';
import { missingVerbOffer } from '../src/fix/offers.ts';
import { objectKey } from '../src/model/describe.ts';

/**
 * Facts this rule depends on (checked at the source):
 * - The API server derives the RBAC verb from the HTTP method for connect subresources: GET → `get`,
 *   POST → `create` (k8s.io/apiserver/pkg/endpoints/request/requestinfo.go). SPDY exec is a POST;
 *   a WebSocket handshake is always a GET, so WebSocket exec/attach/portforward are authorized as `get`
 *   (kubernetes/kubernetes#78741).
 * - kubectl switched exec/attach/cp to WebSocket in 1.30 (KEP-4006, gated by
 *   TranslateStreamCloseWebsocketRequests, beta and on by default in 1.30); the JavaScript and Python
 *   clients always used WebSocket.
 * - From Kubernetes 1.35 the feature gate AuthorizePodWebsocketUpgradeCreatePermission (beta, on by
 *   default) also requires `create` for the WebSocket upgrade of pods/exec, pods/attach and
 *   pods/portforward (kubernetes/website: feature-gates/AuthorizePodWebsocketUpgradeCreatePermission.md).
 * So a role needs both verbs for these subresources to work with every client on every version.
 */
export default defineRule({
  meta: {
    code: 'LP101',
    name: 'exec-subresource-verb-mismatch',
    severity: 'error',
    category: 'rbac',
    description: 'A role grants only one of `create` and `get` on pods/exec, pods/attach or pods/portforward.',
    securitySeverity: 5.0,
    tags: ['rbac', 'reliability', 'exec'],
    messages: {
      missingGet:
        '{role} grants `create` on pods/{sub} ({where}) but not `get`: WebSocket {sub} (kubectl ≥ 1.30, the JavaScript and Python clients) is authorized as `get`, so the API server answers 403 and clients report a failed connection. Add `get` to the verbs.',
      missingCreate:
        '{role} grants `get` on pods/{sub} ({where}) but not `create`: SPDY {sub} (POST) is authorized as `create`, and from Kubernetes 1.35 the WebSocket upgrade needs `create` too (feature gate AuthorizePodWebsocketUpgradeCreatePermission). Add `create` to the verbs.',
      wildcardOnly:
        "{role} grants `{has}` but not `{missing}` on {subs} only through the resource wildcard `*` ({where}). Nothing to do if the role is not meant to exec, attach or port-forward; if it is, grant `create` and `get` on the subresource by name, or exec breaks for clients that need `{missing}`.",
    },
    carriesCauseOf: {
      codes: ['LP102'],
      why: 'The role is where the gap is written and fixed, so this finding carries it: the `effective-exec-verb-mismatch` (LP102) findings on the bindings of this role, for the same subresource and missing verb, are folded into it as related locations (SARIF `relatedLocations`, JSON `related`). LP102 still reports gaps no single role explains (or every gap when this rule is off).',
    },
    docs: {
      whatItDoes:
        'Flags a Role or ClusterRole that grants `create` without `get`, or `get` without `create`, on one of the streaming pod subresources: `pods/exec`, `pods/attach`, `pods/portforward`. Grants through wildcards count: resources `*` or `*/exec`, verbs `*` (which counts as both verbs), apiGroups `*`. The rules of one role are taken together, per set of resourceNames. When a role reaches these subresources only through `resources: [\"*\"]` (a read-everything viewer, a cleanup controller), the mismatch is reported once, as a note: such roles are rarely meant to exec, and an error on every viewer role would bury the real ones.',
      whyItMatters:
        "The API server turns the HTTP method of a streaming request into the RBAC verb: a SPDY request is a POST and needs `create`; a WebSocket handshake is a GET and needs `get`. kubectl uses WebSocket from 1.30 and the JavaScript and Python clients always did, so a role with only `create` breaks them with a 403 that many clients hide (the JavaScript client reports `WebSocket connection failed` with an empty error). From Kubernetes 1.35 the WebSocket upgrade also needs `create` (feature gate `AuthorizePodWebsocketUpgradeCreatePermission`), so a role with only `get` breaks there. Granting both is the only grant that works with every client on every version.",
      example: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: mcp-homelab
rules:
  - apiGroups: [""]
    resources: ["pods/exec"]
    verbs: ["create"]        # WebSocket exec is refused with 403`,
      useInstead: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: mcp-homelab
rules:
  - apiGroups: [""]
    resources: ["pods/exec"]
    verbs: ["create", "get"]`,
      references: [
        'https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/apiserver/pkg/endpoints/request/requestinfo.go',
        'https://github.com/kubernetes/kubernetes/issues/78741',
        'https://github.com/kubernetes/enhancements/tree/master/keps/sig-api-machinery/4006-transition-spdy-to-websockets',
        'https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/#AuthorizePodWebsocketUpgradeCreatePermission',
        'https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources',
      ],
    },
  },
  checkObject(obj, ctx) {
    const rules = roleRules(obj);
    if (!rules) return;
    // Wildcard-only mismatches, by (granted verb, rule): one note for all the subresources it reaches.
    const wildcard = new Map<string, { has: string; missing: string; rule: number; subs: string[] }>();
    // Group by resourceNames: a name-restricted grant does not complete an unrestricted one.
    for (const sub of STREAMING_SUBRESOURCES) {
      const groups = new Map<string, { create?: number; get?: number; named: boolean }>();
      rules.forEach((rule, i) => {
        const key = rule.resourceNames?.length ? [...rule.resourceNames].sort().join(',') : '*';
        const g = groups.get(key) ?? { named: false };
        const create = grantsVerbOn(rule, 'create', '', 'pods', sub);
        const get = grantsVerbOn(rule, 'get', '', 'pods', sub);
        if (create) g.create ??= i;
        if (get) g.get ??= i;
        if ((create || get) && namesSubresource(rule, sub)) g.named = true;
        groups.set(key, g);
      });
      for (const g of groups.values()) {
        const only = g.create !== undefined && g.get === undefined ? g.create : g.get !== undefined && g.create === undefined ? g.get : undefined;
        if (only === undefined) continue;
        const missing = g.get === undefined ? 'get' : 'create';
        if (!g.named) {
          const k = `${missing}:${only}`;
          const w = wildcard.get(k) ?? { has: missing === 'get' ? 'create' : 'get', missing, rule: only, subs: [] };
          w.subs.push(`pods/${sub}`);
          wildcard.set(k, w);
          continue;
        }
        ctx.report({
          object: obj,
          path: ['rules', only, 'verbs'],
          messageId: missing === 'get' ? 'missingGet' : 'missingCreate',
          data: { role: roleLabel(obj), sub, where: `rules[${only}]` },
          ...missingVerbOffer(rules[only]!, only, missing, sub),
          cause: `exec:${objectKey(obj)}:${sub}:${missing}`,
        });
      }
    }
    for (const w of wildcard.values()) {
      ctx.report({
        object: obj,
        path: ['rules', w.rule, 'verbs'],
        messageId: 'wildcardOnly',
        severity: 'note',
        data: { role: roleLabel(obj), has: w.has, missing: w.missing, subs: w.subs.join(', '), where: `rules[${w.rule}]` },
      });
    }
  },
});

/** The rule names the subresource itself (`pods/exec`) or every resource's (`*\/exec`), not just `*`. */
function namesSubresource(rule: PolicyRule, sub: string): boolean {
  return (rule.resources ?? []).some((r) => r === `pods/${sub}` || r === `*/${sub}`);
}
