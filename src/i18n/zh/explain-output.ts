/** The tutor's Chinese words: explain-output, assembled from the same parts as en/. */
import type { ExplainOutputWords } from '../en/explain-output.ts';
import { explainOutputRoute } from './explain-output-route.ts';
import { explainOutputPing } from './explain-output-ping.ts';
import { explainOutputInterfaces } from './explain-output-interfaces.ts';
import { explainOutputIfaceWords } from './explain-output-iface-words.ts';

const code = (s: string): string => `\`${s}\``;

export const explainOutput: ExplainOutputWords = {
  renderInShort: '小结：',

  neighAddr: (addr, v6) => `${addr}：直连链路上一个邻居的 ${v6 ? 'IPv6 ' : 'IP '}地址，本命名空间曾尝试直接联系它。`,
  neighDev: (dev) => `dev ${dev}：它所在的链路。`,
  neighLladdr: (mac, v6, addr) => `lladdr ${mac}：它的 MAC 地址，通过 ${v6 ? '邻居发现' : 'ARP'} 得知；发往 ${addr} 的帧就发给这个地址。`,
  neighRouter: 'router：这个邻居声明自己是路由器。',
  neighState: {
    REACHABLE: 'REACHABLE：刚刚确认过可达。',
    STALE: 'STALE：已知，但最近没有确认过；下次使用时会重新确认。',
    DELAY: 'DELAY：即将重新确认。',
    PROBE: 'PROBE：正在确认。',
    FAILED: 'FAILED：没人回答对这个地址的 ARP 询问，链路上没有主机使用这个地址。',
    INCOMPLETE: 'INCOMPLETE：询问已发出，还没有回应。',
    PERMANENT: 'PERMANENT：手工添加，永不过期。',
    NOARP: 'NOARP：这条链路不需要 ARP。',
    NONE: 'NONE：还没有状态。',
  },
  neighEmpty: '邻居表是空的：还没有给任何邻居发过包（跨链路 ping 一次就会有记录）。',
  neighCount: (n) => `ARP 缓存里有 ${n} 个邻居：本命名空间收集到的 IP 到 MAC 的对应关系。`,
  neighFailed: (addrs, n) => `${addrs} 没有应答：那条链路上没有主机使用${n === 1 ? '这个地址' : '这些地址'}。`,

  netnsName: (name) => `${name}：一个有名字的网络命名空间，有自己独立的网卡、地址和路由；是 ${code(`ip netns add ${name}`)} 创建的。`,
  netnsId: (id, name) =>
    `(id: ${id})：当前命名空间给 ${name} 分配的编号。只有两者之间有了联系（比如一对 veth 各在一边）才会分配编号，所以移动网卡之后才看得到它。`,
  netnsNone: `还没有任何有名字的命名空间，用 ${code('ip netns add 名字')} 创建。你所在的命名空间不会列出来：主机没有名字。`,
  netnsCount: (n, names) => `共 ${n} 个有名字的命名空间：${names}，按目录里的顺序列出。`,
  netnsNoIds: '它们都还没有 id：只有和当前命名空间发生联系（比如把 veth 的一端移过去）后才会分配 id。',

  lsNetnsMissing: 'ls 读不到这个目录：第一次执行 ip netns add 之前它还不存在。',
  lsNetnsFile: (name) =>
    `${name}：ip netns add 为命名空间 ${name} 创建的文件。即使里面没有任何程序在运行，这个文件也让命名空间继续存在，并提供 ip netns exec 所用的名字。`,
  lsNetnsNone: '没有命名空间文件：还没有任何有名字的命名空间。',
  lsNetnsCount: (n, names) => `共 ${n} 个命名空间文件：${names}，和 ${code('ip netns list')} 显示的名字一样。`,

  fdbMacBroadcast: (mac) => `${mac}：广播地址。`,
  fdbMacIpv6Multicast: (mac) => `${mac}：IPv6 组播地址（33:33:…），接口在监听它，比如用于邻居发现。`,
  fdbMacIpv4Multicast: (mac) => `${mac}：IPv4 组播地址（01:00:5e:…），接口在监听它。`,
  fdbMacMulticast: (mac) => `${mac}：组播 MAC 地址。`,
  fdbMacUnicast: (mac) => `${mac}：网络上某一块网卡的 MAC 地址。`,
  fdbLearned: (mac, dev, master) => `${mac}：学到的：源地址是它的帧从 ${dev} 进来过，所以 ${master} 把发给它的帧只从 ${dev} 发出。`,
  fdbOwn: (mac, dev) => `${mac}：${dev} 自己的 MAC 地址：发给它的帧是给本机的，永远不会被转发。`,
  fdbFlag: {
    self: 'self：设备自己那张表（地址过滤表）里的记录，不是网桥学来的。',
    permanent: 'permanent：固定记录，永不过期（接口自己的或正在监听的地址，或手工添加的）。',
    static: 'static：手工添加，永不过期；和 permanent 不同，发往它的帧会被转发。',
    extern_learn: 'extern_learn：由网桥以外的东西（驱动或守护进程）学到的。',
    offload: 'offload：也写进了硬件。',
    sticky: 'sticky：不允许移到别的端口。',
  },
  fdbDev: (v) => `dev ${v}：这个地址在哪个端口（或设备）后面。`,
  fdbMaster: (v) => `master ${v}：网桥 ${v} 转发表里的一条记录。`,
  fdbVlan: (v) => `vlan ${v}：只对这个 VLAN 有效。`,
  fdbDst: (v) => `dst ${v}：到这个地址要经过的隧道远端。`,
  fdbEmpty: '这张表是空的：没有任何网桥或设备有记录可显示。',
  fdbLearnedItem: (mac, dev) => `${dev} 后面的 ${mac}`,
  fdbLearnedSummary: (items) =>
    `学到的：${items}。这是网桥从各端口进来的帧的源地址里读到的；大约五分钟没有流量就会被忘掉（ageing_time）。`,
  fdbNothingLearned: '还什么都没学到：还没有帧从正常工作的端口进来（网线两端都启用了吗？）。',
  fdbFlooding: '发往已知地址的帧只从那一个端口发出；发往未知地址的帧或广播帧，网桥会从除了来路以外的每个端口各发一份（泛洪）。',
  fdbNotLearned: (n) =>
    `另外 ${n} 条记录不是学来的：它们是各接口自己的地址、组播地址或手工添加的记录；${code('bridge fdb show br 网桥 | grep -v permanent')} 可以把 permanent 的记录藏起来。`,

  portState: {
    forwarding: 'state forwarding：端口正在转发，帧可以进出网桥，网桥也从中学习。',
    disabled: 'state disabled：端口什么都不转发：它的接口关闭了或没有载波（对 veth 来说：另一端启用了吗？）。',
    listening: 'state listening：开启了生成树，端口还在检查有没有环路，暂时什么都不转发。',
    learning: 'state learning：开启了生成树，端口在学习地址，但还不转发。',
    blocking: 'state blocking：生成树为了打破环路阻塞了这个端口。',
  },
  portStateOther: (state) => `state ${state}：端口在网桥中的状态。`,
  portOption: {
    learning: { on: '网桥会记下从这个端口进来的帧的源 MAC 地址', off: '网桥不从这个端口进来的帧学习地址' },
    flood: { on: '目的地址未知的帧也会从这个端口复制一份发出', off: '目的地址未知的帧不会从这个端口发出' },
    hairpin: { on: '帧可以从它进来的端口再发回去', off: '帧永远不会从它进来的端口发回去' },
    isolated: { on: '隔离端口：只能和未隔离的端口通信', off: '未隔离：可以和其他所有端口通信' },
    bcast_flood: { on: '广播帧会从这个端口发出', off: '广播帧不会从这个端口发出' },
    mcast_flood: { on: '目的组未知的组播帧会从这个端口发出', off: '目的组未知的组播帧不会从这个端口发出' },
  },
  portOptionNote: (option, value, meaning) => `${option} ${value}：${meaning}。`,
  portAtIndex: (at, num) => `@${at}：这个端口所连接的接口，对 veth 来说就是另一端，它在自己的命名空间里编号为 ${num}。`,
  portAtName: (at) =>
    `@${at}：bridge 拿端口所连接接口（对 veth 是另一端）的编号，在当前命名空间里查名字。如果那一端在别的命名空间里，${at} 只是本地恰好编号相同的接口，并不是对端；端口属于哪个网桥，要看 ${code('master')}。`,
  portName: (name) => `${name}：网桥的一个端口，也就是插在网桥上的接口，负责把帧送进送出，自己没有 IP 地址。`,
  portMaster: (v) => `master ${v}：这个端口插在哪个网桥上。`,
  portPriority: (v) => `priority ${v}：端口在生成树协议中的优先级（生成树关闭时不起作用）。`,
  portCost: (v) => `cost ${v}：端口在生成树协议中的路径开销。`,
  portNone: `还没有任何网桥有端口：用 ${code('ip link set 接口 master 网桥')} 把接口插上去。`,
  portList: (bridge, n, names) => `这里列出的 ${bridge} 的端口：${names}。`,
  portIdle: (names, n) => `没有在转发：${names}；要等网线有了载波（两端都启用）才会有数据通过。`,
  portAllForwarding: '所有端口都在转发：帧可以在它们之间传递。',
  portAtBridge: '显示为 NAME@BRIDGE 形式的端口并不是连在网桥上：@ 后面是用它对端的接口编号在错误的命名空间里查出来的名字。',

  ...explainOutputRoute,
  ...explainOutputPing,
  ...explainOutputInterfaces,
  ...explainOutputIfaceWords,
};
