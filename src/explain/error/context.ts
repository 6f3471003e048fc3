/** What the error explainers look at, and helpers to word a fix. Pure. */
import type { Lang } from '../../i18n/lang.ts';
import { words } from '../../i18n/words.ts';
import type { RunResult } from '../../model/run-result.ts';
import { type Link, type Snapshot, allNamespaces, findNetns } from '../../model/snapshot.ts';
import { type Target, readTarget } from '../shared/argv.ts';
import { inNs } from '../shared/wording.ts';

export type ErrorContext = {
  readonly argv: readonly string[];
  readonly target: Target;
  /** Everything the command printed (`outputText`), colour escapes removed. */
  readonly text: string;
  readonly result: RunResult;
  readonly snapshot: Snapshot | null;
  readonly lang: Lang;
  /**
   * Whether the command line is known. The `explain` subcommand may be given
   * only an error text: then where it ran and what it named are unknown, and
   * the explanation must not guess them.
   */
  readonly known: boolean;
};

export function makeContext(argv: readonly string[], result: RunResult, snapshot: Snapshot | null, lang: Lang, text: string): ErrorContext {
  return { argv, target: readTarget(argv), text, result, snapshot, lang, known: argv.length > 0 };
}

/** "in ns0" / "on the host" where the command ran, or a neutral phrase when the command line is unknown. */
export function whereRan(c: ErrorContext): string {
  return c.known ? inNs(c.target.ns, c.lang) : words(c.lang).explainError.whereUnknown;
}

/** The `ip` words of the command without any namespace option, e.g. `link set veth7 up`. */
export function ipWordsWithoutNetns(t: Target): string[] {
  const out: string[] = [];
  for (let i = 0; i < t.args.length; i += 1) {
    const w = t.args[i]!;
    if (/^--?n(e(t(ns?)?)?)?$/.test(w) && i + 1 < t.args.length) { i += 1; continue; }
    out.push(w);
  }
  return out;
}

/** The same `ip` command, run in namespace `ns` instead. */
export function ipCommandIn(t: Target, ns: string): string {
  const words = ipWordsWithoutNetns(t).join(' ');
  return ns === '' ? `ip ${words}` : `ip -n ${ns} ${words}`;
}

/** Where an IPv4 address is configured in the lab. */
export type Owner = { readonly ns: string; readonly link: Link; readonly cidr: string };

export function ownersOf(s: Snapshot, ip: string): Owner[] {
  const out: Owner[] = [];
  for (const n of allNamespaces(s)) {
    for (const l of n.links) {
      for (const a of l.addrs) if (a.family === 'inet' && a.local === ip) out.push({ ns: n.name, link: l, cidr: a.cidr });
    }
  }
  return out;
}

/** The other end of a veth and its namespace, when the snapshot holds it. */
export function peerOf(s: Snapshot, l: Link): { ns: string; link: Link } | null {
  if (!l.peer || l.peer.netns === null || l.peer.name === null) return null;
  const link = findNetns(s, l.peer.netns)?.links.find((x) => x.name === l.peer!.name);
  return link ? { ns: l.peer.netns, link } : null;
}

/** Names of every named namespace. */
export function namespaceNames(s: Snapshot | null): string[] {
  return s ? s.namespaces.map((n) => n.name) : [];
}

/** The first IPv4 address of a link, if any. */
export function ipv4Of(l: Link): string | null {
  return l.addrs.find((a) => a.family === 'inet')?.cidr ?? null;
}
