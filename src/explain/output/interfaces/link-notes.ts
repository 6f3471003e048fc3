/** What the words of an interface header mean, in English and Chinese. Pure. */
import type { Lang } from '../../../i18n/lang.ts';
import { type Iface, findIface, looksVeth } from './parse.ts';
import { code, tr } from '../../shared/wording.ts';

/** The note on the ifindex. */
export function ifindexNote(n: number, lang: Lang): string {
  return tr(lang,
    `the interface index (ifindex): this interface's number inside this namespace; another namespace may use ${n} for a different interface.`,
    `接口编号（ifindex）：它在当前命名空间里的序号，别的命名空间里 ${n} 号可能是另一块网卡。`);
}

/** What a name says, from the kind when known, else from naming habits. */
export function nameNote(f: Iface, all: readonly Iface[], lang: Lang): string {
  const n = f.name;
  if (n === 'lo') return tr(lang,
    'lo, the loopback interface: every namespace has its own, and in a new namespace it starts DOWN.',
    'lo 是回环网卡：每个命名空间都有自己的一块，新建的命名空间里它默认是关闭的。');
  if (looksVeth(f, all)) return tr(lang,
    `${n}: one end of a veth pair, a virtual cable with two ends; what goes in one end comes out of the other.`,
    `${n}：veth pair 的一端。veth pair 像一根有两个头的虚拟网线，从一头进去的数据从另一头出来。`);
  const kind = f.kind ?? guessKind(n);
  const what: Record<string, [string, string]> = {
    bridge: ['a bridge, a virtual switch joining the interfaces enslaved to it', '网桥，即虚拟交换机，把挂在它上面的接口连在一起'],
    vlan: ['a VLAN interface: it tags frames with a VLAN id and sends them through the device after @', 'VLAN 接口：给帧打上 VLAN 标签，再经 @ 后面的设备发出'],
    tun: ['a tun device: a program reads and writes IP packets through it (VPNs do this)', 'tun 设备：程序通过它读写 IP 报文（VPN 常这样做）'],
    bond: ['a bond: several interfaces acting as one', 'bond：把几块网卡合成一块用'],
    wifi: ['by its name, a Wi-Fi card', '从名字看是一块无线网卡'],
    ethernet: ['by its name, an Ethernet card', '从名字看是一块以太网卡'],
    wireguard: ['a WireGuard tunnel', 'WireGuard 隧道'],
    dummy: ['a dummy interface: it accepts packets and drops them', 'dummy 接口：接收报文然后丢弃'],
  };
  const w = what[kind ?? ''];
  if (w) return tr(lang, `${n}: ${w[0]}.`, `${n}：${w[1]}。`);
  if (kind) return tr(lang, `${n}: an interface of kind ${kind}.`, `${n}：类型为 ${kind} 的接口。`);
  return tr(lang, `${n}: the interface's name.`, `${n}：接口名。`);
}

function guessKind(name: string): string | null {
  if (/^(docker\d|br-|virbr|br\d|cni|vmbr)/.test(name)) return 'bridge';
  if (/\.\d+$/.test(name)) return 'vlan';
  if (/^(tun|tap)\d/.test(name)) return 'tun';
  if (/^bond\d/.test(name)) return 'bond';
  if (/^(wlan|wlp|wlx)/.test(name)) return 'wifi';
  if (/^(eth\d|en[opsx])/.test(name)) return 'ethernet';
  if (/^wg\d/.test(name)) return 'wireguard';
  return null;
}

/** The note on `@peer`, `@ifN` or `@lower`. */
export function atNote(f: Iface, all: readonly Iface[], lang: Lang): string {
  const at = f.at ?? '';
  const num = /^if(\d+)$/.exec(at)?.[1];
  const veth = looksVeth(f, all);
  if (num !== undefined) {
    const where = f.linkNetns !== null
      ? tr(lang, `namespace ${f.linkNetns}`, `命名空间 ${f.linkNetns} 中`)
      : tr(lang, 'another namespace', '另一个命名空间中');
    return veth
      ? tr(lang, `@${at}: the other end of the pair is interface ${num} in ${where}; from here iproute2 can show only its number, not its name.`,
        `@${at}：这对 veth 的另一端是${where}编号为 ${num} 的接口；从这里 iproute2 只能看到编号，看不到名字。`)
      : tr(lang, `@${at}: the interface it is tied to is number ${num} in ${where}.`, `@${at}：与它相连的是${where}编号为 ${num} 的接口。`);
  }
  if (veth) {
    const here = findIface(all, at) !== undefined;
    return tr(lang,
      `@${at}: the other end of this veth pair is ${at}${here ? ', in this same namespace' : ''}.`,
      `@${at}：这对 veth 的另一端是 ${at}${here ? '，也在当前命名空间里' : ''}。`);
  }
  if (f.kind === 'vlan' || f.kind === 'macvlan' || f.kind === 'ipvlan' || /\.\d+$/.test(f.name)) return tr(lang,
    `@${at}: the device it sits on (its lower device); its frames go out through ${at}.`,
    `@${at}：它所依附的下层设备，它的帧经由 ${at} 发出。`);
  return tr(lang,
    `@${at}: the interface it is tied to: for a veth its other end, for a VLAN the device it sits on.`,
    `@${at}：与它相连的接口：对 veth 是另一端，对 VLAN 是它依附的设备。`);
}

/** The note on a flag list without UP. */
export function notUpNote(f: Iface, ipPrefix: string, lang: Lang): string {
  const cmd = code(`${ipPrefix}link set ${f.name} up`);
  return tr(lang,
    `No UP among the flags: ${f.name} is administratively down, so it neither sends nor receives. ${cmd} brings it up.`,
    `标志里没有 UP：${f.name} 在管理上处于关闭状态，既不发也不收。用 ${cmd} 启用它。`);
}

/** The note on one flag. */
export function flagNote(flag: string, f: Iface, ipPrefix: string, lang: Lang): string {
  const veth = f.name !== 'lo' && (f.kind === 'veth' || f.at !== null);
  switch (flag) {
    case 'UP': return tr(lang, `UP: administratively up: someone ran ${code(`${ipPrefix}link set ${f.name} up`)}.`,
      `UP：已在管理上启用，也就是执行过 ${code(`${ipPrefix}link set ${f.name} up`)}。`);
    case 'LOWER_UP': return veth
      ? tr(lang, 'LOWER_UP: the "cable" is live: the other end of the veth is up too.', 'LOWER_UP：“网线”是通的：veth 的另一端也已启用。')
      : tr(lang, 'LOWER_UP: the layer below is up: the device has carrier.', 'LOWER_UP：下层已连通，设备有载波。');
    case 'NO-CARRIER': return veth
      ? tr(lang, 'NO-CARRIER: up on this side, but no carrier: the other end of the veth is still down.', 'NO-CARRIER：这一端已启用，但没有载波：veth 的另一端还没启用。')
      : tr(lang, 'NO-CARRIER: up, but no signal on the wire (nothing plugged in, or the far side is down).', 'NO-CARRIER：已启用，但线路上没有信号（没插线，或对端没启用）。');
    case 'M-DOWN': return tr(lang, `M-DOWN: the interface after @ (${f.at ?? '?'}) is down.`, `M-DOWN：@ 后面的接口（${f.at ?? '?'}）处于关闭状态。`);
    case 'LOOPBACK': return tr(lang, 'LOOPBACK: a loopback device: what it sends comes straight back into this namespace.', 'LOOPBACK：回环设备，发出的数据直接回到本命名空间。');
    case 'BROADCAST': return tr(lang, 'BROADCAST: can send one frame to every host on its link at once (ARP relies on this).', 'BROADCAST：支持广播，一帧可以同时发给链路上所有主机（ARP 靠它工作）。');
    case 'MULTICAST': return tr(lang, 'MULTICAST: can send to groups of hosts; IPv6 neighbour discovery uses it.', 'MULTICAST：支持组播，可以发给一组主机；IPv6 邻居发现要用它。');
    case 'NOARP': return tr(lang, 'NOARP: does not use ARP to find its neighbours\' hardware addresses.', 'NOARP：不用 ARP 查找邻居的硬件地址。');
    case 'POINTOPOINT': return tr(lang, 'POINTOPOINT: a point-to-point link: one peer, no broadcast (tun devices, tunnels).', 'POINTOPOINT：点对点链路，只有一个对端，没有广播（如 tun 设备、隧道）。');
    case 'PROMISC': return tr(lang, 'PROMISC: takes in every frame on the link, not only those addressed to it (bridge ports, packet capture).', 'PROMISC：混杂模式，接收链路上所有的帧，不只是发给自己的（网桥端口、抓包时如此）。');
    case 'ALLMULTI': return tr(lang, 'ALLMULTI: takes in all multicast frames.', 'ALLMULTI：接收所有组播帧。');
    case 'SLAVE': return tr(lang, 'SLAVE: enslaved to a bond or team.', 'SLAVE：已被 bond 或 team 接管，作为从属设备。');
    case 'MASTER': return tr(lang, 'MASTER: a bond or team with devices enslaved to it.', 'MASTER：bond 或 team 主设备，下面挂着从属设备。');
    case 'DORMANT': return tr(lang, 'DORMANT: up, but waiting (for example for Wi-Fi authentication) before it carries traffic.', 'DORMANT：已启用，但还在等待（比如 Wi-Fi 认证）才能传数据。');
    case 'DYNAMIC': return tr(lang, 'DYNAMIC: its addresses may change (dial-up style links).', 'DYNAMIC：地址可能变化（拨号类链路）。');
    case 'ECHO': return tr(lang, 'ECHO: echoes the frames it sends (CAN devices).', 'ECHO：回显自己发出的帧（CAN 设备）。');
    default: return tr(lang, `${flag}: a flag the kernel set on this interface.`, `${flag}：内核给这个接口设置的标志。`);
  }
}

/** The note on `state X`, read together with the flags. */
export function stateNote(state: string, f: Iface, lang: Lang): string {
  const up = f.flags.includes('UP');
  switch (state) {
    case 'UP': return tr(lang, 'state UP: operational: it can carry traffic right now.', 'state UP：运行状态正常，现在就能收发数据。');
    case 'DOWN':
      if (f.hasFlags && !up) return tr(lang, 'state DOWN: not working, because it is administratively down (no UP flag).', 'state DOWN：不能工作，因为它在管理上是关闭的（没有 UP 标志）。');
      if (up) return tr(lang, 'state DOWN: up, but without carrier, so it cannot carry traffic yet.', 'state DOWN：已启用但没有载波，暂时还不能收发数据。');
      return tr(lang, 'state DOWN: not working (administratively down, or no carrier).', 'state DOWN：不能工作（管理上关闭，或者没有载波）。');
    case 'UNKNOWN': return f.name === 'lo'
      ? tr(lang, 'state UNKNOWN: loopback does not report a state. Normal: with the UP flag, lo works.', 'state UNKNOWN：回环网卡不报告运行状态。这很正常：有 UP 标志，lo 就能用。')
      : tr(lang, 'state UNKNOWN: the driver does not report a state; the flags tell more.', 'state UNKNOWN：驱动不报告运行状态，要看标志。');
    case 'LOWERLAYERDOWN': return tr(lang, 'state LOWERLAYERDOWN: up, but the layer below is down; for a veth, its other end is down.', 'state LOWERLAYERDOWN：本身已启用，但下层不通；对 veth 来说就是另一端还关着。');
    case 'DORMANT': return tr(lang, 'state DORMANT: up, but waiting for something before it carries traffic.', 'state DORMANT：已启用，但要等待某个条件满足才能传数据。');
    case 'NOTPRESENT': return tr(lang, 'state NOTPRESENT: the hardware behind it is missing.', 'state NOTPRESENT：它背后的硬件不存在。');
    case 'TESTING': return tr(lang, 'state TESTING: in a self-test.', 'state TESTING：正在自检。');
    default: return tr(lang, `state ${state}: the operational state the kernel reports.`, `state ${state}：内核报告的运行状态。`);
  }
}

/** The note on `qdisc X`. */
export function qdiscNote(q: string, lang: Lang): string {
  if (q === 'noop') return tr(lang, 'qdisc noop: the queueing discipline of a device that is down: it drops whatever it is given.', 'qdisc noop：关闭状态设备的排队规则，交给它的报文一律丢弃。');
  if (q === 'noqueue') return tr(lang, 'qdisc noqueue: no queue at all; packets go straight to the device (usual for lo and virtual devices once up).', 'qdisc noqueue：不排队，报文直接交给设备（lo 和虚拟设备启用后通常如此）。');
  return tr(lang, `qdisc ${q}: the queueing discipline that orders packets waiting to be sent.`, `qdisc ${q}：排队规则，决定待发送的报文怎么排队。`);
}

/** The note on `mtu N`. */
export function mtuNote(v: string, lang: Lang): string {
  const extra = v === '1500' ? tr(lang, ', the usual size on Ethernet', '，以太网的常用值')
    : v === '65536' ? tr(lang, '; loopback never leaves memory, so it can be large', '；回环数据不出内存，所以可以很大') : '';
  return tr(lang, `mtu ${v}: the largest packet, in bytes, it sends in one piece${extra}.`, `mtu ${v}：一次能发送的最大报文（MTU），单位字节${extra}。`);
}
