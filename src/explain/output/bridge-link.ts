/**
 * Explains `bridge link` output: one line per bridge port (index, name, the
 * misleading `@…`, flags, master, port state, STP settings) and, with `-d`,
 * the port options below it. Pure.
 */
import type { Lang } from '../../i18n/lang.ts';
import type { Annotation, OutputExplanation } from './types.ts';
import { type Iface, parseHeader } from './interfaces/parse.ts';
import { flagNote, ifindexNote, mtuNote } from './interfaces/link-notes.ts';
import { code, joinList, tr } from '../shared/wording.ts';
import { LineNotes, tokenize } from './tokens.ts';

const PORT_STATES: Record<string, [string, string]> = {
  forwarding: ['state forwarding: the port passes frames in and out of the bridge, and learns from them.', 'state forwarding：端口正在转发，帧可以进出网桥，网桥也从中学习。'],
  disabled: ['state disabled: the port passes nothing: its interface is down or has no carrier (for a veth: is the other end up?).', 'state disabled：端口什么都不转发：它的接口关闭了或没有载波（对 veth 来说：另一端启用了吗？）。'],
  listening: ['state listening: spanning tree is on and the port is still checking for loops; it passes nothing yet.', 'state listening：开启了生成树，端口还在检查有没有环路，暂时什么都不转发。'],
  learning: ['state learning: spanning tree is on; the port learns addresses but does not forward yet.', 'state learning：开启了生成树，端口在学习地址，但还不转发。'],
  blocking: ['state blocking: spanning tree blocked this port to break a loop.', 'state blocking：生成树为了打破环路阻塞了这个端口。'],
};

/** Port options printed by `bridge -d link`, the ones worth a note: [on, off] in English, then in Chinese. */
const OPTIONS: Record<string, readonly [string, string, string, string]> = {
  learning: ['the bridge learns the source MAC addresses of frames arriving on this port', 'the bridge does not learn from frames arriving on this port',
    '网桥会记下从这个端口进来的帧的源 MAC 地址', '网桥不从这个端口进来的帧学习地址'],
  flood: ['frames for unknown addresses are copied out of this port too', 'frames for unknown addresses are not sent out of this port',
    '目的地址未知的帧也会从这个端口复制一份发出', '目的地址未知的帧不会从这个端口发出'],
  hairpin: ['a frame may go back out of the port it came in on', 'a frame never goes back out of the port it came in on',
    '帧可以从它进来的端口再发回去', '帧永远不会从它进来的端口发回去'],
  isolated: ['an isolated port: it talks only to ports that are not isolated', 'not isolated: it talks to every other port',
    '隔离端口：只能和未隔离的端口通信', '未隔离：可以和其他所有端口通信'],
  bcast_flood: ['broadcasts go out of this port', 'broadcasts do not go out of this port', '广播帧会从这个端口发出', '广播帧不会从这个端口发出'],
  mcast_flood: ['multicast for unknown groups goes out of this port', 'multicast for unknown groups does not go out of this port',
    '目的组未知的组播帧会从这个端口发出', '目的组未知的组播帧不会从这个端口发出'],
};

type Port = { name: string; master: string | null; state: string | null; line: number; at: string | null };

/** The note on `@X`: the port's link, looked up by number in this namespace, so not to be trusted. */
function atNote(at: string, lang: Lang): string {
  const num = /^if(\d+)$/.exec(at)?.[1];
  if (num !== undefined) return tr(lang,
    `@${at}: the interface this port is linked to, for a veth its other end, which is number ${num} in its own namespace.`,
    `@${at}：这个端口所连接的接口，对 veth 来说就是另一端，它在自己的命名空间里编号为 ${num}。`);
  return tr(lang,
    `@${at}: bridge looks up the number of the port's link (for a veth, its other end) in this namespace. When that end lives in another namespace, ${at} is just the local interface that happens to have the same number, not the peer; ${code('master')} says which bridge the port belongs to.`,
    `@${at}：bridge 拿端口所连接接口（对 veth 是另一端）的编号，在当前命名空间里查名字。如果那一端在别的命名空间里，${at} 只是本地恰好编号相同的接口，并不是对端；端口属于哪个网桥，要看 ${code('master')}。`);
}

export function explainBridgeLink(lines: readonly string[], lang: Lang): OutputExplanation {
  const annotations: Annotation[] = [];
  const ports: Port[] = [];
  lines.forEach((line, i) => {
    const notes = new LineNotes(i);
    const h = parseHeader(line);
    if (!h) {
      const toks = tokenize(line);
      toks.forEach((t, k) => {
        const v = toks[k + 1];
        const o = Object.hasOwn(OPTIONS, t.text) ? OPTIONS[t.text] : undefined;
        if (o && v && (v.text === 'on' || v.text === 'off')) {
          const on = v.text === 'on';
          notes.span(t, v, tr(lang, `${t.text} ${v.text}: ${on ? o[0] : o[1]}.`, `${t.text} ${v.text}：${on ? o[2] : o[3]}。`));
        }
      });
      annotations.push(...notes.list);
      return;
    }
    const port: Port = { name: h.name, master: null, state: null, line: i, at: h.at };
    const f: Iface = {
      line: i, ifindex: h.ifindex, name: h.name, at: h.at, flags: h.flags.map((x) => x.text), hasFlags: h.flagList !== null,
      state: null, kind: h.at !== null ? 'veth' : null, linkNetns: null, linkNetnsid: null, inet: [], inet6: [],
    };
    notes.add(0, h.indexEnd, ifindexNote(h.ifindex, lang));
    notes.add(h.nameStart, h.nameEnd, tr(lang,
      `${h.name}: a port of a bridge: an interface plugged into it, which carries frames in and out and has no IP address of its own.`,
      `${h.name}：网桥的一个端口，也就是插在网桥上的接口，负责把帧送进送出，自己没有 IP 地址。`));
    if (h.at) notes.add(h.atStart, h.atEnd, atNote(h.at, lang));
    for (const fl of h.flags) notes.add(fl.start, fl.end, flagNote(fl.text, f, 'ip ', lang));
    const toks = tokenize(line.slice(h.rest)).map((t) => ({ ...t, start: t.start + h.rest, end: t.end + h.rest }));
    for (let k = 0; k < toks.length; k += 1) {
      const t = toks[k]!;
      const v = toks[k + 1];
      if (!v) break;
      if (t.text === 'mtu') notes.span(t, v, mtuNote(v.text, lang));
      else if (t.text === 'master') {
        port.master = v.text;
        notes.span(t, v, tr(lang, `master ${v.text}: the bridge this port is plugged into.`, `master ${v.text}：这个端口插在哪个网桥上。`));
      } else if (t.text === 'state') {
        port.state = v.text;
        const s: readonly [string, string] = Object.hasOwn(PORT_STATES, v.text) ? PORT_STATES[v.text]! : [`state ${v.text}: the port's state in the bridge.`, `state ${v.text}：端口在网桥中的状态。`];
        notes.span(t, v, tr(lang, s[0], s[1]));
      } else if (t.text === 'priority') notes.span(t, v, tr(lang, `priority ${v.text}: the port's priority for the spanning tree protocol (unused while it is off).`, `priority ${v.text}：端口在生成树协议中的优先级（生成树关闭时不起作用）。`));
      else if (t.text === 'cost') notes.span(t, v, tr(lang, `cost ${v.text}: the port's path cost for the spanning tree protocol.`, `cost ${v.text}：端口在生成树协议中的路径开销。`));
      else continue;
      k += 1;
    }
    ports.push(port);
    annotations.push(...notes.list);
  });
  return { family: 'bridge-link', annotations, summary: summary(ports, lang) };
}

function summary(ports: readonly Port[], lang: Lang): string[] {
  if (ports.length === 0) return [tr(lang,
    `No bridge has a port yet: plug an interface in with ${code('ip link set DEV master BRIDGE')}.`,
    `还没有任何网桥有端口：用 ${code('ip link set 接口 master 网桥')} 把接口插上去。`)];
  const out: string[] = [];
  const bridges = [...new Set(ports.map((p) => p.master ?? '?'))];
  for (const b of bridges) {
    const mine = ports.filter((p) => (p.master ?? '?') === b).map((p) => p.name);
    out.push(tr(lang, `Port${mine.length === 1 ? '' : 's'} of ${b} listed here: ${joinList(mine, lang)}.`, `这里列出的 ${b} 的端口：${joinList(mine, lang)}。`));
  }
  const idle = ports.filter((p) => p.state !== null && p.state !== 'forwarding').map((p) => p.name);
  if (idle.length > 0) out.push(tr(lang,
    `Not forwarding: ${joinList(idle, lang)}; nothing passes through ${idle.length === 1 ? 'it' : 'them'} until the cable has a carrier (both ends up).`,
    `没有在转发：${joinList(idle, lang)}；要等网线有了载波（两端都启用）才会有数据通过。`));
  else out.push(tr(lang, 'Every port is forwarding: frames pass between them.', '所有端口都在转发：帧可以在它们之间传递。'));
  if (ports.some((p) => p.at !== null && !/^if\d+$/.test(p.at) && p.at !== '' && bridges.includes(p.at))) out.push(tr(lang,
    'A port shown as NAME@BRIDGE is not linked to its bridge: that is its peer\'s interface number, read in the wrong namespace.',
    '显示为 NAME@BRIDGE 形式的端口并不是连在网桥上：@ 后面是用它对端的接口编号在错误的命名空间里查出来的名字。'));
  return out;
}
