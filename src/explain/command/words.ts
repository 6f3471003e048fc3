/**
 * What a word of a command line means: the answer's shape, how iproute2
 * spells its options, and looking a word up in the word tables (the words
 * themselves are in the catalogue, src/i18n/<lang>/explain-command-tables.ts).
 */

/** One word of a command line and what it does there. */
export type WordMeaning = { word: string; meaning: string };

/**
 * The entry of a word table for a word the learner typed, or undefined when
 * the table has none (never one of Object's own properties, such as `constructor`).
 */
export function entry<T>(table: Readonly<Record<string, T>>, word: string): T | undefined {
  return Object.hasOwn(table, word) ? table[word] : undefined;
}

/** Full option names by what iproute2 accepts for them. */
export function optionName(word: string): string | null {
  const w = word.startsWith('--') ? word.slice(1) : word;
  const table: [RegExp, string][] = [
    [/^-d(e(t(a(i(ls?)?)?)?)?)?$/, '-details'], [/^-j(s(on?)?)?$/, '-json'], [/^-br(i(ef?)?)?$/, '-brief'],
    [/^-4$/, '-4'], [/^-6$/, '-6'], [/^-o(n(e(l(i(ne?)?)?)?)?)?$/, '-oneline'], [/^-s(t(a(t(i(s(t(i(cs?)?)?)?)?)?)?)?)?$/, '-statistics'],
    [/^-c(o(l(or?)?)?)?(=.*)?$/, '-color'], [/^-p(r(e(t(ty?)?)?)?)?$/, '-pretty'], [/^-a(ll?)?$/, '-all'],
  ];
  return table.find(([re]) => re.test(w))?.[1] ?? null;
}
