/** `netns-tutor --help`, in the tutor's words (src/i18n/<lang>/cli.ts). */
import type { Lang } from '../i18n/lang.ts';
import { words } from '../i18n/words.ts';

export function helpText(lang: Lang): string {
  return words(lang).cli.help;
}
