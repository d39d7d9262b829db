/**
 * Linux capabilities: decode the hex masks of /proc/<pid>/status (CapEff, CapPrm, CapBnd, …) and
 * compute the set a container manifest promises.
 *
 * Bit numbers are those of linux/capability.h (man 7 capabilities), 0 CHOWN … 40
 * CHECKPOINT_RESTORE. Kubernetes names drop the CAP_ prefix (securityContext.capabilities); names
 * are compared normalised by the core's normaliseCapability.
 */
import { normaliseCapability } from '../../model/capabilities.ts';

export const CAPABILITY_BITS: readonly string[] = [
  'CHOWN', 'DAC_OVERRIDE', 'DAC_READ_SEARCH', 'FOWNER', 'FSETID', 'KILL', 'SETGID', 'SETUID',
  'SETPCAP', 'LINUX_IMMUTABLE', 'NET_BIND_SERVICE', 'NET_BROADCAST', 'NET_ADMIN', 'NET_RAW',
  'IPC_LOCK', 'IPC_OWNER', 'SYS_MODULE', 'SYS_RAWIO', 'SYS_CHROOT', 'SYS_PTRACE', 'SYS_PACCT',
  'SYS_ADMIN', 'SYS_BOOT', 'SYS_NICE', 'SYS_RESOURCE', 'SYS_TIME', 'SYS_TTY_CONFIG', 'MKNOD',
  'LEASE', 'AUDIT_WRITE', 'AUDIT_CONTROL', 'SETFCAP', 'MAC_OVERRIDE', 'MAC_ADMIN', 'SYSLOG',
  'WAKE_ALARM', 'BLOCK_SUSPEND', 'AUDIT_READ', 'PERFMON', 'BPF', 'CHECKPOINT_RESTORE',
];

/**
 * What container runtimes grant when a manifest drops nothing: Docker's documented default set,
 * which containerd and CRI-O start from as well (their configuration can change it, so a
 * difference here is reported as a note about the runtime, not as drift).
 */
export const RUNTIME_DEFAULT_CAPABILITIES: readonly string[] = [
  'CHOWN', 'DAC_OVERRIDE', 'FSETID', 'FOWNER', 'MKNOD', 'NET_RAW', 'SETGID', 'SETUID', 'SETFCAP',
  'SETPCAP', 'NET_BIND_SERVICE', 'SYS_CHROOT', 'KILL', 'AUDIT_WRITE',
];


/** Decode a 64-bit hex mask ("00000000a80425fb") into capability names, lowest bit first. */
export function decodeCapMask(hex: string): string[] {
  if (!/^[0-9a-fA-F]{1,16}$/.test(hex.trim())) throw new Error(`not a capability mask: "${hex}"`);
  const mask = BigInt(`0x${hex.trim()}`);
  const names: string[] = [];
  for (let bit = 0; bit < 64; bit++) {
    if ((mask >> BigInt(bit)) & 1n) names.push(CAPABILITY_BITS[bit] ?? `CAP_${bit}`);
  }
  return names;
}

export function encodeCapMask(names: Iterable<string>): string {
  let mask = 0n;
  for (const n of names) {
    const bit = CAPABILITY_BITS.indexOf(normaliseCapability(n));
    if (bit < 0) throw new Error(`unknown capability ${n}`);
    mask |= 1n << BigInt(bit);
  }
  return mask.toString(16).padStart(16, '0');
}

export interface ProcCapabilities {
  inheritable: string[];
  permitted: string[];
  effective: string[];
  bounding: string[];
  ambient: string[];
}

/** Parse the Cap* lines of /proc/<pid>/status. */
export function parseProcStatus(text: string): ProcCapabilities {
  const field = (key: string): string[] => {
    const m = new RegExp(`^${key}:\\s*([0-9a-fA-F]+)\\s*$`, 'm').exec(text);
    if (!m) throw new Error(`/proc status has no ${key} line`);
    return decodeCapMask(m[1]!);
  };
  return { inheritable: field('CapInh'), permitted: field('CapPrm'), effective: field('CapEff'), bounding: field('CapBnd'), ambient: field('CapAmb') };
}

export interface DeclaredCapabilities {
  privileged?: boolean;
  add?: readonly string[];
  drop?: readonly string[];
}

export interface ExpectedCapabilities {
  set: string[];
  /** How the set was derived, for messages. */
  basis: 'privileged' | 'drop-all' | 'runtime-default';
}

/** The capability set a container's securityContext promises. */
export function expectedCapabilities(decl: DeclaredCapabilities): ExpectedCapabilities {
  if (decl.privileged) return { set: [...CAPABILITY_BITS], basis: 'privileged' };
  const drop = new Set((decl.drop ?? []).map(normaliseCapability));
  const add = (decl.add ?? []).map(normaliseCapability);
  const base = drop.has('ALL') ? [] : RUNTIME_DEFAULT_CAPABILITIES.filter((c) => !drop.has(c));
  const set = new Set([...base, ...add.filter((c) => c !== 'ALL')]);
  if (add.includes('ALL')) CAPABILITY_BITS.forEach((c) => set.add(c));
  return { set: CAPABILITY_BITS.filter((c) => set.has(c)), basis: drop.has('ALL') ? 'drop-all' : 'runtime-default' };
}

export interface CapabilityComparison {
  extra: string[];
  missing: string[];
}

/** Compare what the process holds (bounding set: the ceiling of the container) with the promise. */
export function compareCapabilities(actual: readonly string[], expected: readonly string[]): CapabilityComparison {
  const a = new Set(actual);
  const e = new Set(expected);
  return { extra: actual.filter((c) => !e.has(c)), missing: expected.filter((c) => !a.has(c)) };
}
