/** Says in plain sentences what a command changed in the kernel, from two snapshots. Pure. */
import type { Lang } from '../../i18n/lang.ts';
import { words } from '../../i18n/words.ts';
import type { Addr, Link, Route, Snapshot } from '../../model/snapshot.ts';
import { type Change, diffSnapshots, hasCarrier, meaningful } from './diff.ts';
import { neverThrow } from '../shared/never-throw.ts';
import { atNs, inNs, joinList, nsName } from '../shared/wording.ts';

const MAX_SENTENCES = 5;

function describeRoute(r: Route): string {
  return [r.dst, r.gateway ? `via ${r.gateway}` : '', r.dev ? `dev ${r.dev}` : ''].filter(Boolean).join(' ');
}

function cidrs(addrs: readonly Addr[]): string[] {
  return addrs.filter(meaningful).map((a) => a.cidr);
}

/** Kernel routes that came or went on `dev` in `ns`: told with the change that caused them. */
function takeKernelRoutes(changes: Change[], t: 'route-add' | 'route-del', ns: string, dev: string): Route[] {
  const hits = changes.filter((c): c is Extract<Change, { t: 'route-add' | 'route-del' }> =>
    c.t === t && c.ns === ns && c.route.dev === dev && c.route.gateway === null && (c.route.protocol === 'kernel' || c.route.protocol === null));
  for (const h of hits) changes.splice(changes.indexOf(h), 1);
  return hits.map((h) => h.route);
}

/** A peer's carrier change caused by this link's admin change: told in the same sentence. */
function takePeerCarrier(changes: Change[], link: Link): Extract<Change, { t: 'carrier' }> | undefined {
  if (!link.peer || link.peer.name === null || link.peer.netns === null) return undefined;
  const hit = changes.find((c): c is Extract<Change, { t: 'carrier' }> =>
    c.t === 'carrier' && c.ns === link.peer!.netns && c.link.name === link.peer!.name);
  if (hit) changes.splice(changes.indexOf(hit), 1);
  return hit;
}

function sentence(c: Change, rest: Change[], lang: Lang): string | null {
  const w = words(lang).explainChange;
  switch (c.t) {
    case 'ns-add': {
      const onlyLoDown = c.links.length === 1 && c.links[0]!.name === 'lo' && !c.links[0]!.up;
      if (onlyLoDown) return w.nsAddedLoDown(c.ns);
      const held = c.links.map((l) => {
        const bits = [l.up ? w.stateUp : w.stateDown, ...cidrs(l.addrs).filter((a) => !a.includes(':'))];
        return `${l.name}${w.linkBits(bits)}`;
      });
      return held.length > 0 ? w.nsAddedHolds(c.ns, joinList(held, lang)) : w.nsAdded(c.ns);
    }
    case 'ns-del': {
      const inside = c.links.filter((l) => l.name !== 'lo').map((l) => l.name);
      const peers = rest.filter((x): x is Extract<Change, { t: 'link-del' }> => x.t === 'link-del' && x.link.peer?.netns === c.ns);
      for (const p of peers) rest.splice(rest.indexOf(p), 1);
      const also = peers.map((p) => w.nsDelAlso(p.link.name, inNs(p.ns, lang)));
      return w.nsDeleted({ ns: c.ns, inside: joinList(inside, lang), insideCount: inside.length, also: joinList(also, lang), alsoCount: also.length });
    }
    case 'link-add': {
      const l = c.link;
      if (l.kind === 'veth' && l.peer?.name) {
        const pn = l.peer.netns;
        const peer = rest.find((x): x is Extract<Change, { t: 'link-add' }> => x.t === 'link-add' && x.link.name === l.peer!.name && x.ns === pn);
        if (peer) {
          rest.splice(rest.indexOf(peer), 1);
          const [a, b] = l.ifindex >= peer.link.ifindex ? [l, peer.link] : [peer.link, l];
          const down = !a.up && !b.up;
          return pn === c.ns
            ? w.vethAddedHere(atNs(c.ns, lang), a.name, b.name, down)
            : w.vethAdded({ a: l.name, aIn: inNs(c.ns, lang), b: peer.link.name, bIn: inNs(peer.ns, lang), down });
        }
      }
      return w.linkAdded(l.kind, l.name, inNs(c.ns, lang), l.up);
    }
    case 'link-del': {
      const peer = c.link.peer;
      const other = peer ? rest.find((x): x is Extract<Change, { t: 'link-del' }> => x.t === 'link-del' && x.link.name === peer.name && x.ns === peer.netns) : undefined;
      if (other) {
        rest.splice(rest.indexOf(other), 1);
        return w.vethDeleted(c.link.name, other.link.name);
      }
      return w.linkDeleted(c.link.name, inNs(c.ns, lang));
    }
    case 'move': {
      const lost = cidrs(c.before.addrs);
      takeKernelRoutes(rest, 'route-del', c.from, c.before.name);
      const state = c.link.up ? w.moveStateUp : w.moveStateDown;
      const first = w.moved({ name: c.link.name, from: nsName(c.from, lang), to: nsName(c.to, lang), state, lost: joinList(lost, lang), lostCount: lost.length });
      const peerNs = c.link.peer?.netns;
      if (c.link.kind === 'veth' && peerNs !== undefined && peerNs !== null && peerNs !== c.to) {
        return `${first}${w.moveSep}${w.movedPair(nsName(c.to, lang), nsName(peerNs, lang))}`;
      }
      return first;
    }
    case 'rename': return w.renamed(c.from, inNs(c.ns, lang), c.link.name);
    case 'admin': return adminSentence(c, rest, lang);
    case 'carrier': return null;
    case 'addr-add': {
      const routes = takeKernelRoutes(rest, 'route-add', c.ns, c.link.name);
      const list = joinList(cidrs(c.addrs), lang);
      const tail = routes.length > 0 ? w.addrTailRoutes(joinList(routes.map((r) => r.dst), lang)) : !c.link.up ? w.addrTailDown(c.link.name) : '';
      return w.addrAdded(list, c.link.name, inNs(c.ns, lang), tail);
    }
    case 'addr-del': {
      takeKernelRoutes(rest, 'route-del', c.ns, c.link.name);
      return w.addrRemoved(joinList(cidrs(c.addrs), lang), c.link.name, inNs(c.ns, lang));
    }
    case 'route-add': return w.routeAdded(inNs(c.ns, lang), describeRoute(c.route));
    case 'route-del': return w.routeRemoved(describeRoute(c.route), inNs(c.ns, lang));
    case 'master': return c.link.master
      ? w.masterSet(c.link.name, inNs(c.ns, lang), c.link.master)
      : w.masterLeft(c.link.name, inNs(c.ns, lang), c.before ?? '?');
    case 'mtu': return w.mtu(c.link.name, inNs(c.ns, lang), c.link.mtu, c.before);
    case 'sysctl': {
      const fwd = c.key === 'net.ipv4.ip_forward' ? (c.after === '1' ? w.sysctlForwardOn : w.sysctlForwardOff) : '';
      return w.sysctl(c.key, inNs(c.ns, lang), c.after, fwd);
    }
  }
}

function adminSentence(c: Extract<Change, { t: 'admin' }>, rest: Change[], lang: Lang): string {
  const w = words(lang).explainChange;
  const l = c.link;
  const where = inNs(c.ns, lang);
  const routes = takeKernelRoutes(rest, l.up ? 'route-add' : 'route-del', c.ns, l.name);
  const addrs = rest.find((x): x is Extract<Change, { t: 'addr-add' | 'addr-del' }> => x.t === 'addr-add' && x.ns === c.ns && x.link.name === l.name);
  if (!l.up) return w.adminDown(l.name, where, routes.length > 0);
  if (l.name === 'lo' && addrs) {
    rest.splice(rest.indexOf(addrs), 1);
    return w.adminLoUp(where, joinList(cidrs(addrs.addrs), lang), nsName(c.ns, lang));
  }
  const peerCarrier = takePeerCarrier(rest, l);
  const withRoutes = routes.length ? w.adminRoutesUsable(joinList(routes.map((r) => r.dst), lang)) : '';
  if (l.kind === 'veth' && l.peer?.name) {
    const peer = `${l.peer.name}${l.peer.netns !== null ? w.adminPeerNs(nsName(l.peer.netns, lang)) : ''}`;
    if (!hasCarrier(l)) return w.adminNoCarrier(l.name, where, peer, withRoutes);
    const carrier = peerCarrier ? w.adminPeerCarrier(peer) : '';
    return w.adminUpCarrier(l.name, where, carrier, withRoutes);
  }
  return w.adminUp(l.name, where, withRoutes);
}

/** Routes through a deleted or moved interface vanish with it: no sentence of their own. */
function foldRoutesOfGoneLinks(changes: Change[]): Change[] {
  const gone = new Set<string>();
  for (const c of changes) {
    if (c.t === 'link-del') gone.add(`${c.ns}\u0000${c.link.name}`);
    if (c.t === 'move') gone.add(`${c.from}\u0000${c.before.name}`);
  }
  return changes.filter((c) => !(c.t === 'route-del' && gone.has(`${c.ns}\u0000${c.route.dev ?? ''}`)));
}

/** One or two plain sentences per change, in order; [] when nothing changed. Never throws. */
export function explainChange(before: Snapshot, after: Snapshot, lang: Lang): string[] {
  return neverThrow(() => explainChangeStrict(before, after, lang), []);
}

/** Like `explainChange`, but lets a bug throw (for tests). */
export function explainChangeStrict(before: Snapshot, after: Snapshot, lang: Lang): string[] {
  const changes = foldRoutesOfGoneLinks(diffSnapshots(before, after));
  const order: Change['t'][] = ['ns-add', 'link-add', 'move', 'rename', 'admin', 'addr-add', 'addr-del', 'route-add', 'route-del', 'master', 'mtu', 'sysctl', 'carrier', 'ns-del', 'link-del'];
  const rest = [...changes].sort((a, b) => order.indexOf(a.t) - order.indexOf(b.t));
  const out: string[] = [];
  while (rest.length > 0) {
    const c = rest.shift()!;
    const s = sentence(c, rest, lang);
    if (s) out.push(s);
  }
  if (out.length <= MAX_SENTENCES) return out;
  const more = out.length - (MAX_SENTENCES - 1);
  return [...out.slice(0, MAX_SENTENCES - 1), words(lang).explainChange.more(more)];
}

