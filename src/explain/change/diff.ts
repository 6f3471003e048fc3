/**
 * The differences between two snapshots, as a list of kernel-level changes:
 * namespaces, links (created, deleted, moved, renamed), admin state,
 * carrier, addresses, routes, master, MTU, sysctls. IPv6 link-local noise
 * and operstate-only flapping are left out. Pure.
 */
import { type Addr, type Link, type Netns, type Route, type Snapshot, allNamespaces } from '../../model/snapshot.ts';

export type Change =
  | { readonly t: 'ns-add'; readonly ns: string; readonly links: readonly Link[] }
  | { readonly t: 'ns-del'; readonly ns: string; readonly links: readonly Link[] }
  | { readonly t: 'link-add'; readonly ns: string; readonly link: Link }
  | { readonly t: 'link-del'; readonly ns: string; readonly link: Link }
  | { readonly t: 'move'; readonly from: string; readonly to: string; readonly before: Link; readonly link: Link }
  | { readonly t: 'rename'; readonly ns: string; readonly from: string; readonly link: Link }
  | { readonly t: 'admin'; readonly ns: string; readonly link: Link }
  | { readonly t: 'carrier'; readonly ns: string; readonly link: Link }
  | { readonly t: 'addr-add' | 'addr-del'; readonly ns: string; readonly link: Link; readonly addrs: readonly Addr[] }
  | { readonly t: 'route-add' | 'route-del'; readonly ns: string; readonly route: Route }
  | { readonly t: 'master'; readonly ns: string; readonly link: Link; readonly before: string | null }
  | { readonly t: 'mtu'; readonly ns: string; readonly link: Link; readonly before: number }
  | { readonly t: 'sysctl'; readonly ns: string; readonly key: string; readonly before: string | undefined; readonly after: string | undefined };

/** Addresses worth a sentence: not IPv6 link-local ones, which come and go by themselves. */
export function meaningful(a: Addr): boolean {
  return !(a.family === 'inet6' && (a.scope === 'link' || /^fe[89ab]/i.test(a.local)));
}

function routeKey(r: Route): string {
  return `${r.dst}|${r.gateway ?? ''}|${r.dev ?? ''}`;
}

/** Routes worth a sentence: IPv4, and IPv6 beyond link-local and multicast. */
function meaningfulRoute(r: Route): boolean {
  return !/^(fe80|ff00|ff02)::/i.test(r.dst);
}

/** Whether the link has carrier (LOWER_UP), as flags show it. */
export function hasCarrier(l: Link): boolean {
  return l.flags.includes('LOWER_UP');
}

function sameDevice(a: Link, b: Link): boolean {
  return a.mac !== '' && b.mac !== '' ? a.mac === b.mac && a.kind === b.kind : a.kind === b.kind;
}

/**
 * The same device seen twice in one namespace under one name: same MAC, or
 * same ifindex (a bridge takes a port's MAC when the port is plugged in, but
 * keeps its index; a deleted and re-created device gets a new index).
 */
function sameHere(a: Link, b: Link): boolean {
  return sameDevice(a, b) || (a.ifindex === b.ifindex && a.kind === b.kind);
}

function compareLink(ns: string, b: Link, a: Link, out: Change[]): void {
  if (b.up !== a.up) out.push({ t: 'admin', ns, link: a });
  else if (a.up && hasCarrier(b) !== hasCarrier(a)) out.push({ t: 'carrier', ns, link: a });
  const key = (x: Addr) => x.cidr;
  const added = a.addrs.filter((x) => meaningful(x) && !b.addrs.some((y) => key(y) === key(x)));
  const removed = b.addrs.filter((x) => meaningful(x) && !a.addrs.some((y) => key(y) === key(x)));
  if (added.length > 0) out.push({ t: 'addr-add', ns, link: a, addrs: added });
  if (removed.length > 0) out.push({ t: 'addr-del', ns, link: a, addrs: removed });
  if (b.master !== a.master) out.push({ t: 'master', ns, link: a, before: b.master });
  if (b.mtu !== a.mtu && b.mtu > 0 && a.mtu > 0) out.push({ t: 'mtu', ns, link: a, before: b.mtu });
}

function compareNetns(b: Netns, a: Netns, out: Change[]): void {
  const br = new Map(b.routes.filter(meaningfulRoute).map((r) => [routeKey(r), r]));
  const ar = new Map(a.routes.filter(meaningfulRoute).map((r) => [routeKey(r), r]));
  for (const [k, r] of ar) if (!br.has(k)) out.push({ t: 'route-add', ns: a.name, route: r });
  for (const [k, r] of br) if (!ar.has(k)) out.push({ t: 'route-del', ns: a.name, route: r });
  for (const key of new Set([...Object.keys(b.sysctls), ...Object.keys(a.sysctls)])) {
    if (b.sysctls[key] !== a.sysctls[key] && b.sysctls[key] !== undefined && a.sysctls[key] !== undefined) {
      out.push({ t: 'sysctl', ns: a.name, key, before: b.sysctls[key], after: a.sysctls[key] });
    }
  }
}

/** Every change from `before` to `after`. */
export function diffSnapshots(before: Snapshot, after: Snapshot): Change[] {
  const out: Change[] = [];
  const bNs = new Map(allNamespaces(before).map((n) => [n.name, n]));
  const aNs = new Map(allNamespaces(after).map((n) => [n.name, n]));
  for (const [name, n] of aNs) if (!bNs.has(name)) out.push({ t: 'ns-add', ns: name, links: n.links });
  for (const [name, n] of bNs) if (!aNs.has(name)) out.push({ t: 'ns-del', ns: name, links: n.links });

  type Placed = { ns: string; link: Link };
  const gone: Placed[] = [];
  const fresh: Placed[] = [];
  for (const [name, b] of bNs) {
    const a = aNs.get(name);
    for (const l of b.links) {
      const now = a?.links.find((x) => x.name === l.name);
      if (now && sameHere(l, now)) compareLink(name, l, now, out);
      else gone.push({ ns: name, link: l });
    }
    if (a) compareNetns(b, a, out);
  }
  for (const [name, a] of aNs) {
    const b = bNs.get(name);
    for (const l of a.links) {
      const then = b?.links.find((x) => x.name === l.name);
      if (!then || !sameHere(then, l)) fresh.push({ ns: name, link: l });
    }
  }
  for (const g of [...gone]) {
    const moved = fresh.find((f) => f.ns !== g.ns && f.link.name === g.link.name && sameDevice(g.link, f.link))
      ?? fresh.find((f) => f.ns === g.ns && f.link.ifindex === g.link.ifindex && f.link.mac === g.link.mac && f.link.mac !== '');
    if (!moved) continue;
    gone.splice(gone.indexOf(g), 1);
    fresh.splice(fresh.indexOf(moved), 1);
    if (moved.ns === g.ns) {
      out.push({ t: 'rename', ns: g.ns, from: g.link.name, link: moved.link });
      compareLink(g.ns, g.link, moved.link, out);
    } else out.push({ t: 'move', from: g.ns, to: moved.ns, before: g.link, link: moved.link });
  }
  // Links inside a created or deleted namespace are told with the namespace.
  for (const f of fresh) if (bNs.has(f.ns)) out.push({ t: 'link-add', ns: f.ns, link: f.link });
  for (const g of gone) if (aNs.has(g.ns)) out.push({ t: 'link-del', ns: g.ns, link: g.link });
  return out;
}
