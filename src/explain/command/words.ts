/** What a word of a command line means: the answer's shape, and iproute2's objects, commands and options in English and Chinese. */

/** One word of a command line and what it does there. */
export type WordMeaning = { word: string; meaning: string };

/** A meaning in English and in Chinese. */
export type Pair = readonly [en: string, zh: string];

export const OBJECTS: Record<string, Pair> = {
  address: ['IP addresses on interfaces', '接口上的 IP 地址'],
  link: ['network interfaces (devices)', '网络接口（网卡设备）'],
  route: ['the routing table', '路由表'],
  neighbor: ['the neighbour table (ARP cache)', '邻居表（ARP 缓存）'],
  netns: ['network namespaces', '网络命名空间'],
  rule: ['routing policy rules', '策略路由规则'],
  maddress: ['multicast addresses', '组播地址'],
  tuntap: ['tun/tap devices', 'tun/tap 设备'],
  monitor: ['a live feed of kernel network events', '实时显示内核网络事件'],
};

export const COMMANDS: Record<string, Record<string, Pair>> = {
  netns: {
    list: ['list the named namespaces (the files in /var/run/netns)', '列出有名字的命名空间（即 /var/run/netns 下的文件）'],
    add: ['create a new network namespace with this name', '创建一个新的网络命名空间，并给它起这个名字'],
    delete: ['delete the namespace\'s name; the namespace and its interfaces go away once nothing uses it', '删除命名空间的名字；没有程序再用它时，命名空间和里面的接口一起消失'],
    exec: ['run a program inside a namespace', '在某个命名空间里运行一个程序'],
    identify: ['tell which named namespace a process is in', '查看某个进程在哪个有名字的命名空间里'],
    pids: ['list the processes running in a namespace', '列出在某个命名空间里运行的进程'],
    'list-id': ['list the ids this namespace has given to others', '列出当前命名空间给其他命名空间分配的 id'],
    set: ['give a namespace an id', '给命名空间指定 id'],
    attach: ['give a name to the namespace of a running process', '给某个进程所在的命名空间起名字'],
    monitor: ['watch namespaces being added and deleted', '监视命名空间的创建和删除'],
  },
  link: {
    show: ['show interfaces: index, name, flags, state, MAC', '显示接口：编号、名字、标志、状态、MAC 地址'],
    add: ['create a new interface', '创建一个新接口'],
    delete: ['delete an interface', '删除一个接口'],
    set: ['change an interface\'s settings', '修改接口的设置'],
  },
  address: {
    show: ['show interfaces with their addresses', '显示接口及其地址'],
    add: ['put an address on an interface', '给接口添加地址'],
    delete: ['remove an address from an interface', '删除接口上的地址'],
    flush: ['remove all addresses from an interface', '清空接口上的所有地址'],
    replace: ['add an address, or change it if it is there', '添加地址，已存在则修改'],
  },
  route: {
    show: ['show the routing table', '显示路由表'],
    add: ['add a route', '添加一条路由'],
    delete: ['delete a route', '删除一条路由'],
    replace: ['add a route, or change the one to the same destination', '添加路由，同一目的地已有则替换'],
    get: ['ask which route the kernel would use for an address', '查询内核会用哪条路由去往某个地址'],
    flush: ['delete many routes at once', '一次删除多条路由'],
  },
  neighbor: {
    show: ['show the neighbour table: IP address to MAC address', '显示邻居表：IP 地址与 MAC 地址的对应'],
    add: ['add a neighbour entry by hand', '手工添加一条邻居记录'],
    delete: ['delete a neighbour entry', '删除一条邻居记录'],
    flush: ['empty the neighbour table', '清空邻居表'],
  },
};

export const OPTIONS: Record<string, Pair> = {
  '-details': ['option: show details, such as the kind of interface (veth, bridge, …) and its settings', '选项：显示详细信息，比如接口类型（veth、bridge……）和参数'],
  '-json': ['option: print JSON instead of text', '选项：以 JSON 格式输出'],
  '-brief': ['option: one short line per interface', '选项：每个接口只显示简短的一行'],
  '-4': ['option: IPv4 only', '选项：只看 IPv4'],
  '-6': ['option: IPv6 only', '选项：只看 IPv6'],
  '-oneline': ['option: everything about an entry on one line', '选项：每条记录输出在一行里'],
  '-statistics': ['option: add packet and error counters', '选项：附带收发包和错误计数'],
  '-color': ['option: colour the output', '选项：彩色输出'],
  '-pretty': ['option: indent the JSON output', '选项：JSON 输出带缩进'],
  '-all': ['option: with netns exec, run the program in every named namespace', '选项：配合 netns exec，在每个有名字的命名空间里都运行一遍'],
};

/** Full option names by what iproute2 accepts for them. */
export function optionName(word: string): string | null {
  const w = word.startsWith('--') ? word.slice(1) : word;
  const table: [RegExp, string][] = [
    [/^-d(e(t(a(i(ls?)?)?)?)?)?$/, '-details'], [/^-j(s(on?)?)?$/, '-json'], [/^-br(i(ef?)?)?$/, '-brief'],
    [/^-4$/, '-4'], [/^-6$/, '-6'], [/^-o(n(e(l(i(ne?)?)?)?)?)?$/, '-oneline'], [/^-s(t(a(t(i(s(t(i(cs?)?)?)?)?)?)?)?)?$/, '-statistics'],
    [/^-c(o(l(or?)?)?)?(=.*)?$/, '-color'], [/^-p(r(e(t(ty?)?)?)?)?$/, '-pretty'], [/^-a(ll?)?$/, '-all'],
  ];
  return table.find(([re]) => re.test(w))?.[1] ?? null;
}

export const KIND_WORDS: Record<string, Pair> = {
  veth: ['a veth pair: two interfaces joined like the two ends of a cable', 'veth pair：两个接口，像一根网线的两端那样连在一起'],
  bridge: ['a bridge: a virtual switch', '网桥：虚拟交换机'],
  dummy: ['a dummy interface that drops what it is sent', 'dummy 接口：发给它的都丢弃'],
  vlan: ['a VLAN interface on top of another device', '建在另一个设备之上的 VLAN 接口'],
  macvlan: ['a macvlan: a second MAC address on an existing device', 'macvlan：在已有设备上再开一个 MAC 地址'],
  vxlan: ['a VXLAN tunnel: Ethernet carried over UDP', 'VXLAN 隧道：用 UDP 承载以太网帧'],
  bond: ['a bond: several interfaces acting as one', 'bond：多个接口合成一个'],
};
