/**
 * Maps an error to the misconception behind it and the fix, reading the
 * command line and, when given, the lab's snapshot. Pure.
 */
import type { Lang } from '../../i18n/lang.ts';
import { words } from '../../i18n/words.ts';
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
import { atNs, inNs, ipIn, joinList, nsName } from '../shared/wording.ts';

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
  const w = words(c.lang).explainError;
  return [w.abbrevReadAs(word, kw), w.abbrevSayName(fixed)];
}

/** Words of `ip link add` that, read as a value, show that the word before them was taken for a keyword. */
const COMMAND_WORDS = new Set(['type', 'peer', 'name', 'netns', 'dev', 'up', 'down', 'mtu']);

/**
 * `"type" is invalid lladdr`, `argument "type" is wrong: Invalid "txqueuelen" value`
 * when the abbreviation trap cannot be shown on the command line (unknown, or another cause).
 */
function keywordValue(c: ErrorContext): string[] | null {
  const { text } = c;
  const w = words(c.lang).explainError;
  let m: RegExpExecArray | null;
  if ((m = /"([^"]*)" is invalid lladdr/.exec(text))) {
    const word = m[1]!;
    const head = w.kwLladdr(word);
    if (!COMMAND_WORDS.has(word)) return [head];
    return [head, w.kwLladdrCommandWord(word)];
  }
  if ((m = /argument "([^"]*)" is wrong: Invalid "txqueuelen" value/.exec(text))) return [w.kwTxqueuelen(m[1]!)];
  return null;
}

/** `Error: either "local" is duplicate, or "veth7" is a garbage.` */
function garbage(c: ErrorContext, key: string, word: string): string[] {
  const ip = c.target.ip;
  const w = words(c.lang).explainError;
  if (key === 'local' && /^\d+\.\d+\.\d+\.\d+/.test(word) && (ip?.object === 'address' || !c.known)) return [w.garbageOneAddress(word)];
  if (key === 'local' && !c.known) return [w.garbageAddrDev(word), w.garbageAddrWrite(word)];
  if (ip?.object === 'address' && key === 'local') {
    const i = ip.args.indexOf(word);
    const fixedArgs = [...ip.args.slice(0, i), 'dev', ...ip.args.slice(i)];
    const fixed = ['ip', ...(c.target.nsGiven ? ['-n', c.target.ns] : []), 'addr', ip.command ?? 'add', ...fixedArgs].join(' ');
    return [w.garbageAddrTook(ip.args[0] ?? '', word), w.garbageWrite(fixed)];
  }
  const object = ip?.object ?? (c.known ? '' : null);
  const help = object === null ? w.garbageHelpAny : `ip ${object} help`;
  const lines = [w.garbageOrder(key, word, help)];
  // `ip link add l type veth …`: `l` read as `link`, then a later word became the device.
  if (key === 'dev' && (ip?.object === 'link' || !c.known)) lines.push(w.garbageAbbrev);
  return lines;
}

function notPermitted(c: ErrorContext): string[] {
  const w = words(c.lang).explainError;
  if (/ip netns add|mount --make-shared|\/run\/netns/.test(c.text) || (c.target.ip?.object === 'netns')) return [w.permNetns];
  return [w.permNetwork];
}

/** A lab tool that this machine lacks: the lab runs the host's own programs. */
function notInstalled(lang: Lang, program: string): string[] {
  const name = program.split('/').pop()!;
  const pkg = packagesOf(name);
  const w = words(lang).explainError;
  const how = pkg ? w.installHow(pkg[0], pkg[1]) : w.installAny;
  return [w.installMissing(name), how];
}

function nexthop(c: ErrorContext): string[] {
  const { lang, snapshot: s, target: t } = c;
  const w = words(lang).explainError;
  const a = t.ip?.args ?? [];
  const gw = a.includes('via') ? a[a.indexOf('via') + 1] ?? '?' : '?';
  if (!s) {
    // Without the lab's state: what the kernel's words mean, and how to see the directly reached subnets.
    const ip = c.known ? ipIn(t.ns) : 'ip ';
    // (In English, `atNs` is `inNs`, so this is `whereRan`.)
    return [w.nexthopUnknown(gw, c.known ? atNs(t.ns, lang) : whereRan(c)), w.nexthopListDirect(ip)];
  }
  const n = findNetns(s, t.ns);
  const direct = n ? n.routes.filter((r) => r.gateway === null && r.dst !== 'default' && !r.dst.includes(':')).map((r) => r.dst) : [];
  const reach = direct.length > 0 ? w.nexthopOnly(joinList(direct, lang), direct.length, inNs(t.ns, lang)) : w.nexthopNothing;
  const lines = [w.nexthopNotNeighbour(gw, atNs(t.ns, lang)), `${reach}${w.nexthopMustNeighbour}`];
  // The gateway's owner may have another leg on one of those links: that address is the one to use.
  const owner = s ? ownersOf(s, gw)[0] : undefined;
  const near = owner && s ? findNetns(s, owner.ns)?.links.flatMap((l) => l.addrs.filter((x) => x.family === 'inet').map((x) => ({ l, x })))
    .find(({ x }) => direct.some((net) => ipv4RouteCovers(net, x.local))) : undefined;
  if (owner && near && owner.ns !== t.ns) {
    const cmd = ['ip', ...(t.nsGiven ? ['-n', t.ns] : []), 'route', t.ip?.command ?? 'add', ...a.map((w) => (w === gw ? near.x.local : w))];
    lines.push(w.nexthopOtherLeg({
      gw, link: owner.link.name, ownerIn: inNs(owner.ns, lang), hereIn: inNs(t.ns, lang), hereName: nsName(t.ns, lang),
      ownerName: nsName(owner.ns, lang), address: near.x.local, dev: near.l.name, cmd: cmd.join(' '),
    }));
  }
  return lines;
}

/** `RTNETLINK answers: No route to host` from `ip route get`: with `iif`, the namespace would have to forward. */
function routeGetNoRoute(c: ErrorContext): string[] {
  const { lang, snapshot: s, target: t } = c;
  const w = words(lang).explainError;
  const a = t.ip?.args ?? [];
  const dst = a.find((x) => x !== 'to') ?? '?';
  const iif = a.includes('iif') ? a[a.indexOf('iif') + 1] : undefined;
  if (iif === undefined) return [w.routeGetRefused(inNs(t.ns, lang), dst)];
  if (!s) return [w.routeGetForward(dst, iif, nsName(t.ns, lang)), w.routeGetForwardWhy(dst, forwardCommand(t.ns))];
  const n = findNetns(s, t.ns);
  if (n?.sysctls['net.ipv4.ip_forward'] === '0') return [w.routeGetForwardOff(dst, iif, nsName(t.ns, lang)), w.routeGetForwardOn(forwardCommand(t.ns))];
  return [w.routeGetNowhere(inNs(t.ns, lang), iif, dst)];
}

const UNREACHABLE = /(connect|sendmsg|sendto): (Network is unreachable|网络不可达)/;
const NOT_PERMITTED = /Operation not permitted|不允许的操作/;

function rules(c: ErrorContext): string[] {
  const { lang, text } = c;
  const w = words(lang).explainError;
  let m: RegExpExecArray | null;
  if (/"[^"]*" is invalid lladdr|either "dev" is duplicate|Invalid "txqueuelen" value/.test(text)) {
    const trap = abbreviationTrap(c) ?? keywordValue(c);
    if (trap) return trap;
  }
  if ((m = /Cannot create namespace file "([^"]*)": (File exists|文件已存在)/.exec(text))) {
    const name = m[1]!.split('/').pop()!;
    return [w.netnsExists(name), w.netnsExistsFix(name)];
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
  if ((m = /any valid prefix is expected rather than "([^"]*)"/.exec(text))) return [w.badPrefix(m[1]!)];
  if (/Nexthop has invalid gateway/.test(text)) return nexthop(c);
  if ((m = /Object "([^"]*)" is unknown/.exec(text))) return unknownWord(c, 'object', m[1]!);
  if ((m = /Command "([^"]*)" is unknown(?:, try "ip (\S+) help")?/.exec(text))) return unknownWord(c, 'command', m[1]!, m[2]);
  if ((m = /nsenter: failed to execute (\S+): (?:No such file or directory|Permission denied)|^(\S+): command not found$/m.exec(text))) return notInstalled(lang, m[1] ?? m[2]!);
  if ((m = /exec of "([^"]*)" failed/.exec(text)) && packagesOf(m[1]!.split('/').pop()!)) return notInstalled(lang, m[1]!);
  if ((m = /exec of "([^"]*)" failed/.exec(text))) return [w.execNoProgram(m[1]!)];
  if (/Unknown device type/.test(text)) return [w.unknownType];
  if (UNREACHABLE.test(text)) return explainUnreachable(c);
  if (c.target.ip?.object === 'route' && c.target.ip.command === 'get') {
    if (/RTNETLINK answers: (Network is unreachable|网络不可达)/.test(text)) return explainUnreachable(c);
    if (/RTNETLINK answers: (No route to host|没有到主机的路由)/.test(text)) return routeGetNoRoute(c);
  }
  if (!c.known) {
    // Only the text: these words come from `ip route get` or from a route through a gateway.
    if (/RTNETLINK answers: (Network is unreachable|网络不可达)/.test(text)) return [w.unreachableText, w.unreachableTextFix];
    if (/RTNETLINK answers: (No route to host|没有到主机的路由)/.test(text)) return [w.noRouteText];
  }
  if (NOT_PERMITTED.test(text)) return notPermitted(c);
  if (/RTNETLINK answers: (No such process|没有那个进程)/.test(text)) return [w.noSuchEntry];
  if (/Cannot assign requested address|无法指定被请求的地址/.test(text)) return [w.cannotAssign];
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

