/**
 * What the shell needs, built from a lab, a progress book and the lessons:
 * the same for the terminal (run-ink.tsx) and for a learner in the browser
 * (serve/learner.ts), so both run the one session machine.
 */
import type { Lang } from '../i18n/lang.ts';
import type { Lab } from '../lab/lab.ts';
import { lessonsInLang } from '../lesson/load.ts';
import type { Lesson } from '../lesson/model.ts';
import type { ProgressBook } from '../progress/book.ts';
import { SessionDriver } from '../session/driver.ts';
import { sessionInit } from '../session/from-progress.ts';
import type { HistoryStore } from './use-prompt.ts';
import type { ShellDeps } from './use-shell.ts';

export type ShellParts = {
  /** The lab, possibly still starting (lab/pending.ts). */
  readonly lab: Lab;
  readonly book: ProgressBook;
  readonly all: readonly Lesson[];
  readonly lang: Lang;
  /** The lesson to open first; null opens the picker. */
  readonly first: Lesson | null;
  readonly history: HistoryStore;
  readonly notices: readonly string[];
  readonly color: boolean;
  /** Transcript items the first paint already drew. */
  readonly painted?: number;
  /** Told of every session opened (the classroom watches its learners' steps). */
  readonly onSession?: (driver: SessionDriver) => void;
};

export function shellDeps(p: ShellParts): ShellDeps {
  return {
    lessons: (l) => lessonsInLang(p.all, l),
    progress: () => p.book.progress,
    openSession(l, hooks, opts) {
      const init = sessionInit(l, p.book.progress, lessonsInLang(p.all, l.lang), l.lang, Date.now());
      const driver = new SessionDriver(p.lab, { ...init, ...opts }, { save: (record) => p.book.save(record), ...hooks });
      p.onSession?.(driver);
      driver.start();
      return driver;
    },
    history: p.history,
    notices: p.notices,
    painted: p.painted ?? 0,
    color: p.color,
    lang: p.lang,
    first: p.first,
  };
}
