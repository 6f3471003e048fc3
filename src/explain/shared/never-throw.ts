/** The never-throw face of every explainer. Pure. */

/**
 * What `explain()` returns, or `nothing` when it throws. An explanation is
 * extra help: a bug in one must cost that explanation, never the learner's
 * command or session. Each explainer's `…Strict` form lets the bug throw, for
 * tests.
 */
export function neverThrow<T>(explain: () => T, nothing: T): T {
  try {
    return explain();
  } catch {
    return nothing;
  }
}
