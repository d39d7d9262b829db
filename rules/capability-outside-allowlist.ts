import { defineRule } from '../src/engine/rule.ts';
import { addedCapabilities, normaliseCapability } from '../src/model/capabilities.ts';
import { containerLabel, objectKey } from '../src/model/describe.ts';
import { containers, podSpecs } from '../src/model/workloads.ts';

interface Options {
  allow: string[];
}

/** Source: capabilities(7) for what each capability grants; the Pod Security Standards for ALL/SYS_ADMIN. */
export default defineRule<'notAllowed' | 'all', Options>({
  meta: {
    code: 'LP203',
    name: 'capability-outside-allowlist',
    severity: 'error',
    category: 'pod-security',
    description: 'A container adds a Linux capability that the allowlist does not permit.',
    securitySeverity: 7.5,
    tags: ['security', 'pod-security', 'capabilities'],
    messages: {
      notAllowed:
        '{container} adds capability {capability}, which is not in the allowlist ({allow}). Remove it, or, if the container really needs it, add it to `rules.capability-outside-allowlist.options.allow` in .leastpriv.yaml.',
      all: '{container} adds ALL capabilities: the same kernel privileges as a privileged container. Add only the capabilities it needs.',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { allow: { type: 'array', items: { type: 'string' }, description: 'Capabilities containers may add (names with or without CAP_).' } },
    },
    defaultOptions: { allow: ['NET_BIND_SERVICE', 'NET_ADMIN', 'NET_RAW'] },
    carriesCauseOf: {
      codes: ['LP205'],
      why: 'A capability outside the allowlist is reported here only: `unjustified-privilege` (LP205) does not also ask for a reason on the same token, since a reason does not make it allowed. Once the capability is allowed (or the rule is off), LP205 asks for its reason.',
    },
    docs: {
      whatItDoes:
        'Flags each entry of `securityContext.capabilities.add` that is not in the allowlist. The allowlist defaults to NET_BIND_SERVICE, NET_ADMIN and NET_RAW, the capabilities network tools need; `ALL` is never allowed. Names are compared without the `CAP_` prefix and case.',
      whyItMatters:
        'Capabilities such as SYS_ADMIN ("the new root": mount, namespaces, BPF…), SYS_PTRACE, SYS_MODULE or DAC_READ_SEARCH give a container ways out to the node. Each one added should be a deliberate, reviewed decision; the allowlist makes that decision once, in config, instead of in every pull request.',
      example: `          securityContext:
            capabilities:
              drop: [ALL]
              add: [SYS_ADMIN]`,
      useInstead: `          securityContext:
            capabilities:
              drop: [ALL]
              add: [NET_ADMIN]   # iptables-save, conntrack`,
      references: ['https://man7.org/linux/man-pages/man7/capabilities.7.html', 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
      notes:
        'Options: `allow` (list of capability names). Example:\n\n```yaml\nrules:\n  capability-outside-allowlist:\n    options:\n      allow: [NET_BIND_SERVICE, NET_ADMIN, NET_RAW, SYS_PTRACE]\n```',
    },
  },
  checkObject(obj, ctx) {
    const allow = new Set(ctx.options.allow.map(normaliseCapability));
    const allowText = [...allow].join(', ') || 'empty';
    for (const pod of podSpecs(obj)) {
      for (const c of containers(pod)) {
        for (const cap of addedCapabilities(c)) {
          const cause = `capability:${objectKey(obj)}:${cap.path.join('.')}`;
          if (cap.normalised === 'ALL') ctx.report({ object: obj, path: cap.path, messageId: 'all', data: { container: containerLabel(c) }, cause });
          else if (!allow.has(cap.normalised))
            ctx.report({ object: obj, path: cap.path, messageId: 'notAllowed', data: { container: containerLabel(c), capability: cap.name, allow: allowText }, cause });
        }
      }
    }
  },
});
