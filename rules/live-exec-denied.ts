import { defineRule } from '../src/engine/rule.ts';

/**
 * Reported by `leastpriv verify` (src/live/verify/exec-access.ts), which needs a cluster: no check
 * of its own in `audit`. Codes LP9xx are reserved for live verification.
 */
export default defineRule({
  meta: {
    code: 'LP907',
    name: 'live-exec-denied',
    severity: 'error',
    category: 'rbac',
    description: 'The manifests grant exec into (or attach to) pods, but the API server refuses the WebSocket upgrade as that identity.',
    securitySeverity: 5.0,
    tags: ['live', 'exec'],
    messages: {
      denied: '{identity} may {stream} pods in namespace {namespace} according to the manifests, but opening a WebSocket {kind} in {pod} as it was refused: {error}. The missing verb is "{verb}" ({how}). {fix}',
    },
    docs: {
      whatItDoes:
        'For every identity the manifests grant pods/exec, in every namespace of the grant, opens the exec WebSocket as that identity (impersonation) in a running, ready pod of a workload of that namespace, with a command that changes nothing (`true`); for pods/attach, a read-only attach (stdout and stderr, no stdin) closed as soon as it opens. Port-forward is left to access reviews: its stream connects to the container\'s port. A 101 upgrade proves the access (an exit 126/127 because the image has no `true` still proves it); a refused upgrade is reported with the API server\'s message at the Role rule that must change, naming the missing verb.',
      whyItMatters:
        'An access review answers for one verb at a time; the WebSocket exec needs two. The upgrade is an HTTP GET, authorized as get on pods/exec, and from Kubernetes 1.35 (AuthorizePodWebsocketUpgradeCreatePermission, on by default) also as create. A Role with only one of them passes review for that verb and still breaks every exec-based tool, as "WebSocket connection failed (empty error)".',
      example: 'resources: ["pods/exec"]\nverbs: ["create"]',
      useInstead: 'resources: ["pods/exec"]\nverbs: ["create", "get"]',
      references: [
        'https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/',
        'https://github.com/kubernetes/kubernetes/issues/133515',
        'https://github.com/kubernetes/enhancements/tree/master/keps/sig-api-machinery/4006-transition-spdy-to-websockets',
      ],
    },
  },
});
