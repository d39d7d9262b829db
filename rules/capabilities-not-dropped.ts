import { defineRule } from '../src/engine/rule.ts';
import { dropPath, dropsAll, dropsAllInOtherCase } from '../src/model/capabilities.ts';
import { containerLabel, objectKey } from '../src/model/describe.ts';
import { containers, podSpecs, type ContainerRef } from '../src/model/workloads.ts';
import type { Offer } from '../src/fix/offers.ts';

/**
 * `drop: [all]` (or `All`, `CAP_ALL`) meant ALL: the runtimes read it so, but Pod Security Admission
 * matches only `ALL` as written (src/model/capabilities.ts): upper-casing it is a fix. Adding ALL where it is missing may take away what the
 * container uses: a suggestion.
 */
function dropAllOffer(c: ContainerRef): Offer {
  const drop = c.container.securityContext?.capabilities?.drop;
  const path = dropPath(c);
  if (Array.isArray(drop)) {
    const i = drop.findIndex((d) => typeof d === 'string' && /^(cap_)?all$/i.test(d.trim()));
    if (i !== -1) return { fix: { description: `Write \`${drop[i]}\` as \`ALL\``, edits: [{ path: [...path, i], set: 'ALL' }] } };
    return { suggestions: [{ description: 'Add `ALL` to `capabilities.drop`', edits: [{ path, append: 'ALL' }] }] };
  }
  return { suggestions: [{ description: 'Set `capabilities.drop: [ALL]`', edits: [{ path, set: ['ALL'] }] }] };
}

/**
 * Source: Pod Security Standards, restricted "Capabilities": containers must drop ALL and may add only
 * NET_BIND_SERVICE (https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted;
 * k8s.io/pod-security-admission/policy/check_capabilities_restricted.go). Windows pods are exempt
 * there (spec.os.name: windows), and so here: Linux capabilities do not apply to them.
 */
export default defineRule({
  meta: {
    code: 'LP202',
    name: 'capabilities-not-dropped',
    severity: 'warning',
    category: 'pod-security',
    description: 'A container does not drop ALL capabilities.',
    securitySeverity: 5.5,
    tags: ['security', 'pod-security', 'capabilities'],
    messages: {
      otherCase:
        "{container} drops `{written}`: containerd and CRI-O compare capability names without regard to case, so the container does run without capabilities, but Pod Security `restricted` requires exactly `ALL` and refuses the pod. Write `drop: [ALL]`.",
      notDropped:
        "{container} keeps the container runtime's default capabilities (CHOWN, DAC_OVERRIDE, FOWNER, SETUID, SETGID, NET_RAW, …): add `capabilities: { drop: [ALL] }` to its securityContext and add back only what it needs.",
    },
    yieldsTo: {
      codes: ['LP201'],
      why: 'On a privileged container, `drop: [ALL]` changes nothing (privileged gives every capability), so this finding is folded into `privileged-container` (LP201) as a related location, not reported apart. With LP201 off it is reported as usual.',
    },
    docs: {
      whatItDoes:
        'Flags every container, init container and ephemeral container whose `securityContext.capabilities.drop` does not contain `ALL`. Pods with `spec.os.name: windows` are skipped.',
      whyItMatters:
        "Without `drop: [ALL]`, a container runs with its runtime's default capability set (containerd and CRI-O grant about fourteen, including CHOWN, DAC_OVERRIDE, SETUID, SETGID and, on many runtimes, NET_RAW). Most workloads need none of them; each one is an extra step an attacker can take after a compromise. Dropping ALL and adding back the few that are needed makes the privileges explicit and reviewable. The Pod Security Standards' restricted profile requires it.",
      example: `      containers:
        - name: agent
          image: nicolaka/netshoot
          securityContext:
            capabilities:
              add: [NET_RAW]`,
      useInstead: `      containers:
        - name: agent
          image: nicolaka/netshoot
          securityContext:
            capabilities:
              drop: [ALL]
              add: [NET_RAW]   # ping`,
      references: [
        'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted',
        'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container',
        'https://man7.org/linux/man-pages/man7/capabilities.7.html',
      ],
    },
  },
  checkObject(obj, ctx) {
    for (const pod of podSpecs(obj)) {
      if (pod.spec.os?.name === 'windows') continue;
      for (const c of containers(pod)) {
        if (dropsAll(c)) continue;
        const cause = `container:${objectKey(obj)}:${c.path.join('.')}`;
        const other = dropsAllInOtherCase(c);
        if (other) ctx.report({ object: obj, path: dropPath(c), messageId: 'otherCase', data: { container: containerLabel(c), written: other }, cause, ...dropAllOffer(c) });
        else ctx.report({ object: obj, path: dropPath(c), messageId: 'notDropped', data: { container: containerLabel(c) }, cause, ...dropAllOffer(c) });
      }
    }
  },
});
