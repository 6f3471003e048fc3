/**
 * Maps an error to the misconception behind it and the fix, reading the
 * command line and, when given, the lab's snapshot. Pure.
 */
import type { Lang } from '../../i18n/lang.ts';
import { packagesOf } from '../../policy/packages.ts';
import { outputText, type RunResult } from '../../model/run-result.ts';
import { type Snapshot, findNetns } from '../../model/snapshot.ts';
import { type ErrorContext, makeContext, ownersOf, whereRan } from './context.ts';
import { ipv4RouteCovers } from '../../net/ip-address.ts';
import { explainNoReply, explainUnreachable } from './ping.ts';
import { addressAssigned, alreadyExists, missingDevice, missingNetns, unknownWord } from './ip-objects.ts';
import { forwardCommand } from './route-hints.ts';
import { neverThrow } from '../shared/never-throw.ts';
import { cleanOutput } from '../shared/output-lines.ts';
import { atNs, code, inNs, ipIn, joinList, nsName, tr } from '../shared/wording.ts';

/** Keywords of `ip link add` that a short interface name can be mistaken for (iproute2 accepts prefixes). */
const LINK_KEYWORDS = ['link', 'address', 'broadcast', 'txqueuelen'];

/** `ip link add a type veth …`: `a` read as `address`. Returns the explanation, or null when the trap is not the cause. */
function abbreviationTrap(c: ErrorContext): string[] | null {
  const ip = c.target.ip;
  if (!ip || ip.object !== 'link' || ip.command !== 'add') return null;
  const word = ip.args[0];
  const kw = word ? LINK_KEYWORDS.find((k) => k.startsWith(word)) : undefined;
  if (!word || !kw) return null;
  const fixed = ['ip', ...(c.target.nsGiven ? ['-n', c.target.ns] : []), 'link', 'add', 'name', ...ip.args].join(' ');
  return [tr(c.lang,
    `iproute2 read ${code(word)} as the keyword ${code(kw)}: it accepts any abbreviation of its keywords, so ${code(word)} never became the interface's name.`,
    `iproute2 把 ${code(word)} 当成了关键字 ${code(kw)} 的缩写（它的关键字都可以只写开头几个字母），所以 ${code(word)} 没有被当作接口名。`),
  tr(c.lang,
    `Say ${code('name')} before a name that could be read as a keyword: ${code(fixed)}.`,
    `在可能被误认成关键字的名字前面加上 ${code('name')}：${code(fixed)}。`)];
}

/** Words of `ip link add` that, read as a value, show that the word before them was taken for a keyword. */
const COMMAND_WORDS = new Set(['type', 'peer', 'name', 'netns', 'dev', 'up', 'down', 'mtu']);

/**
 * `"type" is invalid lladdr`, `argument "type" is wrong: Invalid "txqueuelen" value`
 * when the abbreviation trap cannot be shown on the command line (unknown, or another cause).
 */
function keywordValue(c: ErrorContext): string[] | null {
  const { lang, text } = c;
  let m: RegExpExecArray | null;
  const fix = code('ip link add name NAME type veth peer name PEER');
  const fixZh = code('ip link add name 名字 type veth peer name 对端名字');
  if ((m = /"([^"]*)" is invalid lladdr/.exec(text))) {
    const word = m[1]!;
    const head = tr(lang,
      `iproute2 read ${code(word)} as a link-layer (MAC) address, and it is not one: a MAC address is six two-digit hexadecimal numbers joined by colons, such as 02:00:00:00:00:01.`,
      `iproute2 把 ${code(word)} 当成了链路层（MAC）地址，可它不是：MAC 地址是用冒号连起来的六个两位十六进制数，例如 02:00:00:00:00:01。`);
    if (!COMMAND_WORDS.has(word)) return [head];
    return [head, tr(lang,
      `${code(word)} is a word of the command, so the word before it was taken as the keyword ${code('address')}: iproute2 accepts any abbreviation of its keywords (a, ad, addr, …), and an interface named like one is read as it. Say ${code('name')} before such a name: ${fix}.`,
      `${code(word)} 是命令里的一个词，说明它前面的那个词被当成了关键字 ${code('address')}：iproute2 的关键字都可以缩写（a、ad、addr……），名字像缩写的接口会被当成关键字。在这样的名字前面加上 ${code('name')}：${fixZh}。`)];
  }
  if ((m = /argument "([^"]*)" is wrong: Invalid "txqueuelen" value/.exec(text))) return [tr(lang,
    `iproute2 read ${code(m[1]!)} as the value of ${code('txqueuelen')} (the transmit queue length, a number): the word before it was taken as that keyword, since iproute2 accepts any abbreviation of its keywords (t, tx, txq, …). Say ${code('name')} before an interface name that could be read as a keyword: ${fix}.`,
    `iproute2 把 ${code(m[1]!)} 当成了 ${code('txqueuelen')}（发送队列长度，一个数）的值：它前面的词被当成了这个关键字，因为 iproute2 的关键字都可以缩写（t、tx、txq……）。接口名可能被误认成关键字时，在它前面加上 ${code('name')}：${fixZh}。`)];
  return null;
}

/** `Error: either "local" is duplicate, or "veth7" is a garbage.` */
function garbage(c: ErrorContext, key: string, word: string): string[] {
  const ip = c.target.ip;
  const { lang } = c;
  if (key === 'local' && /^\d+\.\d+\.\d+\.\d+/.test(word) && (ip?.object === 'address' || !c.known)) return [tr(lang,
    `One address per command: iproute2 already had an address when it met ${code(word)}.`,
    `一条命令只能加一个地址：读到 ${code(word)} 时，iproute2 已经有一个地址了。`)];
  if (key === 'local' && !c.known) return [tr(lang,
    `${code('ip addr add')} wants the interface after the word ${code('dev')}: iproute2 took an earlier word as the address and did not know what to do with ${code(word)}.`,
    `${code('ip addr add')} 要求接口名写在 ${code('dev')} 后面：iproute2 把前面的一个词当成了地址，却不知道 ${code(word)} 是什么。`),
  tr(lang, `Write ${code(`ip addr add ADDRESS/PREFIX dev ${word}`)}.`, `应该写成 ${code(`ip addr add 地址/前缀 dev ${word}`)}。`)];
  if (ip?.object === 'address' && key === 'local') {
    const i = ip.args.indexOf(word);
    const fixedArgs = [...ip.args.slice(0, i), 'dev', ...ip.args.slice(i)];
    const fixed = ['ip', ...(c.target.nsGiven ? ['-n', c.target.ns] : []), 'addr', ip.command ?? 'add', ...fixedArgs].join(' ');
    return [tr(lang,
      `${code('ip addr add')} wants the interface after the word ${code('dev')}: iproute2 took ${code(ip.args[0] ?? '')} as the address and did not know what to do with ${code(word)}.`,
      `${code('ip addr add')} 要求接口名写在 ${code('dev')} 后面：iproute2 把 ${code(ip.args[0] ?? '')} 当成了地址，却不知道 ${code(word)} 是什么。`),
    tr(lang, `Write ${code(fixed)}.`, `应该写成 ${code(fixed)}。`)];
  }
  const object = ip?.object ?? (c.known ? '' : null);
  const help = object === null ? tr(lang, 'ip OBJECT help', 'ip 对象 help') : `ip ${object} help`;
  const lines = [tr(lang,
    `iproute2 already had a value for ${code(key)} when it met ${code(word)}, and did not expect another word there. Check the order of the words: ${code(help)} shows it.`,
    `读到 ${code(word)} 时，iproute2 已经有了 ${code(key)} 的值，不知道这个词是做什么的。检查一下词的顺序：${code(help)} 会列出正确写法。`)];
  // `ip link add l type veth …`: `l` read as `link`, then a later word became the device.
  if (key === 'dev' && (ip?.object === 'link' || !c.known)) lines.push(tr(lang,
    `A common cause: an interface name that is also an abbreviation of a keyword (${code('l')} for ${code('link')}, ${code('a')} for ${code('address')}), so iproute2 read it as that keyword. Say ${code('name')} before the name: ${code('ip link add name NAME type veth peer name PEER')}.`,
    `常见的原因：接口名恰好是某个关键字的缩写（${code('l')} 是 ${code('link')}，${code('a')} 是 ${code('address')}），iproute2 把它当成了关键字。在名字前面加上 ${code('name')}：${code('ip link add name 名字 type veth peer name 对端名字')}。`));
  return lines;
}

function notPermitted(c: ErrorContext): string[] {
  const { lang } = c;
  if (/ip netns add|mount --make-shared|\/run\/netns/.test(c.text) || (c.target.ip?.object === 'netns')) return [tr(lang,
    'Operation not permitted: creating a namespace needs root, because ip netns add mounts it under /run/netns.',
    'Operation not permitted（不允许的操作）：创建命名空间需要 root 权限，因为 ip netns add 要把它挂载到 /run/netns 下。')];
  return [tr(lang,
    'Operation not permitted: the kernel refused because changing network settings needs administrator rights (CAP_NET_ADMIN) in that namespace. Run it as root.',
    'Operation not permitted（不允许的操作）：修改网络设置需要该命名空间里的管理员权限（CAP_NET_ADMIN），内核拒绝了。请以 root 身份运行。')];
}

/** A lab tool that this machine lacks: the lab runs the host's own programs. */
function notInstalled(lang: Lang, program: string): string[] {
  const name = program.split('/').pop()!;
  const pkg = packagesOf(name);
  const how = pkg
    ? tr(lang, `To install it: Debian/Ubuntu ${code(`sudo apt-get install ${pkg[0]}`)}, Fedora/RHEL ${code(`sudo dnf install ${pkg[1]}`)}.`,
      `安装方法：Debian/Ubuntu 用 ${code(`sudo apt-get install ${pkg[0]}`)}，Fedora/RHEL 用 ${code(`sudo dnf install ${pkg[1]}`)}。`)
    : tr(lang, 'Install the package that provides it, or pick another command.', '请安装提供它的软件包，或者换一条命令。');
  return [tr(lang,
    `${code(name)} is not installed on this machine. The lab runs the host's own programs, so it can run only what is installed there.`,
    `这台机器上没有安装 ${code(name)}。实验环境用的是宿主机自己的程序，所以只能运行宿主机上装了的程序。`), how];
}

function nexthop(c: ErrorContext): string[] {
  const { lang, snapshot: s, target: t } = c;
  const a = t.ip?.args ?? [];
  const gw = a.includes('via') ? a[a.indexOf('via') + 1] ?? '?' : '?';
  if (!s) {
    // Without the lab's state: what the kernel's words mean, and how to see the directly reached subnets.
    const ip = c.known ? ipIn(t.ns) : 'ip ';
    return [tr(lang,
      `${gw === '?' ? 'The gateway' : `The gateway ${gw}`} is not in any subnet reached directly ${whereRan(c)}, so the kernel cannot hand packets to it. A gateway must be a neighbour: an address on the subnet of an interface there that is up and has an address in it.`,
      `${c.known ? atNs(t.ns, lang) : whereRan(c)}，${gw === '?' ? '网关' : `网关 ${gw}`} 不属于任何直接可达的网段，内核没法把报文交给它。网关必须是邻居：那里某个已启用、有地址的接口所在网段里的地址。`),
    tr(lang,
      `${code(`${ip}route`)} lists the subnets reached directly (the routes without ${code('via')}); use the router's address on one of them.`,
      `${code(`${ip}route`)} 会列出直接可达的网段（不带 ${code('via')} 的路由）；用路由器在其中某个网段上的地址。`)];
  }
  const n = findNetns(s, t.ns);
  const direct = n ? n.routes.filter((r) => r.gateway === null && r.dst !== 'default' && !r.dst.includes(':')).map((r) => r.dst) : [];
  const reach = direct.length > 0
    ? tr(lang, `Only ${joinList(direct, lang)} ${direct.length === 1 ? 'is' : 'are'} reached directly ${inNs(t.ns, lang)}.`, `${inNs(t.ns, lang)}能直接到达的只有 ${joinList(direct, lang)}。`)
    : tr(lang, 'Nothing is reached directly from there yet: no interface is up with an address.', '那里还没有直接可达的网段：没有接口既已启用又有地址。');
  const lines = [tr(lang,
    `The gateway ${gw} is not in any subnet reached directly ${inNs(t.ns, lang)}, so the kernel cannot hand packets to it.`,
    `${atNs(t.ns, lang)}，网关 ${gw} 不属于任何直接可达的网段，内核没法把报文交给它。`),
  `${reach}${tr(lang, ' The gateway must be a neighbour on one of those links.', '网关必须是这些链路上的邻居。')}`];
  // The gateway's owner may have another leg on one of those links: that address is the one to use.
  const owner = s ? ownersOf(s, gw)[0] : undefined;
  const near = owner && s ? findNetns(s, owner.ns)?.links.flatMap((l) => l.addrs.filter((x) => x.family === 'inet').map((x) => ({ l, x })))
    .find(({ x }) => direct.some((net) => ipv4RouteCovers(net, x.local))) : undefined;
  if (owner && near && owner.ns !== t.ns) {
    const cmd = ['ip', ...(t.nsGiven ? ['-n', t.ns] : []), 'route', t.ip?.command ?? 'add', ...a.map((w) => (w === gw ? near.x.local : w))];
    lines.push(tr(lang,
      `${gw} is on ${owner.link.name} ${inNs(owner.ns, lang)}, on another network; ${inNs(t.ns, lang)} the same ${nsName(owner.ns, lang)} is reached at ${near.x.local} (${near.l.name}): ${code(cmd.join(' '))}.`,
      `${gw} 在${inNs(owner.ns, lang)}的 ${owner.link.name} 上，属于另一个网络；从${nsName(t.ns, lang)}看，同一个 ${nsName(owner.ns, lang)} 的地址是 ${near.x.local}（${near.l.name}）：${code(cmd.join(' '))}。`));
  }
  return lines;
}

/** `RTNETLINK answers: No route to host` from `ip route get`: with `iif`, the namespace would have to forward. */
function routeGetNoRoute(c: ErrorContext): string[] {
  const { lang, snapshot: s, target: t } = c;
  const a = t.ip?.args ?? [];
  const dst = a.find((w) => w !== 'to') ?? '?';
  const iif = a.includes('iif') ? a[a.indexOf('iif') + 1] : undefined;
  if (iif === undefined) return [tr(lang,
    `No route to host: ${inNs(t.ns, lang)} the route that covers ${dst} refuses packets (an unreachable or prohibit route).`,
    `没有到主机的路由：${inNs(t.ns, lang)}覆盖 ${dst} 的路由会拒绝报文（unreachable 或 prohibit 路由）。`)];
  if (!s) return [tr(lang,
    `No route to host: a packet for ${dst} arriving on ${iif} is for somebody else, so ${nsName(t.ns, lang)} would have to forward it.`,
    `没有到主机的路由：从 ${iif} 进来、发往 ${dst} 的报文是给别人的，${nsName(t.ns, lang)}得转发它。`),
  tr(lang,
    `Either forwarding is off there (net.ipv4.ip_forward is 0: ${forwardCommand(t.ns)} turns it on), or no route there leads to ${dst}.`,
    `要么那里的转发是关闭的（net.ipv4.ip_forward 是 0：用 ${forwardCommand(t.ns)} 打开），要么那里没有通往 ${dst} 的路由。`)];
  const n = findNetns(s, t.ns);
  if (n?.sysctls['net.ipv4.ip_forward'] === '0') return [tr(lang,
    `No route to host: a packet for ${dst} arriving on ${iif} is for somebody else, so ${nsName(t.ns, lang)} would have to forward it, and forwarding is off there (net.ipv4.ip_forward is 0).`,
    `没有到主机的路由：从 ${iif} 进来、发往 ${dst} 的报文是给别人的，${nsName(t.ns, lang)}得转发它，而那里的转发是关闭的（net.ipv4.ip_forward 是 0）。`),
  tr(lang,
    `Its routes serve only its own packets until forwarding is on: ${forwardCommand(t.ns)}.`,
    `在打开转发之前，它的路由只供它自己发出的报文使用：${forwardCommand(t.ns)}。`)];
  return [tr(lang,
    `No route to host: ${inNs(t.ns, lang)} no route would take a packet arriving on ${iif} to ${dst}.`,
    `没有到主机的路由：${inNs(t.ns, lang)}没有哪条路由能把从 ${iif} 进来的报文送到 ${dst}。`)];
}

const UNREACHABLE = /(connect|sendmsg|sendto): (Network is unreachable|网络不可达)/;
const NOT_PERMITTED = /Operation not permitted|不允许的操作/;

function rules(c: ErrorContext): string[] {
  const { lang, text } = c;
  let m: RegExpExecArray | null;
  if (/"[^"]*" is invalid lladdr|either "dev" is duplicate|Invalid "txqueuelen" value/.test(text)) {
    const trap = abbreviationTrap(c) ?? keywordValue(c);
    if (trap) return trap;
  }
  if ((m = /Cannot create namespace file "([^"]*)": (File exists|文件已存在)/.exec(text))) {
    const name = m[1]!.split('/').pop()!;
    return [tr(lang, `Namespace ${name} already exists.`, `命名空间 ${name} 已经存在了。`),
      tr(lang, `${code('ip netns list')} shows it; ${code(`ip netns del ${name}`)} removes it if you want to start over.`,
        `${code('ip netns list')} 能看到它；想重来的话，用 ${code(`ip netns del ${name}`)} 删掉它。`)];
  }
  if ((m = /Cannot open network namespace "([^"]*)"/.exec(text))) return missingNetns(c, m[1]!, false);
  if ((m = /Cannot remove namespace file "([^"]*)"/.exec(text))) return missingNetns(c, m[1]!.split('/').pop()!, true);
  if ((m = /argument "([^"]*)" is wrong: Invalid "netns" value/.exec(text))) return missingNetns(c, m[1]!, false);
  if ((m = /Cannot find device "([^"]*)"|Device "([^"]*)" does not exist|argument "([^"]*)" is wrong: Device does not exist/.exec(text))) {
    return missingDevice(c, m[1] ?? m[2] ?? m[3]!);
  }
  if (/Address already assigned/.test(text)) return addressAssigned(c);
  if (/RTNETLINK answers: (File exists|文件已存在)/.test(text)) return alreadyExists(c);
  if ((m = /either "([^"]*)" is duplicate, or "([^"]*)" is a garbage/.exec(text))) return garbage(c, m[1]!, m[2]!);
  if ((m = /any valid prefix is expected rather than "([^"]*)"/.exec(text))) return [tr(lang,
    `${m[1]} is not a valid address: each of the four numbers goes from 0 to 255, with an optional /prefix from 0 to 32 (for example 192.0.0.1/24).`,
    `${m[1]} 不是合法的地址：四个数都要在 0 到 255 之间，后面可以带 0 到 32 的 /前缀（例如 192.0.0.1/24）。`)];
  if (/Nexthop has invalid gateway/.test(text)) return nexthop(c);
  if ((m = /Object "([^"]*)" is unknown/.exec(text))) return unknownWord(c, 'object', m[1]!);
  if ((m = /Command "([^"]*)" is unknown(?:, try "ip (\S+) help")?/.exec(text))) return unknownWord(c, 'command', m[1]!, m[2]);
  if ((m = /nsenter: failed to execute (\S+): (?:No such file or directory|Permission denied)|^(\S+): command not found$/m.exec(text))) return notInstalled(lang, m[1] ?? m[2]!);
  if ((m = /exec of "([^"]*)" failed/.exec(text)) && packagesOf(m[1]!.split('/').pop()!)) return notInstalled(lang, m[1]!);
  if ((m = /exec of "([^"]*)" failed/.exec(text))) return [tr(lang,
    `There is no program named ${m[1]}: ip netns exec runs a program inside the namespace, so the word after the namespace's name must be a command, such as ip or ping.`,
    `没有名为 ${m[1]} 的程序：ip netns exec 是在命名空间里运行一个程序，所以命名空间名后面必须是一条命令，比如 ip 或 ping。`)];
  if (/Unknown device type/.test(text)) return [tr(lang,
    'The kernel does not know this interface type: its module is missing on this machine, or the type is misspelt (veth, bridge, dummy, …).',
    '内核不认识这种接口类型：可能这台机器缺少对应的内核模块，也可能类型名拼错了（veth、bridge、dummy……）。')];
  if (UNREACHABLE.test(text)) return explainUnreachable(c);
  if (c.target.ip?.object === 'route' && c.target.ip.command === 'get') {
    if (/RTNETLINK answers: (Network is unreachable|网络不可达)/.test(text)) return explainUnreachable(c);
    if (/RTNETLINK answers: (No route to host|没有到主机的路由)/.test(text)) return routeGetNoRoute(c);
  }
  if (!c.known) {
    // Only the text: these words come from `ip route get` or from a route through a gateway.
    if (/RTNETLINK answers: (Network is unreachable|网络不可达)/.test(text)) return [tr(lang,
      'Network is unreachable: no route covers the address the command named (the destination of `ip route get`, or the gateway of a route `via` it), so the kernel had nowhere to send a packet for it.',
      '网络不可达：没有任何路由覆盖命令里的那个地址（`ip route get` 的目的地，或者路由 `via` 后面的网关），内核不知道该把发往它的报文交给谁。'),
    tr(lang,
      'The routes without a gateway come from interfaces that are up with an address; `ip route` lists them. Bring the interface up, give it an address in that subnet, or add a route.',
      '不带网关的路由来自已启用且有地址的接口；`ip route` 会列出它们。启用接口、给它配上那个网段的地址，或者加一条路由。')];
    if (/RTNETLINK answers: (No route to host|没有到主机的路由)/.test(text)) return [tr(lang,
      'No route to host: the route that covers the address refuses packets (an unreachable or prohibit route), or, for `ip route get … iif IF`, the packet would have to be forwarded and forwarding is off (net.ipv4.ip_forward is 0) or leads nowhere.',
      '没有到主机的路由：覆盖这个地址的路由会拒绝报文（unreachable 或 prohibit 路由）；或者对 `ip route get … iif 接口` 来说，报文需要转发，而转发是关闭的（net.ipv4.ip_forward 是 0）或者无路可走。')];
  }
  if (NOT_PERMITTED.test(text)) return notPermitted(c);
  if (/RTNETLINK answers: (No such process|没有那个进程)/.test(text)) return [tr(lang,
    'There is no such entry to delete or change (for a route: no route with exactly that destination).',
    '没有这一项可删除或修改（对路由来说：没有目的地完全相同的路由）。')];
  if (/Cannot assign requested address|无法指定被请求的地址/.test(text)) return [tr(lang,
    'That address is not on that interface, so there is nothing to remove.',
    '那个接口上没有这个地址，所以没有东西可删。')];
  if ((c.target.prog === 'ping' || (!c.known && /^PING \S/m.test(text))) && (c.result.exitCode ?? 0) !== 0) {
    if (/Destination Host Unreachable/.test(text)) return explainNoReply(c, true);
    if (/ 0 received/.test(text) || /100% packet loss/.test(text)) return explainNoReply(c, false);
  }
  return [];
}

/** Like `explainError`, but lets a bug throw (for tests). */
export function explainErrorStrict(argv: readonly string[], result: RunResult, snapshot: Snapshot | null, lang: Lang): string[] {
  const text = cleanOutput(outputText(result));
  if (result.exitCode === 0 && !UNREACHABLE.test(text)) return [];
  return rules(makeContext(argv, result, snapshot, lang, text));
}

/** The misconception and the fix behind a failed command; [] when there is nothing to say. Never throws. */
export function explainError(argv: readonly string[], result: RunResult, snapshot: Snapshot | null, lang: Lang): string[] {
  return neverThrow(() => explainErrorStrict(argv, result, snapshot, lang), []);
}

