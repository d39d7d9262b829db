import { defineRule } from '../src/engine/rule.ts';
import { addedCapabilities } from '../src/model/capabilities.ts';
import { containerLabel, objectKey, objectLabel } from '../src/model/describe.ts';
import { containers, podAnnotations, podFieldPath, podSpecs } from '../src/model/workloads.ts';

import { justifyKey, reasonFor as writtenReason } from '../src/model/justify.ts';

/** NET_BIND_SERVICE (binding ports below 1024) is harmless enough to need no reason: PSS restricted allows it. */
const NO_REASON_NEEDED = new Set(['NET_BIND_SERVICE']);

export default defineRule({
  meta: {
    code: 'LP205',
    name: 'unjustified-privilege',
    severity: 'warning',
    category: 'pod-security',
    description: 'hostNetwork or an added capability carries no written reason.',
    securitySeverity: 4.0,
    tags: ['security', 'pod-security', 'review'],
    messages: {
      hostNetwork:
        "{object} uses the node's network namespace (hostNetwork) with no reason written for it. Say why, as a comment on the line (`hostNetwork: true  # inspects node routes`) or as the annotation `{annotation}: \"<reason>\"`, or remove it.",
      capability:
        '{container} adds {capability} with no reason written for it. Say why, as a comment on the line (`- {capability}  # what needs it`) or as the annotation `{annotation}: "<reason>"`, or remove it.',
    },
    yieldsTo: {
      codes: ['LP203'],
      why: 'An added capability that `capability-outside-allowlist` (LP203) reports is not reported again here for its missing reason: LP203 carries the root cause (the capability is not allowed at all). hostNetwork and allowed capabilities are reported here as usual.',
    },
    docs: {
      whatItDoes:
        "Flags `hostNetwork: true` and every added capability other than NET_BIND_SERVICE that has no written reason. A reason is either a YAML comment on the same line or alone on the line just above, or an annotation on the workload or its pod template: `justify.leastpriv.dev/host-network` for hostNetwork, `justify.leastpriv.dev/cap-<name>` for a capability (`cap-net-raw`, `cap-sys-ptrace`; lower case, `_` as `-`), whose value is the reason. Reasons are listed in the report under *Justified privileges*.",
      whyItMatters:
        "Some privileges are legitimately needed (network diagnostics need the node's network namespace and NET_ADMIN/NET_RAW), but each one widens what a compromise can reach. A reason written next to the privilege turns it from an accident into a reviewed decision, keeps the next reviewer from removing something needed, and makes it easy to see when the reason no longer holds.",
      example: `    spec:
      hostNetwork: true
      containers:
        - name: agent
          securityContext:
            capabilities:
              drop: [ALL]
              add: [NET_ADMIN, NET_RAW]`,
      useInstead: `    spec:
      hostNetwork: true  # tools inspect the node's interfaces, routes and iptables
      containers:
        - name: agent
          securityContext:
            capabilities:
              drop: [ALL]
              add:
                - NET_ADMIN  # iptables-save, conntrack
                - NET_RAW    # ping (ICMP raw sockets)`,
      references: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline', 'https://man7.org/linux/man-pages/man7/capabilities.7.html'],
      notes:
        'What counts as a reason (the same for hostNetwork and capabilities here, and for the node-access paths of `exec-into-node-access-workload`; `host-pid-ipc` takes no written reason, only a suppression): a comment on the line or alone on the line above, or the annotation, with some text. Not reasons: an empty comment or annotation value, a note of work to do (`# TODO remove`, `FIXME`, `XXX`, `HACK`, `TBD`), commented-out YAML (`# - SYS_ADMIN`, `# privileged: true`), leastpriv directives (`# leastpriv-ignore …`) and test markers (`# expect: …`). The capability annotation applies to every container of the pod.',
    },
  },
  checkObject(obj, ctx) {
    // Pods of one object can share a field: an Argo Workflow's `spec.hostNetwork` is every template's
    // pod's. One line, one finding (or one justified privilege), not one per pod.
    const seen = new Set<string>();
    for (const pod of podSpecs(obj)) {
      const annotations = podAnnotations(pod);
      const reasonFor = (privilege: string, path: readonly (string | number)[]) => writtenReason(annotations, privilege, () => ctx.commentFor(obj, path));
      const hostNetworkPath = podFieldPath(pod, 'hostNetwork');
      if (pod.spec.hostNetwork === true && !seen.has(hostNetworkPath.join('.'))) {
        const path = hostNetworkPath;
        seen.add(path.join('.'));
        const r = reasonFor('host-network', path);
        if (r) ctx.justified({ object: obj, path, privilege: 'hostNetwork', ...r });
        else ctx.report({ object: obj, path, messageId: 'hostNetwork', data: { object: objectLabel(obj), annotation: justifyKey('host-network') } });
      }
      for (const c of containers(pod)) {
        for (const cap of addedCapabilities(c)) {
          if (NO_REASON_NEEDED.has(cap.normalised)) continue;
          const r = reasonFor(`cap-${cap.normalised}`, cap.path);
          if (r) ctx.justified({ object: obj, path: cap.path, privilege: `${cap.normalised} (${c.name})`, ...r });
          else
            ctx.report({
              object: obj,
              path: cap.path,
              messageId: 'capability',
              data: { container: containerLabel(c), capability: cap.name, annotation: justifyKey(`cap-${cap.normalised}`) },
              cause: `capability:${objectKey(obj)}:${cap.path.join('.')}`,
            });
        }
      }
    }
  },
});
