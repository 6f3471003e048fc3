/** The languages the tutor speaks: its own words, the lessons and the explanations. */
export type Lang = 'en' | 'zh';

export const LANGS: readonly Lang[] = ['en', 'zh'];

/** The language from the environment: LC_ALL, then LC_MESSAGES, then LANG; zh* → zh, else en. */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang {
  const v = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return v.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Picks the text for a language from a pair. */
export function pick<T>(lang: Lang, texts: { readonly en: T; readonly zh: T }): T {
  return texts[lang];
}
