/**
 * Checks that probe the lab (`ping`, `file … exists`) or read what the learner
 * ran and printed (`ran`, `exit`, `output`, `saw`, `pinged`, `error`).
 * Pure apart from the injected `ping` and `fileExists`.
 */
import { startsWithCommand, canonicalWords } from '../iproute/grammar.ts';
import { succeeded, type RunResult } from '../model/run-result.ts';
import { findLink, findNetns, type Snapshot } from '../model/snapshot.ts';
import { isLoopback, parseAddress, parseRouteDest, prefixContains, sameAddress, type IpPrefix } from '../net/ip-address.ts';
import type { Check, CheckContext } from './model.ts';
import type { Reasons } from './reasons.ts';
import { failedWith, firstErrorLine, listingOf, listingShows, outputOf, pingReplied, pingTarget, placeOf, ranIn, targetAddresses, targetIs } from './runs.ts';
import { isLink, locate, names, sameParsed, type Outcome } from './state-checks.ts';

/** Checks that ping, look for files or read what the learner ran. */
export async function otherOutcome(c: Check, ctx: CheckContext, t: Reasons): Promise<Outcome> {
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

/** argv as a learner would type it, quoting what the shell would split. */
function showCommand(words: readonly string[]): string {
  return words.map((w) => /^[A-Za-z0-9_@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`).join(' ');
}

function showPipeline(argv: readonly (readonly string[])[]): string {
  return argv.map(showCommand).join(' | ');
}

export function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
