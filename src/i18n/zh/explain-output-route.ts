/** The tutor's Chinese words: explain-output, the parts on `ip route` and `ip route get`. */
import type { ExplainOutputRouteWords } from '../en/explain-output-route.ts';

const code = (s: string): string => `\`${s}\``;

export const explainOutputRoute: ExplainOutputRouteWords = {
  routeDefault: 'default：默认路由，其他路由都不匹配的地址走这一条。',
  routeDstRange: (dst, first, last) => `目的网段 ${dst}：${first}–${last} 这些地址。`,
  routeDst: (dst) => `目的地 ${dst}。`,
  routeType: {
    local: 'local：本命名空间自己的地址，发往它的报文在本地接收。',
    broadcast: 'broadcast：广播地址，发给链路上的所有主机。',
    unreachable: 'unreachable：发往这里的报文会被拒绝并报“不可达”。',
    blackhole: 'blackhole：发往这里的报文被悄悄丢弃。',
    prohibit: 'prohibit：发往这里的报文被拒绝（管理上禁止）。',
    multicast: 'multicast：组播路由。',
  },
  routeTypeOther: (type) => `${type}：路由类型。`,

  routeProtoKernel: 'proto kernel：给接口配置地址时，内核自动加上的路由。',
  routeProtoByHand: (proto) => `proto ${proto}：手工添加的（ip route add）。`,
  routeProtoDhcp: 'proto dhcp：由 DHCP 客户端添加。',
  routeProtoRa: 'proto ra：从 IPv6 路由通告学到的。',
  routeProtoOther: (proto) => `proto ${proto}：路由的来源。`,
  routeScopeLink: 'scope link：目的地就在这条链路上，不需要经过路由器。',
  routeScopeHost: 'scope host：目的地就是本命名空间自己。',
  routeScopeOther: (scope) => `scope ${scope}：目的地的范围。`,
  routeVia: (v) => `via ${v}：下一跳，报文交给 ${v} 这台路由器转发，它必须是直接可达的。`,
  routeDev: (v) => `dev ${v}：报文从 ${v} 发出。`,
  routeSrc: (v) => `src ${v}：按这条路由发包时使用的源地址。`,
  routeMetric: (v) => `metric ${v}：路由开销，去往同一目的地时取最小的。`,
  routeTable: (v) => `table ${v}：所属的路由表。`,
  routePref: (v) => `pref ${v}：路由器优先级（IPv6）。`,
  routeExpires: (v) => `expires ${v}：到时路由会消失。`,
  routeMtu: (v) => `mtu ${v}：这条路由的最大报文长度。`,
  routeFlag: {
    linkdown: 'linkdown：接口没有载波，这条路由暂时不可用。',
    onlink: 'onlink：即使没有地址表明，也把下一跳当作在本链路上。',
    dead: 'dead：下一跳不可用。',
  },

  routeEmpty: '这张表里没有任何路由：ping 任何地址都会立刻报“Network is unreachable”（网络不可达）。',
  routeDirectItem: (dst, dev) => `经 ${dev} 到 ${dst}`,
  routeDirect: (items) => `直接可达：${items}。`,
  routeDefaultVia: (via) => `其他地址都交给路由器 ${via}。`,
  routeDefaultDev: (dev) => `其他地址都从 ${dev} 发出。`,
  routeNoDefault: `没有默认路由：这些网段以外的地址都不可达（${code('connect: 网络不可达')}）。`,
  routeDown: (dsts) => `暂时不可用（没有载波）：${dsts}。`,

  getType: {
    local: 'local：这是本命名空间自己的地址，报文经 lo 在本地接收。',
    broadcast: 'broadcast：广播地址，报文发给链路上的所有主机。',
    multicast: 'multicast：组播地址。',
    unreachable: 'unreachable：会以“不可达”拒绝报文的路由。',
    blackhole: 'blackhole：悄悄丢弃报文的路由。',
    prohibit: 'prohibit：以“禁止”拒绝报文的路由。',
  },
  getFrom: (v) => `from ${v}：查询时假定的源地址。`,
  getVia: (v) => `via ${v}：下一跳：报文交给网关 ${v} 转发，IP 目的地址不变。`,
  getDev: (v) => `dev ${v}：报文从 ${v} 发出。`,
  getSrc: (v) => `src ${v}：本命名空间发往那里的报文，内核会选用的源地址。`,
  getUid: (v) => `uid ${v}：这次查询所代表的用户（路由规则可以按用户区分）；${v === '0' ? '这里是 root' : '就是这个用户'}。`,
  getTable: (v) => `table ${v}：在哪张路由表里找到的路由。`,
  getIif: (v) => `iif ${v}：假定报文从 ${v} 进来，所以这个回答说的是本命名空间转发它时的做法。`,
  getOif: (v) => `oif ${v}：查询时指定的出口接口。`,
  getMtu: (v) => `mtu ${v}：内核得知的这条路径上的最大报文长度。`,
  getExpires: (v) => `expires ${v}：缓存的细节什么时候被忘掉。`,
  getMark: (v) => `mark ${v}：查询时假定的防火墙标记。`,
  getDst: (dst) => `${dst}：所查询的地址。`,
  getCache: 'cache：内核对这个目的地记住的细节（比如得知的 MTU、重定向），通常什么都没有。',
  getLocalWord: '<local>：在本命名空间本地接收。',
  getDevLoopback: (v) => `dev ${v}：经回环设备在本地接收，不离开本命名空间。`,

  getSumLocal: (dst) => `${dst} 是本命名空间自己的地址：什么都不会发出去，报文经 lo 送回本地。`,
  getSumForwardVia: (dst, from, iif, via, dev) =>
    `从 ${iif} 进来、${from ? `来自 ${from}、` : ''}发往 ${dst} 的报文，会从 ${dev} 转发给网关 ${via}。`,
  getSumForwardDirect: (dst, from, iif, dev) =>
    `从 ${iif} 进来、${from ? `来自 ${from}、` : ''}发往 ${dst} 的报文，会从 ${dev} 直接转发给 ${dst}。`,
  getSumSrc: (src) => `，源地址用 ${src}`,
  getSumVia: (dst, dev, via, src) => `要到达 ${dst}，报文从 ${dev} 发给网关 ${via}${src}：${dst} 不在本命名空间直接可达的网络上。`,
  getSumDirect: (dst, dev, src) => `${dst} 直接可达：它就在 ${dev} 所连的链路上${src}。用过之后，${code('ip neigh')} 会显示它的 MAC 地址。`,
};
