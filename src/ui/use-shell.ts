/**
 * Which screen the shell shows and the lessons' lifetimes: the picker or a
 * lesson's session. A lesson opens at once: its step shows and the prompt
 * takes keys while the session builds the lab (made fresh first when an
 * earlier lesson used it). A session asks (through its hooks)
 * to quit, to open the picker, or to start the next lesson; the transcript of
 * every lesson left behind stays in the shell's one <Static>.
 */
import { useCallback, useRef, useState } from 'react';
import type { Lang } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';
import type { Lesson } from '../lesson/model.ts';
import type { Progress } from '../progress/model.ts';
import type { TranscriptItem } from './Transcript.tsx';
import type { HistoryStore } from './use-prompt.ts';
import type { SessionLike } from './use-session.ts';

/** What a session may ask of the shell. */
export type SessionHooks = {
  readonly quit: () => void;
  readonly pickLesson: () => void;
  readonly startLesson: (id: string) => void;
};

/** Everything the shell needs from outside; run-ink builds it from the lab and the progress book, tests from fakes. */
export type ShellDeps = {
  /** The lessons of one language, in order. */
  readonly lessons: (lang: Lang) => readonly Lesson[];
  /** Progress as it is now (it changes as lessons save). */
  readonly progress: () => Progress;
  /**
   * Builds a lesson's session on the lab and starts it. `fresh`: an earlier
   * lesson used the lab, so the session makes it fresh before building it.
   */
  readonly openSession: (lesson: Lesson, hooks: SessionHooks, opts: { readonly showTopology: boolean; readonly fresh: boolean }) => SessionLike;
  readonly history: HistoryStore;
  /** Lines said once, before anything else. */
  readonly notices: readonly string[];
  /** Transcript items already on the screen, written by the first paint: not drawn again. @default 0 */
  readonly painted?: number;
  readonly color: boolean;
  /** The picker's language until a lesson is open. */
  readonly lang: Lang;
  /** The lesson to open first; null opens the picker. */
  readonly first: Lesson | null;
};

export type LessonScreen = { readonly kind: 'lesson'; readonly lesson: Lesson; readonly session: SessionLike; readonly id: number };
export type Screen =
  | {
    readonly kind: 'picker';
    readonly lang: Lang;
    /** The lesson the picker was opened from, and how many of its entries went into the archive. */
    readonly back: { readonly screen: LessonScreen; readonly archived: number } | null;
    readonly error: string | null;
  }
  | LessonScreen;

export type Shell = {
  readonly screen: Screen;
  /** Transcript items of what came before the current lesson (notices, earlier lessons). */
  readonly archive: readonly TranscriptItem[];
  readonly pick: (id: string) => void;
  readonly back: () => void;
};

/** The screen and the archive change together, in one update, so the transcript never shows an entry twice. */
type View = { readonly screen: Screen; readonly archive: readonly TranscriptItem[] };

/** What the sessions' hooks reach in the shell, read when they are called (the latest of each). */
type ShellApi = {
  readonly deps: ShellDeps;
  readonly exit: () => void;
  readonly leave: (s: LessonScreen, next: (archived: number) => Screen) => void;
  readonly screen: () => Screen | null;
};

export function useShell(deps: ShellDeps, exit: () => void): Shell {
  const labUsed = useRef(false);
  const showTopology = useRef(true);
  const seq = useRef(0);
  const api = useRef<ShellApi>({ deps, exit, leave: () => {}, screen: () => null });

  /** A lesson's screen with its session started, or the picker saying why it could not open. */
  const open = (lesson: Lesson): Screen => {
    let me: LessonScreen | null = null;
    const hooks: SessionHooks = {
      // After React has drawn the quitting state, so the last frame is the one the learner keeps.
      quit: () => { setTimeout(api.current.exit, 0); },
      pickLesson: () => {
        const s = me;
        if (s) api.current.leave(s, (archived) => ({ kind: 'picker', lang: lesson.lang, back: { screen: s, archived }, error: null }));
      },
      startLesson: (id) => {
        const s = me;
        const next = api.current.deps.lessons(lesson.lang).find((l) => l.id === id);
        if (!s || !next || api.current.screen() !== s) return;
        showTopology.current = s.session.state.showTopology;
        const opened = open(next);
        api.current.leave(s, () => opened);
      },
    };
    try {
      const session = api.current.deps.openSession(lesson, hooks, { showTopology: showTopology.current, fresh: labUsed.current });
      labUsed.current = true;
      me = { kind: 'lesson', lesson, session, id: ++seq.current };
      return me;
    } catch (e) {
      return { kind: 'picker', lang: lesson.lang, back: null, error: messages(lesson.lang).labError((e as Error)?.message ?? String(e)) };
    }
  };

  const [view, setView] = useState<View>(() => ({
    screen: deps.first ? open(deps.first) : { kind: 'picker', lang: deps.lang, back: null, error: null },
    archive: deps.notices.map((text) => ({ kind: 'notice', text })),
  }));
  const screen = view.screen;

  /** Leaving a lesson (if it is still the one shown): its transcript joins the archive, its panel choice carries over. */
  const leave = useCallback((s: LessonScreen, next: (archived: number) => Screen) => {
    const entries = s.session.state.entries;
    setView((v) => {
      if (v.screen !== s) return v;
      showTopology.current = s.session.state.showTopology;
      return { screen: next(entries.length), archive: [...v.archive, ...entries] };
    });
  }, []);

  api.current = { deps, exit, leave, screen: () => screen };

  /** Back to the lesson the picker was opened from: its entries leave the archive, where they were the last items. */
  const back = useCallback(() => {
    if (screen.kind !== 'picker' || !screen.back) return;
    const { screen: to, archived } = screen.back;
    setView((v) => ({ screen: to, archive: v.archive.slice(0, v.archive.length - archived) }));
  }, [screen]);

  const pick = useCallback((id: string) => {
    if (screen.kind !== 'picker') return;
    // The lesson that is already open goes on where it was, on the same lab.
    if (screen.back && screen.back.screen.lesson.id === id) { back(); return; }
    const lesson = deps.lessons(screen.lang).find((l) => l.id === id);
    if (!lesson) return;
    const opened = open(lesson);
    setView((v) => ({ ...v, screen: opened }));
  }, [screen, deps, back]);

  return { screen, archive: view.archive, pick, back };
}
