/** The tutor's own words in the shell: the `shell` part of the catalogue (i18n/<lang>/shell.ts). */
import type { Lang } from './lang.ts';
import type { ShellWords } from './en/shell.ts';
import { words } from './words.ts';

export type Messages = ShellWords;

/** The shell's words in a language; English for anything unknown. */
export function messages(lang: Lang): Messages {
  return words(lang)?.shell ?? words('en').shell;
}

/** A duration as the summary shows it: `4 min 05 s` / `4 分 05 秒`. */
export function formatDuration(ms: number, lang: Lang): string {
  const s = Number.isFinite(ms) ? Math.max(0, Math.round(ms / 1000)) : 0;
  const m = Math.floor(s / 60);
  const r = String(s % 60).padStart(2, '0');
  const say = messages(lang);
  return m ? say.minutesSeconds(m, r) : say.seconds(s % 60);
}
