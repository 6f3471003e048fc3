/**
 * Tab completion at the prompt: programs, the tutor's `/` commands, iproute2
 * objects and actions, and namespace and interface names read from the
 * current snapshot. Completes the last word of the line. Pure.
 */
import { IP_COMMANDS, IP_OBJECTS, resolveCommand, resolveObject } from '../iproute/grammar.ts';
import { FILTERS, LAB_TOOLS } from '../policy/command.ts';
import { allNamespaces, findNetns, ROOT_NS, type Snapshot } from '../model/snapshot.ts';
import { META_COMMANDS } from './meta.ts';

export type CompletionContext = {
  /** The lab as last probed; without it, no names are offered. */
  readonly snapshot: Snapshot | null;
  /** Programs the lesson adds to the lab's tools. */
  readonly extraTools?: readonly string[];
};

export type Completion = {
  /** The line after completing (unchanged when nothing, or nothing more, fits). */
  readonly line: string;
  /** Every word that fits when there is more than one, to show the learner. */
  readonly candidates: readonly string[];
};

const NETNS_DIRS = ['/var/run/netns/', '/run/netns/'];
const LINK_TYPES = ['veth', 'bridge', 'dummy', 'vlan', 'macvlan', 'vxlan', 'bond'];
const LINK_SET_WORDS = ['up', 'down', 'netns', 'name', 'mtu', 'address', 'master', 'nomaster'];
const NS_TAKERS = new Set(['delete', 'set', 'pids']);
const NS_OPTIONS = new Set(['-n', '-netns', '--netns', '-net']);

export function complete(line: string, ctx: CompletionContext): Completion {
  const word = /(\S*)$/.exec(line)![1]!;
  const head = line.slice(0, line.length - word.length);
  const before = head.split(/\s+/).filter(Boolean);
  const fits = unique(candidatesFor(before, word, ctx)).filter((c) => c.startsWith(word));
  if (fits.length === 0) return { line, candidates: [] };
  if (fits.length === 1) {
    const only = fits[0]!;
    return { line: head + only + (only.endsWith('/') ? '' : ' '), candidates: [] };
  }
  return { line: head + commonPrefix(fits), candidates: fits };
}

/** What may stand in place of `word`, after the words `before` it. */
function candidatesFor(before: readonly string[], word: string, ctx: CompletionContext, ns = ROOT_NS): string[] {
  const pipe = before.lastIndexOf('|');
  if (pipe >= 0) return before.length === pipe + 1 ? [...FILTERS] : [];
  const words = before[0] === 'sudo' || before[0] === '$' ? before.slice(1) : before;
  const [prog, ...args] = words;
  if (prog === undefined) {
    if (word.startsWith('/')) return [...META_COMMANDS];
    return [...LAB_TOOLS, ...(ctx.extraTools ?? [])];
  }
  switch (prog) {
    case 'ip': return ipCandidates(args, word, ctx, ns);
    case 'ls':
    case 'cat': return pathCandidates(word, ctx);
    case 'ping': return word.startsWith('-') || args.at(-1)?.startsWith('-') ? [] : addresses(ctx);
    default: return [];
  }
}

function ipCandidates(args: readonly string[], word: string, ctx: CompletionContext, ns: string): string[] {
  let i = 0;
  while (i < args.length && args[i]!.startsWith('-')) {
    if (NS_OPTIONS.has(args[i]!)) {
      if (i + 1 >= args.length) return nsNames(ctx);
      ns = args[i + 1]!;
      i += 2;
    } else i += 1;
  }
  if (word.startsWith('-')) return [];
  const rest = args.slice(i);
  if (rest.length === 0) return [...IP_OBJECTS];
  const object = resolveObject(rest[0]!) ?? rest[0]!;
  if (rest.length === 1) return (IP_COMMANDS[object] ?? []).filter((c) => c !== 'lst');
  const command = resolveCommand(object, rest[1]!) ?? rest[1]!;
  const after = rest.slice(2);
  const prev = rest.at(-1)!;
  if (object === 'netns') {
    if (command === 'exec') return after.length === 0 ? nsNames(ctx) : candidatesFor(after.slice(1), word, ctx, after[0]!);
    return NS_TAKERS.has(command) && after.length === 0 ? nsNames(ctx) : [];
  }
  if (prev === 'dev') return ifnames(ctx, ns);
  if (prev === 'netns') return nsNames(ctx);
  if (prev === 'type') return LINK_TYPES;
  if (prev === 'master') return ifnames(ctx, ns, 'bridge');
  if (prev === 'peer') return ['name'];
  if (object === 'link') {
    if (command === 'add') return after.length === 0 ? [] : after.includes('veth') && !after.includes('peer') ? ['peer'] : ['type'];
    if (after.length === 0) return command === 'show' ? [...ifnames(ctx, ns), 'dev'] : ifnames(ctx, ns);
    return command === 'set' ? LINK_SET_WORDS : [];
  }
  if (object === 'address') {
    if (command === 'show') return after.length === 0 ? [...ifnames(ctx, ns), 'dev'] : [];
    return after.length >= 1 && !after.includes('dev') ? ['dev'] : [];
  }
  if (object === 'route' && (command === 'add' || command === 'replace' || command === 'delete')) {
    return after.length >= 1 ? ['via', 'dev'].filter((w) => !after.includes(w)) : [];
  }
  return [];
}

/** `ls /var/run/netns/…`: the directory, then the namespace names in it. */
function pathCandidates(word: string, ctx: CompletionContext): string[] {
  const dir = NETNS_DIRS.find((d) => word.startsWith(d));
  if (dir) return nsNames(ctx).map((n) => dir + n);
  return word.startsWith('/') ? NETNS_DIRS : [];
}

function nsNames(ctx: CompletionContext): string[] {
  return ctx.snapshot ? ctx.snapshot.namespaces.map((n) => n.name) : [];
}

function ifnames(ctx: CompletionContext, ns: string, kind?: string): string[] {
  if (!ctx.snapshot) return [];
  return (findNetns(ctx.snapshot, ns)?.links ?? []).filter((l) => !kind || l.kind === kind).map((l) => l.name);
}

/** Every IPv4 address in the lab, for ping. */
function addresses(ctx: CompletionContext): string[] {
  if (!ctx.snapshot) return [];
  return allNamespaces(ctx.snapshot).flatMap((n) => n.links.flatMap((l) => l.addrs.filter((a) => a.family === 'inet').map((a) => a.local)));
}

function unique(words: readonly string[]): string[] {
  return [...new Set(words)];
}

function commonPrefix(words: readonly string[]): string {
  let p = words[0] ?? '';
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}
