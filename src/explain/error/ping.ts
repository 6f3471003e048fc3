/**
 * Why a ping failed, from what the kernel holds: lo down, no route, the far
 * end down, nobody with that address, a wrong subnet, no way back. Pure.
 */
import type { Lang } from '../../i18n/lang.ts';
import { words } from '../../i18n/words.ts';
import { type Link, type Netns, type Snapshot, findLink, findNetns } from '../../model/snapshot.ts';
import { pingTarget } from '../shared/argv.ts';
import { type ErrorContext, ipv4Of, ownersOf, peerOf, whereRan } from './context.ts';
import { ipv4Net, ipv4RouteCovers, ipv4Text, isLoopback, parseAddress } from '../../net/ip-address.ts';
import { forwardCommand, gatewayTowards, viaGatewayHint } from './route-hints.ts';
import { inNs, ipIn, joinList, nsName } from '../shared/wording.ts';

function routesOf(n: Netns): string[] {
  return n.routes.filter((r) => !r.dst.includes(':')).map((r) => (r.gateway ? `${r.dst} via ${r.gateway}` : r.dst));
}

/** The most specific IPv4 route covering `ip`. */
function routeTo(n: Netns, ip: string) {
  const hits = n.routes.filter((r) => ipv4RouteCovers(r.dst, ip));
  return hits.sort((a, b) => (ipv4Net(b.dst)?.prefix ?? 0) - (ipv4Net(a.dst)?.prefix ?? 0))[0] ?? null;
}

/** An address in the network of `cidr` that nobody in the lab uses, with its prefix; a gateway's goes at the top (.254 in a /24). */
function freeAddress(s: Snapshot, cidr: string, avoid: string, gateway = false): string | null {
  const c = ipv4Net(cidr);
  if (!c || c.prefix > 30) return null;
  const last = c.size - 2;
  for (let i = 1; i < 20; i += 1) {
    const ip = ipv4Text((c.first + (gateway ? last + 1 - i : i)) >>> 0);
    if (ip !== avoid && ownersOf(s, ip).length === 0) return `${ip}/${c.prefix}`;
  }
  return null;
}

/** The address a failed command was about: ping's target (from the command line, else from ping's `PING …` line), or the destination of `ip route get`. */
function targetOf(c: ErrorContext): string {
  const ip = c.target.ip;
  if (ip?.object === 'route') return ip.args.find((w) => w !== 'to') ?? '?';
  return pingTarget(c.target.args) ?? /^PING (\S+)/m.exec(c.text)?.[1] ?? '?';
}

/** Whether ping printed this: from the command line, else from its own words. */
function isPing(c: ErrorContext): boolean {
  return c.target.prog === 'ping' || (!c.known && /^(ping: |PING \S)/m.test(c.text));
}

/** `connect: Network is unreachable` (ping) or `RTNETLINK answers: Network is unreachable` (ip route get): no route at all. */
export function explainUnreachable(c: ErrorContext): string[] {
  const { lang, snapshot: s } = c;
  const w = words(lang).explainError;
  const ns = c.target.ns;
  const target = targetOf(c);
  const netns = s ? findNetns(s, ns) : undefined;
  const lo = s ? findLink(s, ns, 'lo') : undefined;
  // "in ns0 the kernel…"; a longer phrase for an unknown namespace takes a comma.
  const where = c.known ? whereRan(c) : w.unreachWhereComma(whereRan(c));
  const to = target === '?' ? w.unreachTheAddress : target;
  const head = isPing(c) ? w.unreachPing(where, to) : w.unreachRoute(where, to);
  // The address is not known (only the error text was given): both usual causes, the first one the article's.
  if (target === '?' && !s) return [head, w.unreachLoAny, w.unreachOtherAny];
  const targetAddr = parseAddress(target);
  if (targetAddr && isLoopback(targetAddr) && (!lo || !lo.up)) return [head, w.unreachLo(target, `${ipIn(ns)}link set lo up`)];
  if (!s || !netns) return [head, w.unreachNoState];
  // A down interface takes its connected routes with it.
  const downWithSubnet = netns.links.find((l) => !l.up && l.addrs.some((a) => a.family === 'inet' && ipv4RouteCovers(a.cidr, target)));
  if (downWithSubnet) return [head, w.unreachDownSubnet(target, downWithSubnet.name, `${ipIn(ns)}link set ${downWithSubnet.name} up`)];
  const routes = routesOf(netns);
  const have = routes.length > 0 ? w.unreachRoutesOnly(joinList(routes, lang)) : w.unreachNoRoutes;
  const owner = ownersOf(s, target)[0];
  const local = owner ? netns.links.find((l) => l.peer?.name === owner.link.name && l.peer.netns === owner.ns) : undefined;
  const port = local?.master ? netns.links.find((l) => l.name === local.master) : undefined;
  if (owner && local && port && !ipv4Of(port)) {
    const suggestion = freeAddress(s, owner.cidr, target, true);
    if (suggestion) {
      return [head, have, w.unreachBridgePort({
        target, link: owner.link.name, ownerIn: inNs(owner.ns, lang), local: local.name, port: port.name, name: nsName(ns, lang),
        cmd: `${ipIn(ns)}addr add ${suggestion} dev ${port.name}`,
      })];
    }
  }
  if (owner && local && !local.master && !ipv4Of(local)) {
    const suggestion = freeAddress(s, owner.cidr, target);
    if (suggestion) {
      return [head, have, w.unreachSameSubnet({
        target, link: owner.link.name, ownerIn: inNs(owner.ns, lang), local: local.name, cmd: `${ipIn(ns)}addr add ${suggestion} dev ${local.name}`,
      })];
    }
  }
  const gw = gatewayTowards(s, ns, target);
  if (gw) return [head, have, viaGatewayHint(ns, target, gw, lang)];
  const net = ipv4Net(`${target}/24`);
  const dest = net ? `${ipv4Text(net.first)}/24` : target;
  return [head, have, w.unreachAddRoute(ipIn(ns), dest)];
}

/** ping got no reply (Destination Host Unreachable, or 100% loss). */
export function explainNoReply(c: ErrorContext, hostUnreachable: boolean): string[] {
  const { lang, snapshot: s } = c;
  const w = words(lang).explainError;
  const ns = c.target.ns;
  const target = targetOf(c);
  const head = hostUnreachable ? w.noReplyHost(target) : w.noReplyLost;
  const netns = s ? findNetns(s, ns) : undefined;
  if (!s || !netns || parseAddress(target)?.family !== 4) return [head, w.noReplyCheck];
  const route = routeTo(netns, target);
  const out = route?.dev ? netns.links.find((l) => l.name === route.dev) : undefined;
  const hop = route?.gateway ?? target;
  return [head, cause(s, ns, out, hop, target, lang)];
}

function cause(s: Snapshot, ns: string, out: Link | undefined, hop: string, target: string, lang: Lang): string {
  const w = words(lang).explainError;
  const generic = w.noReplyCheckShort;
  if (!out) return generic;
  const peer = peerOf(s, out);
  if (peer && !peer.link.up) return w.noReplyNoCarrier(out.name, peer.link.name, inNs(peer.ns, lang), `${ipIn(peer.ns)}link set ${peer.link.name} up`);
  const owners = ownersOf(s, hop);
  if (owners.length === 0) {
    if (peer && !ipv4Of(peer.link)) {
      const mine = out.addrs.find((a) => a.family === 'inet');
      const prefix = mine ? `/${mine.prefixlen}` : '/24';
      return w.noReplyPeerNoAddr({
        hop, dev: out.name, peer: peer.link.name, peerIn: inNs(peer.ns, lang), cmd: `${ipIn(peer.ns)}addr add ${hop}${prefix} dev ${peer.link.name}`,
      });
    }
    const theirs = peer ? ipv4Of(peer.link) : null;
    return theirs
      ? w.noReplyMeant({ hop, dev: out.name, peer: peer!.link.name, peerIn: inNs(peer!.ns, lang), theirs, theirIp: theirs.split('/')[0]! })
      : w.noReplyNobody(hop);
  }
  const owner = owners[0]!;
  if (!owner.link.up) return w.noReplyOwnerDown(hop, owner.link.name, inNs(owner.ns, lang), `${ipIn(owner.ns)}link set ${owner.link.name} up`);
  // The cable reaches the address's interface itself, or a port of the bridge that holds it.
  const wired = peer && peer.ns === owner.ns && (peer.link.name === owner.link.name || peer.link.master === owner.link.name);
  if (!wired && out.master === null && owner.link.master === null && owner.ns !== ns) return w.noReplyNotWired(hop, owner.link.name, inNs(owner.ns, lang), out.name);
  const src = out.addrs.find((a) => a.family === 'inet')?.local;
  const back = findNetns(s, owner.ns);
  if (src && back && !back.routes.some((r) => ipv4RouteCovers(r.dst, src))) {
    return w.noReplyOtherSubnet({
      link: owner.link.name, ownerIn: inNs(owner.ns, lang), cidr: owner.cidr, dev: out.name, devCidr: ipv4Of(out), ownerName: nsName(owner.ns, lang), src,
    });
  }
  if (hop !== target && back?.sysctls['net.ipv4.ip_forward'] === '0') return w.noReplyNoForward(hop, inNs(owner.ns, lang), forwardCommand(owner.ns));
  if (hop !== target && src) return beyondGateway(s, hop, target, src, lang) ?? generic;
  return generic;
}

/** The gateway forwards: what stops the requests or the replies on the far side. */
function beyondGateway(s: Snapshot, hop: string, target: string, src: string, lang: Lang): string | null {
  const w = words(lang).explainError;
  const far = ownersOf(s, target)[0];
  if (!far) return w.beyondNobody(hop, target);
  if (!far.link.up) return w.beyondDown(target, far.link.name, inNs(far.ns, lang), `${ipIn(far.ns)}link set ${far.link.name} up`);
  const farNs = findNetns(s, far.ns);
  if (!farNs || farNs.routes.some((r) => ipv4RouteCovers(r.dst, src))) return null;
  const gw = gatewayTowards(s, far.ns, src);
  const fix = gw ? w.beyondWayBack(`${ipIn(far.ns)}route add default via ${gw.ip}`) : '';
  return w.beyondNoWayBack({ target, link: far.link.name, farIn: inNs(far.ns, lang), farName: nsName(far.ns, lang), src, fix });
}
