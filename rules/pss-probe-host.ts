import { definePssRule } from '../src/pss/rule.ts';

/** Pod Security Standards control; semantics in src/pss/ (PSA hostProbesAndHostLifecycle). */
export default definePssRule({
  code: "LP307",
  name: "pss-probe-host",
  control: "hostProbesAndHostLifecycle",
  description: "A probe or lifecycle hook targets another host (PSS baseline, v1.34+).",
  securitySeverity: 5.0,
  tags: ["network"],
  fix: "Remove the `host` field: probes and hooks then target the pod's own IP.",
  changes: "new in v1.34 (no effect at earlier policy versions).",
  docs: {
    whatItDoes: "Flags a non-empty `host` in `httpGet` or `tcpSocket` of liveness, readiness and startup probes and of postStart/preStop hooks, in every container. Applies from policy v1.34.",
    whyItMatters: "The kubelet runs probes and hooks from the node. A `host` field makes it connect anywhere the node can reach — node-local services, cloud metadata endpoints, other tenants — on the pod author's behalf (KEP-4940).",
    example: `          livenessProbe:
            httpGet:
              host: 169.254.169.254
              path: /latest/meta-data
              port: 80`,
    useInstead: `          livenessProbe:
            httpGet:
              path: /healthz
              port: 8080`,
    references: ["https://www.kubernetes.dev/resources/keps/4940/"],
  },
});
