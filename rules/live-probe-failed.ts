import { defineRule } from '../src/engine/rule.ts';

const REF_GATE = 'https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/';

/**
 * Reported by `leastpriv verify` (src/live/verify), which needs a cluster: no check of its own in
 * `audit`. Codes LP9xx are reserved for live verification.
 */
export default defineRule({
  meta: {
    code: 'LP903',
    name: 'live-probe-failed',
    severity: 'error',
    category: 'rbac',
    description: 'A probe command could not run, or did not do what it should, in a container the manifests promise it can.',
    securitySeverity: 5.0,
    tags: ['live', 'exec', 'probe'],
    messages: {
      upgradeRefused:
        'probe {probe} in {pod} as {identity}: {error}. {fix}',
      failed: 'probe {probe} in {pod} as {identity}: `{command}` {outcome}. {fix}',
      unreachable: 'probe {probe} in {pod}: {error}',
    },
    docs: {
      whatItDoes: 'Runs the probe catalog (built-in: the incident six diagnostic tools) over WebSocket exec in the pods of the workloads the manifests define, as the identity the manifests grant exec to, and reports every failure with the HTTP status and the API server message or the exit code and output.',
      whyItMatters: 'RBAC and capabilities are promises; a probe proves them. WebSocket exec needs get on pods/exec (and create from Kubernetes 1.35), and a dropped capability breaks the tool that needs it: both show up here by name instead of as "WebSocket connection failed (empty error)".',
      example: 'resources: ["pods/exec"]\nverbs: ["create"]',
      useInstead: 'resources: ["pods/exec"]\nverbs: ["create", "get"]',
      references: [REF_GATE, 'https://kubernetes.io/docs/tasks/debug/debug-application/get-shell-running-container/'],
    },
  },
});
