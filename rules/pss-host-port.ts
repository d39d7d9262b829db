import { definePssRule } from '../src/pss/rule.ts';

/** Pod Security Standards control; semantics in src/pss/ (PSA hostPorts). */
export default definePssRule({
  code: "LP306",
  name: "pss-host-port",
  control: "hostPorts",
  description: "A container binds a port on the node (hostPort) (PSS baseline).",
  securitySeverity: 6.0,
  tags: ["network"],
  fix: "Remove `hostPort` and expose the port through a Service.",
  changes: "none (one revision since v1.0). With `hostNetwork: true` the API server defaults hostPort to containerPort; the pod already fails pss-host-namespaces then, so this rule does not report the defaulted value.",
  docs: {
    whatItDoes: "Flags every `ports[].hostPort` other than 0 on containers, init containers and ephemeral containers.",
    whyItMatters: "A hostPort binds the node's own address, bypassing network policies that select pods, and ties the pod to nodes where the port is free.",
    example: `          ports:
            - containerPort: 8080
              hostPort: 80`,
    useInstead: `          ports:
            - containerPort: 8080`,
    references: [],
  },
});
