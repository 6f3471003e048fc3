/**
 * Maps an error to the misconception behind it and the fix, reading the
 * command line and, when given, the lab's snapshot. Pure.
 */
import type { Lang } from '../i18n/lang.ts';
import { packagesOf } from '../lab/packages.ts';
import type { RunResult } from '../lab/run-result.ts';
import { type Snapshot, findNetns } from '../lab/snapshot.ts';
import { type ErrorContext, makeContext, ownersOf } from './error-context.ts';
import { contains } from './net.ts';
import { explainNoReply, explainUnreachable } from './explain-ping-failure.ts';
import { addressAssigned, alreadyExists, missingDevice, missingNetns, unknownWord } from './ip-error-rules.ts';
import { forwardCommand } from './route-hints.ts';
import { atNs, cleanOutput, code, inNs, joinList, nsName, tr } from './text.ts';

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

/** `Error: either "local" is duplicate, or "veth7" is a garbage.` */
function garbage(c: ErrorContext, key: string, word: string): string[] {
  const ip = c.target.ip;
  const { lang } = c;
  if (ip?.object === 'address' && key === 'local') {
    if (/^\d+\.\d+\.\d+\.\d+/.test(word)) return [tr(lang,
      `One address per command: iproute2 already had an address when it met ${code(word)}.`,
      `一条命令只能加一个地址：读到 ${code(word)} 时，iproute2 已经有一个地址了。`)];
    const i = ip.args.indexOf(word);
    const fixedArgs = [...ip.args.slice(0, i), 'dev', ...ip.args.slice(i)];
    const fixed = ['ip', ...(c.target.nsGiven ? ['-n', c.target.ns] : []), 'addr', ip.command ?? 'add', ...fixedArgs].join(' ');
    return [tr(lang,
      `${code('ip addr add')} wants the interface after the word ${code('dev')}: iproute2 took ${code(ip.args[0] ?? '')} as the address and did not know what to do with ${code(word)}.`,
      `${code('ip addr add')} 要求接口名写在 ${code('dev')} 后面：iproute2 把 ${code(ip.args[0] ?? '')} 当成了地址，却不知道 ${code(word)} 是什么。`),
    tr(lang, `Write ${code(fixed)}.`, `应该写成 ${code(fixed)}。`)];
  }
  return [tr(lang,
    `iproute2 already had a value for ${code(key)} when it met ${code(word)}, and did not expect another word there. Check the order of the words: ${code(`ip ${ip?.object ?? ''} help`)} shows it.`,
    `读到 ${code(word)} 时，iproute2 已经有了 ${code(key)} 的值，不知道这个词是做什么的。检查一下词的顺序：${code(`ip ${ip?.object ?? ''} help`)} 会列出正确写法。`)];
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
  const gw = a[a.indexOf('via') + 1] ?? '?';
  const n = s ? findNetns(s, t.ns) : undefined;
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
    .find(({ x }) => direct.some((net) => contains(net, x.local))) : undefined;
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
  const n = s ? findNetns(s, t.ns) : undefined;
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
    const trap = abbreviationTrap(c);
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
  if ((m = /Command "([^"]*)" is unknown/.exec(text))) return unknownWord(c, 'command', m[1]!);
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
  if (NOT_PERMITTED.test(text)) return notPermitted(c);
  if (/RTNETLINK answers: (No such process|没有那个进程)/.test(text)) return [tr(lang,
    'There is no such entry to delete or change (for a route: no route with exactly that destination).',
    '没有这一项可删除或修改（对路由来说：没有目的地完全相同的路由）。')];
  if (/Cannot assign requested address|无法指定被请求的地址/.test(text)) return [tr(lang,
    'That address is not on that interface, so there is nothing to remove.',
    '那个接口上没有这个地址，所以没有东西可删。')];
  if (c.target.prog === 'ping' && (c.result.exitCode ?? 0) !== 0) {
    if (/Destination Host Unreachable/.test(text)) return explainNoReply(c, true);
    if (/ 0 received/.test(text) || /100% packet loss/.test(text)) return explainNoReply(c, false);
  }
  return [];
}

/** Like `explainError`, but lets a bug throw (for tests). */
export function explainErrorStrict(argv: readonly string[], result: RunResult, snapshot: Snapshot | null, lang: Lang): string[] {
  const text = cleanOutput(`${result.stderr}\n${result.stdout}`);
  if (result.exitCode === 0 && !UNREACHABLE.test(text)) return [];
  return rules(makeContext(argv, result, snapshot, lang, text));
}

/** The misconception and the fix behind a failed command; [] when there is nothing to say. Never throws. */
export function explainError(argv: readonly string[], result: RunResult, snapshot: Snapshot | null, lang: Lang): string[] {
  try {
    return explainErrorStrict(argv, result, snapshot, lang);
  } catch {
    return [];
  }
}

