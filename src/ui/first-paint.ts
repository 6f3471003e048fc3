/**
 * The first paint: what the shell shows first (its notices, then the lesson's
 * opening: the intro or where it resumes, and the step) and the live lines
 * under it (the lab being prepared, the header, the prompt), written straight
 * to the terminal while Ink is still loading. It costs reading the lesson and
 * rendering its Markdown, so the step is on screen about when Ink would only
 * begin to load; keys typed meanwhile are held (type-ahead.ts). Ink's first
 * frame is then drawn over the live lines, and its transcript goes on after
 * the items painted here.
 */
import type { Lang } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';
import { lessonsInLang } from '../lesson/load.ts';
import type { Lesson } from '../lesson/model.ts';
import type { Progress } from '../progress/model.ts';
import { paint } from '../render/paint.ts';
import { sessionInit } from '../session/from-progress.ts';
import { initialState } from '../session/reducer.ts';
import { headerLine } from './header-text.ts';
import { shellLayout } from './layout.ts';
import { itemText, type TranscriptItem } from './transcript-text.ts';
import { SPINNER } from './use-ticker.ts';

export type FirstPaint = {
  /** What is written: the items, then the live lines; the cursor stays after the prompt. */
  readonly text: string;
  /** Transcript items painted (the notices, then the lesson's opening entries): Ink's transcript starts after them. */
  readonly items: number;
  /** Lines of the live part under them, the prompt last: Ink's first frame replaces them. */
  readonly liveLines: number;
};

export type FirstPaintInput = {
  /** The lesson that opens, as its session will open it. */
  readonly lesson: Lesson;
  readonly progress: Progress;
  /** Every lesson (for the one offered next, as the session computes it). */
  readonly all: readonly Lesson[];
  /** Lines said before anything else (host mode, a progress file moved aside). */
  readonly notices: readonly string[];
  readonly columns: number;
  readonly rows: number;
  readonly color: boolean;
};

/** The shell's notices: host mode, a progress file that was moved aside. */
export function shellNotices(lang: Lang, o: { readonly host: boolean; readonly movedAside: string | null; readonly dropped?: readonly string[] }): string[] {
  const m = messages(lang);
  return [...(o.host ? [m.hostMode] : []), ...(o.movedAside ? [m.progressMovedAside(o.movedAside, o.dropped ?? [])] : [])];
}

/** The first paint of a lesson opening. Pure. */
export function firstPaint(i: FirstPaintInput): FirstPaint {
  const lang = i.lesson.lang;
  const { state } = initialState(sessionInit(i.lesson, i.progress, lessonsInLang(i.all, lang), lang, Date.now()));
  const width = shellLayout({ columns: i.columns, rows: i.rows, showTopology: true, hasSnapshot: false }).textWidth;
  const items: TranscriptItem[] = [...i.notices.map((text) => ({ kind: 'notice' as const, text })), ...state.entries];
  const p = paint(i.color);
  const live = [
    `${p.cyan(SPINNER[0])} ${p.dim(messages(lang).preparing)}`,
    headerLine(state, width, i.color),
    // The prompt as <Prompt> draws it while the lab is prepared; the terminal's own cursor follows it.
    i.color ? `\x1b[90m${messages(lang).prompt}\x1b[39m` : messages(lang).prompt,
  ];
  const text = [...items.map((item) => itemText(item, { lang, color: i.color, width })), ...live].join('\n');
  return { text, items: items.length, liveLines: live.length };
}

/** Writes the first paint; returns what Ink needs to take over from it. */
export function paintFirst(out: NodeJS.WritableStream & { columns?: number; rows?: number }, i: Omit<FirstPaintInput, 'columns' | 'rows'>): FirstPaint {
  const painted = firstPaint({ ...i, columns: out.columns || 80, rows: out.rows || 24 });
  out.write(painted.text);
  return painted;
}

/** Moves back to the first live line and erases from there down: written just before Ink's first frame. */
export function eraseLive(painted: FirstPaint): string {
  return `\r${painted.liveLines > 1 ? `\x1b[${painted.liveLines - 1}A` : ''}\x1b[J`;
}
