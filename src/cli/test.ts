/** `netns-tutor test [<id|file|dir>…]`: the fail-first run of every step, one fresh lab per lesson. */
import { EXIT, TutorError, usageError, type ExitCode } from '../errors.ts';
import { openLab } from '../lab/lab.ts';
import type { Lesson } from '../lesson/model.ts';
import { builtinLessonsDir, findLessonFiles, isLessonPath, loadAllLessons, readLessonFiles } from '../lesson/load.ts';
import { formatDiagnostic } from '../lesson/lint.ts';
import { formatOutcomes, testLesson, type LessonOutcome } from '../lesson/test-lesson.ts';
import { safeText } from '../text/ansi.ts';
import type { Invocation } from './args.ts';

function selectLessons(inv: Invocation): Lesson[] {
  const refs = inv.positionals.length ? inv.positionals : [builtinLessonsDir()];
  const out: Lesson[] = [];
  for (const ref of refs) {
    if (isLessonPath(ref)) {
      for (const f of readLessonFiles(findLessonFiles(ref))) {
        if (!f.result.lesson) {
          const errs = f.result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
          throw new TutorError(`${f.file} is not a valid lesson:\n${errs.join('\n')}`, { hint: `Fix it first: netns-tutor lint ${f.file}`, exitCode: EXIT.failed });
        }
        if (!inv.options.langGiven || f.result.lesson.lang === inv.options.lang) out.push(f.result.lesson);
      }
      continue;
    }
    const all = loadAllLessons(inv.options.lessonDirs).filter((l) => l.id === ref);
    if (all.length === 0) throw usageError(`Unknown lesson: ${ref}`, 'Give a lesson id (see `netns-tutor list`), a file or a directory.');
    out.push(...all.filter((l) => !inv.options.langGiven || l.lang === inv.options.lang));
  }
  return out;
}

/** Said on stderr while a reference command keeps the test waiting. */
export function waitNotice(command: string, line: number, waitedMs: number, limitMs: number): string {
  return `  … \`${command}\` (line ${line}) is still running after ${Math.round(waitedMs / 1000)} s; it is stopped at ${Math.round(limitMs / 1000)} s`;
}

export async function testCommand(inv: Invocation): Promise<ExitCode> {
  const lessons = selectLessons(inv);
  if (lessons.length === 0) throw usageError('No lessons matched.');
  const outcomes: LessonOutcome[] = [];
  for (const lesson of lessons) {
    const lab = await openLab({ host: inv.options.host });
    try {
      const o = await testLesson(lesson, lab, { onWait: (c, waited, limit) => console.error(safeText(waitNotice(c.text, c.line, waited, limit))) });
      outcomes.push(o);
      if (!inv.json) {
        const block = formatOutcomes([o]).split('\n');
        // Step titles, commands and reasons quote the lesson: printed without control characters.
        console.log(safeText(block.slice(0, -1).join('\n')));
      }
    } finally {
      await lab.close();
    }
  }
  const steps = outcomes.flatMap((o) => o.steps);
  const passed = steps.filter((s) => s.ok).length;
  const failed = steps.length - passed;
  if (inv.json) console.log(JSON.stringify({ lessons: outcomes, passed, failed }, null, 2));
  else console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? EXIT.ok : EXIT.failed;
}
