/** The tutor's Chinese words: explain-error, why a ping (or `ip route get`) failed. */
import type { ExplainErrorPingWords } from '../en/explain-error-ping.ts';

const code = (s: string): string => `\`${s}\``;

export const explainErrorPing: ExplainErrorPingWords = {
  unreachWhereComma: (where) => `${where}，`,
  unreachTheAddress: '那个地址',
  unreachPing: (where, to) => `网络不可达：${where}内核没有通往 ${to} 的路由，ping 连一个包都发不出去。`,
  unreachRoute: (where, to) => `网络不可达：${where}没有任何路由覆盖 ${to}，发往它的报文根本发不出去。`,
  unreachLoAny: `新建的命名空间里 lo 默认是关闭的，lo 不启用，连 127.0.0.1 都没有路由：如果 ping 的正是它，就在那个命名空间里启用 lo（${code('ip -n 命名空间 link set lo up')}）。`,
  unreachOtherAny: '如果是别的地址：要么通往那里的接口没启用或没有地址，要么没有任何路由覆盖它。',
  unreachLo: (target, cmd) => `新建的命名空间里 lo 默认是关闭的，lo 不启用，连 ${target} 都没有路由。先启用它：${code(cmd)}。`,
  unreachNoState: '要么通往那里的接口没启用或没有地址，要么没有任何路由覆盖这个地址。',
  unreachDownSubnet: (target, dev, cmd) => `${target} 属于 ${dev} 的子网，但 ${dev} 没有启用，接口关闭时它的路由也随之消失：${code(cmd)}。`,
  unreachRoutesOnly: (list) => `这里的路由只覆盖 ${list}。`,
  unreachNoRoutes: '这里一条路由都没有：除了 lo，没有任何接口既已启用又有 IPv4 地址。',
  unreachBridgePort: (p) =>
    `${p.target} 在${p.ownerIn}的 ${p.link} 上，位于 ${p.port} 的端口 ${p.local} 后面。端口只转发帧；要加入那个网络，${p.name}得在网桥本身上配地址：${code(p.cmd)}。`,
  unreachSameSubnet: (p) => `${p.target} 在${p.ownerIn}的 ${p.link} 上；给 ${p.local} 配一个同网段的地址：${code(p.cmd)}。`,
  unreachAddRoute: (ip, dest) => `让两端处于同一网段，或者加一条路由：${code(`${ip}route add ${dest} via 网关`)}。`,

  noReplyHost: (target) => `Destination Host Unreachable（目标主机不可达）：${target} 属于链路上的子网，但链路上没人回应对它的 ARP 询问。`,
  noReplyLost: '所有请求都丢了：报文发出去了，却没有任何应答回来。',
  noReplyCheck: '检查两端：都要启用，而且地址要在同一网段（veth 要两端都启用才能传东西）。经过网关时，网关必须打开转发，而且两个方向都需要路由。',
  noReplyCheckShort: '检查两端：都要启用，而且地址要在同一网段。',
  noReplyNoCarrier: (dev, peer, peerIn, cmd) => `${dev} 没有载波：它的另一端，${peerIn}的 ${peer}，还没启用。启用它：${code(cmd)}。`,
  noReplyPeerNoAddr: (p) => `实验里没有谁的地址是 ${p.hop}：${p.dev} 的另一端，${p.peerIn}的 ${p.peer}，还没有 IPv4 地址：${code(p.cmd)}。`,
  noReplyMeant: (p) => `实验里没有谁的地址是 ${p.hop}。${p.dev} 的另一端（${p.peerIn}的 ${p.peer}）的地址是 ${p.theirs}，是不是想 ping ${p.theirIp}？`,
  noReplyNobody: (hop) => `实验里没有谁的地址是 ${hop}。`,
  noReplyOwnerDown: (hop, link, ownerIn, cmd) => `${hop} 在${ownerIn}的 ${link} 上，但那个接口没有启用：${code(cmd)}。`,
  noReplyNotWired: (hop, link, ownerIn, dev) => `${hop} 属于${ownerIn}的 ${link}，它和 ${dev} 之间没有连线：一对 veth 只连接它自己的两端。`,
  noReplyOtherSubnet: (p) =>
    `${p.ownerIn}的 ${p.link} 的地址是 ${p.cidr}，和 ${p.dev} 的 ${p.devCidr} 不在同一网段：请求能到，但对方没有回到 ${p.src} 的路由。让两端处于同一网段。`,
  noReplyNoForward: (hop, ownerIn, fwd) =>
    `网关 ${hop}（${ownerIn}）不转发报文：那里的 net.ipv4.ip_forward 是 0，所以发给别人的请求被它一声不响地丢掉了。打开转发：${fwd}。`,

  beyondNobody: (hop, target) => `网关 ${hop} 把请求转了出去，但实验里没有谁的地址是 ${target}。`,
  beyondDown: (target, link, farIn, cmd) => `${target} 在${farIn}的 ${link} 上，但它没有启用：${code(cmd)}。`,
  beyondWayBack: (cmd) => `给它一条回来的路：${code(cmd)}。`,
  beyondNoWayBack: (p) =>
    `请求能到达 ${p.target}（${p.farIn}的 ${p.link}），但${p.farName}没有回到 ${p.src} 的路由，应答无处可去。两个方向都需要路由。${p.fix}`,

  viaForward: (ns, fwd) => `${ns} 还必须打开转发：${fwd}。`,
  viaGateway: (p) =>
    `${p.ip}（${p.gwIn}的 ${p.link}）就在${p.name}直接可达的网络上，而且知道怎么去 ${p.target}：加一条经由它的默认路由，${code(p.cmd)}。${p.fwd}`,
};
