/** The tutor's Chinese words: explain-error. */
import type { ExplainErrorRulesWords, ExplainErrorWords } from '../en/explain-error.ts';
import { explainErrorIp } from './explain-error-ip.ts';
import { explainErrorPing } from './explain-error-ping.ts';

const code = (s: string): string => `\`${s}\``;

const rules: ExplainErrorRulesWords = {
  whyFailed: '为什么失败：',
  whereUnknown: '命令运行的那个命名空间里',

  abbrevReadAs: (word, kw) =>
    `iproute2 把 ${code(word)} 当成了关键字 ${code(kw)} 的缩写（它的关键字都可以只写开头几个字母），所以 ${code(word)} 没有被当作接口名。`,
  abbrevSayName: (fixed) => `在可能被误认成关键字的名字前面加上 ${code('name')}：${code(fixed)}。`,
  kwLladdr: (word) =>
    `iproute2 把 ${code(word)} 当成了链路层（MAC）地址，可它不是：MAC 地址是用冒号连起来的六个两位十六进制数，例如 02:00:00:00:00:01。`,
  kwLladdrCommandWord: (word) =>
    `${code(word)} 是命令里的一个词，说明它前面的那个词被当成了关键字 ${code('address')}：iproute2 的关键字都可以缩写（a、ad、addr……），名字像缩写的接口会被当成关键字。在这样的名字前面加上 ${code('name')}：${code('ip link add name 名字 type veth peer name 对端名字')}。`,
  kwTxqueuelen: (word) =>
    `iproute2 把 ${code(word)} 当成了 ${code('txqueuelen')}（发送队列长度，一个数）的值：它前面的词被当成了这个关键字，因为 iproute2 的关键字都可以缩写（t、tx、txq……）。接口名可能被误认成关键字时，在它前面加上 ${code('name')}：${code('ip link add name 名字 type veth peer name 对端名字')}。`,

  garbageOneAddress: (word) => `一条命令只能加一个地址：读到 ${code(word)} 时，iproute2 已经有一个地址了。`,
  garbageAddrDev: (word) =>
    `${code('ip addr add')} 要求接口名写在 ${code('dev')} 后面：iproute2 把前面的一个词当成了地址，却不知道 ${code(word)} 是什么。`,
  garbageAddrWrite: (word) => `应该写成 ${code(`ip addr add 地址/前缀 dev ${word}`)}。`,
  garbageAddrTook: (address, word) =>
    `${code('ip addr add')} 要求接口名写在 ${code('dev')} 后面：iproute2 把 ${code(address)} 当成了地址，却不知道 ${code(word)} 是什么。`,
  garbageWrite: (fixed) => `应该写成 ${code(fixed)}。`,
  garbageHelpAny: 'ip 对象 help',
  garbageOrder: (key, word, help) =>
    `读到 ${code(word)} 时，iproute2 已经有了 ${code(key)} 的值，不知道这个词是做什么的。检查一下词的顺序：${code(help)} 会列出正确写法。`,
  garbageAbbrev: `常见的原因：接口名恰好是某个关键字的缩写（${code('l')} 是 ${code('link')}，${code('a')} 是 ${code('address')}），iproute2 把它当成了关键字。在名字前面加上 ${code('name')}：${code('ip link add name 名字 type veth peer name 对端名字')}。`,

  permNetns: 'Operation not permitted（不允许的操作）：创建命名空间需要 root 权限，因为 ip netns add 要把它挂载到 /run/netns 下。',
  permNetwork: 'Operation not permitted（不允许的操作）：修改网络设置需要该命名空间里的管理员权限（CAP_NET_ADMIN），内核拒绝了。请以 root 身份运行。',
  installHow: (apt, dnf) => `安装方法：Debian/Ubuntu 用 ${code(`sudo apt-get install ${apt}`)}，Fedora/RHEL 用 ${code(`sudo dnf install ${dnf}`)}。`,
  installAny: '请安装提供它的软件包，或者换一条命令。',
  installMissing: (name) => `这台机器上没有安装 ${code(name)}。实验环境用的是宿主机自己的程序，所以只能运行宿主机上装了的程序。`,

  nexthopUnknown: (gw, at) =>
    `${at}，${gw === '?' ? '网关' : `网关 ${gw}`} 不属于任何直接可达的网段，内核没法把报文交给它。网关必须是邻居：那里某个已启用、有地址的接口所在网段里的地址。`,
  nexthopListDirect: (ip) => `${code(`${ip}route`)} 会列出直接可达的网段（不带 ${code('via')} 的路由）；用路由器在其中某个网段上的地址。`,
  nexthopOnly: (list, _count, inNs) => `${inNs}能直接到达的只有 ${list}。`,
  nexthopNothing: '那里还没有直接可达的网段：没有接口既已启用又有地址。',
  nexthopNotNeighbour: (gw, at) => `${at}，网关 ${gw} 不属于任何直接可达的网段，内核没法把报文交给它。`,
  nexthopMustNeighbour: '网关必须是这些链路上的邻居。',
  nexthopOtherLeg: (p) =>
    `${p.gw} 在${p.ownerIn}的 ${p.link} 上，属于另一个网络；从${p.hereName}看，同一个 ${p.ownerName} 的地址是 ${p.address}（${p.dev}）：${code(p.cmd)}。`,

  routeGetRefused: (inNs, dst) => `没有到主机的路由：${inNs}覆盖 ${dst} 的路由会拒绝报文（unreachable 或 prohibit 路由）。`,
  routeGetForward: (dst, iif, name) => `没有到主机的路由：从 ${iif} 进来、发往 ${dst} 的报文是给别人的，${name}得转发它。`,
  routeGetForwardWhy: (dst, fwd) => `要么那里的转发是关闭的（net.ipv4.ip_forward 是 0：用 ${fwd} 打开），要么那里没有通往 ${dst} 的路由。`,
  routeGetForwardOff: (dst, iif, name) =>
    `没有到主机的路由：从 ${iif} 进来、发往 ${dst} 的报文是给别人的，${name}得转发它，而那里的转发是关闭的（net.ipv4.ip_forward 是 0）。`,
  routeGetForwardOn: (fwd) => `在打开转发之前，它的路由只供它自己发出的报文使用：${fwd}。`,
  routeGetNowhere: (inNs, iif, dst) => `没有到主机的路由：${inNs}没有哪条路由能把从 ${iif} 进来的报文送到 ${dst}。`,

  netnsExists: (name) => `命名空间 ${name} 已经存在了。`,
  netnsExistsFix: (name) => `${code('ip netns list')} 能看到它；想重来的话，用 ${code(`ip netns del ${name}`)} 删掉它。`,
  badPrefix: (word) => `${word} 不是合法的地址：四个数都要在 0 到 255 之间，后面可以带 0 到 32 的 /前缀（例如 192.0.0.1/24）。`,
  execNoProgram: (prog) => `没有名为 ${prog} 的程序：ip netns exec 是在命名空间里运行一个程序，所以命名空间名后面必须是一条命令，比如 ip 或 ping。`,
  unknownType: '内核不认识这种接口类型：可能这台机器缺少对应的内核模块，也可能类型名拼错了（veth、bridge、dummy……）。',
  unreachableText: '网络不可达：没有任何路由覆盖命令里的那个地址（`ip route get` 的目的地，或者路由 `via` 后面的网关），内核不知道该把发往它的报文交给谁。',
  unreachableTextFix: '不带网关的路由来自已启用且有地址的接口；`ip route` 会列出它们。启用接口、给它配上那个网段的地址，或者加一条路由。',
  noRouteText: '没有到主机的路由：覆盖这个地址的路由会拒绝报文（unreachable 或 prohibit 路由）；或者对 `ip route get … iif 接口` 来说，报文需要转发，而转发是关闭的（net.ipv4.ip_forward 是 0）或者无路可走。',
  noSuchEntry: '没有这一项可删除或修改（对路由来说：没有目的地完全相同的路由）。',
  cannotAssign: '那个接口上没有这个地址，所以没有东西可删。',
};

export const explainError: ExplainErrorWords = { ...rules, ...explainErrorIp, ...explainErrorPing };
