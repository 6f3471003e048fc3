/**
 * What the learner's own commands did, read from their argv and results:
 * where a command ran (`ip netns exec NS …`, `ip -n NS …`), which address a
 * ping went to and whether it got replies, which interfaces an `ip link` or
 * `ip addr` listing shows, and which error a command failed with, in every
 * language the lab's programs may speak. Pure.
 */
import { canonicalWords } from '../iproute/grammar.ts';
import { errorText, outputText, type RunResult } from '../model/run-result.ts';
import { ROOT_NS } from '../model/snapshot.ts';
import { stripAnsi } from '../text/ansi.ts';
import { parseAddress, sameAddress, type IpAddress } from '../net/ip-address.ts';
import { pingOperands } from '../net/ping-args.ts';
import type { ErrorReason } from './model.ts';

/** Where a command ran, and its words there (canonical, as `ran` reads them). */
export type Place = {
  /** The namespace (`ROOT_NS` for the lab's root); ignored when `all`. */
  readonly netns: string;
  /** `ip -all netns exec …`: it ran in every named namespace. */
  readonly all: boolean;
  readonly words: readonly string[];
};

/** Unwraps `ip netns exec NS …` (and `ip -n NS …`, read the same); the innermost namespace wins. */
export function placeOf(argv: readonly string[]): Place {
  let words = canonicalWords(argv);
  let netns = ROOT_NS;
  let all = false;
  for (;;) {
    if (words[0] === 'ip' && words[1] === 'netns' && words[2] === 'exec' && words[3] !== undefined) {
      netns = words[3];
      all = false;
      words = words.slice(4);
    } else if (words[0] === 'ip' && words[1] === '-all' && words[2] === 'netns' && words[3] === 'exec') {
      all = true;
      words = words.slice(4);
    } else return { netns, all, words };
  }
}

/** Whether a command that ran at `p` ran in namespace `ns`. */
export function ranIn(p: Place, ns: string): boolean {
  return p.all ? ns !== ROOT_NS : p.netns === ns;
}

/** The destination of `ping …` / `ping6 …` words, or null unless exactly one operand names it. */
export function pingTarget(words: readonly string[]): string | null {
  const prog = words[0];
  if (prog !== 'ping' && prog !== 'ping6') return null;
  const operands = pingOperands(words.slice(1));
  return operands.length === 1 ? operands[0]! : null;
}

/** The addresses a ping destination stands for: an IP literal, or `localhost`. */
export function targetAddresses(target: string): IpAddress[] {
  const a = parseAddress(target);
  if (a) return [a];
  if (target === 'localhost') return [parseAddress('127.0.0.1')!, parseAddress('::1')!];
  if (target === 'ip6-localhost' || target === 'ip6-loopback') return [parseAddress('::1')!];
  return [];
}

/** Whether a ping destination is the address `addr`. */
export function targetIs(target: string, addr: string): boolean {
  const want = parseAddress(addr);
  return want !== null && targetAddresses(target).some((a) => sameAddress(a, want));
}

/** Both output streams of a run, without colour escapes. */
export function outputOf(r: RunResult): string {
  return outputText({ stdout: stripAnsi(r.stdout), stderr: stripAnsi(r.stderr) });
}

/** A reply line of ping: `64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=…` (the words icmp_seq and ttl are never translated). */
const REPLY_LINE = /icmp_seq=\d+\s+ttl=\d+/;

/** Whether a ping got replies: exit status 0, or, when piped into a filter (whose status is what remains), a reply line. */
export function pingReplied(r: RunResult): boolean {
  if (r.argv.length <= 1) return r.exitCode === 0;
  return REPLY_LINE.test(outputOf(r));
}

/**
 * How each error reads, in English and in the translations of the C library
 * (zh_CN, zh_TW) that programs such as ping use for the kernel's error codes.
 * iproute2's own messages and the kernel's extended messages are never translated.
 */
const ERROR_TEXT: Readonly<Record<Exclude<ErrorReason, 'no-reply'>, RegExp>> = {
  unreachable: /Network is unreachable|网络不可达|無法接觸網路/,
  'no-route': /No route to host|没有到主机的路由|找不到通往該主機的路由路徑/,
  exists: /File exists|文件已存在|檔案已存在/,
  'invalid-gateway': /Nexthop has invalid gateway/,
  'no-device': /Cannot find device|No such device|没有那个设备|沒有此一裝置/,
};

/** ICMP error reports in ping's output (`From 192.0.2.254 icmp_seq=1 Destination Net Unreachable`, `+1 errors`). */
const ICMP_ERRORS = /Unreachable|exceeded|Redirect|\+\d+ (errors|错误|錯誤)|不可达|無法/i;

/** The run failed: a non-zero status, or a pipeline (whose status is the filter's). */
function failed(r: RunResult): boolean {
  return r.argv.length > 1 || (r.exitCode !== 0 && r.exitCode !== null);
}

/**
 * Whether a run failed with this error. `no-reply` is ping's own failure:
 * the requests went out and nothing came back, not even an error report
 * (exit status 1, no ICMP errors in the output).
 */
export function failedWith(r: RunResult, reason: ErrorReason): boolean {
  if (!failed(r)) return false;
  const out = outputOf(r);
  if (reason === 'no-reply') {
    const words = placeOf(r.argv[0] ?? []).words;
    if (words[0] !== 'ping' && words[0] !== 'ping6') return false;
    if (r.argv.length <= 1 && r.exitCode !== 1) return false;
    return !ICMP_ERRORS.test(out) && !REPLY_LINE.test(out) && !Object.values(ERROR_TEXT).some((re) => re.test(out));
  }
  return ERROR_TEXT[reason].test(out);
}

/** The first line of what a failed command printed on stderr (or stdout), shortened, for reasons. */
export function firstErrorLine(r: RunResult): string {
  const text = stripAnsi(errorText(r)).trim().split('\n').find((l) => l.trim() !== '') ?? '';
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** What an `ip link` / `ip addr` listing shows, or null when the words are no such listing. */
export type Listing = {
  /** The one device it is restricted to (`dev X` or a bare name), or null for all. */
  readonly dev: string | null;
  /** `up`: only interfaces that are up. */
  readonly up: boolean;
  /** `type KIND`: only interfaces of that kind. */
  readonly type: string | null;
  /** `master BR`: only ports of BR. */
  readonly master: string | null;
};

/** Filter words of `ip link show` / `ip addr show` that take a value. */
const LISTING_VALUE_WORDS = new Set(['type', 'master', 'group', 'vrf', 'label', 'to', 'scope', 'nomaster', 'proto']);

/** Reads `ip link show …` / `ip address show …` (canonical words, after the namespace is unwrapped). */
export function listingOf(words: readonly string[]): Listing | null {
  if (words[0] !== 'ip' || (words[1] !== 'link' && words[1] !== 'address') || words[2] !== 'show') return null;
  let dev: string | null = null;
  let up = false;
  let type: string | null = null;
  let master: string | null = null;
  const args = words.slice(3);
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    if (w === 'dev') dev = args[++i] ?? null;
    else if (w === 'up') up = true;
    else if (w === 'type') type = args[++i] ?? null;
    else if (w === 'master') master = args[++i] ?? null;
    else if (w === 'nomaster') master = '';
    else if (LISTING_VALUE_WORDS.has(w)) i++;
    else if (dev === null && !/^(primary|secondary|dynamic|permanent|tentative|deprecated|dadfailed|temporary|home|nodad|noprefixroute|autojoin|-?tentative)$/.test(w)) dev = w;
  }
  return { dev, up, type, master };
}

/** Whether a listing shows the interface with these properties. */
export function listingShows(l: Listing, link: { readonly name: string; readonly up: boolean; readonly kind: string; readonly master: string | null }): boolean {
  if (l.dev !== null && l.dev !== link.name) return false;
  if (l.up && !link.up) return false;
  if (l.type !== null && l.type !== link.kind) return false;
  if (l.master !== null && (l.master === '' ? link.master !== null : link.master !== l.master)) return false;
  return true;
}
