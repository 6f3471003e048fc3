/** The shapes every explainer returns. Plain data. */

/** One explained span of the output: a part of one line and what it means. */
export type Annotation = {
  /** The line, 0-based, in the output with colour escapes removed. */
  readonly line: number;
  /** First column of the span, 0-based, in UTF-16 code units. */
  readonly start: number;
  /** Column after the span's last character. */
  readonly end: number;
  /** What the span means, one or two sentences. */
  readonly note: string;
};

/** The kinds of output the tutor can explain. */
export type Family = 'ip-addr' | 'ip-link' | 'netns-list' | 'ls-netns' | 'ping' | 'ip-route' | 'ip-route-get' | 'ip-neigh' | 'bridge-link' | 'bridge-fdb';

/** An explained output: notes on its parts and a few sentences about the whole. */
export type OutputExplanation = {
  readonly family: Family;
  /** Sorted by line, then start column; spans may nest (a whole flag list and each flag in it). */
  readonly annotations: readonly Annotation[];
  /** A few sentences on what the output says as a whole. */
  readonly summary: readonly string[];
};
