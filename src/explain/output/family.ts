/** Which kind of output a text is, from the command line when known, else from its shape. Pure. */
import type { Family } from './types.ts';
import { readTarget } from '../shared/argv.ts';
import { cleanOutput } from '../shared/output-lines.ts';

/** `bridge`'s objects, in the order it tries them (bridge/bridge.c); any prefix matches. */
const BRIDGE_OBJECTS = ['link', 'fdb', 'mdb', 'vlan', 'vni', 'monitor'];

/** The family of a `bridge [OPTIONS] OBJECT [show]` command's output, or null. */
function bridgeFamily(args: readonly string[]): Family | null {
  let i = 0;
  for (; i < args.length && args[i]!.startsWith('-'); i += 1) {
    const o = args[i]!;
    if (/^-+j/.test(o)) return null;
    if (/^-+(n|netns|b|batch)$/.test(o)) i += 1;
  }
  const word = args[i];
  const object = word ? BRIDGE_OBJECTS.find((o) => o.startsWith(word)) : undefined;
  const cmd = args[i + 1];
  const show = cmd === undefined || ['show', 'list', 'lst'].some((c) => c.startsWith(cmd));
  if (!show) return null;
  return object === 'link' ? 'bridge-link' : object === 'fdb' ? 'bridge-fdb' : null;
}

/** The family a command line's output belongs to, or null. */
export function familyFromArgv(argv: readonly string[]): Family | null {
  const t = readTarget(argv);
  if (t.prog === 'ping' || t.prog === 'ping6') return 'ping';
  if (t.prog === 'bridge') return bridgeFamily(t.args);
  if (t.prog === 'ls') return t.args.some((a) => /netns/.test(a)) ? 'ls-netns' : null;
  const ip = t.ip;
  if (t.prog !== 'ip' || !ip || ip.object === null) return null;
  if (ip.options.some((o) => /^-+j/.test(o))) return null;
  if (ip.object === 'address' && ip.command === 'show') return 'ip-addr';
  if (ip.object === 'link' && ip.command === 'show') return 'ip-link';
  if (ip.object === 'netns' && ip.command === 'list') return 'netns-list';
  if (ip.object === 'route' && ip.command === 'show') return 'ip-route';
  if (ip.object === 'route' && ip.command === 'get') return 'ip-route-get';
  if (ip.object === 'neighbor' && ip.command === 'show') return 'ip-neigh';
  return null;
}

const IFACE_HEADER = /^\d+:\s+[^\s:]+:\s+<[^>]*>/m;
const ONELINE_ADDR = /^\d+:\s+\S+\s+inet6?\s/m;
const PING = /^(PING \S|\d+ bytes from \S|From \S+ icmp_seq=|ping: |\d+ packets transmitted)/m;
const NEIGH = /^\S+ dev \S+ (lladdr \S+ )?(router )?(REACHABLE|STALE|DELAY|PROBE|FAILED|INCOMPLETE|PERMANENT|NOARP|NONE)\b/m;
const ROUTE = /^((unicast|local|broadcast|unreachable|blackhole|prohibit|throw|multicast) )?(default|\d+\.\d+\.\d+\.\d+(\/\d+)?|[0-9a-f:]*:[0-9a-f:]*(\/\d+)?)( via \S+)? dev \S+/m;
const BRIDGE_LINK = /^\d+:\s+\S+:\s+<[^>]*>.*\smaster \S+ state (disabled|listening|learning|forwarding|blocking)\b/m;
const BRIDGE_FDB = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}\s+dev\s+\S+/im;
const ROUTE_GET = /^\s+cache(\s|$)|^\S+( \S+)* dev \S+ .*\buid \d+/m;
const NETNS_LINE = /^\S+(\s+\(id:\s*\d+\))?\s*$/;
const BRIEF = /^\S+\s+(UP|DOWN|UNKNOWN|LOWERLAYERDOWN|DORMANT)\s/m;

/** Guesses the family from the text alone, or null. */
export function familyFromText(raw: string): Family | null {
  const text = cleanOutput(raw);
  if (BRIDGE_LINK.test(text)) return 'bridge-link';
  if (IFACE_HEADER.test(text)) {
    if (/^\s*inet6? \S/m.test(text) || /\sinet6? \S+\/\d+/.test(text)) return 'ip-addr';
    return /\smode \S+/.test(text) ? 'ip-link' : 'ip-addr';
  }
  if (ONELINE_ADDR.test(text)) return 'ip-addr';
  if (PING.test(text)) return 'ping';
  if (NEIGH.test(text)) return 'ip-neigh';
  if (BRIDGE_FDB.test(text)) return 'bridge-fdb';
  if (ROUTE_GET.test(text)) return 'ip-route-get';
  if (ROUTE.test(text)) return 'ip-route';
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length > 0 && lines.every((l) => NETNS_LINE.test(l)) && lines.some((l) => l.includes('(id:'))) return 'netns-list';
  if (BRIEF.test(text)) return /\d+\.\d+\.\d+\.\d+\/\d+|\/\d+\s/.test(text) ? 'ip-addr' : 'ip-link';
  return null;
}

/** The family of an output: from `argv` when it names one, else from the text. */
export function detectFamily(text: string, argv?: readonly string[]): Family | null {
  const byArgv = argv ? familyFromArgv(argv) : null;
  return byArgv ?? familyFromText(text);
}
