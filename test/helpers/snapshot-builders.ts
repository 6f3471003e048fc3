/** Builders shared by the hand-written snapshots of the unit tests, shaped like what the probe reads. */
import type { Addr, Link } from '../../src/model/snapshot.ts';

/** An address from its CIDR; the scope, unless given, follows from the address (loopback: host, fe80::: link). */
export function addr(cidr: string, scope?: string): Addr {
  const [local = '', len = '0'] = cidr.split('/');
  const derived = local.startsWith('127.') || local === '::1' ? 'host' : /^fe80:/i.test(local) ? 'link' : 'global';
  return { family: local.includes(':') ? 'inet6' : 'inet', cidr, local, prefixlen: Number(len), scope: scope ?? derived };
}

/** `lo`, down (no addresses) or up (127.0.0.1/8 and ::1/128), as iproute2 shows it. */
export function lo(up: boolean): Link {
  return {
    name: 'lo', ifindex: 1, kind: 'loopback', up, operstate: up ? 'UNKNOWN' : 'DOWN',
    flags: up ? ['LOOPBACK', 'UP', 'LOWER_UP'] : ['LOOPBACK'], mtu: 65536, mac: '00:00:00:00:00:00',
    qdisc: up ? 'noqueue' : 'noop', master: null, peer: null,
    addrs: up ? [addr('127.0.0.1/8'), addr('::1/128')] : [],
  };
}
