import { definePssRule } from '../src/pss/rule.ts';

/** Pod Security Standards control; semantics in src/pss/ (PSA procMount_restricted). */
export default definePssRule({
  code: "LP319",
  name: "pss-proc-mount-unmasked-restricted",
  control: "procMount_restricted",
  description: "A container unmasks /proc, even in a user namespace (PSS restricted, v1.35+).",
  securitySeverity: 6.0,
  tags: ["proc"],
  fix: "Remove `procMount` (or set it to Default).",
  changes: "new in v1.35 (before, the baseline procMount check applied at both levels).",
  docs: {
    whatItDoes: "From policy v1.35: flags `securityContext.procMount` other than Default on any container, also when the pod sets `hostUsers: false`. Replaces pss-proc-mount-unmasked at the restricted level (baseline relaxed it for user namespaces in v1.35; restricted did not).",
    whyItMatters: "Restricted keeps the masked /proc for every pod: a user namespace limits what root can do, but an unmasked /proc still exposes kernel interfaces.",
    example: `    spec:
      hostUsers: false
      containers:
        - name: builder
          securityContext:
            procMount: Unmasked`,
    useInstead: `    spec:
      hostUsers: false
      containers:
        - name: builder`,
    references: ["https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/"],
  },
});
