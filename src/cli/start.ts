/**
 * `netns-tutor` and `netns-tutor start <id|file>`: run a lesson in the
 * full-screen shell or, when asked or when not on a terminal, in plain mode.
 * The shell's lesson is on screen (first-paint.ts) before the lab, the other
 * lessons and the shell's code are ready, and keys typed meanwhile are kept
 * (type-ahead.ts). Progress is saved after every change and on every way out.
 */
import { EXIT, type ExitCode } from '../errors.ts';
import { messages } from '../i18n/messages.ts';
import { openLab, type Lab } from '../lab/lab.ts';
import { requirePrograms } from '../lab/preflight.ts';
import { builtinLessonsDir, lessonFileNamed, lessonsInLang, lessonWithId, loadAllLessons, readLessonFiles, resolveLesson } from '../lesson/load.ts';
import type { Lesson } from '../lesson/model.ts';
import { ID_PATTERN } from '../lesson/parse.ts';
import { runPlain } from '../plain/plain-session.ts';
import { ProgressBook } from '../progress/book.ts';
import { SessionDriver } from '../session/driver.ts';
import { sessionInit } from '../session/from-progress.ts';
import { eraseLive, paintFirst, shellNotices } from '../ui/first-paint.ts';
import { holdTypeAhead } from '../ui/type-ahead.ts';
import { safeLine } from '../text/ansi.ts';
import type { Invocation } from './args.ts';

/**
 * Which lesson to open: the one named, else the last one, else null (the
 * picker). `gone` names a last lesson that can no longer be found.
 */
function chooseLesson(inv: Invocation, book: ProgressBook, all: readonly Lesson[]): { lesson: Lesson | null; gone: string | null } {
  const ref = inv.positionals[0];
  // An id among the lessons already read (resolveLesson would read them all again); a file, or an unknown id, goes the long way.
  const known = ref === undefined ? undefined : lessonWithId(all, ref, inv.options.lang);
  if (known) return { lesson: known, gone: null };
  if (ref !== undefined) return { lesson: resolveLesson(ref, inv.options.lang, inv.options.lessonDirs), gone: null };
  const last = book.progress.last;
  if (!last) return { lesson: null, gone: null };
  const lang = inv.options.langGiven ? inv.options.lang : last.lang;
  const found = lessonWithId(all, last.id, lang);
  return found ? { lesson: found, gone: null } : { lesson: null, gone: last.id };
}

/**
 * The lesson chooseLesson will choose, read on its own when its file can be
 * told by its name (`NN-<id>.md` in the language's folder, as lessons are
 * named), so that the first paint does not wait for every lesson to be read.
 * Null when it cannot be told that way; chooseLesson has the last word.
 */
function quickLesson(inv: Invocation, book: ProgressBook): Lesson | null {
  const last = book.progress.last;
  const ref = inv.positionals[0] ?? last?.id;
  if (ref === undefined || !ID_PATTERN.test(ref)) return null;
  const lang = inv.positionals[0] !== undefined || inv.options.langGiven || !last ? inv.options.lang : last.lang;
  for (const dir of [builtinLessonsDir(), ...inv.options.lessonDirs]) {
    const file = lessonFileNamed(dir, lang, ref);
    if (file === null) continue;
    const lesson = readLessonFiles([file])[0]?.result.lesson;
    return lesson && lesson.id === ref && lesson.lang === lang ? lesson : null;
  }
  return null;
}

export async function startCommand(inv: Invocation): Promise<ExitCode> {
  // A dumb terminal cannot move the cursor the full screen needs: plain lines there too.
  const plain = inv.options.plain || !process.stdin.isTTY || !process.stdout.isTTY || process.env.TERM === 'dumb';
  // Keys typed from now on are kept for the prompt, however long the shell takes to appear.
  const typeAhead = plain ? null : holdTypeAhead(process.stdin, process.stdout);
  let closeLab = async () => {};
  try {
    const book = new ProgressBook(inv.options.reportDir);
    const quick = plain ? null : quickLesson(inv, book);
    // A program the lab needs and the machine lacks is said instead of the lesson (openLab checks again).
    if (quick) requirePrograms(inv.options.host);
    // The lesson's opening is on screen before every lesson is read and the shell's code has loaded,
    // and the shell does not wait for the lab: keys are taken at once, what is typed runs once the lab is ready.
    let painted = quick && paintFirst(process.stdout, {
      lesson: quick, progress: book.progress, all: [quick], color: inv.options.color,
      notices: shellNotices(quick.lang, { host: inv.options.host, movedAside: book.movedAside, dropped: book.dropped }),
    });
    // The lab starts while the other lessons are read and the shell's code loads.
    const opening = openLab({ host: inv.options.host });
    const labFailure: { error?: unknown } = {};
    opening.catch((error: unknown) => { labFailure.error = error; });
    closeLab = onceAsync(async () => { await (await opening.catch(() => null))?.close(); });
    const onSignal = (sig: NodeJS.Signals) => { void closeLab().finally(() => process.exit(sig === 'SIGTERM' ? 143 : 129)); };
    process.once('SIGTERM', onSignal);
    process.once('SIGHUP', onSignal);
    const all = loadAllLessons(inv.options.lessonDirs);
    const chosen = chooseLesson(inv, book, all);
    let lesson = chosen.lesson;
    if (painted && lesson?.file !== quick?.file) {
      // Another lesson than the one painted (lessons named unlike their ids): the shell shows it all.
      process.stdout.write(`${eraseLive(painted)}\n`);
      painted = null;
    }
    if (!lesson && plain) {
      lesson = lessonsInLang(all, inv.options.lang)[0] ?? null;
      if (chosen.gone && lesson) process.stdout.write(`${messages(inv.options.lang).lastLessonGone(safeLine(chosen.gone), lesson.id)}\n`);
    }
    const ink = plain ? null : import('../ui/run-ink.tsx');
    ink?.catch(() => {});
    if (plain) return await runPlainLesson(inv, await opening, lesson!, book, all);
    const { runInk } = await ink!;
    // A lab that could not start says so instead of the prompt (it fails fast, before Ink has loaded).
    if ('error' in labFailure) {
      if (painted) process.stdout.write(eraseLive(painted));
      throw labFailure.error;
    }
    return await runInk({ inv, opening, lesson, book, all, typeAhead: typeAhead!, painted: painted ?? undefined });
  } finally {
    typeAhead?.cancel();
    await closeLab();
  }
}

async function runPlainLesson(inv: Invocation, lab: Lab, lesson: Lesson, book: ProgressBook, all: readonly Lesson[]): Promise<ExitCode> {
  const lang = inv.options.langGiven ? inv.options.lang : lesson.lang;
  const write = (t: string) => { process.stdout.write(t); };
  if (lab.mode === 'host') write(`${messages(lang).hostMode}\n`);
  if (book.movedAside) write(`${messages(lang).progressMovedAside(book.movedAside, book.dropped)}\n`);
  let quit!: () => void;
  const quitRequested = new Promise<void>((r) => { quit = r; });
  const driver = new SessionDriver(lab, sessionInit(lesson, book.progress, lessonsInLang(all, lesson.lang), lesson.lang, Date.now()), {
    save: (record) => book.save(record),
    quit: () => quit(),
    pickLesson: () => quit(),
    startLesson: () => quit(),
  });
  const onInt = () => driver.dispatch({ type: 'ctrl-c' });
  process.on('SIGINT', onInt);
  try {
    return await runPlain(driver, { input: process.stdin, write, color: inv.options.color, width: Math.min(process.stdout.columns || 80, 100), typed: process.stdin.isTTY === true }, quitRequested);
  } finally {
    process.off('SIGINT', onInt);
    process.stdin.pause();
  }
}

function onceAsync(fn: () => Promise<void>): () => Promise<void> {
  let p: Promise<void> | null = null;
  return () => (p ??= fn());
}


