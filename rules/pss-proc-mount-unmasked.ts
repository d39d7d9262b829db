import { definePssRule } from '../src/pss/rule.ts';

/** Pod Security Standards control; semantics in src/pss/ (PSA procMount). */
export default definePssRule({
  code: "LP310",
  name: "pss-proc-mount-unmasked",
  control: "procMount",
  description: "A container unmasks /proc (procMount other than Default) (PSS baseline).",
  securitySeverity: 6.0,
  tags: ["proc"],
  fix: "Remove `procMount` (or set it to Default); from v1.35 baseline allows it for pods with `hostUsers: false`.",
  changes: "v1.35: any value allowed when `hostUsers: false` (before 1.35 this relaxation needed the default-off alpha UserNamespacesPodSecurityStandards gate, and is not applied).",
  docs: {
    whatItDoes: "Flags `securityContext.procMount` other than Default on any container. From policy v1.35, pods in a user namespace (`hostUsers: false`) are exempt at the baseline level. At the restricted level from v1.35 this check is replaced by pss-proc-mount-unmasked-restricted.",
    whyItMatters: "The default /proc mount masks and makes read-only the kernel paths (/proc/sys, /proc/kcore, …) that let a process reconfigure or read the node's kernel.",
    example: `          securityContext:
            procMount: Unmasked`,
    useInstead: `    spec:
      hostUsers: false
      containers:
        - name: builder
          securityContext:
            procMount: Unmasked`,
    references: ["https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/"],
  },
});
