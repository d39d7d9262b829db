import { definePssRule } from '../src/pss/rule.ts';

/** Pod Security Standards control; semantics in src/pss/ (PSA seccompProfile_restricted). */
export default definePssRule({
  code: "LP317",
  name: "pss-seccomp-profile-unset",
  control: "seccompProfile_restricted",
  description: "A container runs without a RuntimeDefault or Localhost seccomp profile (PSS restricted).",
  securitySeverity: 5.5,
  tags: ["seccomp"],
  fix: "Set `seccompProfile: { type: RuntimeDefault }` in the pod securityContext.",
  suggest: { description: 'Set `seccompProfile: {type: RuntimeDefault}`', value: { type: 'RuntimeDefault' } },
  changes: "v1.19: required; v1.25: Windows pods exempt.",
  docs: {
    whatItDoes: "From policy v1.19: flags a pod or container whose `seccompProfile.type` is not RuntimeDefault or Localhost, and every container without a profile when the pod sets none. From v1.25, pods with `spec.os.name: windows` are exempt. Replaces pss-seccomp-unconfined at the restricted level.",
    whyItMatters: "Kubernetes runs containers Unconfined unless a seccomp profile is set (or the kubelet defaults it); the runtime's default profile blocks dangerous system calls such as unshare, keyctl or bpf.",
    example: `      containers:
        - name: app
          image: registry.example/app:1.0`,
    useInstead: `      securityContext:
        seccompProfile:
          type: RuntimeDefault`,
    references: [],
  },
});
