import { definePssRule } from '../src/pss/rule.ts';

/** Pod Security Standards control; semantics in src/pss/ (PSA capabilities_baseline). */
export default definePssRule({
  code: "LP304",
  name: "pss-capability-beyond-baseline",
  control: "capabilities_baseline",
  description: "A container adds a capability outside the PSS baseline set.",
  securitySeverity: 7.5,
  tags: ["capabilities"],
  fix: "Remove the capability, or keep to AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT.",
  changes: "none (one revision since v1.0); overridden at the restricted level by `capabilities_restricted` from v1.22.",
  docs: {
    whatItDoes: "Flags each `securityContext.capabilities.add` entry not in the baseline set (AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT). Names are compared exactly as PSA does: `CAP_CHROOT` or `net_raw` are not in the set. At the restricted level from v1.22 this check is replaced by pss-capabilities-not-minimal. Off under the `leastpriv` profile, where capability-outside-allowlist (LP203) and unjustified-privilege (LP205) decide.",
    whyItMatters: "Capabilities beyond the container runtimes' defaults (NET_RAW, NET_ADMIN, SYS_ADMIN, SYS_PTRACE, …) give a container ways to reach the node or other pods. Baseline allows only the historical default set, without NET_RAW.",
    example: `          securityContext:
            capabilities:
              add: [NET_ADMIN, SYS_TIME]`,
    useInstead: `          securityContext:
            capabilities:
              drop: [ALL]
              add: [NET_BIND_SERVICE]`,
    references: [],
  },
});
