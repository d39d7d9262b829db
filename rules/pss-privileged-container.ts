import { definePssRule } from '../src/pss/rule.ts';

/** Pod Security Standards control; semantics in src/pss/ (PSA privileged). */
export default definePssRule({
  code: "LP303",
  name: "pss-privileged-container",
  control: "privileged",
  description: "A container runs privileged (PSS baseline).",
  securitySeverity: 9.0,
  tags: ["capabilities"],
  fix: "Remove `privileged: true`; drop ALL capabilities and add back only those needed.",
  changes: "none (one revision since v1.0).",
  docs: {
    whatItDoes: "Flags `securityContext.privileged: true` on any container, init container or ephemeral container. Off under the `leastpriv` profile, where privileged-container (LP201) reports the same line.",
    whyItMatters: "A privileged container gets every capability and every host device, with no seccomp or AppArmor confinement: it is root on the node.",
    example: `      containers:
        - name: agent
          securityContext:
            privileged: true`,
    useInstead: `      containers:
        - name: agent
          securityContext:
            capabilities:
              drop: [ALL]
              add: [NET_ADMIN]`,
    references: [],
  },
});
