/**
 * IP addresses and prefixes as the tutor reads them everywhere: in checks, in
 * the kernel's output and in a learner's command line. Pure; never throws.
 *
 * An IPv4 address is read only in the form `ip` prints and inet_pton accepts:
 * four decimal numbers up to 255, without leading zeros. iproute2 and ping
 * read a leading zero as octal (`ip addr add 192.0.2.010/24` adds 192.0.2.8,
 * and `/024` is a /20), so a reading as decimal would be wrong; such a word is
 * no address to the tutor, and nothing is said about where it leads.
 */
import { isIPv4 } from 'node:net';

/** An IP address as bytes, so that `fe80::1` equals `fe80:0:0::1`. */
export type IpAddress = {
  /** 4 or 6. */
  readonly family: 4 | 6;
  /** 4 bytes (IPv4) or 16 (IPv6). */
  readonly bytes: readonly number[];
};

/** An address with a prefix length, e.g. 192.0.0.1/24. */
export type IpPrefix = { readonly addr: IpAddress; readonly prefix: number };

/** Reads an IPv4 (dotted quad, no leading zeros) or IPv6 address; null when it is not one. */
export function parseAddress(s: string): IpAddress | null {
  if (s.includes(':')) {
    const b = parseV6(s);
    return b ? { family: 6, bytes: b } : null;
  }
  const b = parseV4(s);
  return b ? { family: 4, bytes: b } : null;
}

function parseV4(s: string): number[] | null {
  return isIPv4(s) ? s.split('.').map(Number) : null;
}

function parseV6(s: string): number[] | null {
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const words = (part: string, last: boolean): number[] | null => {
    if (part === '') return [];
    const out: number[] = [];
    const groups = part.split(':');
    for (const [i, g] of groups.entries()) {
      if (last && i === groups.length - 1 && g.includes('.')) {
        const v4 = parseV4(g);
        if (!v4) return null;
        out.push(v4[0]! * 256 + v4[1]!, v4[2]! * 256 + v4[3]!);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(g)) out.push(parseInt(g, 16));
      else return null;
    }
    return out;
  };
  const head = words(halves[0]!, halves.length === 1);
  const tail = halves.length === 2 ? words(halves[1]!, true) : [];
  if (!head || !tail) return null;
  const n = head.length + tail.length;
  if (halves.length === 1 ? n !== 8 : n > 7) return null;
  return [...head, ...new Array<number>(8 - n).fill(0), ...tail].flatMap((w) => [w >> 8, w & 255]);
}

/** Reads `ADDR/LEN` with the prefix length in range for the family (decimal, no leading zeros); null otherwise. */
export function parseCidr(s: string): IpPrefix | null {
  const parts = s.split('/');
  if (parts.length !== 2 || !/^(0|[1-9]\d{0,2})$/.test(parts[1]!)) return null;
  const addr = parseAddress(parts[0]!);
  const prefix = Number(parts[1]);
  if (!addr || prefix > (addr.family === 4 ? 32 : 128)) return null;
  return { addr, prefix };
}

/** `ADDR/LEN`, or a bare address as the host prefix (/32 or /128), as `ip route` prints a host route. */
function prefixOf(s: string): IpPrefix | null {
  if (s.includes('/')) return parseCidr(s);
  const addr = parseAddress(s);
  return addr ? { addr, prefix: addr.family === 4 ? 32 : 128 } : null;
}

/** A route destination as `ip route` prints it: `default` (or a /0), a network, or a bare address (a host route). */
export function parseRouteDest(d: string): IpPrefix | 'default' | null {
  if (d === 'default') return 'default';
  const p = prefixOf(d);
  if (!p) return null;
  return p.prefix === 0 ? 'default' : networkOf(p);
}

/** The network a prefix belongs to: host bits cleared. */
export function networkOf(p: IpPrefix): IpPrefix {
  const bytes = p.addr.bytes.map((b, i) => {
    const bits = Math.max(0, Math.min(8, p.prefix - i * 8));
    return b & ((0xff << (8 - bits)) & 0xff);
  });
  return { addr: { family: p.addr.family, bytes }, prefix: p.prefix };
}

/** Whether two addresses are the same address. */
export function sameAddress(a: IpAddress, b: IpAddress): boolean {
  return a.family === b.family && a.bytes.every((x, i) => x === b.bytes[i]);
}

/** Whether `addr` lies inside the network of `p`. */
export function prefixContains(p: IpPrefix, addr: IpAddress): boolean {
  return p.addr.family === addr.family && sameAddress(networkOf(p).addr, networkOf({ addr, prefix: p.prefix }).addr);
}

/** Whether an address is a loopback address: 127.0.0.0/8 or ::1. */
export function isLoopback(a: IpAddress): boolean {
  return a.family === 4 ? a.bytes[0] === 127 : a.bytes.every((b, i) => b === (i === 15 ? 1 : 0));
}

/** The canonical text of an address (IPv6 compressed as RFC 5952 says). */
export function formatAddress(a: IpAddress): string {
  if (a.family === 4) return a.bytes.join('.');
  const w = Array.from({ length: 8 }, (_, i) => a.bytes[2 * i]! * 256 + a.bytes[2 * i + 1]!);
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && w[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
  }
  const hex = (xs: number[]) => xs.map((x) => x.toString(16)).join(':');
  return best < 0 ? hex(w) : `${hex(w.slice(0, best))}::${hex(w.slice(best + bestLen))}`;
}

// IPv4 arithmetic on text, for the explanations (they reason about IPv4 only).

/** An IPv4 network as numbers: `a.b.c.d/n`, or a bare address as a /32. */
export type Ipv4Net = {
  /** The network's first address, as a 32-bit number. */
  readonly first: number;
  /** How many addresses it spans. */
  readonly size: number;
  readonly prefix: number;
};

/** The IPv4 network of `a.b.c.d/n` or of a bare address (a /32); null when not IPv4. */
export function ipv4Net(cidr: string): Ipv4Net | null {
  const p = prefixOf(cidr);
  if (!p || p.addr.family !== 4) return null;
  const [a, b, c, d] = networkOf(p).addr.bytes as [number, number, number, number];
  return { first: (((a << 24) >>> 0) + (b << 16) + (c << 8) + d) >>> 0, size: 2 ** (32 - p.prefix), prefix: p.prefix };
}

/** Dotted form of a 32-bit number. */
export function ipv4Text(n: number): string {
  return [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
}

/** First and last address of an IPv4 network, and how many it spans; null when not IPv4. */
export function rangeOf(cidr: string): { first: string; last: string; size: number } | null {
  const n = ipv4Net(cidr);
  return n ? { first: ipv4Text(n.first), last: ipv4Text((n.first + n.size - 1) >>> 0), size: n.size } : null;
}

/** Whether a route to `dest` (`default`, a network or a host, as `ip route` prints it) covers the IPv4 address `ip`. */
export function ipv4RouteCovers(dest: string, ip: string): boolean {
  const a = parseAddress(ip);
  if (!a || a.family !== 4) return false;
  if (dest === 'default') return true;
  const p = prefixOf(dest);
  return p !== null && prefixContains(p, a);
}
