import { defineRule } from '../src/engine/rule.ts';
import { objectLabel } from '../src/model/describe.ts';
import { podFieldPath, podSpecs } from '../src/model/workloads.ts';

/** Source: Pod Security Standards, baseline "Host Namespaces" (hostNetwork, hostPID, hostIPC must be unset or false). */
export default defineRule({
  meta: {
    code: 'LP204',
    name: 'host-pid-ipc',
    severity: 'error',
    category: 'pod-security',
    description: "A pod shares the node's process (hostPID) or IPC (hostIPC) namespace.",
    securitySeverity: 8.0,
    tags: ['security', 'pod-security', 'host-namespaces'],
    messages: {
      hostPID:
        "{object} sets hostPID: its containers see every process on the node, can read their environment and /proc, and with ptrace can enter them. Remove `hostPID: true` unless the pod inspects host processes; if it must stay, suppress this finding with the reason (`# leastpriv-ignore host-pid-ipc -- <why>`): a plain comment does not accept it.",
      hostIPC: "{object} sets hostIPC: its containers share the node's System V IPC and POSIX shared memory with every host process. Remove `hostIPC: true`; if it must stay, suppress this finding with the reason (`# leastpriv-ignore host-pid-ipc -- <why>`).",
    },
    docs: {
      whatItDoes: 'Flags pod specs with `hostPID: true` or `hostIPC: true`. hostNetwork has its own rule (unjustified-privilege), because network diagnostics often need it.',
      notes:
        'Unlike hostNetwork and added capabilities (unjustified-privilege), hostPID and hostIPC are not accepted by a written comment or a `justify.leastpriv.dev/` annotation: they are Pod Security baseline violations reported as errors, and a comment next to them usually describes them (`hostPID: true  # See all host processes`) rather than justifies them. The one way to accept one is a suppression that names this rule and gives the reason (`# leastpriv-ignore host-pid-ipc -- reads host /proc for per-process metrics`, or the annotation `ignore.leastpriv.dev/host-pid-ipc`), which reports list as suppressed with their justification.',
      whyItMatters:
        "With hostPID a container sees all node processes: their command lines and environment (often secrets), and, with CAP_SYS_PTRACE or root, the ability to attach to them or enter their namespaces (`nsenter -t 1`). hostIPC shares the node's shared memory segments. Both break the isolation between pod and node; the Pod Security Standards' baseline profile forbids them.",
      example: `    spec:
      hostPID: true
      hostNetwork: true  # network diagnostics
      containers:
        - name: agent
          image: nicolaka/netshoot`,
      useInstead: `    spec:
      hostNetwork: true  # network diagnostics
      containers:
        - name: agent
          image: nicolaka/netshoot`,
      references: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline', 'https://man7.org/linux/man-pages/man7/pid_namespaces.7.html'],
    },
  },
  checkObject(obj, ctx) {
    for (const pod of podSpecs(obj)) {
      for (const field of ['hostPID', 'hostIPC'] as const) {
        if (pod.spec[field] !== true) continue;
        const path = podFieldPath(pod, field);
        ctx.report({ object: obj, path, messageId: field, data: { object: objectLabel(obj) }, suggestions: [{ description: `Set \`${field}: false\``, edits: [{ path, set: false }] }] });
      }
    }
  },
});
