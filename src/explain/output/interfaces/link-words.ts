/** Notes on the words after an interface header and on the `link/…` and `-d` lines. Pure. */
import { mtuNote, qdiscNote, stateNote } from './link-notes.ts';
import { tr } from '../../shared/wording.ts';
import type { WordContext, WordHandler } from './word-context.ts';

/** A keyword and its value, noted as one span; `note` gets the value. */
function pair(note: (v: string, c: WordContext) => string): WordHandler {
  return (c, i) => {
    const v = c.toks[i + 1];
    if (!v) return 1;
    c.notes.span(c.toks[i]!, v, note(v.text, c));
    return 2;
  };
}

export function isMac(s: string): boolean {
  return /^[0-9a-f]{2}(:[0-9a-f]{2})+$/i.test(s);
}

export function macNote(mac: string, c: WordContext): string {
  const { lang } = c;
  if (/^(00:)+00$/.test(mac)) return tr(lang, `${mac}: its hardware address, all zeros, as loopback has no hardware.`, `${mac}：硬件地址，全是 0，因为回环没有真正的硬件。`);
  const local = (parseInt(mac.slice(0, 2), 16) & 2) !== 0;
  const veth = c.f?.kind === 'veth' || (c.f?.at ?? null) !== null;
  if (local) return tr(lang,
    `${mac}: its MAC address, a locally administered one that the kernel made up${veth ? ' at random when the pair was created' : ''}.`,
    `${mac}：MAC 地址，属于本地管理地址，由内核生成${veth ? '（创建这对 veth 时随机选的）' : ''}。`);
  return tr(lang, `${mac}: this interface's MAC (hardware) address.`, `${mac}：这个接口的 MAC（硬件）地址。`);
}

export function linkLayer(c: WordContext, i: number): number {
  const t = c.toks[i]!;
  const type = t.text.slice('link/'.length);
  c.linkType = type;
  const { lang } = c;
  const note = type === 'loopback' ? tr(lang, 'link/loopback: the link layer is loopback.', 'link/loopback：链路层是回环。')
    : type === 'ether' ? tr(lang, 'link/ether: the link layer is Ethernet (a veth behaves like an Ethernet card).', 'link/ether：链路层是以太网（veth 的表现就像一块以太网卡）。')
      : type === 'none' ? tr(lang, 'link/none: no link layer: it carries bare IP packets, without frames or MAC addresses (a tun device).', 'link/none：没有链路层，直接传 IP 报文，没有帧也没有 MAC 地址（tun 设备就是这样）。')
        : type === 'ieee802.11' ? tr(lang, 'link/ieee802.11: the link layer is Wi-Fi.', 'link/ieee802.11：链路层是 Wi-Fi。')
          : tr(lang, `link/${type}: the link layer type.`, `link/${type}：链路层类型。`);
  c.notes.span(t, undefined, note);
  const mac = c.toks[i + 1];
  if (mac && isMac(mac.text)) {
    c.notes.span(mac, undefined, macNote(mac.text, c));
    return 2;
  }
  return 1;
}

function brd(c: WordContext, i: number): number {
  const v = c.toks[i + 1];
  if (!v) return 1;
  const { lang } = c;
  let note: string;
  if (!isMac(v.text)) note = tr(lang, `brd ${v.text}: this subnet's broadcast address (its last address).`, `brd ${v.text}：这个子网的广播地址（最后一个地址）。`);
  else if (c.linkType === 'loopback') note = tr(lang, `brd ${v.text}: the broadcast address, all zeros too on loopback.`, `brd ${v.text}：广播地址，回环上也全是 0。`);
  else note = tr(lang, `brd ${v.text}: the broadcast address: a frame sent to it reaches every host on the link.`, `brd ${v.text}：广播地址，发往它的帧会到达链路上的每台主机。`);
  c.notes.span(c.toks[i]!, v, note);
  return 2;
}

function minMax(c: WordContext, i: number): number {
  const min = c.toks[i + 1];
  const maxKey = c.toks[i + 2];
  const max = c.toks[i + 3];
  if (!min) return 1;
  if (maxKey?.text === 'maxmtu' && max) {
    if (max.text === '0') {
      c.notes.span(c.toks[i]!, max, tr(c.lang, 'no MTU limits reported for this device.', '这个设备没有报告 MTU 的取值范围。'));
      return 4;
    }
    c.notes.span(c.toks[i]!, max, tr(c.lang, `the MTU may be set between ${min.text} and ${max.text}.`, `MTU 可以设置在 ${min.text} 到 ${max.text} 之间。`));
    return 4;
  }
  return 2;
}

/** A run of words that share one note (`numtxqueues 2 numrxqueues 2`, the offload limits). */
function run(prefixes: readonly string[], note: (c: WordContext) => string): WordHandler {
  return (c, i) => {
    let j = i;
    while (j + 1 < c.toks.length && prefixes.some((p) => c.toks[j]!.text.startsWith(p))) j += 2;
    if (j === i) return 1;
    c.notes.span(c.toks[i]!, c.toks[j - 1], note(c));
    return j - i;
  };
}

const OFFLOAD = ['gso_max_', 'tso_max_', 'gro_max_', 'gso_ipv4_max_', 'gro_ipv4_max_'];

/** Handlers for the words of link lines, by keyword. */
export const LINK_WORDS: Record<string, WordHandler> = {
  mtu: pair((v, c) => mtuNote(v, c.lang)),
  qdisc: pair((v, c) => qdiscNote(v, c.lang)),
  state: pair((v, c) => c.f ? stateNote(v, c.f, c.lang) : tr(c.lang, `state ${v}: the operational state.`, `state ${v}：运行状态。`)),
  mode: pair((v, c) => tr(c.lang, `mode ${v}: the link mode; DEFAULT is the usual one (DORMANT is for Wi-Fi supplicants).`, `mode ${v}：链路模式；通常是 DEFAULT（DORMANT 用于 Wi-Fi 认证程序）。`)),
  group: pair((v, c) => tr(c.lang, `group ${v}: an interface group, a label for acting on many interfaces at once${v === 'default' ? '; "default" is group 0' : ''}.`, `group ${v}：接口组，用来一次操作多个接口${v === 'default' ? '；default 就是 0 号组' : ''}。`)),
  qlen: pair((v, c) => tr(c.lang, `qlen ${v}: up to ${v} packets may wait in its transmit queue.`, `qlen ${v}：发送队列里最多可以排 ${v} 个报文。`)),
  master: pair((v, c) => tr(c.lang, `master ${v}: enslaved to ${v}: its frames go through that bridge (or bond).`, `master ${v}：它挂在 ${v} 上，帧要经过这个网桥（或 bond）。`)),
  'link-netns': pair((v, c) => tr(c.lang, `link-netns ${v}: the other end lives in namespace ${v}.`, `link-netns ${v}：另一端在命名空间 ${v} 里。`)),
  'link-netnsid': pair((v, c) => tr(c.lang,
    `link-netnsid ${v}: the other end lives in a namespace that has no name under /var/run/netns, known from here by the id ${v}; in this lab that is usually the host.`,
    `link-netnsid ${v}：另一端所在的命名空间在 /var/run/netns 下没有名字，从这里看它的编号是 ${v}；在本实验里通常就是主机。`)),
  brd,
  permaddr: pair((v, c) => tr(c.lang, `permaddr ${v}: the address burnt into the hardware; the one shown before it was set by software.`, `permaddr ${v}：硬件出厂地址；前面显示的那个是软件设置的。`)),
  altname: pair((v, c) => tr(c.lang, `altname ${v}: another name for the same interface.`, `altname ${v}：同一个接口的另一个名字。`)),
  alias: pair((v, c) => tr(c.lang, `alias: a free-text description of the interface.`, `alias：接口的文字说明。`)),
  promiscuity: pair((v, c) => tr(c.lang, `promiscuity ${v}: how many users asked for promiscuous mode${v === '0' ? ' (none)' : ''}.`, `promiscuity ${v}：请求混杂模式的使用者数${v === '0' ? '（没有）' : ''}。`)),
  allmulti: pair((v, c) => tr(c.lang, `allmulti ${v}: how many users asked to receive all multicast.`, `allmulti ${v}：请求接收全部组播的使用者数。`)),
  minmtu: minMax,
  addrgenmode: pair((v, c) => tr(c.lang, `addrgenmode ${v}: how the IPv6 link-local address is made${v === 'eui64' ? ' (eui64: from the MAC address)' : ''}.`, `addrgenmode ${v}：IPv6 链路本地地址的生成方式${v === 'eui64' ? '（eui64：由 MAC 地址推出）' : ''}。`)),
  numtxqueues: run(['numtxqueues', 'numrxqueues'], (c) => tr(c.lang, 'how many transmit and receive queues the device has.', '设备的发送队列和接收队列个数。')),
  ...Object.fromEntries(OFFLOAD.map((p) => [`${p}size`, run(OFFLOAD, (c) => tr(c.lang, 'offload limits: how large a batch of packets the kernel may hand over in one go.', '分段卸载的上限：内核一次最多能交出多大的一批报文。'))])),
};

/** The note on a kind word at the start of a `-d` line. */
export function kindNote(kind: string, c: WordContext): string {
  const { lang } = c;
  const known: Record<string, [string, string]> = {
    veth: ['a veth, one end of a virtual cable', 'veth，一根虚拟网线的一端'],
    bridge: ['a bridge; its settings follow', '网桥，后面是它的参数'],
    bridge_slave: ['this interface is a port of a bridge; its port settings follow', '这个接口是网桥的一个端口，后面是端口参数'],
    bond: ['a bond: several interfaces acting as one', 'bond：多块网卡合成一块'],
    bond_slave: ['this interface is part of a bond', '这个接口属于一个 bond'],
    vlan: ['a VLAN: frames get an 802.1Q tag with the id that follows', 'VLAN：帧会打上后面这个 id 的 802.1Q 标签'],
    tun: ['a tun/tap device, read and written by a program', 'tun/tap 设备，由程序读写'],
    dummy: ['a dummy device that drops what it is sent', 'dummy 设备，发给它的都丢弃'],
  };
  const k = known[kind];
  return k ? tr(lang, `kind: ${k[0]}.`, `类型：${k[1]}。`) : tr(lang, `kind: ${kind}.`, `类型：${kind}。`);
}
