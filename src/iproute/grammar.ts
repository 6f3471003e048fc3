/**
 * How iproute2 reads its command line: `ip [OPTIONS] OBJECT [COMMAND [ARGS]]`,
 * with objects, commands and options abbreviated to any prefix, the first
 * match in iproute2's own table order winning (`ip a` is `ip address`, `ip n`
 * is `ip neighbor`, `ip net` is `ip netns`). Pure.
 */
import { canonicalRouteArgs, ROUTE_ARG_COMMANDS, routeArgsInclude } from './route-args.ts';

/** iproute2's objects, in the order `ip` tries them (ip/ip.c). */
export const IP_OBJECTS = [
  'address', 'addrlabel', 'maddress', 'route', 'rule', 'neighbor', 'neighbour', 'ntable', 'ntbl',
  'link', 'l2tp', 'fou', 'ila', 'macsec', 'tunnel', 'tuntap', 'tap', 'token', 'tcpmetrics',
  'tcp_metrics', 'monitor', 'xfrm', 'mroute', 'mrule', 'netns', 'netconf', 'vrf', 'sr', 'nexthop',
  'mptcp', 'ioam', 'stats', 'help',
] as const;

/** Spellings that are the same object. */
const OBJECT_ALIASES: Record<string, string> = { neighbour: 'neighbor', ntbl: 'ntable', tcp_metrics: 'tcpmetrics', tap: 'tuntap' };

/** Each object's commands, in the order iproute2 tries them (`ip link s` is `set`, `ip addr s` is `show`). */
export const IP_COMMANDS: Record<string, readonly string[]> = {
  address: ['add', 'change', 'replace', 'delete', 'list', 'show', 'lst', 'flush', 'save', 'showdump', 'restore'],
  link: ['add', 'set', 'change', 'replace', 'delete', 'show', 'lst', 'list', 'xstats', 'afstats', 'property'],
  route: ['add', 'change', 'replace', 'prepend', 'append', 'test', 'delete', 'list', 'show', 'lst', 'get', 'flush', 'save', 'restore', 'showdump'],
  neighbor: ['add', 'change', 'replace', 'delete', 'list', 'show', 'lst', 'get', 'flush'],
  netns: ['list', 'show', 'lst', 'list-id', 'add', 'set', 'delete', 'identify', 'pids', 'exec', 'monitor', 'attach'],
  rule: ['list', 'show', 'lst', 'add', 'delete', 'flush', 'save', 'restore'],
  maddress: ['list', 'show', 'lst', 'add', 'delete'],
  tuntap: ['add', 'delete', 'list', 'show', 'lst'],
  vrf: ['show', 'exec', 'identify', 'pids'],
};

/** What a bare `ip OBJECT` does. */
const DEFAULT_COMMAND: Record<string, string> = { netns: 'list' };

/** Commands that mean the same thing. */
const COMMAND_ALIASES: Record<string, string> = { list: 'show', lst: 'show', showdump: 'show' };
/** In `ip link`, `change` is `set`; elsewhere it is its own command. */
const LINK_ALIASES: Record<string, string> = { change: 'set' };
/** In `ip netns`, `show` and `lst` mean `list`. */
const NETNS_ALIASES: Record<string, string> = { show: 'list', lst: 'list' };

/** Global options of `ip` that take a value. */
const OPTIONS_WITH_VALUE = ['-netns', '-family', '-batch', '-loops', '-rcvbuf', '-rc', '-color'];

/** A parsed `ip` command line. */
export type IpCommand = {
  /** The namespace from `-n NS` / `-netns NS`, or null. */
  readonly netns: string | null;
  /** Global options as typed (without `-n NS`). */
  readonly options: readonly string[];
  /** The object, spelled in full (`address`, `link`, …), or null when none was given. */
  readonly object: string | null;
  /** The command, spelled in full (`show`, `add`, …), defaulted when omitted; null when unknown. */
  readonly command: string | null;
  /** The words after the command. */
  readonly args: readonly string[];
  /** Whether the command word was typed (false when defaulted). */
  readonly commandTyped: boolean;
};

/** Whether `word` is a prefix of `full` (iproute2's `matches()`). */
export function matches(word: string, full: string): boolean {
  return word.length > 0 && full.startsWith(word);
}

/** The full object name for a typed word (`a` → `address`), or null. */
export function resolveObject(word: string): string | null {
  const hit = IP_OBJECTS.find((o) => matches(word, o));
  return hit ? (OBJECT_ALIASES[hit] ?? hit) : null;
}

/** The full command name for a typed word within an object, or null. */
export function resolveCommand(object: string, word: string): string | null {
  const commands = IP_COMMANDS[object];
  if (!commands) return word;
  if (word === 'del') return 'delete';
  if (word === 'chg') return object === 'link' ? 'set' : 'change';
  const hit = commands.find((c) => matches(word, c));
  if (!hit) return null;
  if (object === 'netns') return NETNS_ALIASES[hit] ?? hit;
  if (object === 'link' && LINK_ALIASES[hit]) return LINK_ALIASES[hit]!;
  return COMMAND_ALIASES[hit] ?? hit;
}

/** Which global option a typed word is (`-n`, `-net` → `-netns`), or null. */
function resolveOption(word: string): string | null {
  const w = word.startsWith('--') ? word.slice(1) : word;
  if (w === '-n') return '-netns';
  if (w === '-c') return '-color';
  if (w === '-b') return '-batch';
  if (w === '-f') return '-family';
  if (w === '-l') return '-loops';
  const hit = OPTIONS_WITH_VALUE.find((o) => o.startsWith(w) && w.length > 2);
  return hit ?? null;
}

/** Parses the words after `ip`. Never throws. */
export function parseIp(words: readonly string[]): IpCommand {
  let netns: string | null = null;
  const options: string[] = [];
  let i = 0;
  while (i < words.length && words[i]!.startsWith('-')) {
    const w = words[i]!;
    const opt = resolveOption(w);
    if (opt === '-netns') { netns = words[i + 1] ?? null; i += 2; continue; }
    // -c alone is colour without a value; -color=always carries its own value.
    if (opt && opt !== '-color' && !w.includes('=')) { options.push(w, words[i + 1] ?? ''); i += 2; continue; }
    options.push(w);
    i += 1;
  }
  const objectWord = words[i];
  if (objectWord === undefined) return { netns, options, object: null, command: null, args: [], commandTyped: false };
  const object = resolveObject(objectWord) ?? objectWord;
  const rest = words.slice(i + 1);
  const commands = IP_COMMANDS[object];
  const first = rest[0];
  if (!commands) return { netns, options, object, command: first ?? null, args: rest.slice(1), commandTyped: first !== undefined };
  if (first === undefined) return { netns, options, object, command: defaultCommand(object), args: [], commandTyped: false };
  const command = resolveCommand(object, first);
  // `ip link dev lo` or `ip addr dev veth7`: iproute2 treats an unknown word after
  // a show-style object as the start of show's arguments only for `show`-like
  // defaults; we keep it as unknown so explainers can say so.
  return { netns, options, object, command, args: rest.slice(1), commandTyped: true };
}

/** What a bare `ip OBJECT` does. */
export function defaultCommand(object: string): string {
  return DEFAULT_COMMAND[object] ?? 'show';
}

/**
 * The words of a command line as iproute2 reads them, so that `ip a`,
 * `ip addr` and `ip address show` compare equal, `ip -n ns0 link` equals
 * `ip netns exec ns0 ip link show`, and display options (`-j`, `-br`, `-d`)
 * do not matter. Programs other than `ip` keep their words, except that
 * `ip netns exec NS PROG …` canonicalises PROG's words in turn.
 */
export function canonicalWords(argv: readonly string[]): string[] {
  const [prog, ...rest] = argv;
  if (prog === undefined) return [];
  const base = prog.split('/').pop()!;
  if (base === 'bridge') return canonicalBridge(rest);
  if (base !== 'ip') return [base, ...rest];
  const cmd = parseIp(rest);
  const all = cmd.options.some((o) => /^--?a(ll?)?$/.test(o));
  const inner: string[] = all ? ['ip', '-all'] : ['ip'];
  if (cmd.object !== null) inner.push(cmd.object);
  if (cmd.command !== null) inner.push(cmd.command);
  if (cmd.object === 'netns' && cmd.command === 'exec') {
    if (all) inner.push(...canonicalWords(cmd.args));
    else {
      const [ns, ...prog2] = cmd.args;
      inner.push(...(ns !== undefined ? [ns] : []), ...canonicalWords(prog2));
    }
  } else {
    // `dev` before the device name is optional: `ip link set dev lo up` = `ip link set lo up`.
    const optionalDev = (cmd.object === 'link' && ['set', 'show', 'delete'].includes(cmd.command ?? '')) || (cmd.object === 'address' && ['show', 'flush'].includes(cmd.command ?? ''));
    const args = optionalDev && cmd.args[0] === 'dev' ? cmd.args.slice(1) : cmd.args;
    inner.push(...(cmd.object === 'route' && ROUTE_ARG_COMMANDS.has(cmd.command ?? '') ? canonicalRouteArgs(args) : args));
  }
  return cmd.netns !== null ? ['ip', 'netns', 'exec', cmd.netns, ...inner] : inner;
}

/** Whether `argv` starts with `prefix`, both read the way iproute2 reads them. */
export function startsWithCommand(argv: readonly string[], prefix: readonly string[]): boolean {
  const a = canonicalWords(argv);
  const p = canonicalWords(prefix);
  // A prefix like `ip addr` canonicalises to `ip address show`; a typed `ip addr add`
  // must not match it, but `ip address show dev lo` must.
  if (p.length <= a.length && p.every((w, i) => a[i] === w)) return true;
  // `ip route get 198.51.100.1 iif veth1 from 192.0.2.1 oif veth2` says all that
  // `ip route get 198.51.100.1 from 192.0.2.1 iif veth1` says: KEY VALUE pairs in any order.
  const at = routeCommandEnd(p);
  if (at < 0 || at !== routeCommandEnd(a) || !p.slice(0, at).every((w, i) => a[i] === w)) return false;
  return routeArgsInclude(a.slice(at), p.slice(at)) === true;
}

/** Where the arguments of an `ip route add|get|…` begin in canonical words (after any `ip netns exec NS`), or -1. */
function routeCommandEnd(words: readonly string[]): number {
  let i = 0;
  while (words[i] === 'ip' && words[i + 1] === 'netns' && words[i + 2] === 'exec' && words[i + 3] !== undefined) i += 4;
  return words[i] === 'ip' && words[i + 1] === 'route' && ROUTE_ARG_COMMANDS.has(words[i + 2] ?? '') ? i + 3 : -1;
}

/**
 * The program that an `ip` command line would start, if any: `ip netns exec NS
 * PROG …`, `ip -all netns exec PROG …` and `ip vrf exec NAME PROG …` run PROG.
 * Returns the inner argv, or null when `ip` runs nothing else.
 */
export function innerProgram(argvAfterIp: readonly string[]): string[] | null {
  const cmd = parseIp(argvAfterIp);
  const all = cmd.options.some((o) => o === '-all' || o === '-a' || o === '--all');
  if (cmd.object === 'netns' && cmd.command === 'exec') return all ? [...cmd.args] : cmd.args.slice(1);
  if (cmd.object === 'vrf' && cmd.command === 'exec') return cmd.args.slice(1);
  return null;
}

/** bridge's objects, in the order `bridge` tries them (bridge/bridge.c). */
export const BRIDGE_OBJECTS = ['link', 'fdb', 'mdb', 'mst', 'vlan', 'vni', 'monitor', 'help'] as const;
/** Each bridge object's commands, in the order it tries them (`bridge link s` is `set`, `bridge fdb s` is `show`). */
const BRIDGE_COMMANDS: Record<string, readonly string[]> = {
  link: ['set', 'change', 'show', 'lst', 'list', 'help'],
  fdb: ['add', 'append', 'replace', 'delete', 'show', 'list', 'lst', 'get', 'flush', 'help'],
  mdb: ['add', 'delete', 'replace', 'show', 'list', 'lst', 'get', 'flush', 'help'],
  vlan: ['add', 'delete', 'show', 'lst', 'list', 'set', 'tunnelshow', 'global', 'help'],
};
const BRIDGE_ALIASES: Record<string, string> = { change: 'set', list: 'show', lst: 'show' };
/** bridge's global options that take a value (`-n NS`, `-f inet`, `-b FILE`). */
const BRIDGE_OPTIONS_WITH_VALUE = ['-netns', '-family', '-batch'];

/**
 * `bridge [OPTIONS] OBJECT [COMMAND [ARGS]]` read the way bridge reads it:
 * objects and commands abbreviated (`bridge l` is `bridge link show`), display
 * options (`-d`, `-s`, `-j`, `-c`) left out, and `bridge -n NS …` written as
 * `ip netns exec NS bridge …`.
 */
function canonicalBridge(words: readonly string[]): string[] {
  let netns: string | null = null;
  let i = 0;
  while (i < words.length && words[i]!.startsWith('-') && words[i] !== '--') {
    const w = words[i]!.startsWith('--') ? words[i]!.slice(1) : words[i]!;
    const opt = w.length >= 2 ? BRIDGE_OPTIONS_WITH_VALUE.find((o) => o.startsWith(w)) : undefined;
    if (opt === '-netns') netns = words[i + 1] ?? null;
    i += opt ? 2 : 1;
  }
  if (words[i] === '--') i++;
  const out: string[] = ['bridge'];
  const objectWord = words[i];
  if (objectWord !== undefined) {
    const object = BRIDGE_OBJECTS.find((o) => matches(objectWord, o)) ?? objectWord;
    out.push(object);
    const commands = BRIDGE_COMMANDS[object];
    const first = words[i + 1];
    if (commands && first === undefined) out.push('show');
    else if (commands) {
      const hit = first === 'del' ? 'delete' : commands.find((c) => matches(first!, c));
      out.push(hit ? (BRIDGE_ALIASES[hit] ?? hit) : first!, ...words.slice(i + 2));
    } else out.push(...words.slice(i + 1));
  }
  return netns !== null ? ['ip', 'netns', 'exec', netns, ...out] : out;
}
