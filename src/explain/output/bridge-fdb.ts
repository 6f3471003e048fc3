/**
 * Explains `bridge fdb` output, the forwarding database: which MAC address
 * is behind which port, learned or permanent, the bridge's or the device's
 * own. Pure.
 */
import type { Lang } from '../../i18n/lang.ts';
import type { Annotation, OutputExplanation } from './types.ts';
import { code, joinList, tr } from '../shared/wording.ts';
import { LineNotes, type Token, tokenize } from './tokens.ts';

const MAC = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i;

/** What kind of address a MAC is, from its first bytes. */
function macKind(mac: string): 'broadcast' | 'ipv6-multicast' | 'ipv4-multicast' | 'multicast' | 'unicast' {
  const m = mac.toLowerCase();
  if (m === 'ff:ff:ff:ff:ff:ff') return 'broadcast';
  if (m.startsWith('33:33:')) return 'ipv6-multicast';
  if (m.startsWith('01:00:5e:')) return 'ipv4-multicast';
  return (parseInt(m.slice(0, 2), 16) & 1) !== 0 ? 'multicast' : 'unicast';
}

function macNote(mac: string, lang: Lang): string {
  switch (macKind(mac)) {
    case 'broadcast': return tr(lang, `${mac}: the broadcast address.`, `${mac}：广播地址。`);
    case 'ipv6-multicast': return tr(lang, `${mac}: an IPv6 multicast address (33:33:…), one an interface listens to, e.g. for neighbour discovery.`, `${mac}：IPv6 组播地址（33:33:…），接口在监听它，比如用于邻居发现。`);
    case 'ipv4-multicast': return tr(lang, `${mac}: an IPv4 multicast address (01:00:5e:…), one an interface listens to.`, `${mac}：IPv4 组播地址（01:00:5e:…），接口在监听它。`);
    case 'multicast': return tr(lang, `${mac}: a multicast MAC address.`, `${mac}：组播 MAC 地址。`);
    case 'unicast': return tr(lang, `${mac}: the MAC address of one interface somewhere on this network.`, `${mac}：网络上某一块网卡的 MAC 地址。`);
  }
}

type Entry = { mac: string; dev: string | null; master: string | null; self: boolean; permanent: boolean; static: boolean };

/** What one entry means as a whole, noted on its MAC address. */
function entryNote(e: Entry, lang: Lang): string {
  const dev = e.dev ?? '?';
  if (macKind(e.mac) !== 'unicast') return macNote(e.mac, lang);
  if (e.master !== null && !e.permanent && !e.static) return tr(lang,
    `${e.mac}: learned: frames from this address came in on ${dev}, so ${e.master} sends frames for it out of ${dev} only.`,
    `${e.mac}：学到的：源地址是它的帧从 ${dev} 进来过，所以 ${e.master} 把发给它的帧只从 ${dev} 发出。`);
  if (e.master !== null && e.permanent) return tr(lang,
    `${e.mac}: ${dev}'s own MAC address: frames for it are for this host itself and are never forwarded.`,
    `${e.mac}：${dev} 自己的 MAC 地址：发给它的帧是给本机的，永远不会被转发。`);
  return macNote(e.mac, lang);
}

const WORDS: Record<string, [string, string]> = {
  self: ['self: an entry of the device\'s own table (its address filter), not learned by a bridge.', 'self：设备自己那张表（地址过滤表）里的记录，不是网桥学来的。'],
  permanent: ['permanent: fixed: it never ages out (an interface\'s own or listened-to address, or added by hand).', 'permanent：固定记录，永不过期（接口自己的或正在监听的地址，或手工添加的）。'],
  static: ['static: added by hand; it never ages out, but unlike permanent it is forwarded to.', 'static：手工添加，永不过期；和 permanent 不同，发往它的帧会被转发。'],
  extern_learn: ['extern_learn: learned by something outside the bridge (a driver or a daemon).', 'extern_learn：由网桥以外的东西（驱动或守护进程）学到的。'],
  offload: ['offload: also programmed into the hardware.', 'offload：也写进了硬件。'],
  sticky: ['sticky: it may not move to another port.', 'sticky：不允许移到别的端口。'],
};

export function explainBridgeFdb(lines: readonly string[], lang: Lang): OutputExplanation {
  const annotations: Annotation[] = [];
  const entries: Entry[] = [];
  lines.forEach((line, i) => {
    const notes = new LineNotes(i);
    const toks = tokenize(line);
    const macTok = toks[0];
    if (!macTok || !MAC.test(macTok.text)) return;
    const e: Entry = { mac: macTok.text, dev: null, master: null, self: false, permanent: false, static: false };
    const pairs: [Token, Token, string][] = [];
    for (let k = 1; k < toks.length; k += 1) {
      const t = toks[k]!;
      const v = toks[k + 1];
      if ((t.text === 'dev' || t.text === 'master' || t.text === 'vlan' || t.text === 'dst') && v) {
        if (t.text === 'dev') e.dev = v.text;
        if (t.text === 'master') e.master = v.text;
        pairs.push([t, v, t.text]);
        k += 1;
      } else if (Object.hasOwn(WORDS, t.text)) {
        if (t.text === 'self') e.self = true;
        if (t.text === 'permanent') e.permanent = true;
        if (t.text === 'static') e.static = true;
        notes.span(t, undefined, tr(lang, WORDS[t.text]![0], WORDS[t.text]![1]));
      }
    }
    notes.span(macTok, undefined, entryNote(e, lang));
    for (const [t, v, key] of pairs) {
      const note = key === 'dev'
        ? tr(lang, `dev ${v.text}: the port (or device) behind which this address is.`, `dev ${v.text}：这个地址在哪个端口（或设备）后面。`)
        : key === 'master'
          ? tr(lang, `master ${v.text}: an entry of bridge ${v.text}'s forwarding table.`, `master ${v.text}：网桥 ${v.text} 转发表里的一条记录。`)
          : key === 'vlan'
            ? tr(lang, `vlan ${v.text}: valid for this VLAN only.`, `vlan ${v.text}：只对这个 VLAN 有效。`)
            : tr(lang, `dst ${v.text}: the remote end of a tunnel this address is reached through.`, `dst ${v.text}：到这个地址要经过的隧道远端。`);
      notes.span(t, v, note);
    }
    entries.push(e);
    annotations.push(...notes.list);
  });
  return { family: 'bridge-fdb', annotations, summary: summary(entries, lang) };
}

function summary(entries: readonly Entry[], lang: Lang): string[] {
  if (entries.length === 0) return [tr(lang,
    'The table is empty: no bridge or device has an entry to show.',
    '这张表是空的：没有任何网桥或设备有记录可显示。')];
  const learned = entries.filter((e) => e.master !== null && !e.permanent && !e.static);
  const out: string[] = [];
  if (learned.length > 0) out.push(tr(lang,
    `Learned: ${joinList(learned.map((e) => `${e.mac} behind ${e.dev ?? '?'}`), lang)}. The bridge read these from the source of frames arriving on each port; they are forgotten after about five minutes without traffic (ageing_time).`,
    `学到的：${joinList(learned.map((e) => `${e.dev ?? '?'} 后面的 ${e.mac}`), lang)}。这是网桥从各端口进来的帧的源地址里读到的；大约五分钟没有流量就会被忘掉（ageing_time）。`));
  else out.push(tr(lang,
    'Nothing learned yet: no frame has come in on a working port (are the cables up at both ends?).',
    '还什么都没学到：还没有帧从正常工作的端口进来（网线两端都启用了吗？）。'));
  out.push(tr(lang,
    'A frame for a known address goes out of that one port; for an unknown address or a broadcast, the bridge floods it out of every port except the one it came in on.',
    '发往已知地址的帧只从那一个端口发出；发往未知地址的帧或广播帧，网桥会从除了来路以外的每个端口各发一份（泛洪）。'));
  const fixed = entries.length - learned.length;
  if (fixed > 0) out.push(tr(lang,
    `The other ${fixed} entr${fixed === 1 ? 'y was' : 'ies were'} not learned: the interfaces' own and multicast addresses, or entries added by hand; ${code('bridge fdb show br BRIDGE | grep -v permanent')} hides the permanent ones.`,
    `另外 ${fixed} 条记录不是学来的：它们是各接口自己的地址、组播地址或手工添加的记录；${code('bridge fdb show br 网桥 | grep -v permanent')} 可以把 permanent 的记录藏起来。`));
  return out;
}
