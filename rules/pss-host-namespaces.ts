import { definePssRule } from '../src/pss/rule.ts';

/** Pod Security Standards control; semantics in src/pss/ (PSA hostNamespaces). */
export default definePssRule({
  code: "LP302",
  name: "pss-host-namespaces",
  control: "hostNamespaces",
  description: "A pod shares the node's network, process or IPC namespace (PSS baseline).",
  securitySeverity: 8.0,
  tags: ["host-namespaces"],
  fix: "Remove `hostNetwork`, `hostPID` and `hostIPC` (or set them to false).",
  changes: "none (one revision since v1.0).",
  docs: {
    whatItDoes: "Flags `hostNetwork: true`, `hostPID: true` and `hostIPC: true` on the pod spec. Off under the `leastpriv` profile, where host-pid-ipc (LP204) and unjustified-privilege (LP205, hostNetwork with a written reason) decide instead.",
    whyItMatters: "Sharing a host namespace removes the isolation between the pod and the node: with hostNetwork the pod sees and binds the node's interfaces and reaches node-local services; with hostPID it sees every process on the node; with hostIPC it shares the node's shared memory.",
    example: `spec:
  hostNetwork: true
  hostPID: true`,
    useInstead: `spec:
  containers:
    - name: app
      image: registry.example/app:1.0`,
    references: [],
  },
});
