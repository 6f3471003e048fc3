/**
 * The tutor's own words, one catalogue per language (src/i18n/<lang>/), each
 * split by the part of the tutor that speaks. English defines the keys and
 * their parameters; every other language must have the same keys with the same
 * parameters (the type below, and test/unit/i18n/catalogue.test.ts). Adding a
 * language is adding a folder and a line in LANGS and BY_LANG.
 */
import * as en from './en/index.ts';
import * as zh from './zh/index.ts';
import type { Lang } from './lang.ts';
import { tidyZh } from '../text/zh-spacing.ts';

export type Words = typeof en;

/** Each part of the catalogue, by language (zh checked against en's keys and parameters). */
export const CATALOGUES: Readonly<Record<Lang, Words>> = { en, zh: zh satisfies Words };

/**
 * The explainers build sentences from pieces (a name, an address, a clause),
 * so their Chinese is tidied as a whole: no space between Chinese characters,
 * one between Chinese and Latin (text/zh-spacing.ts).
 */
const TIDIED: readonly (keyof Words)[] = ['explainOutput', 'explainError', 'explainChange', 'explainCommand', 'explainShared'];

/** Built on first use: most commands never say a word of the explainers in Chinese. */
let zhTidied: Words | null = null;

/** The words of one language. */
export function words(lang: Lang): Words {
  if (lang === 'en') return en;
  return (zhTidied ??= { ...zh, ...Object.fromEntries(TIDIED.map((k) => [k, tidied(zh[k])])) } as Words);
}

/** A copy of a catalogue part whose texts (and texts returned by its functions) are tidied. */
function tidied<T>(part: T): T {
  const map = (v: unknown): unknown => {
    if (typeof v === 'string') return tidyZh(v);
    if (typeof v === 'function') return (...args: unknown[]) => map((v as (...a: unknown[]) => unknown)(...args));
    if (Array.isArray(v)) return v.map(map);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, map(x)]));
    return v;
  };
  return map(part) as T;
}
