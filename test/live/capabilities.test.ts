import { describe, expect, it } from 'vitest';
import { CAPABILITY_BITS, compareCapabilities, decodeCapMask, encodeCapMask, expectedCapabilities, parseProcStatus } from '../../src/live/caps/capabilities.ts';

describe('capabilities', () => {
  it('decodes /proc masks by Linux bit number', () => {
    expect(CAPABILITY_BITS).toHaveLength(41);
    expect(decodeCapMask('0000000000003000')).toEqual(['NET_ADMIN', 'NET_RAW']);
    expect(decodeCapMask('000001ffffffffff')).toEqual(CAPABILITY_BITS);
    expect(decodeCapMask('00000000a80425fb')).toEqual(['CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'SETGID', 'SETUID', 'SETPCAP', 'NET_BIND_SERVICE', 'NET_RAW', 'SYS_CHROOT', 'MKNOD', 'AUDIT_WRITE', 'SETFCAP']);
    expect(encodeCapMask(['cap_net_raw', 'NET_ADMIN'])).toBe('0000000000003000');
    expect(() => decodeCapMask('xyz')).toThrow(/not a capability mask/);
  });

  it('parses the Cap lines of /proc/1/status', () => {
    const caps = parseProcStatus('Name:\tsh\nCapInh:\t0000000000000000\nCapPrm:\t0000000000003000\nCapEff:\t0000000000003000\nCapBnd:\t0000000000003000\nCapAmb:\t0000000000000000\n');
    expect(caps).toEqual({ inheritable: [], permitted: ['NET_ADMIN', 'NET_RAW'], effective: ['NET_ADMIN', 'NET_RAW'], bounding: ['NET_ADMIN', 'NET_RAW'], ambient: [] });
  });

  it('derives what a securityContext promises', () => {
    expect(expectedCapabilities({ drop: ['ALL'], add: ['NET_ADMIN', 'NET_RAW'] })).toEqual({ set: ['NET_ADMIN', 'NET_RAW'], basis: 'drop-all' });
    expect(expectedCapabilities({ privileged: true, drop: ['ALL'] }).set).toHaveLength(41);
    const def = expectedCapabilities({ drop: ['NET_RAW'], add: ['SYS_TIME'] });
    expect(def.basis).toBe('runtime-default');
    expect(def.set).toContain('SYS_TIME');
    expect(def.set).not.toContain('NET_RAW');
    expect(def.set).toHaveLength(14);
    expect(compareCapabilities(CAPABILITY_BITS, ['NET_ADMIN', 'NET_RAW']).extra).toHaveLength(39);
    expect(compareCapabilities(['NET_ADMIN'], ['NET_ADMIN', 'NET_RAW'])).toEqual({ extra: [], missing: ['NET_RAW'] });
  });
});
