/**
 * Lint rules beyond what the parser reports: commands the lab would refuse,
 * commands that cannot end by themselves, steps without a hint, programs in
 * `requires` that are not installed, file names, and rules across files
 * (duplicate ids, languages that disagree on step count or on how a step
 * plays: challenge, prediction, its own setup). A file with parse
 * errors is still read as far as it goes, so one run reports every problem.
 * Pure: whether a program is installed is asked through a function.
 */
import { basename, dirname } from 'node:path';
import type { Lang } from '../i18n/lang.ts';
import { words } from '../i18n/words.ts';
import { parseCommandLine } from '../policy/command.ts';
import { describeRefusal } from '../policy/refusal-text.ts';
import type { Diagnostic, Lesson, RefCommand, Step } from './model.ts';
import { endlessCommand, offsetOfWord } from './endless.ts';
import { ID_PATTERN, type ParseResult } from './parse.ts';
import { REFERENCE_TIMEOUT_MS } from './test-lesson.ts';

export type LintedFile = { readonly file: string; readonly result: ParseResult };

export type LintOptions = {
  /** Whether a program can be found on this machine. */
  readonly isInstalled: (program: string) => boolean;
  /** The language of the messages (default English); the parser's own are worded when the file is read (load.ts). */
  readonly lang?: Lang;
};

/** Diagnostics for one parsed file: the parser's, plus policy and naming rules, in the order of the file. */
export function lintFile(f: LintedFile, opts: LintOptions): Diagnostic[] {
  return lintLesson(f, opts).map((d, i) => ({ d, i })).sort((a, b) => a.d.line - b.d.line || a.d.col - b.d.col || a.i - b.i).map((x) => x.d);
}

function lintLesson(f: LintedFile, opts: LintOptions): Diagnostic[] {
  const out: Diagnostic[] = [...f.result.diagnostics];
  // A lesson with errors is linted as far as it could be read: every problem in one run.
  const lesson = f.result.lesson ?? f.result.draft ?? null;
  if (!lesson) return out;
  const lang = opts.lang ?? 'en';
  const say = words(lang).lint;
  const at = (line: number, col: number, severity: Diagnostic['severity'], message: string) => out.push({ file: f.file, line, col, severity, message });
  const commands: RefCommand[] = [...lesson.setup, ...lesson.steps.flatMap((s) => [...s.setup, ...s.commands])];
  for (const c of commands) {
    const parsed = parseCommandLine(c.text, { extraTools: lesson.requires });
    if (parsed.kind === 'refuse') {
      const r = parsed.refusal;
      // The column of what was refused: the option (`curl -o`), the key (`sysctl -w kernel.x=1`), the program or the operator.
      const word = r.kind === 'option' ? r.option.split(' ')[0]! : r.kind === 'sysctl-write' ? r.key : 'program' in r ? r.program : 'op' in r ? r.op : null;
      const at0 = word ? c.text.indexOf(word) : -1;
      const offset = at0 >= 0 ? at0 : Math.max(0, 'program' in r ? c.text.indexOf(r.program) : 0);
      at(c.line, c.col + offset, 'error', say.refused(describeRefusal(parsed.refusal, lang, lesson.requires)));
    } else if (parsed.kind === 'run') {
      const endless = endlessCommand(parsed.pipeline, lang);
      if (endless) {
        const offset = offsetOfWord(c.text, parsed.pipeline[0]!, endless.word);
        at(c.line, c.col + offset, 'warning', say.endlessCommand(endless.why, REFERENCE_TIMEOUT_MS / 1000, endless.fix));
      }
    }
  }
  for (const step of lesson.steps) {
    if (step.hints.length === 0) at(step.line, 1, 'warning', say.noHint(step.title));
  }
  for (const program of lesson.requires) {
    if (!opts.isInstalled(program)) at(1, 1, 'warning', say.notInstalled(program));
  }
  // Of a lesson read only in part, the id and lang are trusted when the front matter had no error.
  const firstStep = lesson.steps[0]?.line ?? Infinity;
  const metaOk = f.result.lesson !== null || !f.result.diagnostics.some((d) => d.severity === 'error' && d.line < firstStep);
  if (!metaOk || !ID_PATTERN.test(lesson.id)) return out;
  const name = basename(f.file);
  const m = /^(\d+)-(.+)\.md$/.exec(name);
  if (!m) at(1, 1, 'warning', say.fileNameForm(name, lesson.id));
  else if (m[2] !== lesson.id) at(1, 1, 'warning', say.fileNameId(m[2]!, lesson.id));
  const dir = basename(dirname(f.file));
  if ((dir === 'en' || dir === 'zh') && dir !== lesson.lang) at(1, 1, 'warning', say.dirLang(dir, lesson.lang));
  return out;
}

/** Rules across files: one id per language, and every language of a lesson with the same number of steps; worded in `lang`. */
export function lintAcross(files: readonly LintedFile[], lang: Lang = 'en'): Diagnostic[] {
  const say = words(lang).lint;
  const out: Diagnostic[] = [];
  const lessons = files.flatMap((f) => (f.result.lesson ? [{ file: f.file, lesson: f.result.lesson }] : []));
  const seen = new Map<string, string>();
  for (const { file, lesson } of lessons) {
    const key = `${lesson.lang}/${lesson.id}`;
    const first = seen.get(key);
    if (first) out.push({ file, line: 2, col: 1, severity: 'error', message: say.duplicateId(lesson.id, first, lesson.lang) });
    else seen.set(key, file);
  }
  const byId = new Map<string, { file: string; lesson: Lesson }[]>();
  for (const l of lessons) byId.set(l.lesson.id, [...(byId.get(l.lesson.id) ?? []), l]);
  for (const group of byId.values()) {
    const [ref, ...others] = group;
    for (const o of others) {
      if (o.lesson.steps.length !== ref!.lesson.steps.length) {
        const message = say.stepCount(o.lesson.lang, o.lesson.steps.length, ref!.lesson.lang, ref!.file, ref!.lesson.steps.length);
        out.push({ file: o.file, line: o.lesson.steps[0]?.line ?? 1, col: 1, severity: 'error', message });
        continue;
      }
      o.lesson.steps.forEach((step, i) => {
        const theirs = ref!.lesson.steps[i]!;
        const differs = stepShapeDiffers(step, theirs);
        if (differs) out.push({ file: o.file, line: step.line, col: 1, severity: 'warning', message: say.stepShape(i + 1, differs, ref!.lesson.lang, ref!.file) });
      });
    }
  }
  return out;
}

/**
 * What makes a step play differently in another language, which the learner's
 * progress and the class report would count differently: being a challenge (and
 * when its hints open), asking a prediction (its choices and answer), setting up
 * the lab as it begins. Null when they agree.
 */
function stepShapeDiffers(a: Step, b: Step): 'challenge' | 'hints-after' | 'predict' | 'answer' | 'setup' | null {
  if (Boolean(a.challenge) !== Boolean(b.challenge)) return 'challenge';
  if (a.challenge && b.challenge && a.challenge.hintsAfter !== b.challenge.hintsAfter) return 'hints-after';
  if (Boolean(a.predict) !== Boolean(b.predict)) return 'predict';
  if (a.predict && b.predict && (a.predict.choices.length !== b.predict.choices.length || a.predict.answer !== b.predict.answer)) return 'answer';
  if (a.setup.map((c) => c.text).join('\n') !== b.setup.map((c) => c.text).join('\n')) return 'setup';
  return null;
}

/** `file:line:col: error: message`, as compilers print it. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file ?? '<input>'}:${d.line}:${d.col}: ${d.severity}: ${d.message}`;
}
