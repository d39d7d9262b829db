import { definePssRule } from '../src/pss/rule.ts';

/** Pod Security Standards control; semantics in src/pss/ (PSA sysctls). */
export default definePssRule({
  code: "LP312",
  name: "pss-unsafe-sysctl",
  control: "sysctls",
  description: "A pod sets a sysctl outside the safe set (PSS baseline).",
  securitySeverity: 6.0,
  tags: ["sysctl"],
  fix: "Remove the sysctl, or keep to the safe set of the target Kubernetes version.",
  changes: "the safe set grows at v1.27, v1.29 and v1.32.",
  docs: {
    whatItDoes: "Flags `spec.securityContext.sysctls[].name` outside the safe set: kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, net.ipv4.tcp_syncookies, net.ipv4.ping_group_range, net.ipv4.ip_unprivileged_port_start; plus net.ipv4.ip_local_reserved_ports (v1.27); net.ipv4.tcp_keepalive_time, tcp_fin_timeout, tcp_keepalive_intvl, tcp_keepalive_probes (v1.29); net.ipv4.tcp_rmem, tcp_wmem (v1.32).",
    whyItMatters: "Sysctls outside the safe set are not namespaced, or not isolated between pods: setting them changes the node for everyone, or disables kernel protections.",
    example: `  securityContext:
    sysctls:
      - name: net.core.somaxconn
        value: "1024"`,
    useInstead: `  securityContext:
    sysctls:
      - name: net.ipv4.ip_local_port_range
        value: "1024 65000"`,
    references: [],
  },
});
