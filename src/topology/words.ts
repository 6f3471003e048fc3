/** The few words the picture says: the `topology` part of the catalogue (i18n/<lang>/topology.ts). */
import type { Lang } from '../i18n/lang.ts';
import type { TopologyWords } from '../i18n/en/topology.ts';
import { words } from '../i18n/words.ts';

/** Narrower than this, the picture is replaced by a one-line note. */
export const MIN_WIDTH = 40;

/** The picture's words in one language. */
export type Words = TopologyWords;

/** The words for a language; English for anything unknown. */
export function wordsFor(lang: Lang): Words {
  return words(lang)?.topology ?? words('en').topology;
}
