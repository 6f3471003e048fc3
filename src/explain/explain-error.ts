/**
 * Maps an error to the misconception behind it and the fix, reading the
 * command line and, when given, the lab's snapshot. Pure.
 */
import type { Lang } from '../i18n/lang.ts';
import type { RunResult } from '../lab/run-result.ts';
import { type Snapshot, findNetns } from '../lab/snapshot.ts';
import { type ErrorContext, makeContext } from './error-context.ts';
import { explainNoReply, explainUnreachable } from './explain-ping-failure.ts';
import { addressAssigned, alreadyExists, missingDevice, missingNetns, unknownWord } from './ip-error-rules.ts';
import { atNs, cleanOutput, code, inNs, joinList, tr } from './text.ts';

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

function nexthop(c: ErrorContext): string[] {
  const { lang, snapshot: s, target: t } = c;
  const a = t.ip?.args ?? [];
  const gw = a[a.indexOf('via') + 1] ?? '?';
  const n = s ? findNetns(s, t.ns) : undefined;
  const direct = n ? n.routes.filter((r) => r.gateway === null && r.dst !== 'default' && !r.dst.includes(':')).map((r) => r.dst) : [];
  const reach = direct.length > 0
    ? tr(lang, `Only ${joinList(direct, lang)} ${direct.length === 1 ? 'is' : 'are'} reached directly ${inNs(t.ns, lang)}.`, `${inNs(t.ns, lang)}能直接到达的只有 ${joinList(direct, lang)}。`)
    : tr(lang, 'Nothing is reached directly from there yet: no interface is up with an address.', '那里还没有直接可达的网段：没有接口既已启用又有地址。');
  return [tr(lang,
    `The gateway ${gw} is not in any subnet reached directly ${inNs(t.ns, lang)}, so the kernel cannot hand packets to it.`,
    `${atNs(t.ns, lang)}，网关 ${gw} 不属于任何直接可达的网段，内核没法把报文交给它。`),
  `${reach}${tr(lang, ' The gateway must be a neighbour on one of those links.', '网关必须是这些链路上的邻居。')}`];
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
  if ((m = /exec of "([^"]*)" failed/.exec(text))) return [tr(lang,
    `There is no program named ${m[1]}: ip netns exec runs a program inside the namespace, so the word after the namespace's name must be a command, such as ip or ping.`,
    `没有名为 ${m[1]} 的程序：ip netns exec 是在命名空间里运行一个程序，所以命名空间名后面必须是一条命令，比如 ip 或 ping。`)];
  if (/Unknown device type/.test(text)) return [tr(lang,
    'The kernel does not know this interface type: its module is missing on this machine, or the type is misspelt (veth, bridge, dummy, …).',
    '内核不认识这种接口类型：可能这台机器缺少对应的内核模块，也可能类型名拼错了（veth、bridge、dummy……）。')];
  if (UNREACHABLE.test(text)) return explainUnreachable(c);
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

