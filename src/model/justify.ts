/**
 * Written reasons for a privilege (hostNetwork, hostPID, hostIPC, an added capability): what counts
 * as one, in one place, for every rule that accepts them (unjustified-privilege, host-pid-ipc, and
 * the node-access attack paths of exec-into-node-access-workload).
 *
 * A reason is the value of the annotation `justify.leastpriv.dev/<privilege>` on the workload or its
 * pod template, or a YAML comment on the privilege's line or alone on the line above. Not a reason:
 * an empty text, a note of work still to do (`TODO remove`, `FIXME`, `XXX`, `HACK`, `TBD`), and
 * commented-out YAML (`# - SYS_ADMIN`, `# privileged: true`), which says what was, not why this is.
 */

export const JUSTIFY_PREFIX = 'justify.leastpriv.dev/';
/** The annotation that carries the reason for one privilege: justify.leastpriv.dev/host-network, …/cap-net-raw. */
export const justifyKey = (privilege: string): string => JUSTIFY_PREFIX + privilege.toLowerCase().replace(/_/g, '-');

const WORK_NOTE = /^(?:todo|fixme|xxx|hack|tbd)\b/i;
/** `- SYS_ADMIN`, `- "NET_RAW"`, `privileged: true`, `hostPID: true`, `add: [SYS_ADMIN]`, `capabilities:` — not `Note: needs the host's routes`. */
const COMMENTED_YAML = /^(?:-\s*["']?[A-Z_]*["']?|[A-Za-z]+:\s*(?:true|false|\d+|\[.*\]|\{.*\}|["']?[A-Z_]+["']?)?)$/;

/** The text as a reason, or undefined when it is not one (see the header). */
export function asReason(text: string | undefined): string | undefined {
  const t = text?.trim();
  if (!t || !/[\p{L}\p{N}]/u.test(t)) return undefined;
  if (WORK_NOTE.test(t)) return undefined;
  if (COMMENTED_YAML.test(t)) return undefined;
  return t;
}

export interface WrittenReason {
  reason: string;
  source: 'annotation' | 'comment';
}

/** The reason written for a privilege: its annotation first, then the comment at its line. */
export function reasonFor(annotations: Record<string, string>, privilege: string, comment: () => string | undefined): WrittenReason | undefined {
  const ann = annotations[justifyKey(privilege)];
  const a = typeof ann === 'string' ? asReason(ann) : undefined;
  if (a) return { reason: a, source: 'annotation' };
  const c = asReason(comment());
  return c ? { reason: c, source: 'comment' } : undefined;
}
