/** Explains `ip route` output: destination, via, dev, proto, scope, src, metric, flags. Pure. */
import type { Lang } from '../../i18n/lang.ts';
import type { Annotation, OutputExplanation } from './types.ts';
import { rangeOf } from '../../net/ip-address.ts';
import { code, joinList, tr } from '../shared/wording.ts';
import { LineNotes, type Token, tokenize } from './tokens.ts';

const TYPES = new Set(['unicast', 'local', 'broadcast', 'multicast', 'unreachable', 'blackhole', 'prohibit', 'throw', 'nat', 'anycast']);

function dstNote(dst: string, lang: Lang): string {
  if (dst === 'default') return tr(lang, 'default: the route for every address that no other route covers.', 'default：默认路由，其他路由都不匹配的地址走这一条。');
  const r = rangeOf(dst);
  if (r && dst.includes('/')) return tr(lang, `destination ${dst}: the addresses ${r.first}–${r.last}.`, `目的网段 ${dst}：${r.first}–${r.last} 这些地址。`);
  return tr(lang, `destination ${dst}.`, `目的地 ${dst}。`);
}

function typeNote(t: string, lang: Lang): string {
  const known: Record<string, [string, string]> = {
    local: ['local: an address of this namespace itself; packets to it are delivered here.', 'local：本命名空间自己的地址，发往它的报文在本地接收。'],
    broadcast: ['broadcast: a broadcast address, sent to every host on the link.', 'broadcast：广播地址，发给链路上的所有主机。'],
    unreachable: ['unreachable: packets to it are refused with "unreachable".', 'unreachable：发往这里的报文会被拒绝并报“不可达”。'],
    blackhole: ['blackhole: packets to it are dropped silently.', 'blackhole：发往这里的报文被悄悄丢弃。'],
    prohibit: ['prohibit: packets to it are refused as administratively prohibited.', 'prohibit：发往这里的报文被拒绝（管理上禁止）。'],
    multicast: ['multicast: a multicast route.', 'multicast：组播路由。'],
  };
  const k = known[t];
  return k ? tr(lang, k[0], k[1]) : tr(lang, `${t}: the route's type.`, `${t}：路由类型。`);
}

function protoNote(p: string, lang: Lang): string {
  if (p === 'kernel') return tr(lang, 'proto kernel: the kernel added this route by itself when an address was put on the interface.', 'proto kernel：给接口配置地址时，内核自动加上的路由。');
  if (p === 'static' || p === 'boot') return tr(lang, `proto ${p}: added by hand (ip route add).`, `proto ${p}：手工添加的（ip route add）。`);
  if (p === 'dhcp') return tr(lang, 'proto dhcp: added by the DHCP client.', 'proto dhcp：由 DHCP 客户端添加。');
  if (p === 'ra') return tr(lang, 'proto ra: learnt from an IPv6 router advertisement.', 'proto ra：从 IPv6 路由通告学到的。');
  return tr(lang, `proto ${p}: who added the route.`, `proto ${p}：路由的来源。`);
}

function scopeNote(s: string, lang: Lang): string {
  if (s === 'link') return tr(lang, 'scope link: the destination is right on this link; no router needed.', 'scope link：目的地就在这条链路上，不需要经过路由器。');
  if (s === 'host') return tr(lang, 'scope host: the destination is this namespace itself.', 'scope host：目的地就是本命名空间自己。');
  return tr(lang, `scope ${s}: how far the destination is.`, `scope ${s}：目的地的范围。`);
}

const PAIRS: Record<string, (v: string, lang: Lang) => string> = {
  via: (v, lang) => tr(lang, `via ${v}: the next hop: packets are handed to the router at ${v}, which must be reachable directly.`, `via ${v}：下一跳，报文交给 ${v} 这台路由器转发，它必须是直接可达的。`),
  dev: (v, lang) => tr(lang, `dev ${v}: packets leave through ${v}.`, `dev ${v}：报文从 ${v} 发出。`),
  proto: protoNote,
  scope: scopeNote,
  src: (v, lang) => tr(lang, `src ${v}: the source address for packets this namespace sends by this route.`, `src ${v}：按这条路由发包时使用的源地址。`),
  metric: (v, lang) => tr(lang, `metric ${v}: the route's cost; among routes to the same destination the lowest wins.`, `metric ${v}：路由开销，去往同一目的地时取最小的。`),
  table: (v, lang) => tr(lang, `table ${v}: the routing table it belongs to.`, `table ${v}：所属的路由表。`),
  pref: (v, lang) => tr(lang, `pref ${v}: the router's preference (IPv6).`, `pref ${v}：路由器优先级（IPv6）。`),
  expires: (v, lang) => tr(lang, `expires ${v}: the route disappears after that time.`, `expires ${v}：到时路由会消失。`),
  mtu: (v, lang) => tr(lang, `mtu ${v}: the largest packet for this route.`, `mtu ${v}：这条路由的最大报文长度。`),
};

const FLAGS: Record<string, [string, string]> = {
  linkdown: ['linkdown: the interface has no carrier, so the route is not used for now.', 'linkdown：接口没有载波，这条路由暂时不可用。'],
  onlink: ['onlink: the next hop is treated as on the link even if no address says so.', 'onlink：即使没有地址表明，也把下一跳当作在本链路上。'],
  dead: ['dead: the next hop is unusable.', 'dead：下一跳不可用。'],
};

type RouteSeen = { dst: string; via: string | null; dev: string | null; linkdown: boolean };

export function explainIpRoute(lines: readonly string[], lang: Lang): OutputExplanation {
  const annotations: Annotation[] = [];
  const routes: RouteSeen[] = [];
  lines.forEach((line, i) => {
    const notes = new LineNotes(i);
    const toks = tokenize(line);
    let k = 0;
    if (toks[0] && TYPES.has(toks[0].text)) { notes.span(toks[0], undefined, typeNote(toks[0].text, lang)); k = 1; }
    const dst: Token | undefined = toks[k];
    if (!dst || line.startsWith(' ') || line.startsWith('\t')) { annotations.push(...notes.list); return; }
    notes.span(dst, undefined, dstNote(dst.text, lang));
    const seen: RouteSeen = { dst: dst.text, via: null, dev: null, linkdown: false };
    for (k += 1; k < toks.length; k += 1) {
      const t = toks[k]!;
      const v = toks[k + 1];
      const pair = Object.hasOwn(PAIRS, t.text) ? PAIRS[t.text] : undefined;
      if (pair && v) {
        notes.span(t, v, pair(v.text, lang));
        if (t.text === 'via') seen.via = v.text;
        if (t.text === 'dev') seen.dev = v.text;
        k += 1;
      } else if (Object.hasOwn(FLAGS, t.text)) {
        notes.span(t, undefined, tr(lang, FLAGS[t.text]![0], FLAGS[t.text]![1]));
        if (t.text === 'linkdown') seen.linkdown = true;
      }
    }
    routes.push(seen);
    annotations.push(...notes.list);
  });
  return { family: 'ip-route', annotations, summary: routeSummary(routes, lang) };
}

function routeSummary(routes: readonly RouteSeen[], lang: Lang): string[] {
  if (routes.length === 0) return [tr(lang,
    'No routes in this table: ping to any address fails at once with "Network is unreachable".',
    '这张表里没有任何路由：ping 任何地址都会立刻报“Network is unreachable”（网络不可达）。')];
  const out: string[] = [];
  const direct = routes.filter((r) => r.dst !== 'default' && r.via === null && r.dev !== null);
  if (direct.length > 0) out.push(tr(lang,
    `Reached directly: ${joinList(direct.map((r) => `${r.dst} through ${r.dev}`), lang)}.`,
    `直接可达：${joinList(direct.map((r) => `经 ${r.dev} 到 ${r.dst}`), lang)}。`));
  const def = routes.find((r) => r.dst === 'default');
  if (def) out.push(def.via
    ? tr(lang, `Everything else goes to the router ${def.via}.`, `其他地址都交给路由器 ${def.via}。`)
    : tr(lang, `Everything else leaves through ${def.dev ?? '?'}.`, `其他地址都从 ${def.dev ?? '?'} 发出。`));
  else out.push(tr(lang,
    `No default route: any address outside these prefixes is unreachable from here (${code('connect: Network is unreachable')}).`,
    `没有默认路由：这些网段以外的地址都不可达（${code('connect: 网络不可达')}）。`));
  const down = routes.filter((r) => r.linkdown).map((r) => r.dst);
  if (down.length > 0) out.push(tr(lang, `Not usable now (no carrier): ${joinList(down, lang)}.`, `暂时不可用（没有载波）：${joinList(down, lang)}。`));
  return out;
}
