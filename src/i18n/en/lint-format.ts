/**
 * The tutor's English words: lint, the lesson format's blocks and fields
 * beyond the basics (lesson/parse-blocks.ts, lesson/parse-front.ts): `step`
 * and `predict` blocks, `recap:` and `services:` in the front matter.
 * `given` is what the author wrote, as written ('' when empty).
 */
const not = (given: string) => (given ? `, not \`${given}\`` : ', but it is empty');
const list = (keys: readonly string[]) => keys.map((k) => `\`${k}\``).join(', ');

export const lintFormat = {
  // Any of them.
  /** `where`: `step`, `predict`, `recap`, …; `message`: the first line of the YAML reader's own words. */
  blockYaml: (where: string, message: string) => `\`${where}\` block: ${message}`,
  blockNotMap: (where: string, keys: readonly string[]) => `a \`${where}\` block holds \`key: value\` lines (${list(keys)})`,
  unknownKey: (where: string, key: string, known: readonly string[]) => `unknown key \`${key}\` in \`${where}\` (known: ${list(known)})`,
  missingKey: (where: string, key: string) => `\`${where}\` is missing \`${key}:\``,
  /** Entry `n` (from 1) of a list. */
  entryMissingKey: (where: string, n: number, key: string) => `\`${where}\` entry ${n} is missing \`${key}:\``,
  entryNotMap: (where: string, n: number, keys: readonly string[]) => `\`${where}\` entry ${n} must be a mapping with ${list(keys)}`,
  notText: (key: string, given: string) => `\`${key}\` must be text${not(given)}`,
  /** `key`: `choices`, `recap` or `services`; `keys`: what each entry holds. */
  notList: (key: string, keys: readonly string[]) => `\`${key}\` must be a list of entries, each with ${list(keys)}`,
  secondBlock: (where: string) => `a step has one \`${where}\` block; this one is left out`,
  // ```step
  challengeNotBoolean: (given: string) => `\`challenge\` must be \`true\` or \`false\`${not(given)}`,
  hintsAfterBad: (given: string) => `\`hints-after\` must be a positive whole number (the commands a learner runs in the step before /hint helps)${not(given)}`,
  hintsAfterUnused: '`hints-after` does nothing without `challenge: true`',
  challengeNoCheck: (title: string) =>
    `challenge step "${title}" has no \`check\` block: it would pass only when its reference commands are typed as written. Give it checks that judge the goal`,
  // ```predict
  choicesCount: (n: number) => `a \`predict\` block needs 2 to 6 choices, not ${n}`,
  answerNotNumber: (given: string) => `\`answer\` must be the number of the right choice (1, 2, …)${not(given)}`,
  answerOutOfRange: (answer: number, n: number) => `\`answer: ${answer}\` is not one of the choices: ${n === 1 ? 'there is 1, numbered 1' : `there are ${n}, numbered 1 to ${n}`}`,
  // Front matter: recap and services.
  serviceBadName: (name: string) => `service name \`${name}\` may contain only lowercase letters, digits and \`-\``,
  serviceBadNetns: (given: string) => `\`in\` must be a namespace name (a file name under /run/netns: no \`/\` or quotes, not \`.\` or \`..\`, at most 255 bytes)${not(given)}`,
  serviceBadPort: (given: string) => `\`http\` must be a TCP port, a whole number from 1 to 65535${not(given)}`,
  serviceBadFrom: (given: string, steps: number) => `\`from\` must be a step number of this lesson, from 1 to ${steps}${not(given)}`,
  serviceDuplicate: (name: string, line: number) => `service \`${name}\` is already defined on line ${line}`,
};

export type LintFormatWords = typeof lintFormat;
