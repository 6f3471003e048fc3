/** The tutor's English words: lint, the shape of a lesson file (lesson/parse.ts). */
export const lintLesson = {
  // Front matter.
  frontMatterUnclosed: 'front matter starts with `---` but has no closing `---` line',
  noFrontMatter: 'a lesson starts with front matter: a `---` line, then `id:`, `title:` and `lang:`, then `---`',
  /** `message`: the first line of the YAML reader's own words. */
  frontMatterYaml: (message: string) => `front matter: ${message}`,
  frontMatterNotMap: 'front matter must be `key: value` lines (id, title, lang, …)',
  missingField: (key: string) => `front matter is missing \`${key}:\``,
  fieldNotText: (key: string) => `\`${key}\` must be text`,
  fieldNotList: (key: string) => `\`${key}\` must be a list, e.g. \`${key}: [${key === 'setup' ? '"ip netns add ns0"' : 'ip, ping'}]\``,
  /** Entry `n` (from 1) of a list; `kind`: `null`, `object` or another `typeof`. */
  entryNotText: (key: string, n: number, kind: string) =>
    `\`${key}\` entry ${n} must be text${key === 'setup' ? ' (a command line; quote it if it contains `:` or `#`)' : ''}, not ${kind === 'null' ? 'empty' : kind === 'object' ? 'a mapping' : kind}`,
  badId: (id: string) => `id \`${id}\` may contain only lowercase letters, digits and \`-\``,
  badLang: (lang: string, langs: readonly string[]) => `lang \`${lang}\` is not supported; use one of: ${langs.join(', ')}`,
  summaryNotText: '`summary` must be one line of text',
  unknownField: (key: string, known: readonly string[]) => `unknown front matter field \`${key}\` (known: ${known.join(', ')})`,
  // Steps and their blocks.
  blockBeforeSteps: (info: string) => `a \`${info}\` block before the first \`## \` step belongs to no step; it is shown as part of the introduction`,
  headingNoTitle: 'a step heading needs a title after `## `',
  /** `mark`: the fence that opened the block (```, ~~~~). */
  fenceUnclosed: (mark: string) => `this code block is never closed: add a line "${mark}" after its last line`,
  noSteps: 'the lesson has no steps: each step starts with a `## ` heading',
  secondExplain: 'a step has one `explain` block; this one is added to the first',
  unknownBlock: (info: string, near: string) => `unknown block \`${info}\`: did you mean \`${near}\`? It is shown as ordinary code`,
  stepCannotPass: (title: string) => `step "${title}" has neither commands (a \`sh\` block) nor a \`check\` block, so it can never pass`,
};

export type LintLessonWords = typeof lintLesson;
