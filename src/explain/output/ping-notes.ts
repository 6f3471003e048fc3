/** What the parts of ping's output mean. Pure. */
import type { Lang } from '../../i18n/lang.ts';
import { isLoopback, parseAddress } from '../../net/ip-address.ts';
import { tr } from '../shared/wording.ts';

export function headerNotes(target: string, lang: Lang) {
  return {
    ping: tr(lang, `ping sends ICMP echo requests to ${target} and waits for echo replies.`, `ping 向 ${target} 发送 ICMP 回显请求（echo request），并等待回显应答（echo reply）。`),
    resolved: tr(lang, 'the address it will talk to (the same when an address was given, not a name).', '实际要通信的地址（给的就是地址而不是域名时，两者相同）。'),
    size: (data: string, total: string) => tr(lang,
      `each request carries ${data} bytes of data; ${total} bytes in all with the 20-byte IP header and the 8-byte ICMP header.`,
      `每个请求带 ${data} 字节数据；加上 20 字节 IP 头和 8 字节 ICMP 头，一共 ${total} 字节。`),
  };
}

export function bytesFromNote(n: string, from: string, lang: Lang): string {
  const data = Number(n) - 8;
  return tr(lang,
    `a reply of ${n} bytes came back from ${from}: ${data} bytes of data plus the 8-byte ICMP header.`,
    `收到来自 ${from} 的 ${n} 字节应答：${data} 字节数据加 8 字节 ICMP 头。`);
}

export function seqNote(n: string, lang: Lang): string {
  return tr(lang, `icmp_seq=${n}: the request's sequence number; a gap in the numbers means a lost packet.`, `icmp_seq=${n}：请求的序号；序号不连续就说明丢了包。`);
}

export function ttlNote(v: string, lang: Lang): string {
  const n = Number(v);
  if (n === 64) return tr(lang, 'ttl=64: hops left when the reply arrived. Linux starts at 64, so the reply crossed no router.', 'ttl=64：应答到达时剩余的跳数。Linux 从 64 开始计，说明中间没有经过路由器。');
  if (n > 50 && n < 64) return tr(lang, `ttl=${v}: hops left; it started at 64, so the reply crossed ${64 - n} router${64 - n === 1 ? '' : 's'}.`, `ttl=${v}：剩余跳数；从 64 开始计，说明经过了 ${64 - n} 个路由器。`);
  return tr(lang, `ttl=${v}: hops left when the reply arrived (senders start at 64, 128 or 255).`, `ttl=${v}：应答到达时剩余的跳数（发送方一般从 64、128 或 255 开始）。`);
}

export function timeNote(v: string, lang: Lang): string {
  const fast = Number(v) < 0.2;
  return tr(lang,
    `time=${v} ms: round-trip time, from sending the request to getting the reply${fast ? '; this small, the packet never left the machine' : ''}.`,
    `time=${v} ms：往返时间，从发出请求到收到应答${fast ? '；这么短，说明报文根本没离开这台机器' : ''}。`);
}

export function errorLineNote(kind: string, target: string, lang: Lang): string {
  switch (kind) {
    case 'Destination Host Unreachable': return tr(lang,
      `nobody on the link answered the ARP question "who has ${target}?", so the request could not be delivered.`,
      `链路上没有人回答 ARP 询问“谁是 ${target}？”，所以请求送不出去。`);
    case 'Destination Net Unreachable': return tr(lang, 'a router on the way has no route to that network.', '沿途的某个路由器没有通往那个网络的路由。');
    case 'Time to live exceeded': return tr(lang, 'the packet passed through too many routers and was dropped (a routing loop?).', '报文经过的路由器太多，被丢弃了（是不是有路由环路？）。');
    case 'Destination Port Unreachable': return tr(lang, 'the target refused the packet.', '目标拒收了这个报文。');
    default: return tr(lang, `${kind}: an ICMP error instead of a reply.`, `${kind}：收到的是 ICMP 错误而不是应答。`);
  }
}

export function fromNote(from: string, lang: Lang): string {
  return tr(lang,
    `From ${from}: who reports the failure. When it is this side's own address, the request never got past this side.`,
    `From ${from}：报告失败的一方。如果是本端自己的地址，说明请求根本没能离开本端。`);
}

export function statNotes(lang: Lang) {
  return {
    header: tr(lang, 'the summary ping prints when it stops (after -c N requests, or on Ctrl-C).', 'ping 结束时（发完 -c 指定的个数，或按下 Ctrl-C）打印的统计。'),
    transmitted: tr(lang, 'requests sent.', '发出的请求数。'),
    received: tr(lang, 'replies that came back.', '收到的应答数。'),
    errors: tr(lang, 'ICMP errors received instead of replies.', '收到的 ICMP 错误数（代替了应答）。'),
    duplicates: tr(lang, 'replies that came twice.', '重复收到的应答数。'),
    loss: (p: string) => p === '0%'
      ? tr(lang, 'requests without a reply: none.', '没有应答的请求所占比例：一个都没丢。')
      : p === '100%' ? tr(lang, 'requests without a reply: all of them.', '没有应答的请求所占比例：全部丢失。')
        : tr(lang, `requests without a reply: ${p}.`, `没有应答的请求所占比例：${p}。`),
    time: tr(lang, 'how long ping ran.', 'ping 运行的总时长。'),
    rtt: tr(lang, 'round-trip times: fastest, average, slowest, and how much they vary (mean deviation).', '往返时间：最短、平均、最长，以及波动程度（平均偏差）。'),
    pipe: (n: string) => tr(lang, `up to ${n} requests were waiting for an answer at the same time.`, `最多同时有 ${n} 个请求在等待应答。`),
  };
}

/** The note on `ping: …` error lines; `target` is the address the command line named, when known. */
export function pingErrorNote(msg: string, lang: Lang, target = ''): string {
  // lo down explains a failing 127.0.0.1, not a failing address elsewhere.
  const addr = parseAddress(target);
  if (/Network is unreachable|网络不可达/.test(msg) && addr?.family === 4 && !isLoopback(addr)) return tr(lang,
    `no route to ${target}: the kernel refused before a single packet was sent. No route here covers it: no interface that is up has an address in its subnet, and there is no default route.`,
    `没有通往 ${target} 的路由：内核在发出任何报文之前就拒绝了。这里没有任何路由覆盖它：没有哪个已启用的接口拥有它所在子网的地址，也没有默认路由。`);
  if (/Network is unreachable|网络不可达/.test(msg)) return tr(lang,
    'no route to this address: the kernel refused before a single packet was sent. In a new namespace lo is down, so even 127.0.0.1 has no route.',
    '没有通往这个地址的路由：内核在发出任何报文之前就拒绝了。新建的命名空间里 lo 是关闭的，所以连 127.0.0.1 都没有路由。');
  if (/Operation not permitted|不允许的操作/.test(msg)) return tr(lang, 'ping was not allowed to open its socket.', 'ping 没有权限打开套接字。');
  if (/Name or service not known|Temporary failure in name resolution|未知的名称或服务|域名解析暂时失败/.test(msg)) return tr(lang, 'ping could not turn this name into an address.', 'ping 无法把这个名字解析成地址。');
  if (/No route to host|没有到主机的路由/.test(msg)) return tr(lang, 'the kernel knows no way to that host.', '内核不知道怎么到达那台主机。');
  return tr(lang, 'ping stopped with an error before getting replies.', 'ping 出错退出，没有收到应答。');
}
