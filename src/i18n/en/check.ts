/**
 * The tutor's English words: check. The words of check verdicts: a reason is
 * a fact about the lab ("veth7 is in ns1"), optionally followed by what the
 * step expected instead; check/evaluate.ts decides which, these only word it.
 */
import { ROOT_NS } from '../../model/snapshot.ts';
import type { ErrorReason } from '../../check/model.ts';

/** Every sentence a verdict can be built from: a fact about the lab, optionally followed by what the step expected instead. */
export type CheckWords = {
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
export function clip(s: string, max = 60): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}

const enList = (xs: readonly string[]) => xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;

export const check: CheckWords = {
  // Building blocks: a namespace as learners know it, "FACT, but this step expects WANT", joined facts.
  ns: (n) => n === ROOT_NS ? "the host (the lab's root namespace)" : n === null ? 'a namespace without a name' : n,
  but: (fact, want) => `${fact}, but this step expects ${want}`,
  and: (facts) => facts.join('; '),
  // netns NS exists.
  netnsExists: (ns) => `namespace ${ns} exists`,
  netnsMissing: (ns, others) => `there is no namespace named ${ns} (${others.length ? `the lab has: ${others.join(', ')}` : 'the lab has no named namespaces yet'})`,
  wantNetnsAbsent: () => 'it not to exist',
  // link, veth: where an interface is, its state, kind, bridge and peer.
  linkIn: (link, nss) => `${link} is in ${enList(nss.map(check.ns))}`,
  linkNowhere: (link, ns) => `${check.ns(ns)} has no ${link}; no namespace has an interface named ${link} yet`,
  wantLinkIn: (link, ns) => `${link} in ${check.ns(ns)}`,
  wantItIn: (ns) => `it in ${check.ns(ns)}`,
  wantLinkAbsent: (link, ns) => `no ${link} in ${check.ns(ns)}`,
  linkUp: (link, ns, st) => `${link} in ${check.ns(ns)} is up (UP flag set)` + (st === 'LOWERLAYERDOWN'
    ? ', though its state is LOWERLAYERDOWN: the other end is down' : st === 'UP' || st === 'UNKNOWN' ? '' : `, though its state is ${st}`),
  linkDown: (link, ns) => `${link} in ${check.ns(ns)} is down (UP flag not set)`,
  wantUp: (up) => up ? 'it up' : 'it down',
  linkKind: (link, ns, kind) => `${link} in ${check.ns(ns)} is of type ${kind}`,
  wantKind: (kind, is) => is ? `type ${kind}` : `a type other than ${kind}`,
  linkMaster: (link, ns, m) => m === null ? `${link} in ${check.ns(ns)} is not attached to any bridge` : `${link} in ${check.ns(ns)} is attached to ${m}`,
  wantMaster: (m, is) => is ? `it attached to ${m}` : `it not attached to ${m}`,
  peerIs: (link, ns, peer, pns) => `the other end of ${link} in ${check.ns(ns)} is ${peer}, ${pns === ns ? 'in the same namespace' : `in ${check.ns(pns)}`}`,
  peerUnknown: (link, ns) => `${link} in ${check.ns(ns)} is a veth whose other end cannot be found (it may be in a namespace without a name)`,
  wantPeer: (peer, pns, is) => is ? `it to be ${peer} in ${check.ns(pns)}` : `its other end not to be ${peer} in ${check.ns(pns)}`,
  // addr CIDR on IF.
  hasAddr: (link, ns, cidr) => `${link} in ${check.ns(ns)} has ${cidr}`,
  noAddrs: (link, ns) => `${link} in ${check.ns(ns)} has no addresses`,
  hasOtherAddrs: (link, ns, have, cidr) => `${link} in ${check.ns(ns)} has ${enList(have)} but not ${cidr}`,
  addrElsewhere: (cidr, link, ns) => `${cidr} is on ${link} in ${check.ns(ns)}`,
  wantAddr: (cidr, is) => is ? `it to have ${cidr}` : `it not to have ${cidr}`,
  // route DEST.
  routeTo: (dest) => dest === 'default' ? 'default route' : `route to ${dest}`,
  hasRoute: (ns, route) => `${check.ns(ns)} has the route \`${route}\``,
  noRoute: (ns, dest, routes) => `${check.ns(ns)} has no ${check.routeTo(dest)} (${routes.length ? `its routes: ${routes.map((r) => `\`${r}\``).join(', ')}` : 'it has no routes'})`,
  routeDiffers: (ns, dest, routes) => `${check.ns(ns)}'s ${check.routeTo(dest)} is ${routes.map((r) => `\`${r}\``).join(', ')}`,
  wantRoute: (route, is) => is ? `the route \`${route}\`` : `no route \`${route}\``,
  // sysctl KEY = VALUE.
  sysctlIs: (key, ns, v) => `${key} in ${check.ns(ns)} is ${v}` + (key !== 'net.ipv4.ip_forward' ? ''
    : v === '0' ? ': it does not forward packets between its interfaces' : ': it forwards packets between its interfaces'),
  sysctlUnread: (key, ns) => `the tutor could not read ${key} in ${check.ns(ns)}`,
  wantSysctl: (_key, v, is) => is ? `it to be ${v}` : `it not to be ${v}`,
  // ping ADDR: the check's own ping.
  pingReply: (from, addr) => `a ping from ${check.ns(from)} to ${addr} got a reply`,
  pingNoReply: (from, addr) => `a ping from ${check.ns(from)} to ${addr} got no reply`,
  pingLoDown: (ns) => `lo in ${check.ns(ns)} is down, so it cannot reach even its own loopback addresses`,
  pingNoRouteThere: (ns, addr) => `${check.ns(ns)} has no route to ${addr}`,
  pingPeerDown: (link, peer, pns) => `the other end of ${link}, ${peer} in ${check.ns(pns)}, is down`,
  pingCannotRun: (why) => `the check's own ping could not run: ${why}`,
  wantReply: (reply) => reply ? 'a reply' : 'no reply',
  // ran COMMAND.
  ranFound: (cmd) => `you ran \`${cmd}\``,
  ranNothing: () => 'you have not run any command in this step yet',
  ranOthers: (n, last, prefix, read) => (n === 1 ? `the command you ran in this step, \`${last}\`, does not start with \`${prefix}\``
    : `none of the ${n} commands you ran in this step starts with \`${prefix}\` (the last was \`${last}\`)`) + (read ? `; \`${prefix}\` reads as \`${read}\`` : ''),
  wantRan: (prefix, read, is) => `you ${is ? '' : 'not '}to run \`${prefix}\`${read ? ` (read as \`${read}\`)` : ''}`,
  // exit and output: the last command.
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
  // file PATH exists.
  fileExists: (path, is) => `${path} ${is ? 'exists' : 'does not exist'} in the lab`,
  wantNoFile: () => 'it not to exist',
  fileCannotCheck: (path, why) => `could not look for ${path} in the lab: ${why}`,
  // A check that could not be judged.
  internal: (why) => `this check could not be evaluated (${why}); please report it`,
  // An error as it reads: “File exists”.
  errorName: (r) => ({
    unreachable: '“Network is unreachable”', 'no-route': '“No route to host”', exists: '“File exists”',
    'invalid-gateway': '“Nexthop has invalid gateway”', 'no-device': '“Cannot find device”', 'no-reply': 'no reply (the requests went out and nothing came back)',
  })[r],
  // saw link IF.
  sawFound: (link, ns, cmd) => `you listed ${link} in ${check.ns(ns)} with \`${cmd}\``,
  sawNone: (link, ns, n, last) => n === 0 ? 'you have not run any command in this step yet'
    : `${n === 1 ? `the command you ran in this step, \`${last}\`, does` : `none of the ${n} commands you ran in this step (the last was \`${last}\`)`} not list ${link} in ${check.ns(ns)}`,
  wantSaw: (link, ns, is) => `you ${is ? '' : 'not '}to list ${link} in ${check.ns(ns)}, with \`${ns === ROOT_NS ? 'ip link' : `ip -n ${ns} link`}\` or \`${ns === ROOT_NS ? 'ip addr' : `ip -n ${ns} addr`}\``,
  // pinged: the learner's own pings.
  pingedRun: (cmd, replied, said) => `you ran \`${cmd}\`, which ${replied ? 'got replies' : said ? `failed: ${said}` : 'got no reply'}`,
  pingedNone: (addr, from) => `you have not pinged ${addr} from ${check.ns(from)} in this step`,
  pingedElsewhere: (addr, from, last) => `you have not pinged ${addr} from ${check.ns(from)} in this step (your last ping was \`${last}\`)`,
  wantPinged: (addr, from, expect, reason, is) => `${is ? 'a' : 'no'} ping to ${addr} from ${check.ns(from)} that ${expect === 'succeeds' ? 'gets replies'
    : reason === null ? 'gets no reply' : reason === 'no-reply' ? `gets ${check.errorName(reason)}` : `fails with ${check.errorName(reason)}`}`,
  pingedBetweenNone: (a, b) => `you have not pinged between ${a} and ${b} in this step (from one of them to an address of the other)`,
  wantPingedBetween: (a, b, is) => `${is ? 'a' : 'no'} ping from ${a} to an address of ${b}, or from ${b} to one of ${a}, that gets replies`,
  // error REASON [from COMMAND].
  errorFound: (cmd, r) => `\`${cmd}\` failed with ${check.errorName(r)}`,
  errorOther: (cmd, code, said) => code === 0 ? `\`${cmd}\` succeeded (status 0)` : said ? `\`${cmd}\` failed, saying “${clip(said, 80)}”` : `\`${cmd}\` failed with status ${code ?? '?'}`,
  errorNotRun: (prefix) => prefix === null ? 'no command has run yet in this step' : `you have not run \`${prefix}\` in this step`,
  wantError: (r, is) => `it ${is ? '' : 'not '}to fail with ${check.errorName(r)}`,
};
