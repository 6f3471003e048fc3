/**
 * One learner of a classroom: the same shell the terminal runs (ui/App.tsx
 * over the one session machine), rendered by Ink into a terminal of the
 * browser's size, with a lab of their own and progress of their own. The
 * browser may come and go: the screen is mirrored here and handed back on
 * return; without a browser the session waits for the grace period, then
 * ends (lab closed, progress kept).
 */
import { render, type Instance } from 'ink';
import { createElement } from 'react';
import type { Lang } from '../i18n/lang.ts';
import { openLab, type Lab, type OpenLabOptions } from '../lab/lab.ts';
import { pendingLab } from '../lab/pending.ts';
import { lessonsInLang, lessonWithId } from '../lesson/load.ts';
import type { Lesson } from '../lesson/model.ts';
import { ProgressBook } from '../progress/book.ts';
import type { SessionDriver } from '../session/driver.ts';
import { App } from '../ui/App.tsx';
import { memoryHistory } from '../ui/history-store.ts';
import { shellDeps } from '../ui/shell-deps.ts';
import { shellNotices } from '../ui/first-paint.ts';
import { guardedLab } from './lab-guard.ts';
import type { Limits } from './limits.ts';
import { ScreenMirror } from './screen-mirror.ts';
import { TerminalIn, TerminalOut } from './terminal-streams.ts';

/** Why a session ended, as the page is told. */
export type EndReason = 'ended' | 'idle' | 'gone' | 'stopping' | 'lab-failed' | 'full' | 'taken';

/** Where the learner's screen goes: the browser's socket while one is open. */
export type Screen = {
  send(text: string): void;
  end(reason: EndReason, detail?: string): void;
};

export type LearnerOptions = {
  readonly name: string;
  /** The key the learner's browser holds: the same name with another key is someone else. */
  readonly key: string;
  readonly lang: Lang;
  readonly all: readonly Lesson[];
  readonly limits: Limits;
  /** The learner's progress file (the server's state directory). */
  readonly progressPath: string;
  readonly reportDir: string | null;
  readonly lab: OpenLabOptions;
  readonly columns: number;
  readonly rows: number;
  /** Called once when the session has ended, whatever the reason. */
  readonly onEnd: (learner: Learner, reason: EndReason) => void;
};

/** Where the learner is, for the teacher. */
export type Whereabouts = {
  readonly lesson: string;
  readonly lang: Lang;
  readonly step: number;
  readonly steps: number;
  readonly title: string;
  /** The lesson is complete. */
  readonly done: boolean;
  /** When the learner reached this step (ms since the epoch). */
  readonly since: number;
};

export class Learner {
  readonly name: string;
  readonly key: string;
  readonly book: ProgressBook;
  readonly joinedAt = Date.now();
  lastKeyAt = Date.now();
  where: Whereabouts | null = null;
  #screen: Screen | null = null;
  /** A browser being given the screen as it is (attach). */
  #attaching: Screen | null = null;
  readonly #out: TerminalOut;
  readonly #in = new TerminalIn();
  readonly #mirror: ScreenMirror;
  readonly #ink: Instance;
  readonly #opening: Promise<Lab>;
  #graceTimer: NodeJS.Timeout | null = null;
  #idleTimer: NodeJS.Timeout | null = null;
  #ended: Promise<void> | null = null;
  /** Output not yet sent: a screen gets one message per turn of the event loop, not one per write. */
  #pending = '';

  constructor(private readonly o: LearnerOptions) {
    this.name = o.name;
    this.key = o.key;
    this.book = new ProgressBook(o.reportDir, process.env, { path: o.progressPath, user: o.name });
    this.#mirror = new ScreenMirror(o.columns, o.rows);
    this.#out = new TerminalOut(o.columns, o.rows, (text) => this.#write(text));
    this.#opening = openLab(o.lab);
    this.#opening.catch(() => {});
    let lang = o.lang;
    const lab = guardedLab(pendingLab(this.#opening, 'lab'), o.limits, () => lang);
    const last = this.book.progress.last;
    // The lesson last worked on, in the page's language where it has one, as the terminal resumes it.
    const first = last ? (lessonWithId(o.all, last.id, o.lang) ?? null) : null;
    const deps = shellDeps({
      lab, book: this.book, all: o.all, lang: o.lang, first,
      history: memoryHistory(),
      notices: shellNotices(o.lang, { host: false, movedAside: this.book.movedAside, dropped: this.book.dropped }),
      color: true,
      onSession: (driver) => { lang = driver.state.lang; this.#watch(driver); },
    });
    this.#ink = render(createElement(App, { deps }), {
      stdout: this.#out as unknown as NodeJS.WriteStream,
      stdin: this.#in as unknown as NodeJS.ReadStream,
      stderr: this.#out as unknown as NodeJS.WriteStream,
      exitOnCtrlC: false,
      patchConsole: false,
    });
    void this.#ink.waitUntilExit().then(() => this.end('ended'), () => this.end('ended'));
    this.#opening.catch((e: unknown) => this.end('lab-failed', (e as Error)?.message ?? String(e)));
    this.#armIdle();
  }

  /** Lessons the learner can pick in their language (the picker's, for the teacher's table). */
  lessons(): readonly Lesson[] { return lessonsInLang(this.o.all, this.where?.lang ?? this.o.lang); }

  get connected(): boolean { return this.#screen !== null; }

  /**
   * A browser shows this session: it gets the screen as it is, then
   * everything new. Output from the moment the screen is copied is held and
   * sent after the copy, so nothing is lost or shown twice.
   */
  async attach(screen: Screen, columns: number, rows: number): Promise<void> {
    const before = this.#screen;
    this.#screen = null;
    before?.end('ended', 'elsewhere');
    if (this.#graceTimer) clearTimeout(this.#graceTimer);
    this.#graceTimer = null;
    this.#attaching = screen;
    this.#pending = '';
    const shown = await this.#mirror.snapshot();
    if (this.#attaching !== screen) return;
    this.#attaching = null;
    // A fresh terminal: clear it, then the screen as it was; a new size after that redraws as any resize does.
    screen.send(`\x1b[H\x1b[2J${shown}`);
    this.#screen = screen;
    this.#flush();
    this.resize(columns, rows);
  }

  /** The browser went away: the session waits for it for the grace period. */
  detach(screen: Screen): void {
    if (this.#attaching === screen) this.#attaching = null;
    else if (this.#screen !== screen) return;
    this.#screen = null;
    this.#graceTimer = setTimeout(() => void this.end('gone'), this.o.limits.graceMs);
    this.#graceTimer.unref();
  }

  /** Keys from the browser. */
  input(keys: string): void {
    if (this.#ended) return;
    this.lastKeyAt = Date.now();
    this.#armIdle();
    this.#in.write(keys);
  }

  resize(columns: number, rows: number): void {
    if (columns === this.#out.columns && rows === this.#out.rows) return;
    this.#mirror.resize(columns, rows);
    this.#out.resize(columns, rows);
  }

  /** Ends the session: the shell stops (progress saved), the lab is closed, the page told why. Safe to call twice. */
  end(reason: EndReason, detail?: string): Promise<void> {
    this.#ended ??= (async () => {
      if (this.#graceTimer) clearTimeout(this.#graceTimer);
      if (this.#idleTimer) clearTimeout(this.#idleTimer);
      this.#flush();
      try { this.#ink.unmount(); } catch { /* already gone */ }
      await (await this.#opening.catch(() => null))?.close();
      this.#screen?.end(reason, detail);
      this.#screen = null;
      this.#mirror.dispose();
      this.o.onEnd(this, reason);
    })();
    return this.#ended;
  }

  #write(text: string): void {
    this.#mirror.write(text);
    if (this.#attaching) { this.#pending += text; return; }
    if (!this.#screen) return;
    if (this.#pending === '') setImmediate(() => this.#flush());
    this.#pending += text;
  }

  #flush(): void {
    if (this.#pending === '') return;
    const text = this.#pending;
    this.#pending = '';
    this.#screen?.send(text);
  }

  #armIdle(): void {
    if (this.#idleTimer) clearTimeout(this.#idleTimer);
    this.#idleTimer = setTimeout(() => void this.end('idle'), this.o.limits.idleMs);
    this.#idleTimer.unref();
  }

  /** Follows the learner's step for the teacher's table. */
  #watch(driver: SessionDriver): void {
    const note = () => {
      const s = driver.state;
      const done = s.status === 'complete';
      const step = Math.min(s.stepIndex + 1, s.lesson.steps.length);
      if (this.where && this.where.lesson === s.lesson.id && this.where.lang === s.lang && this.where.step === step && this.where.done === done) return;
      this.where = {
        lesson: s.lesson.id, lang: s.lang, step, steps: s.lesson.steps.length, done,
        title: s.lesson.steps[s.stepIndex]?.title ?? '', since: Date.now(),
      };
    };
    note();
    driver.subscribe(note);
  }
}
