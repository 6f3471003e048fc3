/** The tutor's Chinese words: check. */
import { ROOT_NS } from '../../model/snapshot.ts';
import { clip, type CheckWords } from '../en/check.ts';

/** In Chinese, a Latin word after a Chinese one gets a space. */
const sp = (s: string) => /^[A-Za-z0-9/`“]/.test(s) ? ' ' + s : s;
const zhList = (xs: readonly string[]) => xs.join('、');

const raw: CheckWords = {
  ns: (n) => n === ROOT_NS ? '宿主机（实验环境的根命名空间）' : n === null ? '一个没有名字的命名空间' : n,
  but: (fact, want) => `${fact}，但这一步期望${sp(want)}`,
  and: (facts) => facts.join('；'),
  netnsExists: (ns) => `命名空间 ${ns} 已存在`,
  netnsMissing: (ns, others) => `没有名为 ${ns} 的命名空间（${others.length ? `现有：${zhList(others)}` : '实验环境里还没有任何命名的命名空间'}）`,
  wantNetnsAbsent: () => '它不存在',
  linkIn: (link, nss) => `${link} 在 ${zhList(nss.map(raw.ns))} 中`,
  linkNowhere: (link, ns) => `${raw.ns(ns)} 中没有 ${link}；目前还没有任何命名空间有名为 ${link} 的接口`,
  wantLinkIn: (link, ns) => `${raw.ns(ns)} 中有 ${link}`,
  wantItIn: (ns) => `它在 ${raw.ns(ns)} 中`,
  wantLinkAbsent: (link, ns) => `${raw.ns(ns)} 中没有 ${link}`,
  linkUp: (link, ns, st) => `${raw.ns(ns)} 中的 ${link} 已启用（设置了 UP 标志）` + (st === 'LOWERLAYERDOWN'
    ? '，不过状态是 LOWERLAYERDOWN：另一端还没有启用' : st === 'UP' || st === 'UNKNOWN' ? '' : `，不过状态是 ${st}`),
  linkDown: (link, ns) => `${raw.ns(ns)} 中的 ${link} 处于关闭状态（没有设置 UP 标志）`,
  wantUp: (up) => up ? '它是启用的（UP）' : '它是关闭的',
  linkKind: (link, ns, kind) => `${raw.ns(ns)} 中的 ${link} 类型是 ${kind}`,
  wantKind: (kind, is) => is ? `类型是 ${kind}` : `类型不是 ${kind}`,
  linkMaster: (link, ns, m) => m === null ? `${raw.ns(ns)} 中的 ${link} 没有连接到任何网桥` : `${raw.ns(ns)} 中的 ${link} 连接在 ${m} 上`,
  wantMaster: (m, is) => is ? `它连接在 ${m} 上` : `它不连接在 ${m} 上`,
  peerIs: (link, ns, peer, pns) => `${raw.ns(ns)} 中 ${link} 的另一端是${pns === ns ? '同一命名空间' : ` ${raw.ns(pns)} `}中的 ${peer}`,
  peerUnknown: (link, ns) => `${raw.ns(ns)} 中的 ${link} 是 veth，但找不到它的另一端（可能在一个没有名字的命名空间里）`,
  wantPeer: (peer, pns, is) => is ? `另一端是 ${raw.ns(pns)} 中的 ${peer}` : `另一端不是 ${raw.ns(pns)} 中的 ${peer}`,
  hasAddr: (link, ns, cidr) => `${raw.ns(ns)} 中的 ${link} 有地址 ${cidr}`,
  noAddrs: (link, ns) => `${raw.ns(ns)} 中的 ${link} 没有任何地址`,
  hasOtherAddrs: (link, ns, have, cidr) => `${raw.ns(ns)} 中的 ${link} 有 ${zhList(have)}，但没有 ${cidr}`,
  addrElsewhere: (cidr, link, ns) => `${cidr} 在 ${raw.ns(ns)} 中的 ${link} 上`,
  wantAddr: (cidr, is) => is ? `它有 ${cidr}` : `它没有 ${cidr}`,
  routeTo: (dest) => dest === 'default' ? '默认路由' : `到 ${dest} 的路由`,
  hasRoute: (ns, route) => `${raw.ns(ns)} 有路由 \`${route}\``,
  noRoute: (ns, dest, routes) => `${raw.ns(ns)} 没有${sp(raw.routeTo(dest))}（${routes.length ? `它的路由：${routes.map((r) => `\`${r}\``).join('、')}` : '它没有任何路由'}）`,
  routeDiffers: (ns, dest, routes) => `${raw.ns(ns)} 的${sp(raw.routeTo(dest))}是 ${routes.map((r) => `\`${r}\``).join('、')}`,
  wantRoute: (route, is) => is ? `有路由 \`${route}\`` : `没有路由 \`${route}\``,
  sysctlIs: (key, ns, v) => `${raw.ns(ns)} 中的 ${key} 是 ${v}` + (key !== 'net.ipv4.ip_forward' ? ''
    : v === '0' ? '：它不在接口之间转发报文' : '：它会在接口之间转发报文'),
  sysctlUnread: (key, ns) => `无法读取 ${raw.ns(ns)} 中的 ${key}`,
  wantSysctl: (_key, v, is) => is ? `它是 ${v}` : `它不是 ${v}`,
  pingReply: (from, addr) => `从 ${raw.ns(from)} ping ${addr} 收到了回复`,
  pingNoReply: (from, addr) => `从 ${raw.ns(from)} ping ${addr} 没有收到回复`,
  pingLoDown: (ns) => `${raw.ns(ns)} 中的 lo 处于关闭状态，连自己的回环地址都到不了`,
  pingNoRouteThere: (ns, addr) => `${raw.ns(ns)} 没有到 ${addr} 的路由`,
  pingPeerDown: (link, peer, pns) => `${link} 的另一端（${raw.ns(pns)} 中的 ${peer}）处于关闭状态`,
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
  sawFound: (link, ns, cmd) => `你用 \`${cmd}\` 列出了 ${raw.ns(ns)} 中的 ${link}`,
  sawNone: (link, ns, n, last) => n === 0 ? '你还没有运行任何命令'
    : `${n === 1 ? `这一步你运行的命令 \`${last}\`` : `这一步你运行的 ${n} 条命令（最后一条是 \`${last}\`）都`}没有列出 ${raw.ns(ns)} 中的 ${link}`,
  wantSaw: (link, ns, is) => `你${is ? '' : '不'}用 \`${ns === ROOT_NS ? 'ip link' : `ip -n ${ns} link`}\` 或 \`${ns === ROOT_NS ? 'ip addr' : `ip -n ${ns} addr`}\` 列出 ${raw.ns(ns)} 中的 ${link}`,
  pingedRun: (cmd, replied, said) => `你运行了 \`${cmd}\`，${replied ? '收到了回复' : said ? `它失败了：${said}` : '没有收到回复'}`,
  pingedNone: (addr, from) => `这一步你还没有从 ${raw.ns(from)} ping 过 ${addr}`,
  pingedElsewhere: (addr, from, last) => `这一步你还没有从 ${raw.ns(from)} ping 过 ${addr}（你最后一次 ping 是 \`${last}\`）`,
  wantPinged: (addr, from, expect, reason, is) => `${is ? '有' : '没有'}一次从 ${raw.ns(from)} 到 ${addr} 的 ping${expect === 'succeeds' ? '收到回复'
    : reason === null ? '收不到回复' : reason === 'no-reply' ? `：${raw.errorName(reason)}` : `失败并报${raw.errorName(reason)}`}`,
  pingedBetweenNone: (a, b) => `这一步你还没有在 ${a} 和 ${b} 之间 ping 过（从其中一个 ping 另一个的地址）`,
  wantPingedBetween: (a, b, is) => `${is ? '有' : '没有'}一次从 ${a} ping ${b} 的地址（或反过来）并收到回复`,
  errorFound: (cmd, r) => `\`${cmd}\` 失败了，报的是${raw.errorName(r)}`,
  errorOther: (cmd, code, said) => code === 0 ? `\`${cmd}\` 成功了（退出状态为 0）` : said ? `\`${cmd}\` 失败了，但报的是“${clip(said, 80)}”` : `\`${cmd}\` 失败了，退出状态是 ${code ?? '?'}`,
  errorNotRun: (prefix) => prefix === null ? '这一步还没有运行过任何命令' : `这一步你还没有运行 \`${prefix}\``,
  wantError: (r, is) => `它${is ? '' : '不'}以${raw.errorName(r)}失败`,
};

/** No space between two Chinese characters: names like the host's are Chinese too. */
function tidy(s: string): string {
  return s.replace(/(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])/g, '');
}

/** Every reason with its text tidied, keeping each function's parameter count. */
function tidied(words: CheckWords): CheckWords {
  const each = (f: (...a: never[]) => string) => Object.defineProperty((...a: never[]) => tidy(f(...a)), 'length', { value: f.length });
  return Object.fromEntries(Object.entries(words).map(([k, f]) => [k, each(f as (...a: never[]) => string)])) as CheckWords;
}

export const check: CheckWords = tidied(raw);
