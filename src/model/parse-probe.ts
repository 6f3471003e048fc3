/**
 * Turns what the probe script printed (`ip -j -d` JSON, one batch per
 * namespace) into a Snapshot, resolving veth peers across namespaces. Pure.
 */
import { ROOT_NS, type Addr, type Link, type Netns, type Peer, type Route, type Snapshot } from './snapshot.ts';

/** The marker line the probe script prints before each namespace's batch. */
export const NS_MARKER = '@@ns ';

/** iproute2's JSON for one link of `ip -j -d addr`, the fields we read. */
type IpLink = {
  ifindex: number;
  ifname: string;
  flags?: string[];
  mtu?: number;
  qdisc?: string;
  operstate?: string;
  link_type?: string;
  address?: string;
  master?: string;
  link?: string | null;
  link_index?: number;
  link_netnsid?: number;
  linkinfo?: { info_kind?: string; info_slave_kind?: string };
  addr_info?: { family?: string; local?: string; prefixlen?: number; scope?: string }[];
};
type IpRoute = { dst?: string; gateway?: string; dev?: string; protocol?: string; scope?: string; prefsrc?: string; type?: string };
type IpNetnsId = { name?: string; id?: number };
type IpNetconf = { family?: string; interface?: string; forwarding?: boolean | string };

/** One namespace as printed, before peers are resolved. */
export type RawNs = { name: string; links: IpLink[]; routes: IpRoute[]; ids: Map<number, string>; forwarding: boolean | null };

/** Splits the probe output into namespaces (a name seen twice is one namespace) and reads each JSON document by its shape. */
export function parseProbeSections(text: string): RawNs[] {
  const raws = new Map<string, RawNs>();
  let cur: RawNs | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith(NS_MARKER)) {
      const name = line.slice(NS_MARKER.length);
      cur = raws.get(name) ?? { name, links: [], routes: [], ids: new Map(), forwarding: null };
      raws.set(name, cur);
      continue;
    }
    if (!cur || !line.startsWith('[')) continue;
    let doc: unknown;
    try { doc = JSON.parse(line); } catch { continue; }
    if (!Array.isArray(doc) || doc.length === 0) continue;
    const first = doc[0] as Record<string, unknown>;
    if ('ifname' in first && 'ifindex' in first) cur.links = doc as IpLink[];
    else if ('dst' in first) cur.routes = doc as IpRoute[];
    else if ('interface' in first) {
      const lo = (doc as IpNetconf[]).find((c) => c.interface === 'lo' && c.family === 'inet');
      if (lo) cur.forwarding = lo.forwarding === true || lo.forwarding === 'on';
    } else if ('name' in first) {
      for (const n of doc as IpNetnsId[]) if (typeof n.id === 'number' && n.name) cur.ids.set(n.id, n.name);
    }
  }
  return [...raws.values()];
}

/**
 * The namespaces whose own id map (`ip -n NS netns list`, costly: one lookup
 * per namespace) is needed because a veth peer there cannot be told apart by
 * ifindex alone. Usually none: the probe then stays linear.
 */
export function namespacesNeedingIds(raws: readonly RawNs[]): string[] {
  const out = new Set<string>();
  for (const ns of raws) {
    if (ns.name === ROOT_NS || ns.ids.size > 0) continue;
    for (const l of ns.links) {
      if (l.link_netnsid === undefined) continue;
      if (peerCandidates(l, ns, raws).length !== 1) out.add(ns.name);
    }
  }
  return [...out];
}

/** Splits the probe output into namespaces and builds the Snapshot. */
export function parseProbeOutput(text: string): Snapshot {
  const raws = parseProbeSections(text);
  const rootRaw = raws.find((r) => r.name === ROOT_NS) ?? { name: ROOT_NS, links: [], routes: [], ids: new Map(), forwarding: null };
  const named = raws.filter((r) => r.name !== ROOT_NS).sort((a, b) => a.name.localeCompare(b.name));
  const all = [rootRaw, ...named];
  const toNetns = (r: RawNs): Netns => ({
    name: r.name,
    links: r.links.map((l) => toLink(l, r, all)),
    routes: r.routes.filter((x) => (x.type ?? 'unicast') === 'unicast').map(toRoute),
    sysctls: r.forwarding === null ? {} : { 'net.ipv4.ip_forward': r.forwarding ? '1' : '0' },
  });
  return { root: toNetns(rootRaw), namespaces: named.map(toNetns) };
}

function toLink(l: IpLink, ns: RawNs, all: RawNs[]): Link {
  const flags = l.flags ?? [];
  const kind = l.linkinfo?.info_kind ?? (l.link_type === 'loopback' ? 'loopback' : (l.link_type ?? 'ether'));
  return {
    name: l.ifname,
    ifindex: l.ifindex,
    kind,
    up: flags.includes('UP'),
    operstate: l.operstate ?? 'UNKNOWN',
    flags,
    mtu: l.mtu ?? 0,
    mac: l.address ?? '',
    qdisc: l.qdisc ?? '',
    master: l.master ?? null,
    peer: kind === 'veth' ? resolvePeer(l, ns, all) : null,
    addrs: (l.addr_info ?? []).filter((a) => a.local !== undefined).map(toAddr),
  };
}

function toAddr(a: NonNullable<IpLink['addr_info']>[number]): Addr {
  const family = a.family === 'inet6' ? 'inet6' : 'inet';
  const prefixlen = a.prefixlen ?? (family === 'inet' ? 32 : 128);
  return { family, local: a.local!, prefixlen, cidr: `${a.local}/${prefixlen}`, scope: a.scope ?? 'global' };
}

function toRoute(r: IpRoute): Route {
  return {
    dst: r.dst ?? 'default',
    gateway: r.gateway ?? null,
    dev: r.dev ?? null,
    protocol: r.protocol ?? null,
    scope: r.scope ?? null,
    prefsrc: r.prefsrc ?? null,
  };
}

/**
 * A veth's other end. Same namespace: iproute2 names it in `link`. Another
 * namespace: `link_netnsid` is an id relative to this namespace, which its own
 * `ip netns list` maps to a name. The lab's root has no name, so an id that
 * maps to nothing is matched against the root's veths (ifindex both ways).
 */
function resolvePeer(l: IpLink, ns: RawNs, all: RawNs[]): Peer | null {
  if (l.link_netnsid === undefined) {
    const byName = l.link ? ns.links.find((x) => x.ifname === l.link) : ns.links.find((x) => x.ifindex === l.link_index);
    if (!byName && l.link_index === undefined) return null;
    return { name: byName?.ifname ?? l.link ?? null, ifindex: byName?.ifindex ?? l.link_index ?? 0, netns: ns.name };
  }
  const ifindex = l.link_index ?? 0;
  const named = ns.ids.get(l.link_netnsid);
  if (named !== undefined) {
    const there = all.find((r) => r.name === named);
    const link = there?.links.find((x) => x.ifindex === ifindex);
    return { name: link?.ifname ?? null, ifindex, netns: named };
  }
  const found = peerCandidates(l, ns, all);
  if (found.length === 1) return { name: found[0]!.link.ifname, ifindex, netns: found[0]!.ns.name };
  return { name: null, ifindex, netns: null };
}

/**
 * Veths elsewhere that point back at this one: ifindex both ways, and, where
 * the other side's ids are known, its id naming this namespace. The lab's
 * root has no name, so this is how a peer there is found.
 */
function peerCandidates(l: IpLink, ns: RawNs, all: readonly RawNs[]): { ns: RawNs; link: IpLink }[] {
  const out: { ns: RawNs; link: IpLink }[] = [];
  for (const other of all) {
    if (other === ns) continue;
    for (const x of other.links) {
      if (x.ifindex !== l.link_index || x.link_index !== l.ifindex || x.link_netnsid === undefined) continue;
      if (other.ids.size > 0 || other.name === ROOT_NS) {
        const says = other.ids.get(x.link_netnsid) ?? null;
        if (says !== (ns.name === ROOT_NS ? null : ns.name)) continue;
      }
      out.push({ ns: other, link: x });
    }
  }
  return out;
}
