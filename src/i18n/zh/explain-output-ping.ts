/** The tutor's Chinese words: explain-output, the parts on ping's output. */
import type { ExplainOutputPingWords } from '../en/explain-output-ping.ts';

export const explainOutputPing: ExplainOutputPingWords = {
  pingHeader: (target) => `ping 向 ${target} 发送 ICMP 回显请求（echo request），并等待回显应答（echo reply）。`,
  pingResolved: '实际要通信的地址（给的就是地址而不是域名时，两者相同）。',
  pingSize: (data, total) => `每个请求带 ${data} 字节数据；加上 20 字节 IP 头和 8 字节 ICMP 头，一共 ${total} 字节。`,
  pingBytesFrom: (n, from, data) => `收到来自 ${from} 的 ${n} 字节应答：${data} 字节数据加 8 字节 ICMP 头。`,
  pingSeq: (n) => `icmp_seq=${n}：请求的序号；序号不连续就说明丢了包。`,
  pingTtl64: 'ttl=64：应答到达时剩余的跳数。Linux 从 64 开始计，说明中间没有经过路由器。',
  pingTtlRouters: (v, routers) => `ttl=${v}：剩余跳数；从 64 开始计，说明经过了 ${routers} 个路由器。`,
  pingTtl: (v) => `ttl=${v}：应答到达时剩余的跳数（发送方一般从 64、128 或 255 开始）。`,
  pingTime: (v, fast) => `time=${v} ms：往返时间，从发出请求到收到应答${fast ? '；这么短，说明报文根本没离开这台机器' : ''}。`,

  pingErrHostUnreachable: (target) => `链路上没有人回答 ARP 询问“谁是 ${target}？”，所以请求送不出去。`,
  pingErrNetUnreachable: '沿途的某个路由器没有通往那个网络的路由。',
  pingErrTtlExceeded: '报文经过的路由器太多，被丢弃了（是不是有路由环路？）。',
  pingErrPortUnreachable: '目标拒收了这个报文。',
  pingErrOther: (kind) => `${kind}：收到的是 ICMP 错误而不是应答。`,
  pingFrom: (from) => `From ${from}：报告失败的一方。如果是本端自己的地址，说明请求根本没能离开本端。`,

  pingStatHeader: 'ping 结束时（发完 -c 指定的个数，或按下 Ctrl-C）打印的统计。',
  pingStatTransmitted: '发出的请求数。',
  pingStatReceived: '收到的应答数。',
  pingStatErrors: '收到的 ICMP 错误数（代替了应答）。',
  pingStatDuplicates: '重复收到的应答数。',
  pingLossNone: '没有应答的请求所占比例：一个都没丢。',
  pingLossAll: '没有应答的请求所占比例：全部丢失。',
  pingLoss: (p) => `没有应答的请求所占比例：${p}。`,
  pingStatTime: 'ping 运行的总时长。',
  pingStatRtt: '往返时间：最短、平均、最长，以及波动程度（平均偏差）。',
  pingStatPipe: (n) => `最多同时有 ${n} 个请求在等待应答。`,

  pingNoRouteTo: (target) =>
    `没有通往 ${target} 的路由：内核在发出任何报文之前就拒绝了。这里没有任何路由覆盖它：没有哪个已启用的接口拥有它所在子网的地址，也没有默认路由。`,
  pingNoRoute: '没有通往这个地址的路由：内核在发出任何报文之前就拒绝了。新建的命名空间里 lo 是关闭的，所以连 127.0.0.1 都没有路由。',
  pingNotPermitted: 'ping 没有权限打开套接字。',
  pingNoName: 'ping 无法把这个名字解析成地址。',
  pingNoRouteToHost: '内核不知道怎么到达那台主机。',
  pingFailed: 'ping 出错退出，没有收到应答。',

  pingTheTarget: '目标',
  pingRefused: 'ping 一个报文都没发出去：内核当场就拒绝了。',
  pingAllAnswered: (tx, rx, target) => `发出 ${tx} 个，收到 ${rx} 个，没有丢包：${target} 能通。`,
  pingNoReply: (tx, target) => `发出 ${tx} 个，一个应答都没有：${target} 不通。`,
  pingHostUnreachable: (target) => `Destination Host Unreachable：${target} 属于本链路的子网，但链路上没人应答对它的 ARP 询问。`,
  pingVanished: '也没有收到任何错误：请求发出去就没了下文（链路没有载波、没人用这个地址，或者对方没有回来的路由）。',
  pingSomeLost: (tx, rx, loss) => `发出 ${tx} 个，收到 ${rx} 个，丢包率 ${loss}。`,
  pingRepliesSoFar: (n, target) => `目前已收到 ${target} 的 ${n} 个应答；ping 会一直发下去，直到按 Ctrl-C（或用 -c N 指定次数）。`,
  pingErrorsSoFar: (n) => `目前收到 ${n} 个错误，没有应答。`,
  pingNoReplyYet: (target) => `还没有收到 ${target} 的应答。`,
};
