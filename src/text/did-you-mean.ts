/**
 * "Did you mean …?": the one rule by which the tutor guesses what a mistyped
 * word meant, for lesson blocks, check keywords, subcommands, lab tools and the
 * names in an error. Pure.
 */

/**
 * Edits between two words: a letter added, removed or changed, or two
 * neighbours swapped (`pnig` is one edit from `ping`, as typing makes it).
 * Stops counting once past `limit` and returns `limit + 1`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1];
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (same ? 0 : 1));
      if (!same && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      cur[j] = d;
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The candidate `word` most likely stands for, or null when there is no good
 * guess. Case is ignored. An alias (a word people use for a candidate, keyed
 * in lower case) wins outright. Otherwise a candidate is near when it is at
 * most one edit away per three letters of `word` (at least one), or when it
 * begins with `word` of three letters or more (an abbreviation: `topo` for
 * `topology`); the nearest wins, and two equally near candidates are no guess
 * at all (ns2 → ns0 or ns1?).
 */
export function didYouMean(word: string, candidates: readonly string[], aliases: Readonly<Record<string, string>> = {}): string | null {
  const w = word.toLowerCase();
  if (Object.hasOwn(aliases, w)) return aliases[w]!;
  const limit = Math.max(1, Math.floor(w.length / 3));
  let best: string | null = null;
  let bestD = Infinity;
  let tie = false;
  for (const c of new Set(candidates)) {
    if (c === word) continue;
    const lc = c.toLowerCase();
    const prefix = w.length >= 3 && lc.startsWith(w);
    const d = prefix ? Math.abs(lc.length - w.length) : editDistance(w, lc, limit);
    if (!prefix && d > limit) continue;
    if (d < bestD) { best = c; bestD = d; tie = false; } else if (d === bestD) tie = true;
  }
  return tie ? null : best;
}
