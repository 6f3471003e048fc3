/** IPv4 arithmetic for explanations: parsing, prefixes, containment. Never throws. */

/** An IPv4 address as a number, or null when `s` is not one. */
export function ipv4(s: string): number | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return null;
  return (((parts[0]! << 24) >>> 0) + (parts[1]! << 16) + (parts[2]! << 8) + parts[3]!) >>> 0;
}

/** The address and prefix of `a.b.c.d/n` (a bare address is /32), or null. */
export function parseCidr(s: string): { addr: number; prefix: number } | null {
  const [a, p] = s.split('/');
  const addr = ipv4(a ?? '');
  if (addr === null) return null;
  const prefix = p === undefined ? 32 : Number(p);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > 32 || (p !== undefined && !/^\d+$/.test(p))) return null;
  return { addr, prefix };
}

function mask(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** Dotted form of a numeric address. */
export function formatIpv4(n: number): string {
  return [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
}

/** The network of a CIDR, e.g. `192.0.0.1/24` → `192.0.0.0/24`; null when not IPv4. */
export function networkOf(cidr: string): string | null {
  const c = parseCidr(cidr);
  return c ? `${formatIpv4((c.addr & mask(c.prefix)) >>> 0)}/${c.prefix}` : null;
}

/** First and last address of a CIDR's network. */
export function rangeOf(cidr: string): { first: string; last: string; size: number } | null {
  const c = parseCidr(cidr);
  if (!c) return null;
  const first = (c.addr & mask(c.prefix)) >>> 0;
  const size = 2 ** (32 - c.prefix);
  return { first: formatIpv4(first), last: formatIpv4((first + size - 1) >>> 0), size };
}

/** Whether the network `cidr` (or `default`) contains the address `ip`. */
export function contains(cidr: string, ip: string): boolean {
  if (cidr === 'default') return ipv4(ip) !== null;
  const c = parseCidr(cidr);
  const a = ipv4(ip);
  if (!c || a === null) return false;
  return ((c.addr ^ a) & mask(c.prefix)) === 0;
}

/** Whether `ip` is an IPv4 loopback address (127.0.0.0/8). */
export function isLoopback(ip: string): boolean {
  return contains('127.0.0.0/8', ip);
}
