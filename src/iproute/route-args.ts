/**
 * How iproute2 reads the arguments of `ip route add|get|…`: a destination
 * (perhaps after a route type) and `KEY VALUE` pairs and flags in any order,
 * put in one canonical order so that spellings and orders compare equal. Pure.
 */

/** `ip route` commands whose arguments are a destination and KEY VALUE pairs in any order. */
export const ROUTE_ARG_COMMANDS = new Set(['add', 'change', 'replace', 'prepend', 'append', 'test', 'delete', 'get']);
/** Route keys that take a value, in the order the canonical form lists them. */
const ROUTE_KEYS = ['via', 'dev', 'from', 'iif', 'src', 'table', 'metric', 'proto', 'scope', 'tos', 'mark', 'vrf', 'uid', 'ipproto', 'sport', 'dport', 'mtu', 'advmss', 'realm', 'nhid', 'weight'];
/** Other spellings of the same key (`oif` is `dev`, in `ip route get` too). */
const ROUTE_KEY_ALIASES: Record<string, string> = { oif: 'dev', preference: 'metric', priority: 'metric', protocol: 'proto', dsfield: 'tos', realms: 'realm' };
/** Route flags without a value, listed after the keys. */
const ROUTE_FLAGS = ['onlink', 'fibmatch', 'connected', 'pervasive'];
/** Route types, written before the destination (`ip route add unreachable 10.0.0.0/8`). */
const ROUTE_TYPES = new Set(['unicast', 'local', 'broadcast', 'multicast', 'throw', 'unreachable', 'prohibit', 'blackhole', 'nat', 'anycast']);
/** Destinations iproute2 reads as the default route. */
const DEFAULT_DESTS = new Set(['default', 'any', 'all', '0/0', '0.0.0.0/0', '::/0']);

/**
 * The arguments of `ip route add|get|…` in one order, the way iproute2 reads
 * them whatever order they were typed in: the destination first (without
 * `to`; `0.0.0.0/0`, `0/0`, `any` and `all` read as `default`), then each
 * `KEY VALUE` in a fixed order, then the flags. Arguments it does not know
 * (`nexthop`, `encap`, a second destination) are kept exactly as typed.
 */
export function canonicalRouteArgs(args: readonly string[]): string[] {
  const r = parseRouteArgs(args);
  if (r === null) return [...args];
  return [
    ...(r.type !== null ? [r.type] : []),
    ...(r.dest !== null ? [r.dest] : []),
    ...ROUTE_KEYS.flatMap((k) => (r.values.has(k) ? [k, r.values.get(k)!] : [])),
    ...ROUTE_FLAGS.filter((f) => r.flags.has(f)),
  ];
}

type RouteArgs = { type: string | null; dest: string | null; values: Map<string, string>; flags: Set<string> };

/** The arguments of `ip route add|get|…` as data, or null when they hold something this reader does not know. */
function parseRouteArgs(args: readonly string[]): RouteArgs | null {
  const r: RouteArgs = { type: null, dest: null, values: new Map(), flags: new Set() };
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    const key = (Object.hasOwn(ROUTE_KEY_ALIASES, w) ? ROUTE_KEY_ALIASES[w] : undefined) ?? w;
    if (ROUTE_KEYS.includes(key)) {
      const v = args[i + 1];
      if (v === undefined || r.values.has(key)) return null;
      r.values.set(key, v);
      i++;
    } else if (ROUTE_FLAGS.includes(w)) r.flags.add(w);
    else if (w === 'to' || r.dest === null) {
      const d = w === 'to' ? args[++i] : w;
      if (d === undefined || r.dest !== null) return null;
      if (r.type === null && w !== 'to' && ROUTE_TYPES.has(d)) { r.type = d; continue; }
      r.dest = DEFAULT_DESTS.has(d) ? 'default' : d;
    } else return null;
  }
  return r;
}

/** Whether typed route arguments say everything the prefix's say, in whatever order (both canonical). */
export function routeArgsInclude(typed: readonly string[], prefix: readonly string[]): boolean | null {
  const a = parseRouteArgs(typed);
  const p = parseRouteArgs(prefix);
  if (a === null || p === null) return null;
  if (p.type !== null && p.type !== a.type) return false;
  if (p.dest !== null && p.dest !== a.dest) return false;
  for (const [k, v] of p.values) if (a.values.get(k) !== v) return false;
  for (const f of p.flags) if (!a.flags.has(f)) return false;
  return true;
}
