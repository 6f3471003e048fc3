/**
 * Check × lab → verdict with a reason for the learner. Checks of the kernel's
 * state read only the snapshot; `ran`, `exit` and `output` read what the
 * learner ran. Pure apart from the injected `ping` and `fileExists`; never throws.
 */
import type { Lang } from '../i18n/lang.ts';
import type { Snapshot } from '../model/snapshot.ts';
import { message, otherOutcome } from './learner-checks.ts';
import type { Check, CheckContext, Verdict } from './model.ts';
import { reasonsFor, type Reasons } from './reasons.ts';
import { stateOutcome, type Outcome } from './state-checks.ts';

export type { CheckContext, Verdict } from './model.ts';

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
