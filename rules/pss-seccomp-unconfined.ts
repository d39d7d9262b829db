import { definePssRule } from '../src/pss/rule.ts';

/** Pod Security Standards control; semantics in src/pss/ (PSA seccompProfile_baseline). */
export default definePssRule({
  code: "LP311",
  name: "pss-seccomp-unconfined",
  control: "seccompProfile_baseline",
  description: "A pod or container explicitly disables seccomp (PSS baseline).",
  securitySeverity: 6.0,
  tags: ["seccomp"],
  fix: "Set `seccompProfile.type: RuntimeDefault` (or Localhost), or leave it unset.",
  changes: "v1.0: annotations; v1.19: the seccompProfile fields (annotations are no longer checked).",
  docs: {
    whatItDoes: "From policy v1.19: flags `securityContext.seccompProfile.type` other than RuntimeDefault or Localhost on the pod or any container. Before v1.19: flags the alpha annotations `seccomp.security.alpha.kubernetes.io/pod` and `container.seccomp.security.alpha.kubernetes.io/<container>` with values other than runtime/default, docker/default or localhost/…. At the restricted level from v1.19 this check is replaced by pss-seccomp-profile-unset.",
    whyItMatters: "seccomp limits the system calls a container can make; Unconfined exposes the whole kernel syscall surface to a compromised process.",
    example: `          securityContext:
            seccompProfile:
              type: Unconfined`,
    useInstead: `          securityContext:
            seccompProfile:
              type: RuntimeDefault`,
    references: [],
  },
});
