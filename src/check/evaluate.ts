/**
 * Check × lab → verdict with a reason for the learner. Checks of the kernel's
 * state read only the snapshot; `ran`, `exit` and `output` read what the
 * learner ran. Pure apart from the injected `ping` and `fileExists`; never throws.
 */
import { canonicalWords, startsWithCommand } from '../iproute/grammar.ts';
import type { Lang } from '../i18n/lang.ts';
import { succeeded, type RunResult } from '../model/run-result.ts';
import { allNamespaces, findLink, findNetns, whereIsLink, ROOT_NS, type Link, type Route, type Snapshot } from '../model/snapshot.ts';
import { isLoopback, parseAddress, parseCidr, parseRouteDest, prefixContains, sameAddress, type IpAddress, type IpPrefix } from '../net/ip-address.ts';
import type { Check, Verdict } from './model.ts';
import { reasonsFor, type Reasons } from './reasons.ts';
import { failedWith, firstErrorLine, listingOf, listingShows, outputOf, pingReplied, pingTarget, placeOf, ranIn, targetAddresses, targetIs } from './runs.ts';

export type { Verdict } from './model.ts';

/** What a check can look at. */
export type CheckContext = {
  /** The lab's state after the learner's last command. */
  snapshot: Snapshot;
  /** The learner's last command in this step, or null. */
  last: RunResult | null;
  /** argv of every command run since this step began (first program of a pipeline), failed ones included. */
  history: readonly (readonly string[])[];
  /**
   * What each command since this step began produced, in order (what `saw`,
   * `pinged` and `error … from` read). When absent, only `last` is known.
   */
  runs?: readonly RunResult[];
  /** Runs `ping -c 1 -W 1 ADDR` inside the lab from a namespace (`ROOT_NS` for the root); true on a reply. */
  ping: (fromNetns: string, addr: string) => Promise<boolean>;
  /** Whether a path exists inside the lab. */
  fileExists: (path: string) => Promise<boolean>;
  /** The language of the reasons. */
  lang: Lang;
};

/**
 * What the lab shows for a check's assertion: whether it holds, the fact
 * (true either way), and what the step expected when it did not go that way.
 */
type Outcome = {
  readonly holds: boolean;
  readonly fact: string;
  /** Said after the fact when the assertion was expected and does not hold. */
  readonly want?: string;
  /** Said after the fact when the check is negated and the assertion holds. */
  readonly notWant?: string;
  /** The check cannot be judged (no command yet, no such namespace to ping from): not ok, negated or not. */
  readonly undecided?: boolean;
};

/** Judges one check. Never throws: a failure of the injected probes becomes a reason. */
export async function evaluateCheck(c: Check, ctx: CheckContext): Promise<Verdict> {
  const t = reasonsFor(ctx.lang);
  try {
    const o = await outcome(c, ctx, t);
    if (o.undecided) return { ok: false, reason: o.fact };
    const ok = o.holds !== c.negated;
    const want = c.negated ? o.notWant : o.want;
    return { ok, reason: !ok && want ? t.but(o.fact, want) : o.fact };
  } catch (e) {
    return { ok: false, reason: t.internal(message(e)) };
  }
}

/** Judges checks one after another (pings run in the lab, one at a time), in order. */
export async function evaluateChecks(cs: readonly Check[], ctx: CheckContext): Promise<Verdict[]> {
  const out: Verdict[] = [];
  for (const c of cs) out.push(await evaluateCheck(c, ctx));
  return out;
}

/**
 * Judges a check that reads only the kernel's state (namespaces, links,
 * addresses, routes, sysctls) against a snapshot, synchronously; null for a
 * check that needs more (a ping, a file, what the learner ran). `undecided`:
 * the snapshot cannot tell (a sysctl the probe could not read).
 */
export function judgeState(c: Check, snapshot: Snapshot, lang: Lang): (Verdict & { readonly undecided: boolean }) | null {
  const t = reasonsFor(lang);
  try {
    const o = stateOutcome(c, snapshot, t);
    if (o === null) return null;
    if (o.undecided) return { ok: false, reason: o.fact, undecided: true };
    const ok = o.holds !== c.negated;
    const want = c.negated ? o.notWant : o.want;
    return { ok, reason: !ok && want ? t.but(o.fact, want) : o.fact, undecided: false };
  } catch (e) {
    return { ok: false, reason: t.internal(message(e)), undecided: true };
  }
}

async function outcome(c: Check, ctx: CheckContext, t: Reasons): Promise<Outcome> {
  return stateOutcome(c, ctx.snapshot, t) ?? await otherOutcome(c, ctx, t);
}

/** What the snapshot alone says about a check of the kernel's state, or null for other checks. */
function stateOutcome(c: Check, s: Snapshot, t: Reasons): Outcome | null {
  switch (c.kind) {
    case 'netns-exists':
      return c.netns !== ROOT_NS && findNetns(s, c.netns)
        ? { holds: true, fact: t.netnsExists(c.netns), notWant: t.wantNetnsAbsent() }
        : { holds: false, fact: t.netnsMissing(c.netns, names(s)) };
    case 'link-exists': {
      const l = locate(s, t, c.link, c.netns);
      return isLink(l) ? { holds: true, fact: t.linkIn(c.link, [c.netns]), notWant: t.wantLinkAbsent(c.link, c.netns) } : l;
    }
    case 'link-state': {
      const l = locate(s, t, c.link, c.netns);
      if (!isLink(l)) return l;
      const fact = l.up ? t.linkUp(c.link, c.netns, l.operstate) : t.linkDown(c.link, c.netns);
      return { holds: l.up === c.up, fact, want: t.wantUp(c.up), notWant: t.wantUp(!c.up) };
    }
    case 'link-type': {
      const l = locate(s, t, c.link, c.netns);
      if (!isLink(l)) return l;
      return { holds: l.kind.toLowerCase() === c.type, fact: t.linkKind(c.link, c.netns, l.kind), want: t.wantKind(c.type, true), notWant: t.wantKind(c.type, false) };
    }
    case 'link-master': {
      const l = locate(s, t, c.link, c.netns);
      if (!isLink(l)) return l;
      return { holds: l.master === c.master, fact: t.linkMaster(c.link, c.netns, l.master), want: t.wantMaster(c.master, true), notWant: t.wantMaster(c.master, false) };
    }
    case 'veth-peer': {
      const l = locate(s, t, c.link, c.netns);
      if (!isLink(l)) return l;
      if (l.kind !== 'veth') return { holds: false, fact: t.linkKind(c.link, c.netns, l.kind), want: t.wantKind('veth', true) };
      if (l.peer === null || l.peer.name === null) return { holds: false, fact: t.peerUnknown(c.link, c.netns), want: t.wantPeer(c.peer, c.peerNetns, true) };
      const holds = l.peer.name === c.peer && l.peer.netns === c.peerNetns;
      return { holds, fact: t.peerIs(c.link, c.netns, l.peer.name, l.peer.netns), want: t.wantPeer(c.peer, c.peerNetns, true), notWant: t.wantPeer(c.peer, c.peerNetns, false) };
    }
    case 'sysctl': {
      const n = findNetns(s, c.netns);
      if (!n) return { holds: false, fact: t.netnsMissing(c.netns, names(s)), want: t.wantSysctl(c.key, c.value, true) };
      const v = n.sysctls[c.key];
      if (v === undefined) return { holds: false, fact: t.sysctlUnread(c.key, c.netns), undecided: true };
      return { holds: v === c.value, fact: t.sysctlIs(c.key, c.netns, v), want: t.wantSysctl(c.key, c.value, true), notWant: t.wantSysctl(c.key, c.value, false) };
    }
    case 'addr': return addrOutcome(c, s, t);
    case 'route': return routeOutcome(c, s, t);
    default: return null;
  }
}

/** Checks that ping, look for files or read what the learner ran. */
async function otherOutcome(c: Check, ctx: CheckContext, t: Reasons): Promise<Outcome> {
  const s = ctx.snapshot;
  const runs = ctx.runs ?? (ctx.last ? [ctx.last] : []);
  switch (c.kind) {
    case 'ping': {
      if (!findNetns(s, c.from)) return { holds: false, fact: t.netnsMissing(c.from, names(s)), undecided: true };
      let reply: boolean;
      try {
        reply = await ctx.ping(c.from, c.addr);
      } catch (e) {
        return { holds: false, fact: t.pingCannotRun(message(e)), undecided: true };
      }
      const want = c.expect === 'succeeds';
      const why = reply ? null : pingDiagnosis(s, c.from, c.addr, t);
      const fact = reply ? t.pingReply(c.from, c.addr) : t.pingNoReply(c.from, c.addr);
      return { holds: reply === want, fact: why ? t.and([fact, why]) : fact, want: t.wantReply(want), notWant: t.wantReply(!want) };
    }
    case 'ran': {
      const prefix = showCommand(c.words);
      const canon = showCommand(canonicalWords(c.words));
      const read = canon === prefix ? null : canon;
      const hit = ctx.history.find((argv) => startsWithCommand(argv, c.words));
      if (hit) return { holds: true, fact: t.ranFound(showCommand(hit)), notWant: t.wantRan(prefix, read, false) };
      if (ctx.history.length === 0) return { holds: false, fact: t.ranNothing(), want: t.wantRan(prefix, read, true) };
      return { holds: false, fact: t.ranOthers(ctx.history.length, showCommand(ctx.history[ctx.history.length - 1]!), prefix, read) };
    }
    case 'exit': {
      const last = ctx.last;
      if (last === null) return { holds: false, fact: t.noLastCommand(), undecided: true };
      const cmd = showPipeline(last.argv);
      const fact = last.exitCode === null ? t.exitSignal(cmd, last.signal) : t.exitStatus(cmd, last.exitCode);
      const want = c.expect === 'succeeds';
      return { holds: succeeded(last) === want, fact, want: t.wantExit(want), notWant: t.wantExit(!want) };
    }
    case 'output-contains': {
      if (ctx.last === null) return { holds: false, fact: t.noLastCommand(), undecided: true };
      const out = outputOf(ctx.last);
      const cmd = showPipeline(ctx.last.argv);
      const holds = out.includes(c.text);
      const empty = !holds && out.trim() === '';
      const fact = empty ? t.printedNothing(cmd) : t.outputContains(cmd, c.text, holds);
      return { holds, fact, ...(empty ? { want: t.wantContains(c.text, true) } : {}), notWant: t.wantContains(c.text, false) };
    }
    case 'output-matches': {
      if (ctx.last === null) return { holds: false, fact: t.noLastCommand(), undecided: true };
      const out = outputOf(ctx.last);
      const cmd = showPipeline(ctx.last.argv);
      const shown = `/${c.regex}/${c.flags}`;
      const m = new RegExp(c.regex, c.flags).exec(out);
      const empty = m === null && out.trim() === '';
      const fact = empty ? t.printedNothing(cmd) : t.outputMatches(cmd, shown, m === null ? null : m[0]);
      return { holds: m !== null, fact, ...(empty ? { want: t.wantMatches(shown, true) } : {}), notWant: t.wantMatches(shown, false) };
    }
    case 'file-exists': {
      let there: boolean;
      try {
        there = await ctx.fileExists(c.path);
      } catch (e) {
        return { holds: false, fact: t.fileCannotCheck(c.path, message(e)), undecided: true };
      }
      return { holds: there, fact: t.fileExists(c.path, there), notWant: t.wantNoFile() };
    }
    case 'saw-link': return sawOutcome(c, s, runs, t);
    case 'pinged': return pingedOutcome(c, runs, t);
    case 'pinged-between': return pingedBetweenOutcome(c, s, runs, t);
    case 'error': return errorOutcome(c, runs, t);
    default: return { holds: false, fact: t.internal(`no rule for ${c.kind}`), undecided: true };
  }
}

/** `saw link IF in NS`: a listing (`ip link`, `ip addr`, any spelling) that ran in NS, succeeded and shows IF. */
function sawOutcome(c: Extract<Check, { kind: 'saw-link' }>, s: Snapshot, runs: readonly RunResult[], t: Reasons): Outcome {
  const l = locate(s, t, c.link, c.netns);
  if (!isLink(l)) return l;
  const notWant = t.wantSaw(c.link, c.netns, false);
  const hit = runs.find((r) => {
    const p = placeOf(r.argv[0] ?? []);
    const listing = listingOf(p.words);
    return listing !== null && ranIn(p, c.netns) && succeeded(r) && listingShows(listing, l);
  });
  if (hit) return { holds: true, fact: t.sawFound(c.link, c.netns, showPipeline(hit.argv)), notWant };
  const last = runs[runs.length - 1];
  return { holds: false, fact: t.sawNone(c.link, c.netns, runs.length, last ? showPipeline(last.argv) : ''), want: t.wantSaw(c.link, c.netns, true), notWant };
}

/** The learner's pings of this step: where each ran and where it went. */
function pingsOf(runs: readonly RunResult[]): { run: RunResult; at: ReturnType<typeof placeOf>; target: string | null }[] {
  return runs.flatMap((run) => {
    const at = placeOf(run.argv[0] ?? []);
    return at.words[0] === 'ping' || at.words[0] === 'ping6' ? [{ run, at, target: pingTarget(at.words) }] : [];
  });
}

/** `pinged ADDR from NS succeeds|fails [with REASON]`: the learner's own ping, read from its argv and result. */
function pingedOutcome(c: Extract<Check, { kind: 'pinged' }>, runs: readonly RunResult[], t: Reasons): Outcome {
  const want = t.wantPinged(c.addr, c.from, c.expect, c.reason, true);
  const notWant = t.wantPinged(c.addr, c.from, c.expect, c.reason, false);
  const pings = pingsOf(runs);
  const mine = pings.filter((p) => ranIn(p.at, c.from) && p.target !== null && targetIs(p.target, c.addr));
  const meets = (r: RunResult) => c.expect === 'succeeds' ? pingReplied(r) : !pingReplied(r) && (c.reason === null || failedWith(r, c.reason));
  const describe = (r: RunResult) => t.pingedRun(showPipeline(r.argv), pingReplied(r), pingReplied(r) ? '' : firstErrorLine(r));
  const hit = mine.find((p) => meets(p.run));
  if (hit) return { holds: true, fact: describe(hit.run), notWant };
  const last = mine[mine.length - 1];
  if (last) return { holds: false, fact: describe(last.run), want, notWant };
  const other = pings[pings.length - 1];
  return { holds: false, fact: other ? t.pingedElsewhere(c.addr, c.from, showPipeline(other.run.argv)) : t.pingedNone(c.addr, c.from), want, notWant };
}

/** `pinged between A and B succeeds`: a ping from A to an address of B, or from B to one of A, that got replies. */
function pingedBetweenOutcome(c: Extract<Check, { kind: 'pinged-between' }>, s: Snapshot, runs: readonly RunResult[], t: Reasons): Outcome {
  const want = t.wantPingedBetween(c.a, c.b, true);
  const notWant = t.wantPingedBetween(c.a, c.b, false);
  const holds = (ns: string) => {
    const n = findNetns(s, ns);
    return (target: string) => !!n && n.links.some((l) => l.kind !== 'loopback' && l.addrs.some((a) => {
      const x = parseAddress(a.local);
      return x !== null && !isLoopback(x) && targetAddresses(target).some((y) => sameAddress(x, y));
    }));
  };
  const [ofA, ofB] = [holds(c.a), holds(c.b)];
  const across = pingsOf(runs).filter((p) => p.target !== null && ((ranIn(p.at, c.a) && ofB(p.target)) || (ranIn(p.at, c.b) && ofA(p.target))));
  const hit = across.find((p) => pingReplied(p.run));
  const describe = (r: RunResult) => t.pingedRun(showPipeline(r.argv), pingReplied(r), pingReplied(r) ? '' : firstErrorLine(r));
  if (hit) return { holds: true, fact: describe(hit.run), notWant };
  const last = across[across.length - 1];
  return { holds: false, fact: last ? describe(last.run) : t.pingedBetweenNone(c.a, c.b), want, notWant };
}

/** `error REASON [from PREFIX…]`: a command of this step (or the last one) that failed with that error. */
function errorOutcome(c: Extract<Check, { kind: 'error' }>, runs: readonly RunResult[], t: Reasons): Outcome {
  const want = t.wantError(c.reason, true);
  const notWant = t.wantError(c.reason, false);
  const candidates = c.words === null ? runs.slice(-1) : runs.filter((r) => startsWithCommand(r.argv[0] ?? [], c.words!));
  const hit = candidates.find((r) => failedWith(r, c.reason));
  if (hit) return { holds: true, fact: t.errorFound(showPipeline(hit.argv), c.reason), notWant };
  const last = candidates[candidates.length - 1];
  if (!last) return { holds: false, fact: t.errorNotRun(c.words === null ? null : showCommand(c.words)), want, ...(c.words === null ? { undecided: true } : {}) };
  return { holds: false, fact: t.errorOther(showPipeline(last.argv), last.exitCode, last.exitCode === 0 ? '' : firstErrorLine(last)), want, notWant };
}

/** The link, or why it is not where the check looks. */
function locate(s: Snapshot, t: Reasons, link: string, ns: string): Link | Outcome {
  if (!findNetns(s, ns)) return { holds: false, fact: t.netnsMissing(ns, names(s)), want: t.wantLinkIn(link, ns) };
  const l = findLink(s, ns, link);
  if (l) return l;
  const where = whereIsLink(s, link);
  if (where.length === 0) return { holds: false, fact: t.linkNowhere(link, ns) };
  return { holds: false, fact: t.linkIn(link, where), want: t.wantItIn(ns) };
}

function isLink(x: Link | Outcome): x is Link {
  return 'ifindex' in x;
}

function addrOutcome(c: Extract<Check, { kind: 'addr' }>, s: Snapshot, t: Reasons): Outcome {
  const l = locate(s, t, c.link, c.netns);
  if (!isLink(l)) return l;
  const want = parseCidr(c.cidr);
  const notWant = t.wantAddr(c.cidr, false);
  const hit = l.addrs.find((a) => {
    const p = parseCidr(`${a.local}/${a.prefixlen}`);
    return p && want ? p.prefix === want.prefix && sameAddress(p.addr, want.addr) : a.cidr === c.cidr;
  });
  if (hit) return { holds: true, fact: t.hasAddr(c.link, c.netns, hit.cidr), notWant };
  const family = want?.addr.family === 6 ? 'inet6' : 'inet';
  const same = l.addrs.filter((a) => a.family === family);
  const have = (same.length > 0 ? same : l.addrs).map((a) => a.cidr);
  const facts = [have.length === 0 ? t.noAddrs(c.link, c.netns) : t.hasOtherAddrs(c.link, c.netns, have, c.cidr)];
  const elsewhere = want && allNamespaces(s).flatMap((n) => n.links.flatMap((k) => k.addrs
    .filter((a) => !(n.name === c.netns && k.name === c.link) && sameParsed(a.local, want.addr))
    .map((a) => t.addrElsewhere(a.cidr, k.name, n.name))));
  return { holds: false, fact: t.and([...facts, ...(elsewhere ?? []).slice(0, 1)]), notWant };
}

function routeOutcome(c: Extract<Check, { kind: 'route' }>, s: Snapshot, t: Reasons): Outcome {
  const wanted = showRoute({ dst: c.dest, gateway: c.via, dev: c.dev });
  const n = findNetns(s, c.netns);
  if (!n) return { holds: false, fact: t.netnsMissing(c.netns, names(s)), want: t.wantRoute(wanted, true) };
  const toDest = n.routes.filter((r) => sameDest(r.dst, c.dest));
  if (toDest.length === 0) return { holds: false, fact: t.noRoute(c.netns, c.dest, n.routes.map(showRoute)) };
  const hit = toDest.find((r) => (c.via === null || (r.gateway !== null && sameText(r.gateway, c.via))) && (c.dev === null || r.dev === c.dev));
  if (hit) return { holds: true, fact: t.hasRoute(c.netns, showRoute(hit)), notWant: t.wantRoute(wanted, false) };
  return { holds: false, fact: t.routeDiffers(c.netns, c.dest, toDest.map(showRoute)), want: t.wantRoute(wanted, true) };
}

/** A likely cause for a ping without reply, read from the snapshot, or null. */
function pingDiagnosis(s: Snapshot, from: string, addr: string, t: Reasons): string | null {
  const n = findNetns(s, from);
  const a = parseAddress(addr);
  if (!n || !a) return null;
  if (isLoopback(a)) {
    const lo = n.links.find((l) => l.kind === 'loopback' || l.name === 'lo');
    return lo && !lo.up ? t.pingLoDown(from) : null;
  }
  if (n.links.some((l) => l.addrs.some((x) => sameParsed(x.local, a)))) return null;
  const covering = n.routes
    .map((r) => ({ r, p: parseRouteDest(r.dst) }))
    .filter((x) => x.p === 'default' || (x.p !== null && prefixContains(x.p, a)))
    .sort((x, y) => prefixLen(y.p) - prefixLen(x.p));
  const route = covering[0]?.r;
  if (!route) return t.pingNoRouteThere(from, addr);
  const dev = route.dev === null ? undefined : n.links.find((l) => l.name === route.dev);
  const peer = dev?.peer;
  if (!dev || !peer || peer.name === null || peer.netns === null) return null;
  const other = findLink(s, peer.netns, peer.name);
  return other && !other.up ? t.pingPeerDown(dev.name, other.name, peer.netns) : null;
}

function prefixLen(p: IpPrefix | 'default' | null): number {
  return p === null || p === 'default' ? 0 : p.prefix;
}

function sameDest(a: string, b: string): boolean {
  const x = parseRouteDest(a);
  const y = parseRouteDest(b);
  if (x === null || y === null) return a === b;
  if (x === 'default' || y === 'default') return x === y;
  return x.prefix === y.prefix && sameAddress(x.addr, y.addr);
}

/** Two addresses as text, equal when they parse to the same bytes. */
function sameText(a: string, b: string): boolean {
  const x = parseAddress(a);
  const y = parseAddress(b);
  return x && y ? sameAddress(x, y) : a === b;
}

function sameParsed(text: string, addr: IpAddress): boolean {
  const x = parseAddress(text);
  return x !== null && sameAddress(x, addr);
}

function showRoute(r: Pick<Route, 'dst' | 'gateway' | 'dev'>): string {
  return [r.dst, r.gateway !== null ? `via ${r.gateway}` : '', r.dev !== null ? `dev ${r.dev}` : ''].filter((x) => x !== '').join(' ');
}

/** argv as a learner would type it, quoting what the shell would split. */
function showCommand(words: readonly string[]): string {
  return words.map((w) => /^[A-Za-z0-9_@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`).join(' ');
}

function showPipeline(argv: readonly (readonly string[])[]): string {
  return argv.map(showCommand).join(' | ');
}

function names(s: Snapshot): string[] {
  return s.namespaces.map((n) => n.name);
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
