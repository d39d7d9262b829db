import { definePssRule } from '../src/pss/rule.ts';

/** Pod Security Standards control; semantics in src/pss/ (PSA appArmorProfile). */
export default definePssRule({
  code: "LP308",
  name: "pss-apparmor-unconfined",
  control: "appArmorProfile",
  description: "A pod or container disables or overrides the default AppArmor profile (PSS baseline).",
  securitySeverity: 6.0,
  tags: ["apparmor"],
  fix: "Use `appArmorProfile.type: RuntimeDefault` (or `Localhost` with a reviewed profile), or leave it unset.",
  changes: "one revision (v1.0); the field check was added to it in Kubernetes 1.30, so fields and annotations are checked at every policy version.",
  docs: {
    whatItDoes: "Flags `securityContext.appArmorProfile.type` other than RuntimeDefault or Localhost on the pod or any container, and annotations `container.apparmor.security.beta.kubernetes.io/*` whose value is not empty, `runtime/default` or `localhost/…` on the pod (a workload's pod template).",
    whyItMatters: "AppArmor confines what a container's processes may do with files, mounts and signals; `Unconfined` removes that layer.",
    example: `          securityContext:
            appArmorProfile:
              type: Unconfined`,
    useInstead: `          securityContext:
            appArmorProfile:
              type: RuntimeDefault`,
    references: [],
  },
});
