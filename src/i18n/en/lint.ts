/**
 * The tutor's English words: lint (`netns-tutor lint`). Every diagnostic:
 * the shape of a lesson file (lint-lesson.ts), its check lines
 * (lint-check.ts), commands that never end (lint-endless.ts), and the rules
 * below.
 */
import { lintCheck } from './lint-check.ts';
import { lintEndless } from './lint-endless.ts';
import { lintFormat } from './lint-format.ts';
import { lintLesson } from './lint-lesson.ts';

export const lint = {
  ...lintLesson,
  ...lintCheck,
  ...lintFormat,
  endless: lintEndless,
  // A lesson's commands (lesson/lint.ts).
  /** `why`: what the lab says when it refuses the command. */
  refused: (why: string) => `the lab would refuse this command: ${why}`,
  /** `why` and `fix`: from `endless`. */
  endlessCommand: (why: string, seconds: number, fix: string) =>
    `this command does not end by itself: ${why}, so \`netns-tutor test\` would stop it after ${seconds} s and fail the step. ${fix}`,
  noHint: (title: string) => `step "${title}" has no \`hint\` block: a learner who types /hint gets nothing. Add one or two, a nudge first, then the command`,
  notInstalled: (program: string) => `\`${program}\` (in requires) is not installed on this machine; the lesson's commands that use it will fail here`,
  // File names and languages.
  fileNameForm: (name: string, id: string) => `file name \`${name}\` should be \`NN-${id}.md\` (a number for the order, then the id)`,
  fileNameId: (named: string, id: string) => `file name says \`${named}\` but the id is \`${id}\`; keep them the same so every language lines up`,
  dirLang: (dir: string, lang: string) => `the file is under \`${dir}/\` but says \`lang: ${lang}\``,
  // Across files.
  duplicateId: (id: string, first: string, lang: string) => `id \`${id}\` is already used by ${first} in language ${lang}`,
  stepCount: (lang: string, steps: number, refLang: string, refFile: string, refSteps: number) =>
    `this ${lang} lesson has ${steps} steps but the ${refLang} one (${refFile}) has ${refSteps}; every language of a lesson needs the same steps`,
  /** A step that plays differently from the same step in another language. */
  stepShape: (step: number, what: 'challenge' | 'hints-after' | 'predict' | 'answer' | 'setup', refLang: string, refFile: string) =>
    `step ${step} plays differently from the ${refLang} lesson (${refFile}): ${{
      challenge: 'it is a challenge in one and not in the other',
      'hints-after': 'its hints open after a different number of commands',
      predict: 'it asks a prediction in one and not in the other',
      answer: 'its prediction has a different number of choices or another right answer',
      setup: 'it sets up the lab with different commands',
    }[what]}; learners' progress and the class report count both languages alike`,
  // Reading files (lesson/load.ts), and the last line of `netns-tutor lint`.
  cannotRead: (why: string) => `cannot read: ${why}`,
  summary: (files: number, errors: number, warnings: number) =>
    `${files} file${files === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
};

export type LintWords = typeof lint;
