/** What a word handler of `ip link` / `ip addr` output sees. */
import type { Lang } from '../../../i18n/lang.ts';
import type { Iface } from './parse.ts';
import type { LineNotes, Token } from '../tokens.ts';

export type WordContext = {
  /** The interface whose block this line belongs to, if any. */
  readonly f: Iface | undefined;
  readonly all: readonly Iface[];
  readonly lang: Lang;
  /** `ip ` or `ip -n ns0 `: how to reach the namespace the output came from. */
  readonly ipPrefix: string;
  readonly notes: LineNotes;
  readonly toks: readonly Token[];
  /** The link layer type of the current `link/…` word, for its `brd`. */
  linkType: string | null;
};

/** Notes the words at `i` … `i + n - 1` and returns how many words were used. */
export type WordHandler = (c: WordContext, i: number) => number;
