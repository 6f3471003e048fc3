/**
 * The full-screen shell's entry: render <App> (Ctrl-C comes in as a key, the
 * session decides what it means), and resolve once the learner leaves, with
 * the terminal given back.
 */
import { render } from 'ink';
import type { Invocation } from '../cli/args.ts';
import type { ProgressBook } from '../progress/book.ts';
import { EXIT, type ExitCode } from '../errors.ts';
import { messages } from '../i18n/messages.ts';
import type { Lab } from '../lab/lab.ts';
import { lessonsInLang } from '../lesson/load.ts';
import type { Lesson } from '../lesson/model.ts';
import { SessionDriver } from '../session/driver.ts';
import { sessionInit } from '../session/from-progress.ts';
import { App } from './App.tsx';
import { fileHistory } from './history-store.ts';
import type { ShellDeps } from './use-shell.ts';

export type RunInkOptions = {
  readonly inv: Invocation;
  readonly lab: Lab;
  /** The lesson to open; null opens the picker. */
  readonly lesson: Lesson | null;
  readonly book: ProgressBook;
  readonly all: readonly Lesson[];
};

export function shellDeps({ inv, lab, lesson, book, all }: RunInkOptions): ShellDeps {
  const lang = lesson?.lang ?? inv.options.lang;
  const m = messages(lang);
  const notices = [
    ...(lab.mode === 'host' ? [m.hostMode] : []),
    ...(book.movedAside ? [m.progressMovedAside(book.movedAside)] : []),
  ];
  return {
    lessons: (l) => lessonsInLang(all, l),
    progress: () => book.progress,
    openSession(l, hooks, opts) {
      const init = sessionInit(l, book.progress, lessonsInLang(all, l.lang), l.lang, Date.now());
      const driver = new SessionDriver(lab, { ...init, showTopology: opts.showTopology }, { save: (record) => book.save(record), ...hooks });
      driver.start();
      return driver;
    },
    resetLab: () => lab.reset(),
    history: fileHistory(),
    notices,
    color: inv.options.color,
    lang,
    first: lesson,
  };
}

export async function runInk(o: RunInkOptions): Promise<ExitCode> {
  const instance = render(<App deps={shellDeps(o)} />, { exitOnCtrlC: false });
  await instance.waitUntilExit();
  instance.cleanup();
  return EXIT.ok;
}
