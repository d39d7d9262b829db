import { definePssRule } from '../src/pss/rule.ts';

/** Pod Security Standards control; semantics in src/pss/ (PSA runAsUser). */
export default definePssRule({
  code: "LP316",
  name: "pss-run-as-root-user",
  control: "runAsUser",
  description: "A pod or container sets runAsUser: 0 (PSS restricted, v1.23+).",
  securitySeverity: 6.0,
  tags: ["users"],
  fix: "Run as a non-zero UID (`runAsUser: 10001`), or leave it unset with `runAsNonRoot: true`.",
  changes: "new in v1.23; v1.35: pods in a user namespace (`hostUsers: false`) exempt.",
  docs: {
    whatItDoes: "Flags `runAsUser: 0` on the pod or on any container. Applies from policy v1.23; from v1.35 pods with `hostUsers: false` are exempt.",
    whyItMatters: "UID 0 is root: any escape from the container's other restrictions then acts as root on the node's files it can reach.",
    example: `          securityContext:
            runAsUser: 0`,
    useInstead: `          securityContext:
            runAsUser: 10001
            runAsNonRoot: true`,
    references: ["https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/"],
  },
});
