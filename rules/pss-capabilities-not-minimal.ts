import { definePssRule } from '../src/pss/rule.ts';

/** Pod Security Standards control; semantics in src/pss/ (PSA capabilities_restricted). */
export default definePssRule({
  code: "LP318",
  name: "pss-capabilities-not-minimal",
  control: "capabilities_restricted",
  description: "A container does not drop ALL capabilities, or adds one other than NET_BIND_SERVICE (PSS restricted, v1.22+).",
  securitySeverity: 5.5,
  tags: ["capabilities"],
  fix: "Set `capabilities: { drop: [ALL] }` and add back at most NET_BIND_SERVICE.",
  changes: "new in v1.22; v1.25: Windows pods exempt.",
  docs: {
    whatItDoes: "From policy v1.22: flags every container whose `capabilities.drop` does not contain `ALL` (exactly), and every `capabilities.add` entry other than `NET_BIND_SERVICE`. From v1.25, pods with `spec.os.name: windows` are exempt. Replaces pss-capability-beyond-baseline at the restricted level.",
    whyItMatters: "Restricted pods run with no capabilities beyond binding low ports; every other capability is a kernel privilege an attacker can use after a compromise.",
    example: `          securityContext:
            capabilities:
              add: [NET_RAW]`,
    useInstead: `          securityContext:
            capabilities:
              drop: [ALL]
              add: [NET_BIND_SERVICE]`,
    references: [],
  },
});
