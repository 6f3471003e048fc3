/**
 * Checks of the kernel's state (namespaces, links, addresses, routes,
 * sysctls), judged from the snapshot alone, and the helpers that find a link
 * or compare addresses and routes for them. Pure.
 */
import { allNamespaces, findLink, findNetns, whereIsLink, ROOT_NS, type Link, type Route, type Snapshot } from '../model/snapshot.ts';
import { parseAddress, parseCidr, parseRouteDest, sameAddress, type IpAddress } from '../net/ip-address.ts';
import type { Check } from './model.ts';
import type { Reasons } from './reasons.ts';

/**
 * What the lab shows for a check's assertion: whether it holds, the fact
 * (true either way), and what the step expected when it did not go that way.
 */
export type Outcome = {
  readonly holds: boolean;
  readonly fact: string;
  /** Said after the fact when the assertion was expected and does not hold. */
  readonly want?: string;
  /** Said after the fact when the check is negated and the assertion holds. */
  readonly notWant?: string;
  /** The check cannot be judged (no command yet, no such namespace to ping from): not ok, negated or not. */
  readonly undecided?: boolean;
};

/** What the snapshot alone says about a check of the kernel's state, or null for other checks. */
export function stateOutcome(c: Check, s: Snapshot, t: Reasons): Outcome | null {
  switch (c.kind) {
    case 'netns-exists':
      return c.netns !== ROOT_NS && findNetns(s, c.netns)
        ? { holds: true, fact: t.netnsExists(c.netns), notWant: t.wantNetnsAbsent() }
        : { holds: false, fact: t.netnsMissing(c.netns, names(s)) };
    case 'link-exists': {
      const l = locate(s, t, c.link, c.netns);
      return isLink(l) ? { holds: true, fact: t.linkIn(c.link, [c.netns]), notWant: t.wantLinkAbsent(c.link, c.netns) } : l;
    }
    case 'link-state': {
      const l = locate(s, t, c.link, c.netns);
      if (!isLink(l)) return l;
      const fact = l.up ? t.linkUp(c.link, c.netns, l.operstate) : t.linkDown(c.link, c.netns);
      return { holds: l.up === c.up, fact, want: t.wantUp(c.up), notWant: t.wantUp(!c.up) };
    }
    case 'link-type': {
      const l = locate(s, t, c.link, c.netns);
      if (!isLink(l)) return l;
      return { holds: l.kind.toLowerCase() === c.type, fact: t.linkKind(c.link, c.netns, l.kind), want: t.wantKind(c.type, true), notWant: t.wantKind(c.type, false) };
    }
    case 'link-master': {
      const l = locate(s, t, c.link, c.netns);
      if (!isLink(l)) return l;
      return { holds: l.master === c.master, fact: t.linkMaster(c.link, c.netns, l.master), want: t.wantMaster(c.master, true), notWant: t.wantMaster(c.master, false) };
    }
    case 'veth-peer': {
      const l = locate(s, t, c.link, c.netns);
      if (!isLink(l)) return l;
      if (l.kind !== 'veth') return { holds: false, fact: t.linkKind(c.link, c.netns, l.kind), want: t.wantKind('veth', true) };
      if (l.peer === null || l.peer.name === null) return { holds: false, fact: t.peerUnknown(c.link, c.netns), want: t.wantPeer(c.peer, c.peerNetns, true) };
      const holds = l.peer.name === c.peer && l.peer.netns === c.peerNetns;
      return { holds, fact: t.peerIs(c.link, c.netns, l.peer.name, l.peer.netns), want: t.wantPeer(c.peer, c.peerNetns, true), notWant: t.wantPeer(c.peer, c.peerNetns, false) };
    }
    case 'sysctl': {
      const n = findNetns(s, c.netns);
      if (!n) return { holds: false, fact: t.netnsMissing(c.netns, names(s)), want: t.wantSysctl(c.key, c.value, true) };
      const v = n.sysctls[c.key];
      if (v === undefined) return { holds: false, fact: t.sysctlUnread(c.key, c.netns), undecided: true };
      return { holds: v === c.value, fact: t.sysctlIs(c.key, c.netns, v), want: t.wantSysctl(c.key, c.value, true), notWant: t.wantSysctl(c.key, c.value, false) };
    }
    case 'addr': return addrOutcome(c, s, t);
    case 'route': return routeOutcome(c, s, t);
    default: return null;
  }
}

/** The link, or why it is not where the check looks. */
export function locate(s: Snapshot, t: Reasons, link: string, ns: string): Link | Outcome {
  if (!findNetns(s, ns)) return { holds: false, fact: t.netnsMissing(ns, names(s)), want: t.wantLinkIn(link, ns) };
  const l = findLink(s, ns, link);
  if (l) return l;
  const where = whereIsLink(s, link);
  if (where.length === 0) return { holds: false, fact: t.linkNowhere(link, ns) };
  return { holds: false, fact: t.linkIn(link, where), want: t.wantItIn(ns) };
}

export function isLink(x: Link | Outcome): x is Link {
  return 'ifindex' in x;
}

function addrOutcome(c: Extract<Check, { kind: 'addr' }>, s: Snapshot, t: Reasons): Outcome {
  const l = locate(s, t, c.link, c.netns);
  if (!isLink(l)) return l;
  const want = parseCidr(c.cidr);
  const notWant = t.wantAddr(c.cidr, false);
  const hit = l.addrs.find((a) => {
    const p = parseCidr(`${a.local}/${a.prefixlen}`);
    return p && want ? p.prefix === want.prefix && sameAddress(p.addr, want.addr) : a.cidr === c.cidr;
  });
  if (hit) return { holds: true, fact: t.hasAddr(c.link, c.netns, hit.cidr), notWant };
  const family = want?.addr.family === 6 ? 'inet6' : 'inet';
  const same = l.addrs.filter((a) => a.family === family);
  const have = (same.length > 0 ? same : l.addrs).map((a) => a.cidr);
  const facts = [have.length === 0 ? t.noAddrs(c.link, c.netns) : t.hasOtherAddrs(c.link, c.netns, have, c.cidr)];
  const elsewhere = want && allNamespaces(s).flatMap((n) => n.links.flatMap((k) => k.addrs
    .filter((a) => !(n.name === c.netns && k.name === c.link) && sameParsed(a.local, want.addr))
    .map((a) => t.addrElsewhere(a.cidr, k.name, n.name))));
  return { holds: false, fact: t.and([...facts, ...(elsewhere ?? []).slice(0, 1)]), notWant };
}

function routeOutcome(c: Extract<Check, { kind: 'route' }>, s: Snapshot, t: Reasons): Outcome {
  const wanted = showRoute({ dst: c.dest, gateway: c.via, dev: c.dev });
  const n = findNetns(s, c.netns);
  if (!n) return { holds: false, fact: t.netnsMissing(c.netns, names(s)), want: t.wantRoute(wanted, true) };
  const toDest = n.routes.filter((r) => sameDest(r.dst, c.dest));
  if (toDest.length === 0) return { holds: false, fact: t.noRoute(c.netns, c.dest, n.routes.map(showRoute)) };
  const hit = toDest.find((r) => (c.via === null || (r.gateway !== null && sameText(r.gateway, c.via))) && (c.dev === null || r.dev === c.dev));
  if (hit) return { holds: true, fact: t.hasRoute(c.netns, showRoute(hit)), notWant: t.wantRoute(wanted, false) };
  return { holds: false, fact: t.routeDiffers(c.netns, c.dest, toDest.map(showRoute)), want: t.wantRoute(wanted, true) };
}

function sameDest(a: string, b: string): boolean {
  const x = parseRouteDest(a);
  const y = parseRouteDest(b);
  if (x === null || y === null) return a === b;
  if (x === 'default' || y === 'default') return x === y;
  return x.prefix === y.prefix && sameAddress(x.addr, y.addr);
}

/** Two addresses as text, equal when they parse to the same bytes. */
function sameText(a: string, b: string): boolean {
  const x = parseAddress(a);
  const y = parseAddress(b);
  return x && y ? sameAddress(x, y) : a === b;
}

export function sameParsed(text: string, addr: IpAddress): boolean {
  const x = parseAddress(text);
  return x !== null && sameAddress(x, addr);
}

function showRoute(r: Pick<Route, 'dst' | 'gateway' | 'dev'>): string {
  return [r.dst, r.gateway !== null ? `via ${r.gateway}` : '', r.dev !== null ? `dev ${r.dev}` : ''].filter((x) => x !== '').join(' ');
}

export function names(s: Snapshot): string[] {
  return s.namespaces.map((n) => n.name);
}
