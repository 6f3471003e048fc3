/**
 * Which screen the shell shows and the lessons' lifetimes: the picker, a lab
 * being made fresh, or a lesson's session. A session asks (through its hooks)
 * to quit, to open the picker, or to start the next lesson; the transcript of
 * every lesson left behind stays in the shell's one <Static>.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
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
  /** Builds a lesson's session on the lab and starts it. */
  readonly openSession: (lesson: Lesson, hooks: SessionHooks, opts: { readonly showTopology: boolean }) => SessionLike;
  /** Makes the lab fresh before another lesson. */
  readonly resetLab: () => Promise<void>;
  readonly history: HistoryStore;
  /** Lines said once, before anything else. */
  readonly notices: readonly string[];
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
  | { readonly kind: 'preparing'; readonly lesson: Lesson }
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

export function useShell(deps: ShellDeps, exit: () => void): Shell {
  const [view, setView] = useState<View>(() => ({
    screen: deps.first ? { kind: 'preparing', lesson: deps.first } : { kind: 'picker', lang: deps.lang, back: null, error: null },
    archive: deps.notices.map((text) => ({ kind: 'notice', text })),
  }));
  const labUsed = useRef(false);
  const showTopology = useRef(true);
  const seq = useRef(0);
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

  const hooksFor = useCallback((lesson: Lesson, self: () => LessonScreen | null): SessionHooks => ({
    // After React has drawn the quitting state, so the last frame is the one the learner keeps.
    quit: () => { setTimeout(exit, 0); },
    pickLesson: () => {
      const s = self();
      if (s) leave(s, (archived) => ({ kind: 'picker', lang: lesson.lang, back: { screen: s, archived }, error: null }));
    },
    startLesson: (id) => {
      const next = deps.lessons(lesson.lang).find((l) => l.id === id);
      const s = self();
      if (next && s) leave(s, () => ({ kind: 'preparing', lesson: next }));
    },
  }), [deps, exit, leave]);

  const latest = useRef({ deps, hooksFor });
  latest.current = { deps, hooksFor };

  // A lesson to prepare: a fresh lab (unless this is the first lesson on a new one), then its session.
  useEffect(() => {
    if (screen.kind !== 'preparing') return;
    let live = true;
    const lesson = screen.lesson;
    const { deps: d, hooksFor: hooks } = latest.current;
    void (async () => {
      try {
        if (labUsed.current) await d.resetLab();
        labUsed.current = true;
        if (!live) return;
        let me: LessonScreen | null = null;
        const session = d.openSession(lesson, hooks(lesson, () => me), { showTopology: showTopology.current });
        me = { kind: 'lesson', lesson, session, id: ++seq.current };
        const opened = me;
        setView((v) => ({ ...v, screen: opened }));
      } catch (e) {
        const error = messages(lesson.lang).labError((e as Error)?.message ?? String(e));
        if (live) setView((v) => ({ ...v, screen: { kind: 'picker', lang: lesson.lang, back: null, error } }));
      }
    })();
    return () => { live = false; };
  }, [screen]);

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
    if (lesson) setView((v) => ({ ...v, screen: { kind: 'preparing', lesson } }));
  }, [screen, deps, back]);

  return { screen, archive: view.archive, pick, back };
}
