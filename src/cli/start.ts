/**
 * `netns-tutor` and `netns-tutor start <id|file>`: open a lab, then run the
 * lesson in the full-screen shell or, when asked or when not on a terminal,
 * in plain mode. Progress is saved after every change and on every way out.
 */
import { EXIT, type ExitCode } from '../errors.ts';
import { messages } from '../i18n/messages.ts';
import { openLab, type Lab } from '../lab/lab.ts';
import { lessonsInLang, loadAllLessons, resolveLesson } from '../lesson/load.ts';
import type { Lesson } from '../lesson/model.ts';
import { runPlain } from '../plain/plain-session.ts';
import { ProgressBook } from '../progress/book.ts';
import { SessionDriver } from '../session/driver.ts';
import { sessionInit } from '../session/from-progress.ts';
import type { Invocation } from './args.ts';

/**
 * Which lesson to open: the one named, else the last one, else null (the
 * picker). `gone` names a last lesson that can no longer be found.
 */
function chooseLesson(inv: Invocation, book: ProgressBook): { lesson: Lesson | null; gone: string | null } {
  const ref = inv.positionals[0];
  if (ref !== undefined) return { lesson: resolveLesson(ref, inv.options.lang, inv.options.lessonDirs), gone: null };
  const last = book.progress.last;
  if (!last) return { lesson: null, gone: null };
  try {
    return { lesson: resolveLesson(last.id, inv.options.langGiven ? inv.options.lang : last.lang, inv.options.lessonDirs), gone: null };
  } catch {
    return { lesson: null, gone: last.id };
  }
}

export async function startCommand(inv: Invocation): Promise<ExitCode> {
  const plain = inv.options.plain || !process.stdin.isTTY || !process.stdout.isTTY;
  const book = new ProgressBook(inv.options.reportDir);
  const all = loadAllLessons(inv.options.lessonDirs);
  const chosen = chooseLesson(inv, book);
  let lesson = chosen.lesson;
  if (!lesson && plain) {
    lesson = lessonsInLang(all, inv.options.lang)[0] ?? null;
    if (chosen.gone && lesson) process.stdout.write(`${messages(inv.options.lang).lastLessonGone(chosen.gone, lesson.id)}\n`);
  }
  // Load the shell's code while the lab starts, so the first frame waits for neither in turn.
  const ink = plain ? null : import('../ui/run-ink.tsx');
  ink?.catch(() => {});
  const lab = await openLab({ host: inv.options.host });
  const closeLab = onceAsync(() => lab.close());
  const onSignal = (sig: NodeJS.Signals) => { void closeLab().finally(() => process.exit(sig === 'SIGTERM' ? 143 : 129)); };
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);
  try {
    if (plain) return await runPlainLesson(inv, lab, lesson!, book, all);
    const { runInk } = await ink!;
    return await runInk({ inv, lab, lesson, book, all });
  } finally {
    await closeLab();
  }
}

async function runPlainLesson(inv: Invocation, lab: Lab, lesson: Lesson, book: ProgressBook, all: readonly Lesson[]): Promise<ExitCode> {
  const lang = inv.options.langGiven ? inv.options.lang : lesson.lang;
  const write = (t: string) => { process.stdout.write(t); };
  if (lab.mode === 'host') write(`${messages(lang).hostMode}\n`);
  if (book.movedAside) write(`${messages(lang).progressMovedAside(book.movedAside)}\n`);
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
    return await runPlain(driver, { input: process.stdin, write, color: inv.options.color, width: Math.min(process.stdout.columns || 80, 100) }, quitRequested);
  } finally {
    process.off('SIGINT', onInt);
    process.stdin.pause();
  }
}

function onceAsync(fn: () => Promise<void>): () => Promise<void> {
  let p: Promise<void> | null = null;
  return () => (p ??= fn());
}


