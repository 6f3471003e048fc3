/**
 * Why a ping failed, from what the kernel holds: lo down, no route, the far
 * end down, nobody with that address, a wrong subnet, no way back. Pure.
 */
import type { Lang } from '../../i18n/lang.ts';
import { type Link, type Netns, type Snapshot, findLink, findNetns } from '../../model/snapshot.ts';
import { pingTarget } from '../shared/argv.ts';
import { type ErrorContext, ipv4Of, ownersOf, peerOf, whereRan } from './context.ts';
import { ipv4Net, ipv4RouteCovers, ipv4Text, isLoopback, parseAddress } from '../../net/ip-address.ts';
import { forwardCommand, gatewayTowards, viaGatewayHint } from './route-hints.ts';
import { code, inNs, ipIn, joinList, nsName, tr } from '../shared/wording.ts';

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
  const ns = c.target.ns;
  const target = targetOf(c);
  const netns = s ? findNetns(s, ns) : undefined;
  const lo = s ? findLink(s, ns, 'lo') : undefined;
  // "in ns0 the kernel…"; a longer phrase for an unknown namespace takes a comma.
  const where = c.known ? whereRan(c) : tr(lang, `${whereRan(c)},`, `${whereRan(c)}，`);
  const to = target === '?' ? tr(lang, 'the address', '那个地址') : target;
  const head = isPing(c)
    ? tr(lang, `Network is unreachable: ${where} the kernel has no route to ${to}, so ping could not send a single packet.`,
      `网络不可达：${where}内核没有通往 ${to} 的路由，ping 连一个包都发不出去。`)
    : tr(lang, `Network is unreachable: ${where} no route covers ${to}, so a packet for it could not be sent at all.`,
      `网络不可达：${where}没有任何路由覆盖 ${to}，发往它的报文根本发不出去。`);
  // The address is not known (only the error text was given): both usual causes, the first one the article's.
  if (target === '?' && !s) return [head, tr(lang,
    `In a new namespace lo is down, and without lo there is no route even to 127.0.0.1: if that was the address, bring lo up in that namespace (${code('ip -n NS link set lo up')}).`,
    `新建的命名空间里 lo 默认是关闭的，lo 不启用，连 127.0.0.1 都没有路由：如果 ping 的正是它，就在那个命名空间里启用 lo（${code('ip -n 命名空间 link set lo up')}）。`),
  tr(lang,
    'For another address: either the interface that leads there is down or has no address, or no route covers it.',
    '如果是别的地址：要么通往那里的接口没启用或没有地址，要么没有任何路由覆盖它。')];
  const targetAddr = parseAddress(target);
  if (targetAddr && isLoopback(targetAddr) && (!lo || !lo.up)) return [head, tr(lang,
    `A new namespace starts with lo down, and without lo there is no route even to ${target}. Bring it up: ${code(`${ipIn(ns)}link set lo up`)}.`,
    `新建的命名空间里 lo 默认是关闭的，lo 不启用，连 ${target} 都没有路由。先启用它：${code(`${ipIn(ns)}link set lo up`)}。`)];
  if (!s || !netns) return [head, tr(lang,
    'Either the interface that leads there is down or has no address, or no route covers this address.',
    '要么通往那里的接口没启用或没有地址，要么没有任何路由覆盖这个地址。')];
  // A down interface takes its connected routes with it.
  const downWithSubnet = netns.links.find((l) => !l.up && l.addrs.some((a) => a.family === 'inet' && ipv4RouteCovers(a.cidr, target)));
  if (downWithSubnet) return [head, tr(lang,
    `${target} is in the subnet of ${downWithSubnet.name}, but ${downWithSubnet.name} is down, and a down interface takes its routes with it: ${code(`${ipIn(ns)}link set ${downWithSubnet.name} up`)}.`,
    `${target} 属于 ${downWithSubnet.name} 的子网，但 ${downWithSubnet.name} 没有启用，接口关闭时它的路由也随之消失：${code(`${ipIn(ns)}link set ${downWithSubnet.name} up`)}。`)];
  const routes = routesOf(netns);
  const have = routes.length > 0
    ? tr(lang, `Its routes cover only ${joinList(routes, lang)}.`, `这里的路由只覆盖 ${joinList(routes, lang)}。`)
    : tr(lang, 'It has no routes at all: apart from lo, no interface there is up with an IPv4 address.', '这里一条路由都没有：除了 lo，没有任何接口既已启用又有 IPv4 地址。');
  const owner = ownersOf(s, target)[0];
  const local = owner ? netns.links.find((l) => l.peer?.name === owner.link.name && l.peer.netns === owner.ns) : undefined;
  const port = local?.master ? netns.links.find((l) => l.name === local.master) : undefined;
  if (owner && local && port && !ipv4Of(port)) {
    const suggestion = freeAddress(s, owner.cidr, target, true);
    if (suggestion) return [head, have, tr(lang,
      `${target} is on ${owner.link.name} ${inNs(owner.ns, lang)}, behind ${local.name}, a port of ${port.name}. A port only carries frames; to join that network, ${nsName(ns, lang)} needs an address on the bridge itself: ${code(`${ipIn(ns)}addr add ${suggestion} dev ${port.name}`)}.`,
      `${target} 在${inNs(owner.ns, lang)}的 ${owner.link.name} 上，位于 ${port.name} 的端口 ${local.name} 后面。端口只转发帧；要加入那个网络，${nsName(ns, lang)}得在网桥本身上配地址：${code(`${ipIn(ns)}addr add ${suggestion} dev ${port.name}`)}。`)];
  }
  if (owner && local && !local.master && !ipv4Of(local)) {
    const suggestion = freeAddress(s, owner.cidr, target);
    if (suggestion) return [head, have, tr(lang,
      `${target} is on ${owner.link.name} ${inNs(owner.ns, lang)}; give ${local.name} an address in the same subnet: ${code(`${ipIn(ns)}addr add ${suggestion} dev ${local.name}`)}.`,
      `${target} 在${inNs(owner.ns, lang)}的 ${owner.link.name} 上；给 ${local.name} 配一个同网段的地址：${code(`${ipIn(ns)}addr add ${suggestion} dev ${local.name}`)}。`)];
  }
  const gw = gatewayTowards(s, ns, target);
  if (gw) return [head, have, viaGatewayHint(ns, target, gw, lang)];
  const net = ipv4Net(`${target}/24`);
  const dest = net ? `${ipv4Text(net.first)}/24` : target;
  return [head, have, tr(lang,
    `Put both ends in one subnet, or add a route: ${code(`${ipIn(ns)}route add ${dest} via GATEWAY`)}.`,
    `让两端处于同一网段，或者加一条路由：${code(`${ipIn(ns)}route add ${dest} via 网关`)}。`)];
}

/** ping got no reply (Destination Host Unreachable, or 100% loss). */
export function explainNoReply(c: ErrorContext, hostUnreachable: boolean): string[] {
  const { lang, snapshot: s } = c;
  const ns = c.target.ns;
  const target = targetOf(c);
  const head = hostUnreachable
    ? tr(lang, `Destination Host Unreachable: ${target} is in a subnet on the link, but nobody there answered ARP for it.`,
      `Destination Host Unreachable（目标主机不可达）：${target} 属于链路上的子网，但链路上没人回应对它的 ARP 询问。`)
    : tr(lang, 'Every request was lost: they went out, but no reply came back.', '所有请求都丢了：报文发出去了，却没有任何应答回来。');
  const netns = s ? findNetns(s, ns) : undefined;
  if (!s || !netns || parseAddress(target)?.family !== 4) return [head, tr(lang,
    'Check both ends: each must be up, with an address in the same subnet (a veth carries nothing until both of its ends are up). Through a gateway, the gateway must forward and routes are needed in both directions.',
    '检查两端：都要启用，而且地址要在同一网段（veth 要两端都启用才能传东西）。经过网关时，网关必须打开转发，而且两个方向都需要路由。')];
  const route = routeTo(netns, target);
  const out = route?.dev ? netns.links.find((l) => l.name === route.dev) : undefined;
  const hop = route?.gateway ?? target;
  return [head, cause(s, ns, out, hop, target, lang)];
}

function cause(s: Snapshot, ns: string, out: Link | undefined, hop: string, target: string, lang: Lang): string {
  const generic = tr(lang, 'Check both ends: each must be up, with an address in the same subnet.', '检查两端：都要启用，而且地址要在同一网段。');
  if (!out) return generic;
  const peer = peerOf(s, out);
  if (peer && !peer.link.up) return tr(lang,
    `${out.name} has no carrier: its other end, ${peer.link.name} ${inNs(peer.ns, lang)}, is down. Bring it up: ${code(`${ipIn(peer.ns)}link set ${peer.link.name} up`)}.`,
    `${out.name} 没有载波：它的另一端，${inNs(peer.ns, lang)}的 ${peer.link.name}，还没启用。启用它：${code(`${ipIn(peer.ns)}link set ${peer.link.name} up`)}。`);
  const owners = ownersOf(s, hop);
  if (owners.length === 0) {
    if (peer && !ipv4Of(peer.link)) {
      const mine = out.addrs.find((a) => a.family === 'inet');
      const prefix = mine ? `/${mine.prefixlen}` : '/24';
      return tr(lang,
        `Nobody in the lab has ${hop}: the other end of ${out.name}, ${peer.link.name} ${inNs(peer.ns, lang)}, has no IPv4 address yet: ${code(`${ipIn(peer.ns)}addr add ${hop}${prefix} dev ${peer.link.name}`)}.`,
        `实验里没有谁的地址是 ${hop}：${out.name} 的另一端，${inNs(peer.ns, lang)}的 ${peer.link.name}，还没有 IPv4 地址：${code(`${ipIn(peer.ns)}addr add ${hop}${prefix} dev ${peer.link.name}`)}。`);
    }
    const theirs = peer ? ipv4Of(peer.link) : null;
    return theirs
      ? tr(lang, `Nobody in the lab has ${hop}. The other end of ${out.name}, ${peer!.link.name} ${inNs(peer!.ns, lang)}, has ${theirs}: did you mean ${theirs.split('/')[0]}?`,
        `实验里没有谁的地址是 ${hop}。${out.name} 的另一端（${inNs(peer!.ns, lang)}的 ${peer!.link.name}）的地址是 ${theirs}，是不是想 ping ${theirs.split('/')[0]}？`)
      : tr(lang, `Nobody in the lab has the address ${hop}.`, `实验里没有谁的地址是 ${hop}。`);
  }
  const owner = owners[0]!;
  if (!owner.link.up) return tr(lang,
    `${hop} is on ${owner.link.name} ${inNs(owner.ns, lang)}, but that interface is down: ${code(`${ipIn(owner.ns)}link set ${owner.link.name} up`)}.`,
    `${hop} 在${inNs(owner.ns, lang)}的 ${owner.link.name} 上，但那个接口没有启用：${code(`${ipIn(owner.ns)}link set ${owner.link.name} up`)}。`);
  const wired = peer && peer.ns === owner.ns && peer.link.name === owner.link.name;
  if (!wired && out.master === null && owner.link.master === null && owner.ns !== ns) return tr(lang,
    `${hop} belongs to ${owner.link.name} ${inNs(owner.ns, lang)}, which is not wired to ${out.name}: a veth joins only its own two ends.`,
    `${hop} 属于${inNs(owner.ns, lang)}的 ${owner.link.name}，它和 ${out.name} 之间没有连线：一对 veth 只连接它自己的两端。`);
  const src = out.addrs.find((a) => a.family === 'inet')?.local;
  const back = findNetns(s, owner.ns);
  if (src && back && !back.routes.some((r) => ipv4RouteCovers(r.dst, src))) return tr(lang,
    `${owner.link.name} ${inNs(owner.ns, lang)} has ${owner.cidr}, a different subnet from ${out.name}'s ${ipv4Of(out)}: the request arrives, but ${owner.ns === '' ? 'the host' : owner.ns} has no route back to ${src}. Put both ends in one subnet.`,
    `${inNs(owner.ns, lang)}的 ${owner.link.name} 的地址是 ${owner.cidr}，和 ${out.name} 的 ${ipv4Of(out)} 不在同一网段：请求能到，但对方没有回到 ${src} 的路由。让两端处于同一网段。`);
  if (hop !== target && back?.sysctls['net.ipv4.ip_forward'] === '0') return tr(lang,
    `The gateway ${hop} ${inNs(owner.ns, lang)} does not forward packets: net.ipv4.ip_forward is 0 there, so it drops requests addressed to others without a word. Turn it on: ${forwardCommand(owner.ns)}.`,
    `网关 ${hop}（${inNs(owner.ns, lang)}）不转发报文：那里的 net.ipv4.ip_forward 是 0，所以发给别人的请求被它一声不响地丢掉了。打开转发：${forwardCommand(owner.ns)}。`);
  if (hop !== target && src) return beyondGateway(s, hop, target, src, lang) ?? generic;
  return generic;
}

/** The gateway forwards: what stops the requests or the replies on the far side. */
function beyondGateway(s: Snapshot, hop: string, target: string, src: string, lang: Lang): string | null {
  const far = ownersOf(s, target)[0];
  if (!far) return tr(lang,
    `The gateway ${hop} passes the requests on, but nobody in the lab has the address ${target}.`,
    `网关 ${hop} 把请求转了出去，但实验里没有谁的地址是 ${target}。`);
  if (!far.link.up) return tr(lang,
    `${target} is on ${far.link.name} ${inNs(far.ns, lang)}, which is down: ${code(`${ipIn(far.ns)}link set ${far.link.name} up`)}.`,
    `${target} 在${inNs(far.ns, lang)}的 ${far.link.name} 上，但它没有启用：${code(`${ipIn(far.ns)}link set ${far.link.name} up`)}。`);
  const farNs = findNetns(s, far.ns);
  if (!farNs || farNs.routes.some((r) => ipv4RouteCovers(r.dst, src))) return null;
  const gw = gatewayTowards(s, far.ns, src);
  const fix = gw ? tr(lang, ` Give it a way back: ${code(`${ipIn(far.ns)}route add default via ${gw.ip}`)}.`, `给它一条回来的路：${code(`${ipIn(far.ns)}route add default via ${gw.ip}`)}。`) : '';
  return tr(lang,
    `The requests reach ${target} (${far.link.name} ${inNs(far.ns, lang)}), but ${nsName(far.ns, lang)} has no route back to ${src}, so its replies go nowhere. Routes are needed in both directions.${fix}`,
    `请求能到达 ${target}（${inNs(far.ns, lang)}的 ${far.link.name}），但${nsName(far.ns, lang)}没有回到 ${src} 的路由，应答无处可去。两个方向都需要路由。${fix}`);
}
