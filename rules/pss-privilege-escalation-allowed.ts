import { definePssRule } from '../src/pss/rule.ts';

/** Pod Security Standards control; semantics in src/pss/ (PSA allowPrivilegeEscalation). */
export default definePssRule({
  code: "LP314",
  name: "pss-privilege-escalation-allowed",
  control: "allowPrivilegeEscalation",
  description: "A container does not set allowPrivilegeEscalation: false (PSS restricted).",
  securitySeverity: 6.0,
  tags: ["privilege-escalation"],
  fix: "Set `securityContext.allowPrivilegeEscalation: false`.",
  // The engine drops this suggestion where the API server would reject it (privileged, CAP_SYS_ADMIN).
  suggest: { description: 'Set `allowPrivilegeEscalation: false`', value: false },
  changes: "v1.8: required; v1.25: Windows pods exempt.",
  docs: {
    whatItDoes: "Flags every container, init container and ephemeral container that does not explicitly set `securityContext.allowPrivilegeEscalation: false`. From policy v1.25, pods with `spec.os.name: windows` are exempt.",
    whyItMatters: "Without no_new_privs a process can gain privileges through setuid binaries or file capabilities, for example becoming root inside the container.",
    example: `          securityContext:
            runAsNonRoot: true`,
    useInstead: `          securityContext:
            runAsNonRoot: true
            allowPrivilegeEscalation: false`,
    references: [],
  },
});
