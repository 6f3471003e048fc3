/**
 * What changed between two snapshots, as the keys the picture highlights:
 * `ns:<name>` for a namespace that appeared or went, `link:<ns>/<ifname>` for
 * an interface that appeared, went, or changed in a way the picture shows.
 */
import type { Link, Snapshot } from '../model/snapshot.ts';

/** What of an interface the picture shows; a change here is worth highlighting. */
function drawn(l: Link): string {
  const addrs = l.addrs.map((a) => a.cidr).sort().join(',');
  const peer = l.peer ? `${l.peer.name ?? l.peer.ifindex}@${l.peer.netns ?? '?'}` : '';
  return [l.kind, l.up, l.operstate, l.master ?? '', peer, addrs].join('|');
}

function index(s: Snapshot): Map<string, Map<string, Link>> {
  const m = new Map<string, Map<string, Link>>();
  for (const ns of [s.root, ...s.namespaces]) m.set(ns.name, new Map(ns.links.map((l) => [l.name, l])));
  return m;
}

/** Keys of the namespaces and interfaces that differ between `before` and `after`. */
export function changedKeys(before: Snapshot, after: Snapshot): Set<string> {
  const keys = new Set<string>();
  const a = index(before);
  const b = index(after);
  for (const [ns, links] of b) {
    const old = a.get(ns);
    if (!old) keys.add(`ns:${ns}`);
    for (const [name, l] of links) {
      const o = old?.get(name);
      if (!o || drawn(o) !== drawn(l)) keys.add(`link:${ns}/${name}`);
    }
  }
  for (const [ns, links] of a) {
    const now = b.get(ns);
    if (!now) keys.add(`ns:${ns}`);
    for (const name of links.keys()) if (!now?.has(name)) keys.add(`link:${ns}/${name}`);
  }
  return keys;
}
