/**
 * The words of check verdicts, in every language the tutor speaks. A reason
 * is a fact about the lab ("veth7 is in ns1"), optionally followed by what the
 * step expected instead; `evaluate.ts` decides which, this module only words.
 */
import { ROOT_NS } from '../model/snapshot.ts';
import type { Lang } from '../i18n/lang.ts';
import type { ErrorReason } from './model.ts';

/** Every sentence a verdict can be built from. */
export type Reasons = {
  /** A namespace as learners know it; the lab's root namespace is "the host". */
  ns(name: string | null): string;
  /** "FACT, but this step expects WANT". */
  but(fact: string, want: string): string;
  /** Joins facts into one sentence. */
  and(facts: readonly string[]): string;
  netnsExists(ns: string): string;
  netnsMissing(ns: string, others: readonly string[]): string;
  wantNetnsAbsent(): string;
  linkIn(link: string, nss: readonly string[]): string;
  linkNowhere(link: string, ns: string): string;
  wantLinkIn(link: string, ns: string): string;
  wantItIn(ns: string): string;
  wantLinkAbsent(link: string, ns: string): string;
  linkUp(link: string, ns: string, operstate: string): string;
  linkDown(link: string, ns: string): string;
  wantUp(up: boolean): string;
  linkKind(link: string, ns: string, kind: string): string;
  wantKind(kind: string, is: boolean): string;
  linkMaster(link: string, ns: string, master: string | null): string;
  wantMaster(master: string, is: boolean): string;
  peerIs(link: string, ns: string, peer: string, peerNs: string | null): string;
  peerUnknown(link: string, ns: string): string;
  wantPeer(peer: string, peerNs: string, is: boolean): string;
  hasAddr(link: string, ns: string, cidr: string): string;
  noAddrs(link: string, ns: string): string;
  hasOtherAddrs(link: string, ns: string, have: readonly string[], cidr: string): string;
  addrElsewhere(cidr: string, link: string, ns: string): string;
  wantAddr(cidr: string, is: boolean): string;
  routeTo(dest: string): string;
  hasRoute(ns: string, route: string): string;
  noRoute(ns: string, dest: string, routes: readonly string[]): string;
  routeDiffers(ns: string, dest: string, routes: readonly string[]): string;
  wantRoute(route: string, is: boolean): string;
  sysctlIs(key: string, ns: string, value: string): string;
  sysctlUnread(key: string, ns: string): string;
  wantSysctl(key: string, value: string, is: boolean): string;
  pingReply(from: string, addr: string): string;
  pingNoReply(from: string, addr: string): string;
  pingLoDown(ns: string): string;
  pingNoRouteThere(ns: string, addr: string): string;
  pingPeerDown(link: string, peer: string, peerNs: string | null): string;
  pingCannotRun(why: string): string;
  wantReply(reply: boolean): string;
  ranFound(cmd: string): string;
  ranNothing(): string;
  ranOthers(count: number, last: string, prefix: string, read: string | null): string;
  wantRan(prefix: string, read: string | null, is: boolean): string;
  noLastCommand(): string;
  exitStatus(cmd: string, code: number): string;
  exitSignal(cmd: string, signal: string | null): string;
  wantExit(succeeds: boolean): string;
  printedNothing(cmd: string): string;
  outputContains(cmd: string, text: string, is: boolean): string;
  outputMatches(cmd: string, regex: string, match: string | null): string;
  wantContains(text: string, is: boolean): string;
  wantMatches(regex: string, is: boolean): string;
  fileExists(path: string, is: boolean): string;
  wantNoFile(): string;
  fileCannotCheck(path: string, why: string): string;
  internal(why: string): string;
  /** How an error reads (`File exists`), in the learner's language. */
  errorName(reason: ErrorReason): string;
  sawFound(link: string, ns: string, cmd: string): string;
  sawNone(link: string, ns: string, count: number, last: string): string;
  wantSaw(link: string, ns: string, is: boolean): string;
  /** What one of the learner's pings did: `replied`, or failed (with the first line it printed, or nothing). */
  pingedRun(cmd: string, replied: boolean, said: string): string;
  pingedNone(addr: string, from: string): string;
  pingedElsewhere(addr: string, from: string, last: string): string;
  wantPinged(addr: string, from: string, expect: 'succeeds' | 'fails', reason: ErrorReason | null, is: boolean): string;
  pingedBetweenNone(a: string, b: string): string;
  wantPingedBetween(a: string, b: string, is: boolean): string;
  errorFound(cmd: string, reason: ErrorReason): string;
  /** The command did not fail with the error: it succeeded, or said something else. */
  errorOther(cmd: string, code: number | null, said: string): string;
  errorNotRun(prefix: string | null): string;
  wantError(reason: ErrorReason, is: boolean): string;
};

/** Shortens a learner-visible excerpt. */
function clip(s: string, max = 60): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}

const enList = (xs: readonly string[]) => xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;

const en: Reasons = {
  ns: (n) => n === ROOT_NS ? "the host (the lab's root namespace)" : n === null ? 'a namespace without a name' : n,
  but: (fact, want) => `${fact}, but this step expects ${want}`,
  and: (facts) => facts.join('; '),
  netnsExists: (ns) => `namespace ${ns} exists`,
  netnsMissing: (ns, others) => `there is no namespace named ${ns} (${others.length ? `the lab has: ${others.join(', ')}` : 'the lab has no named namespaces yet'})`,
  wantNetnsAbsent: () => 'it not to exist',
  linkIn: (link, nss) => `${link} is in ${enList(nss.map(en.ns))}`,
  linkNowhere: (link, ns) => `${en.ns(ns)} has no ${link}; no namespace has an interface named ${link} yet`,
  wantLinkIn: (link, ns) => `${link} in ${en.ns(ns)}`,
  wantItIn: (ns) => `it in ${en.ns(ns)}`,
  wantLinkAbsent: (link, ns) => `no ${link} in ${en.ns(ns)}`,
  linkUp: (link, ns, st) => `${link} in ${en.ns(ns)} is up (UP flag set)` + (st === 'LOWERLAYERDOWN'
    ? ', though its state is LOWERLAYERDOWN: the other end is down' : st === 'UP' || st === 'UNKNOWN' ? '' : `, though its state is ${st}`),
  linkDown: (link, ns) => `${link} in ${en.ns(ns)} is down (UP flag not set)`,
  wantUp: (up) => up ? 'it up' : 'it down',
  linkKind: (link, ns, kind) => `${link} in ${en.ns(ns)} is of type ${kind}`,
  wantKind: (kind, is) => is ? `type ${kind}` : `a type other than ${kind}`,
  linkMaster: (link, ns, m) => m === null ? `${link} in ${en.ns(ns)} is not attached to any bridge` : `${link} in ${en.ns(ns)} is attached to ${m}`,
  wantMaster: (m, is) => is ? `it attached to ${m}` : `it not attached to ${m}`,
  peerIs: (link, ns, peer, pns) => `the other end of ${link} in ${en.ns(ns)} is ${peer}, ${pns === ns ? 'in the same namespace' : `in ${en.ns(pns)}`}`,
  peerUnknown: (link, ns) => `${link} in ${en.ns(ns)} is a veth whose other end cannot be found (it may be in a namespace without a name)`,
  wantPeer: (peer, pns, is) => is ? `it to be ${peer} in ${en.ns(pns)}` : `its other end not to be ${peer} in ${en.ns(pns)}`,
  hasAddr: (link, ns, cidr) => `${link} in ${en.ns(ns)} has ${cidr}`,
  noAddrs: (link, ns) => `${link} in ${en.ns(ns)} has no addresses`,
  hasOtherAddrs: (link, ns, have, cidr) => `${link} in ${en.ns(ns)} has ${enList(have)} but not ${cidr}`,
  addrElsewhere: (cidr, link, ns) => `${cidr} is on ${link} in ${en.ns(ns)}`,
  wantAddr: (cidr, is) => is ? `it to have ${cidr}` : `it not to have ${cidr}`,
  routeTo: (dest) => dest === 'default' ? 'default route' : `route to ${dest}`,
  hasRoute: (ns, route) => `${en.ns(ns)} has the route \`${route}\``,
  noRoute: (ns, dest, routes) => `${en.ns(ns)} has no ${en.routeTo(dest)} (${routes.length ? `its routes: ${routes.map((r) => `\`${r}\``).join(', ')}` : 'it has no routes'})`,
  routeDiffers: (ns, dest, routes) => `${en.ns(ns)}'s ${en.routeTo(dest)} is ${routes.map((r) => `\`${r}\``).join(', ')}`,
  wantRoute: (route, is) => is ? `the route \`${route}\`` : `no route \`${route}\``,
  sysctlIs: (key, ns, v) => `${key} in ${en.ns(ns)} is ${v}` + (key !== 'net.ipv4.ip_forward' ? ''
    : v === '0' ? ': it does not forward packets between its interfaces' : ': it forwards packets between its interfaces'),
  sysctlUnread: (key, ns) => `the tutor could not read ${key} in ${en.ns(ns)}`,
  wantSysctl: (_key, v, is) => is ? `it to be ${v}` : `it not to be ${v}`,
  pingReply: (from, addr) => `a ping from ${en.ns(from)} to ${addr} got a reply`,
  pingNoReply: (from, addr) => `a ping from ${en.ns(from)} to ${addr} got no reply`,
  pingLoDown: (ns) => `lo in ${en.ns(ns)} is down, so it cannot reach even its own loopback addresses`,
  pingNoRouteThere: (ns, addr) => `${en.ns(ns)} has no route to ${addr}`,
  pingPeerDown: (link, peer, pns) => `the other end of ${link}, ${peer} in ${en.ns(pns)}, is down`,
  pingCannotRun: (why) => `the check's own ping could not run: ${why}`,
  wantReply: (reply) => reply ? 'a reply' : 'no reply',
  ranFound: (cmd) => `you ran \`${cmd}\``,
  ranNothing: () => 'you have not run any command in this step yet',
  ranOthers: (n, last, prefix, read) => (n === 1 ? `the command you ran in this step, \`${last}\`, does not start with \`${prefix}\``
    : `none of the ${n} commands you ran in this step starts with \`${prefix}\` (the last was \`${last}\`)`) + (read ? `; \`${prefix}\` reads as \`${read}\`` : ''),
  wantRan: (prefix, read, is) => `you ${is ? '' : 'not '}to run \`${prefix}\`${read ? ` (read as \`${read}\`)` : ''}`,
  noLastCommand: () => 'no command has run yet in this step',
  exitStatus: (cmd, code) => `your last command, \`${cmd}\`, exited with status ${code}`,
  exitSignal: (cmd, sig) => `your last command, \`${cmd}\`, was stopped by ${sig ?? 'a signal'}`,
  wantExit: (ok) => ok ? 'it to succeed (status 0)' : 'it to fail (a non-zero status)',
  printedNothing: (cmd) => `your last command, \`${cmd}\`, printed nothing`,
  outputContains: (cmd, text, is) => `the output of your last command, \`${cmd}\`, ${is ? 'contains' : 'does not contain'} "${clip(text)}"`,
  outputMatches: (cmd, re, m) => m === null ? `the output of your last command, \`${cmd}\`, does not match ${re}`
    : `the output of your last command, \`${cmd}\`, matches ${re} at "${clip(m)}"`,
  wantContains: (text, is) => `its output ${is ? '' : 'not '}to contain "${clip(text)}"`,
  wantMatches: (re, is) => `its output ${is ? '' : 'not '}to match ${re}`,
  fileExists: (path, is) => `${path} ${is ? 'exists' : 'does not exist'} in the lab`,
  wantNoFile: () => 'it not to exist',
  fileCannotCheck: (path, why) => `could not look for ${path} in the lab: ${why}`,
  internal: (why) => `this check could not be evaluated (${why}); please report it`,
  errorName: (r) => ({
    unreachable: '“Network is unreachable”', 'no-route': '“No route to host”', exists: '“File exists”',
    'invalid-gateway': '“Nexthop has invalid gateway”', 'no-device': '“Cannot find device”', 'no-reply': 'no reply (the requests went out and nothing came back)',
  })[r],
  sawFound: (link, ns, cmd) => `you listed ${link} in ${en.ns(ns)} with \`${cmd}\``,
  sawNone: (link, ns, n, last) => n === 0 ? 'you have not run any command in this step yet'
    : `${n === 1 ? `the command you ran in this step, \`${last}\`, does` : `none of the ${n} commands you ran in this step (the last was \`${last}\`)`} not list ${link} in ${en.ns(ns)}`,
  wantSaw: (link, ns, is) => `you ${is ? '' : 'not '}to list ${link} in ${en.ns(ns)}, with \`${ns === ROOT_NS ? 'ip link' : `ip -n ${ns} link`}\` or \`${ns === ROOT_NS ? 'ip addr' : `ip -n ${ns} addr`}\``,
  pingedRun: (cmd, replied, said) => `you ran \`${cmd}\`, which ${replied ? 'got replies' : said ? `failed: ${said}` : 'got no reply'}`,
  pingedNone: (addr, from) => `you have not pinged ${addr} from ${en.ns(from)} in this step`,
  pingedElsewhere: (addr, from, last) => `you have not pinged ${addr} from ${en.ns(from)} in this step (your last ping was \`${last}\`)`,
  wantPinged: (addr, from, expect, reason, is) => `${is ? 'a' : 'no'} ping to ${addr} from ${en.ns(from)} that ${expect === 'succeeds' ? 'gets replies'
    : reason === null ? 'gets no reply' : reason === 'no-reply' ? `gets ${en.errorName(reason)}` : `fails with ${en.errorName(reason)}`}`,
  pingedBetweenNone: (a, b) => `you have not pinged between ${a} and ${b} in this step (from one of them to an address of the other)`,
  wantPingedBetween: (a, b, is) => `${is ? 'a' : 'no'} ping from ${a} to an address of ${b}, or from ${b} to one of ${a}, that gets replies`,
  errorFound: (cmd, r) => `\`${cmd}\` failed with ${en.errorName(r)}`,
  errorOther: (cmd, code, said) => code === 0 ? `\`${cmd}\` succeeded (status 0)` : said ? `\`${cmd}\` failed, saying “${clip(said, 80)}”` : `\`${cmd}\` failed with status ${code ?? '?'}`,
  errorNotRun: (prefix) => prefix === null ? 'no command has run yet in this step' : `you have not run \`${prefix}\` in this step`,
  wantError: (r, is) => `it ${is ? '' : 'not '}to fail with ${en.errorName(r)}`,
};

/** In Chinese, a Latin word after a Chinese one gets a space. */
const sp = (s: string) => /^[A-Za-z0-9/`“]/.test(s) ? ' ' + s : s;
const zhList = (xs: readonly string[]) => xs.join('、');

const zhWords: Reasons = {
  ns: (n) => n === ROOT_NS ? '宿主机（实验环境的根命名空间）' : n === null ? '一个没有名字的命名空间' : n,
  but: (fact, want) => `${fact}，但这一步期望${sp(want)}`,
  and: (facts) => facts.join('；'),
  netnsExists: (ns) => `命名空间 ${ns} 已存在`,
  netnsMissing: (ns, others) => `没有名为 ${ns} 的命名空间（${others.length ? `现有：${zhList(others)}` : '实验环境里还没有任何命名的命名空间'}）`,
  wantNetnsAbsent: () => '它不存在',
  linkIn: (link, nss) => `${link} 在 ${zhList(nss.map(zh.ns))} 中`,
  linkNowhere: (link, ns) => `${zhWords.ns(ns)} 中没有 ${link}；目前还没有任何命名空间有名为 ${link} 的接口`,
  wantLinkIn: (link, ns) => `${zhWords.ns(ns)} 中有 ${link}`,
  wantItIn: (ns) => `它在 ${zhWords.ns(ns)} 中`,
  wantLinkAbsent: (link, ns) => `${zhWords.ns(ns)} 中没有 ${link}`,
  linkUp: (link, ns, st) => `${zhWords.ns(ns)} 中的 ${link} 已启用（设置了 UP 标志）` + (st === 'LOWERLAYERDOWN'
    ? '，不过状态是 LOWERLAYERDOWN：另一端还没有启用' : st === 'UP' || st === 'UNKNOWN' ? '' : `，不过状态是 ${st}`),
  linkDown: (link, ns) => `${zhWords.ns(ns)} 中的 ${link} 处于关闭状态（没有设置 UP 标志）`,
  wantUp: (up) => up ? '它是启用的（UP）' : '它是关闭的',
  linkKind: (link, ns, kind) => `${zhWords.ns(ns)} 中的 ${link} 类型是 ${kind}`,
  wantKind: (kind, is) => is ? `类型是 ${kind}` : `类型不是 ${kind}`,
  linkMaster: (link, ns, m) => m === null ? `${zhWords.ns(ns)} 中的 ${link} 没有连接到任何网桥` : `${zhWords.ns(ns)} 中的 ${link} 连接在 ${m} 上`,
  wantMaster: (m, is) => is ? `它连接在 ${m} 上` : `它不连接在 ${m} 上`,
  peerIs: (link, ns, peer, pns) => `${zhWords.ns(ns)} 中 ${link} 的另一端是${pns === ns ? '同一命名空间' : ` ${zhWords.ns(pns)} `}中的 ${peer}`,
  peerUnknown: (link, ns) => `${zhWords.ns(ns)} 中的 ${link} 是 veth，但找不到它的另一端（可能在一个没有名字的命名空间里）`,
  wantPeer: (peer, pns, is) => is ? `另一端是 ${zhWords.ns(pns)} 中的 ${peer}` : `另一端不是 ${zhWords.ns(pns)} 中的 ${peer}`,
  hasAddr: (link, ns, cidr) => `${zhWords.ns(ns)} 中的 ${link} 有地址 ${cidr}`,
  noAddrs: (link, ns) => `${zhWords.ns(ns)} 中的 ${link} 没有任何地址`,
  hasOtherAddrs: (link, ns, have, cidr) => `${zhWords.ns(ns)} 中的 ${link} 有 ${zhList(have)}，但没有 ${cidr}`,
  addrElsewhere: (cidr, link, ns) => `${cidr} 在 ${zhWords.ns(ns)} 中的 ${link} 上`,
  wantAddr: (cidr, is) => is ? `它有 ${cidr}` : `它没有 ${cidr}`,
  routeTo: (dest) => dest === 'default' ? '默认路由' : `到 ${dest} 的路由`,
  hasRoute: (ns, route) => `${zhWords.ns(ns)} 有路由 \`${route}\``,
  noRoute: (ns, dest, routes) => `${zhWords.ns(ns)} 没有${sp(zhWords.routeTo(dest))}（${routes.length ? `它的路由：${routes.map((r) => `\`${r}\``).join('、')}` : '它没有任何路由'}）`,
  routeDiffers: (ns, dest, routes) => `${zhWords.ns(ns)} 的${sp(zhWords.routeTo(dest))}是 ${routes.map((r) => `\`${r}\``).join('、')}`,
  wantRoute: (route, is) => is ? `有路由 \`${route}\`` : `没有路由 \`${route}\``,
  sysctlIs: (key, ns, v) => `${zhWords.ns(ns)} 中的 ${key} 是 ${v}` + (key !== 'net.ipv4.ip_forward' ? ''
    : v === '0' ? '：它不在接口之间转发报文' : '：它会在接口之间转发报文'),
  sysctlUnread: (key, ns) => `无法读取 ${zhWords.ns(ns)} 中的 ${key}`,
  wantSysctl: (_key, v, is) => is ? `它是 ${v}` : `它不是 ${v}`,
  pingReply: (from, addr) => `从 ${zhWords.ns(from)} ping ${addr} 收到了回复`,
  pingNoReply: (from, addr) => `从 ${zhWords.ns(from)} ping ${addr} 没有收到回复`,
  pingLoDown: (ns) => `${zhWords.ns(ns)} 中的 lo 处于关闭状态，连自己的回环地址都到不了`,
  pingNoRouteThere: (ns, addr) => `${zhWords.ns(ns)} 没有到 ${addr} 的路由`,
  pingPeerDown: (link, peer, pns) => `${link} 的另一端（${zhWords.ns(pns)} 中的 ${peer}）处于关闭状态`,
  pingCannotRun: (why) => `检查用的 ping 无法运行：${why}`,
  wantReply: (reply) => reply ? '收到回复' : '收不到回复',
  ranFound: (cmd) => `你运行了 \`${cmd}\``,
  ranNothing: () => '你还没有运行任何命令',
  ranOthers: (n, last, prefix, read) => (n === 1 ? `这一步你运行的命令 \`${last}\` 不是以 \`${prefix}\` 开头的`
    : `这一步你运行的 ${n} 条命令中，没有一条以 \`${prefix}\` 开头（最后一条是 \`${last}\`）`) + (read ? `；按 ip 的读法，\`${prefix}\` 就是 \`${read}\`` : ''),
  wantRan: (prefix, read, is) => `你${is ? '' : '不'}运行 \`${prefix}\`${read ? `（按 ip 的读法即 \`${read}\`）` : ''}`,
  noLastCommand: () => '这一步还没有运行过任何命令',
  exitStatus: (cmd, code) => `你上一条命令 \`${cmd}\` 的退出状态是 ${code}`,
  exitSignal: (cmd, sig) => `你上一条命令 \`${cmd}\` 被${sig ? ` ${sig} ` : '信号'}终止了`,
  wantExit: (ok) => ok ? '它成功（退出状态为 0）' : '它失败（退出状态不为 0）',
  printedNothing: (cmd) => `你上一条命令 \`${cmd}\` 没有任何输出`,
  outputContains: (cmd, text, is) => `你上一条命令 \`${cmd}\` 的输出${is ? '包含' : '不包含'}“${clip(text)}”`,
  outputMatches: (cmd, re, m) => m === null ? `你上一条命令 \`${cmd}\` 的输出不匹配 ${re}`
    : `你上一条命令 \`${cmd}\` 的输出匹配 ${re}（匹配到“${clip(m)}”）`,
  wantContains: (text, is) => `输出${is ? '' : '不'}包含“${clip(text)}”`,
  wantMatches: (re, is) => `输出${is ? '' : '不'}匹配 ${re}`,
  fileExists: (path, is) => `实验环境中${is ? '存在' : '不存在'} ${path}`,
  wantNoFile: () => '它不存在',
  fileCannotCheck: (path, why) => `无法在实验环境中查找 ${path}：${why}`,
  internal: (why) => `无法判断这项检查（${why}），请报告这个问题`,
  errorName: (r) => ({
    unreachable: '“网络不可达”（Network is unreachable）', 'no-route': '“没有到主机的路由”（No route to host）', exists: '“文件已存在”（File exists）',
    'invalid-gateway': '“Nexthop has invalid gateway”（网关无效）', 'no-device': '“Cannot find device”（找不到设备）', 'no-reply': '没有回复（请求发出去了，什么也没回来）',
  })[r],
  sawFound: (link, ns, cmd) => `你用 \`${cmd}\` 列出了 ${zhWords.ns(ns)} 中的 ${link}`,
  sawNone: (link, ns, n, last) => n === 0 ? '你还没有运行任何命令'
    : `${n === 1 ? `这一步你运行的命令 \`${last}\`` : `这一步你运行的 ${n} 条命令（最后一条是 \`${last}\`）都`}没有列出 ${zhWords.ns(ns)} 中的 ${link}`,
  wantSaw: (link, ns, is) => `你${is ? '' : '不'}用 \`${ns === ROOT_NS ? 'ip link' : `ip -n ${ns} link`}\` 或 \`${ns === ROOT_NS ? 'ip addr' : `ip -n ${ns} addr`}\` 列出 ${zhWords.ns(ns)} 中的 ${link}`,
  pingedRun: (cmd, replied, said) => `你运行了 \`${cmd}\`，${replied ? '收到了回复' : said ? `它失败了：${said}` : '没有收到回复'}`,
  pingedNone: (addr, from) => `这一步你还没有从 ${zhWords.ns(from)} ping 过 ${addr}`,
  pingedElsewhere: (addr, from, last) => `这一步你还没有从 ${zhWords.ns(from)} ping 过 ${addr}（你最后一次 ping 是 \`${last}\`）`,
  wantPinged: (addr, from, expect, reason, is) => `${is ? '有' : '没有'}一次从 ${zhWords.ns(from)} 到 ${addr} 的 ping${expect === 'succeeds' ? '收到回复'
    : reason === null ? '收不到回复' : reason === 'no-reply' ? `：${zhWords.errorName(reason)}` : `失败并报${zhWords.errorName(reason)}`}`,
  pingedBetweenNone: (a, b) => `这一步你还没有在 ${a} 和 ${b} 之间 ping 过（从其中一个 ping 另一个的地址）`,
  wantPingedBetween: (a, b, is) => `${is ? '有' : '没有'}一次从 ${a} ping ${b} 的地址（或反过来）并收到回复`,
  errorFound: (cmd, r) => `\`${cmd}\` 失败了，报的是${zhWords.errorName(r)}`,
  errorOther: (cmd, code, said) => code === 0 ? `\`${cmd}\` 成功了（退出状态为 0）` : said ? `\`${cmd}\` 失败了，但报的是“${clip(said, 80)}”` : `\`${cmd}\` 失败了，退出状态是 ${code ?? '?'}`,
  errorNotRun: (prefix) => prefix === null ? '这一步还没有运行过任何命令' : `这一步你还没有运行 \`${prefix}\``,
  wantError: (r, is) => `它${is ? '' : '不'}以${zhWords.errorName(r)}失败`,
};

/** No space between two Chinese characters: names like the host's are Chinese too. */
function tidy(s: string): string {
  return s.replace(/(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])/g, '');
}

const zh = Object.fromEntries(Object.entries(zhWords).map(([k, f]) => [k, (...a: never[]) => tidy((f as (...x: never[]) => string)(...a))])) as Reasons;

const REASONS: Readonly<Record<Lang, Reasons>> = { en, zh };

/** The reasons in a language; English for anything unknown. */
export function reasonsFor(lang: Lang): Reasons {
  return Object.hasOwn(REASONS, lang) ? REASONS[lang] : en;
}
