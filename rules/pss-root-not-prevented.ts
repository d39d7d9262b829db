import { definePssRule } from '../src/pss/rule.ts';

/** Pod Security Standards control; semantics in src/pss/ (PSA runAsNonRoot). */
export default definePssRule({
  code: "LP315",
  name: "pss-root-not-prevented",
  control: "runAsNonRoot",
  description: "A container may run as root: runAsNonRoot is not true (PSS restricted).",
  securitySeverity: 5.5,
  tags: ["users"],
  fix: "Set `runAsNonRoot: true` in the pod securityContext (or in every container's).",
  changes: "v1.35: pods in a user namespace (`hostUsers: false`) exempt.",
  docs: {
    whatItDoes: "Flags a pod or container setting `runAsNonRoot: false`, and every container that does not set `runAsNonRoot: true` when the pod does not either. From policy v1.35, pods with `hostUsers: false` are exempt.",
    whyItMatters: "runAsNonRoot makes the kubelet refuse to start a container whose user is root, so an image that defaults to root cannot run with UID 0.",
    example: `      containers:
        - name: app
          image: registry.example/app:1.0`,
    useInstead: `      securityContext:
        runAsNonRoot: true
      containers:
        - name: app
          image: registry.example/app:1.0`,
    references: ["https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/"],
  },
});
