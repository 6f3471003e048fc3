/**
 * Explains `ip route get` output: the one route the kernel picks for an
 * address (gateway, device, source address), and the `cache` line under it.
 * Pure.
 */
import type { Lang } from '../../i18n/lang.ts';
import type { Annotation, OutputExplanation } from './types.ts';
import { code, tr } from '../shared/wording.ts';
import { LineNotes, tokenize } from './tokens.ts';

const TYPES: Record<string, [string, string]> = {
  local: ['local: the address is this namespace\'s own; the packet is delivered here, through lo.', 'local：这是本命名空间自己的地址，报文经 lo 在本地接收。'],
  broadcast: ['broadcast: a broadcast address: the packet goes to every host on the link.', 'broadcast：广播地址，报文发给链路上的所有主机。'],
  multicast: ['multicast: a multicast address.', 'multicast：组播地址。'],
  unreachable: ['unreachable: a route that refuses packets with "unreachable".', 'unreachable：会以“不可达”拒绝报文的路由。'],
  blackhole: ['blackhole: a route that drops packets silently.', 'blackhole：悄悄丢弃报文的路由。'],
  prohibit: ['prohibit: a route that refuses packets as prohibited.', 'prohibit：以“禁止”拒绝报文的路由。'],
};

const PAIRS: Record<string, (v: string, lang: Lang) => string> = {
  from: (v, lang) => tr(lang, `from ${v}: the source address the question was asked for.`, `from ${v}：查询时假定的源地址。`),
  via: (v, lang) => tr(lang, `via ${v}: the next hop: the packet is handed to the gateway ${v}, which passes it on; its IP destination stays the same.`, `via ${v}：下一跳：报文交给网关 ${v} 转发，IP 目的地址不变。`),
  dev: (v, lang) => tr(lang, `dev ${v}: the packet leaves through ${v}.`, `dev ${v}：报文从 ${v} 发出。`),
  src: (v, lang) => tr(lang, `src ${v}: the source address the kernel picks for packets this namespace sends there.`, `src ${v}：本命名空间发往那里的报文，内核会选用的源地址。`),
  uid: (v, lang) => tr(lang, `uid ${v}: the user the lookup was made for (routing rules can depend on it); ${v === '0' ? 'root' : 'this user'}.`, `uid ${v}：这次查询所代表的用户（路由规则可以按用户区分）；${v === '0' ? '这里是 root' : '就是这个用户'}。`),
  table: (v, lang) => tr(lang, `table ${v}: the routing table the route was found in.`, `table ${v}：在哪张路由表里找到的路由。`),
  iif: (v, lang) => tr(lang, `iif ${v}: the packet was taken to arrive on ${v}: the answer is what this namespace would do when forwarding it.`, `iif ${v}：假定报文从 ${v} 进来，所以这个回答说的是本命名空间转发它时的做法。`),
  oif: (v, lang) => tr(lang, `oif ${v}: the output interface asked for.`, `oif ${v}：查询时指定的出口接口。`),
  mtu: (v, lang) => tr(lang, `mtu ${v}: the largest packet on this path, as the kernel has learned it.`, `mtu ${v}：内核得知的这条路径上的最大报文长度。`),
  expires: (v, lang) => tr(lang, `expires ${v}: when the cached detail is forgotten.`, `expires ${v}：缓存的细节什么时候被忘掉。`),
  mark: (v, lang) => tr(lang, `mark ${v}: the firewall mark the question was asked for.`, `mark ${v}：查询时假定的防火墙标记。`),
};

type Seen = { dst: string; type: string | null; via: string | null; dev: string | null; src: string | null; from: string | null; iif: string | null };

export function explainRouteGet(lines: readonly string[], lang: Lang): OutputExplanation {
  const annotations: Annotation[] = [];
  const seen: Seen[] = [];
  let cur: Seen | null = null;
  lines.forEach((line, i) => {
    const notes = new LineNotes(i);
    const toks = tokenize(line);
    let k = 0;
    const indented = /^\s/.test(line);
    if (!indented) {
      const first = toks[0];
      if (first && Object.hasOwn(TYPES, first.text)) {
        notes.span(first, undefined, tr(lang, TYPES[first.text]![0], TYPES[first.text]![1]));
        k = 1;
      }
      const dst = toks[k];
      // An error (`RTNETLINK answers: …`) is not a route: the first word must be an address.
      if (!dst || !/^[0-9a-f.:]*\d[0-9a-f.:]*$/i.test(dst.text)) return;
      cur = { dst: dst.text, type: k === 1 ? first!.text : null, via: null, dev: null, src: null, from: null, iif: null };
      seen.push(cur);
      notes.span(dst, undefined, tr(lang, `${dst.text}: the address asked about.`, `${dst.text}：所查询的地址。`));
      k += 1;
    } else if (toks[0]?.text === 'cache') {
      notes.span(toks[0], undefined, tr(lang,
        'cache: what the kernel remembers about this destination (a learned MTU, a redirect); often nothing.',
        'cache：内核对这个目的地记住的细节（比如得知的 MTU、重定向），通常什么都没有。'));
      k = 1;
    }
    for (; k < toks.length; k += 1) {
      const t = toks[k]!;
      const v = toks[k + 1];
      if (t.text === '<local>') notes.span(t, undefined, tr(lang, '<local>: delivered to this namespace itself.', '<local>：在本命名空间本地接收。'));
      const pair = Object.hasOwn(PAIRS, t.text) ? PAIRS[t.text] : undefined;
      if (!pair || !v) continue;
      const lo = t.text === 'dev' && cur !== null && (cur as Seen).type === 'local';
      notes.span(t, v, lo ? tr(lang, `dev ${v.text}: delivered through the loopback device, without leaving this namespace.`, `dev ${v.text}：经回环设备在本地接收，不离开本命名空间。`) : pair(v.text, lang));
      if (cur !== null) {
        const c: Seen = cur;
        if (t.text === 'via') c.via = v.text;
        if (t.text === 'dev') c.dev = v.text;
        if (t.text === 'src') c.src = v.text;
        if (t.text === 'from') c.from = v.text;
        if (t.text === 'iif') c.iif = v.text;
      }
      k += 1;
    }
    annotations.push(...notes.list);
  });
  return { family: 'ip-route-get', annotations, summary: seen.map((s) => summaryOf(s, lang)) };
}

function summaryOf(s: Seen, lang: Lang): string {
  const dev = s.dev ?? '?';
  if (s.type === 'local') return tr(lang,
    `${s.dst} is this namespace's own address: nothing leaves; the packet goes through lo.`,
    `${s.dst} 是本命名空间自己的地址：什么都不会发出去，报文经 lo 送回本地。`);
  if (s.iif !== null) return s.via
    ? tr(lang, `A packet for ${s.dst}${s.from ? ` from ${s.from}` : ''} arriving on ${s.iif} is forwarded to the gateway ${s.via}, out of ${dev}.`,
      `从 ${s.iif} 进来、${s.from ? `来自 ${s.from}、` : ''}发往 ${s.dst} 的报文，会从 ${dev} 转发给网关 ${s.via}。`)
    : tr(lang, `A packet for ${s.dst}${s.from ? ` from ${s.from}` : ''} arriving on ${s.iif} is forwarded out of ${dev}, straight to ${s.dst}.`,
      `从 ${s.iif} 进来、${s.from ? `来自 ${s.from}、` : ''}发往 ${s.dst} 的报文，会从 ${dev} 直接转发给 ${s.dst}。`);
  const src = s.src ? tr(lang, `, with ${s.src} as its source address`, `，源地址用 ${s.src}`) : '';
  return s.via
    ? tr(lang, `To reach ${s.dst}, the packet goes out of ${dev} to the gateway ${s.via}${src}: ${s.dst} is not on a network this namespace reaches directly.`,
      `要到达 ${s.dst}，报文从 ${dev} 发给网关 ${s.via}${src}：${s.dst} 不在本命名空间直接可达的网络上。`)
    : tr(lang, `${s.dst} is reached directly: it is on the link behind ${dev}${src}. ${code('ip neigh')} shows its MAC address once it has been used.`,
      `${s.dst} 直接可达：它就在 ${dev} 所连的链路上${src}。用过之后，${code('ip neigh')} 会显示它的 MAC 地址。`);
}
