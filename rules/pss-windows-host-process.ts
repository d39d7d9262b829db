import { definePssRule } from '../src/pss/rule.ts';

/** Pod Security Standards control; semantics in src/pss/ (PSA windowsHostProcess). */
export default definePssRule({
  code: "LP301",
  name: "pss-windows-host-process",
  control: "windowsHostProcess",
  description: "A Windows pod or container runs as a HostProcess container (PSS baseline).",
  securitySeverity: 9.0,
  tags: ["windows"],
  fix: "Remove `windowsOptions.hostProcess: true`; run the workload as a normal Windows container.",
  changes: "none (one revision since v1.0).",
  docs: {
    whatItDoes: "Flags `securityContext.windowsOptions.hostProcess: true` on the pod or on any container, init container or ephemeral container.",
    whyItMatters: "A Windows HostProcess container runs directly on the node, with the node's network and file system and as a node account: it is the Windows equivalent of a privileged container. Pod Security Admission rejects it at the baseline level.",
    example: `spec:
  securityContext:
    windowsOptions:
      hostProcess: true
      runAsUserName: "NT AUTHORITY\\\\SYSTEM"
  hostNetwork: true`,
    useInstead: `spec:
  securityContext:
    windowsOptions:
      runAsUserName: ContainerUser`,
    references: [],
  },
});
