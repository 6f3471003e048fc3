/**
 * The words of check verdicts, in the learner's language: the `check` part of
 * the catalogue (i18n/<lang>/check.ts). `evaluate.ts` decides which reason to
 * give, the catalogue only words it.
 */
import type { Lang } from '../i18n/lang.ts';
import type { CheckWords } from '../i18n/en/check.ts';
import { words } from '../i18n/words.ts';

/** Every sentence a verdict can be built from. */
export type Reasons = CheckWords;

/** The reasons in a language; English for anything unknown. */
export function reasonsFor(lang: Lang): Reasons {
  return words(lang)?.check ?? words('en').check;
}
