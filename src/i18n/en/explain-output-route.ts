/** The tutor's English words: explain-output, the parts on `ip route` and `ip route get`. */

/** Code in running text (as the explainers write it). */
const code = (s: string): string => `\`${s}\``;

export const explainOutputRoute = {
  // `ip route` (ip-route.ts): a route's destination and type.
  routeDefault: 'default: the route for every address that no other route covers.',
  routeDstRange: (dst: string, first: string, last: string) => `destination ${dst}: the addresses ${first}–${last}.`,
  routeDst: (dst: string) => `destination ${dst}.`,
  /** The route types worth a note, by the word `ip route` prints. */
  routeType: {
    local: 'local: an address of this namespace itself; packets to it are delivered here.',
    broadcast: 'broadcast: a broadcast address, sent to every host on the link.',
    unreachable: 'unreachable: packets to it are refused with "unreachable".',
    blackhole: 'blackhole: packets to it are dropped silently.',
    prohibit: 'prohibit: packets to it are refused as administratively prohibited.',
    multicast: 'multicast: a multicast route.',
  },
  routeTypeOther: (type: string) => `${type}: the route's type.`,

  // `ip route` (ip-route.ts): the words after the destination.
  routeProtoKernel: 'proto kernel: the kernel added this route by itself when an address was put on the interface.',
  routeProtoByHand: (proto: string) => `proto ${proto}: added by hand (ip route add).`,
  routeProtoDhcp: 'proto dhcp: added by the DHCP client.',
  routeProtoRa: 'proto ra: learnt from an IPv6 router advertisement.',
  routeProtoOther: (proto: string) => `proto ${proto}: who added the route.`,
  routeScopeLink: 'scope link: the destination is right on this link; no router needed.',
  routeScopeHost: 'scope host: the destination is this namespace itself.',
  routeScopeOther: (scope: string) => `scope ${scope}: how far the destination is.`,
  routeVia: (v: string) => `via ${v}: the next hop: packets are handed to the router at ${v}, which must be reachable directly.`,
  routeDev: (v: string) => `dev ${v}: packets leave through ${v}.`,
  routeSrc: (v: string) => `src ${v}: the source address for packets this namespace sends by this route.`,
  routeMetric: (v: string) => `metric ${v}: the route's cost; among routes to the same destination the lowest wins.`,
  routeTable: (v: string) => `table ${v}: the routing table it belongs to.`,
  routePref: (v: string) => `pref ${v}: the router's preference (IPv6).`,
  routeExpires: (v: string) => `expires ${v}: the route disappears after that time.`,
  routeMtu: (v: string) => `mtu ${v}: the largest packet for this route.`,
  /** The route flags, by the word `ip route` prints. */
  routeFlag: {
    linkdown: 'linkdown: the interface has no carrier, so the route is not used for now.',
    onlink: 'onlink: the next hop is treated as on the link even if no address says so.',
    dead: 'dead: the next hop is unusable.',
  },

  // `ip route` (ip-route.ts): the summary.
  routeEmpty: 'No routes in this table: ping to any address fails at once with "Network is unreachable".',
  routeDirectItem: (dst: string, dev: string) => `${dst} through ${dev}`,
  routeDirect: (items: string) => `Reached directly: ${items}.`,
  routeDefaultVia: (via: string) => `Everything else goes to the router ${via}.`,
  routeDefaultDev: (dev: string) => `Everything else leaves through ${dev}.`,
  routeNoDefault: `No default route: any address outside these prefixes is unreachable from here (${code('connect: Network is unreachable')}).`,
  routeDown: (dsts: string) => `Not usable now (no carrier): ${dsts}.`,

  // `ip route get` (ip-route-get.ts): the route the kernel picks.
  /** The route types, by the word `ip route get` prints first. */
  getType: {
    local: 'local: the address is this namespace\'s own; the packet is delivered here, through lo.',
    broadcast: 'broadcast: a broadcast address: the packet goes to every host on the link.',
    multicast: 'multicast: a multicast address.',
    unreachable: 'unreachable: a route that refuses packets with "unreachable".',
    blackhole: 'blackhole: a route that drops packets silently.',
    prohibit: 'prohibit: a route that refuses packets as prohibited.',
  },
  getFrom: (v: string) => `from ${v}: the source address the question was asked for.`,
  getVia: (v: string) => `via ${v}: the next hop: the packet is handed to the gateway ${v}, which passes it on; its IP destination stays the same.`,
  getDev: (v: string) => `dev ${v}: the packet leaves through ${v}.`,
  getSrc: (v: string) => `src ${v}: the source address the kernel picks for packets this namespace sends there.`,
  getUid: (v: string) => `uid ${v}: the user the lookup was made for (routing rules can depend on it); ${v === '0' ? 'root' : 'this user'}.`,
  getTable: (v: string) => `table ${v}: the routing table the route was found in.`,
  getIif: (v: string) => `iif ${v}: the packet was taken to arrive on ${v}: the answer is what this namespace would do when forwarding it.`,
  getOif: (v: string) => `oif ${v}: the output interface asked for.`,
  getMtu: (v: string) => `mtu ${v}: the largest packet on this path, as the kernel has learned it.`,
  getExpires: (v: string) => `expires ${v}: when the cached detail is forgotten.`,
  getMark: (v: string) => `mark ${v}: the firewall mark the question was asked for.`,
  getDst: (dst: string) => `${dst}: the address asked about.`,
  getCache: 'cache: what the kernel remembers about this destination (a learned MTU, a redirect); often nothing.',
  getLocalWord: '<local>: delivered to this namespace itself.',
  getDevLoopback: (v: string) => `dev ${v}: delivered through the loopback device, without leaving this namespace.`,

  // `ip route get` (ip-route-get.ts): the summary; `from` is null when the question named no source.
  getSumLocal: (dst: string) => `${dst} is this namespace's own address: nothing leaves; the packet goes through lo.`,
  getSumForwardVia: (dst: string, from: string | null, iif: string, via: string, dev: string) =>
    `A packet for ${dst}${from ? ` from ${from}` : ''} arriving on ${iif} is forwarded to the gateway ${via}, out of ${dev}.`,
  getSumForwardDirect: (dst: string, from: string | null, iif: string, dev: string) =>
    `A packet for ${dst}${from ? ` from ${from}` : ''} arriving on ${iif} is forwarded out of ${dev}, straight to ${dst}.`,
  getSumSrc: (src: string) => `, with ${src} as its source address`,
  getSumVia: (dst: string, dev: string, via: string, src: string) =>
    `To reach ${dst}, the packet goes out of ${dev} to the gateway ${via}${src}: ${dst} is not on a network this namespace reaches directly.`,
  getSumDirect: (dst: string, dev: string, src: string) =>
    `${dst} is reached directly: it is on the link behind ${dev}${src}. ${code('ip neigh')} shows its MAC address once it has been used.`,
};

export type ExplainOutputRouteWords = typeof explainOutputRoute;
