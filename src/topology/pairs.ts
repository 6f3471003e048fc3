/**
 * Which interfaces the picture connects: the two ends of every veth pair,
 * each end named by the box it is drawn in. A peer in a namespace without a
 * name, or in one the snapshot does not hold, is drawn in a dashed "ghost"
 * box; a peer missing from a namespace that is drawn is named in words.
 */
import { ROOT_NS, findNetns, type Link, type Peer, type Snapshot } from '../model/snapshot.ts';

/** One end of a drawn veth pair. */
export type End = {
  /** Key of the box it is drawn in (see `nsBoxKey`, `ghostBoxKey`). */
  readonly box: string;
  /** Interface name inside that box. */
  readonly ifname: string;
};

/** A veth pair, both ends located. */
export type Pair = {
  /** Stable identity, the same whichever end it was found from. */
  readonly key: string;
  /** The end found first (in namespace order, root first). */
  readonly a: End;
  /** The other end. */
  readonly b: End;
};

/** A veth end whose peer's namespace is drawn but the peer is not in it (the probe caught it mid-move). */
export type Loose = {
  /** The end that is drawn. */
  readonly end: End;
  /** The box its peer should be in. */
  readonly box: string;
  /** The peer's interface name as the snapshot gives it. */
  readonly ifname: string;
};

/** A box for peers whose namespace the picture cannot show. */
export type Ghost = {
  /** Box key. */
  readonly key: string;
  /** The peers' namespace as the snapshot names it: null for one without a name. */
  readonly netns: string | null;
  /** Names of the interfaces drawn inside, in the order found. */
  readonly ifnames: readonly string[];
};

/** Key of the box drawing a namespace: its name (`ROOT_NS` for the root). */
export function nsBoxKey(ns: string): string {
  return ns;
}

/** Key of a ghost box; `/` cannot appear in a namespace name, so it never clashes. */
export function ghostBoxKey(netns: string | null): string {
  return netns === null ? '/?' : `/?=${netns}`;
}

/** What the picture calls a peer whose interface name is unknown. */
export function peerIfname(p: Peer): string {
  return p.name ?? `if${p.ifindex}`;
}

/** Finds the peer's link in the snapshot: by name when known, else by ifindex. */
function resolve(s: Snapshot, p: Peer): { ns: string; link: Link } | null {
  if (p.netns === null) return null;
  const ns = findNetns(s, p.netns);
  if (!ns) return null;
  const link = p.name !== null ? ns.links.find((l) => l.name === p.name) : ns.links.find((l) => l.ifindex === p.ifindex);
  return link ? { ns: ns.name, link } : null;
}

const endId = (e: End): string => `${e.box}\u0000${e.ifname}`;

/** Every veth pair of the snapshot once, the ghost boxes they need, and the ends whose peer is missing. */
export function findPairs(s: Snapshot): { pairs: Pair[]; ghosts: Ghost[]; loose: Loose[] } {
  const pairs: Pair[] = [];
  const loose: Loose[] = [];
  const used = new Set<string>();
  const ghosts = new Map<string, { netns: string | null; ifnames: string[] }>();
  for (const ns of [s.root, ...s.namespaces]) {
    for (const link of ns.links) {
      if (link.kind !== 'veth' || !link.peer) continue;
      const a: End = { box: nsBoxKey(ns.name), ifname: link.name };
      const found = resolve(s, link.peer);
      let b: End;
      if (found) b = { box: nsBoxKey(found.ns), ifname: found.link.name };
      else if (link.peer.netns !== null && findNetns(s, link.peer.netns)) {
        // Its namespace has a box already; a second box of the same name would mislead.
        loose.push({ end: a, box: nsBoxKey(link.peer.netns), ifname: peerIfname(link.peer) });
        continue;
      } else {
        const key = ghostBoxKey(link.peer.netns);
        const g = ghosts.get(key) ?? { netns: link.peer.netns, ifnames: [] };
        ghosts.set(key, g);
        const ifname = peerIfname(link.peer);
        if (!g.ifnames.includes(ifname)) g.ifnames.push(ifname);
        b = { box: key, ifname };
      }
      const ia = endId(a);
      const ib = endId(b);
      // A veth has one peer: an end already drawn (or an end pointing at itself) is not drawn twice.
      if (ia === ib || used.has(ia) || used.has(ib)) continue;
      used.add(ia);
      used.add(ib);
      pairs.push({ key: ia < ib ? `${ia}\u0001${ib}` : `${ib}\u0001${ia}`, a, b });
    }
  }
  return { pairs, ghosts: [...ghosts].map(([key, g]) => ({ key, netns: g.netns, ifnames: g.ifnames })), loose };
}

/** The namespace name shown for a box key, for labels (`ROOT_NS` → the host's title). */
export function boxLabel(key: string, hostTitle: string, unnamed: string): string {
  if (key === ROOT_NS) return hostTitle;
  if (key === ghostBoxKey(null)) return unnamed;
  if (key.startsWith('/?=')) return key.slice(3) === ROOT_NS ? hostTitle : key.slice(3);
  return key;
}
