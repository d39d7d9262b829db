import { defineRule } from '../src/engine/rule.ts';
import { containerLabel, objectKey } from '../src/model/describe.ts';
import { containers, podSpecs, type ContainerRef } from '../src/model/workloads.ts';
import { dropsAll } from '../src/model/capabilities.ts';
import type { RuleFix } from '../src/engine/rule.ts';

/**
 * The suggestion: `privileged: false`, every capability dropped, and an empty `add` list with a
 * placeholder comment where there is none: which capabilities the container needs is for a person
 * to say (the incident's debug agent needed NET_ADMIN and NET_RAW).
 */
function unprivileged(c: ContainerRef): RuleFix {
  const sc = [...c.path, 'securityContext'];
  const caps = c.container.securityContext?.capabilities;
  const drop = caps?.drop;
  return {
    description: 'Set `privileged: false`, drop ALL capabilities and list the ones the container needs under `add`',
    edits: [
      { path: [...sc, 'privileged'], set: false },
      ...(dropsAll(c) ? [] : Array.isArray(drop) ? [{ path: [...sc, 'capabilities', 'drop'], append: 'ALL' }] : [{ path: [...sc, 'capabilities', 'drop'], set: ['ALL'] }]),
      ...(caps?.add === undefined ? [{ path: [...sc, 'capabilities', 'add'], set: [], comment: `TODO: add back only what ${c.name} needs, e.g. NET_ADMIN, NET_RAW` }] : []),
    ],
  };
}

/**
 * Source: Pod Security Standards, baseline "Privileged Containers"
 * (https://kubernetes.io/docs/concepts/security/pod-security-standards/), and the SecurityContext API
 * reference: "Processes in privileged containers are essentially equivalent to root on the host."
 */
export default defineRule({
  meta: {
    code: 'LP201',
    name: 'privileged-container',
    severity: 'error',
    category: 'pod-security',
    description: 'A container runs with `privileged: true`.',
    securitySeverity: 9.0,
    tags: ['security', 'pod-security', 'capabilities'],
    messages: {
      privileged:
        '{container} runs privileged: every capability, every host device, no seccomp or AppArmor confinement, equivalent to root on the node. Remove `privileged: true`, drop ALL capabilities and add back only the ones the container needs (e.g. NET_ADMIN, NET_RAW).',
    },
    carriesCauseOf: {
      codes: ['LP202'],
      why: 'A privileged container holds every capability whatever its `drop` list says, so `capabilities-not-dropped` (LP202) is not reported for it: this finding is the one to fix, and removing `privileged: true` brings LP202 back if the container still keeps the default capabilities.',
    },
    docs: {
      whatItDoes: 'Flags every container, init container and ephemeral container whose `securityContext.privileged` is `true`.',
      whyItMatters:
        'A privileged container gets every Linux capability and access to all host devices, and runs without the default seccomp and AppArmor confinement. The Kubernetes API reference calls it "essentially equivalent to root on the host": a compromise of the container is a compromise of the node. It is almost always replaceable by a short list of capabilities.',
      example: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: debug-agent
spec:
  selector: { matchLabels: { app: debug-agent } }
  template:
    metadata: { labels: { app: debug-agent } }
    spec:
      containers:
        - name: agent
          image: nicolaka/netshoot
          securityContext:
            privileged: true`,
      useInstead: `          securityContext:
            privileged: false
            capabilities:
              drop: [ALL]
              add:
                - NET_ADMIN  # iptables-save, conntrack
                - NET_RAW    # ping`,
      references: [
        'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
        'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security-context-1',
        'https://man7.org/linux/man-pages/man7/capabilities.7.html',
      ],
    },
  },
  checkObject(obj, ctx) {
    for (const pod of podSpecs(obj)) {
      for (const c of containers(pod)) {
        if (c.container.securityContext?.privileged === true) {
          ctx.report({
            object: obj,
            path: [...c.path, 'securityContext', 'privileged'],
            messageId: 'privileged',
            data: { container: containerLabel(c) },
            suggestions: [unprivileged(c)],
            cause: `container:${objectKey(obj)}:${c.path.join('.')}`,
          });
        }
      }
    }
  },
});
