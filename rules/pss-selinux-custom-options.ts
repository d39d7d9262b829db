import { definePssRule } from '../src/pss/rule.ts';

/** Pod Security Standards control; semantics in src/pss/ (PSA seLinuxOptions). */
export default definePssRule({
  code: "LP309",
  name: "pss-selinux-custom-options",
  control: "seLinuxOptions",
  description: "A pod or container sets a custom SELinux type, user or role (PSS baseline).",
  securitySeverity: 6.0,
  tags: ["selinux"],
  fix: "Remove `seLinuxOptions.user`/`role`, and use a container type (container_t, container_init_t, container_kvm_t, container_engine_t) or none.",
  changes: "v1.31 adds container_engine_t to the allowed types.",
  docs: {
    whatItDoes: "Flags `seLinuxOptions.type` outside \"\", container_t, container_init_t, container_kvm_t (plus container_engine_t from v1.31), and any non-empty `seLinuxOptions.user` or `role`, on the pod and on every container.",
    whyItMatters: "A custom SELinux type, user or role can lift the container out of the confined container domain (for example `spc_t`, super-privileged container).",
    example: `          securityContext:
            seLinuxOptions:
              type: spc_t`,
    useInstead: `          securityContext:
            seLinuxOptions:
              level: "s0:c123,c456"`,
    references: [],
  },
});
