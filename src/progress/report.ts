/** The class table: learner × lesson from the files learners wrote with --report-dir. Pure over parsed files. */
import { practiceCounts, readProgress, type PracticeCounts, type Progress } from './model.ts';
import { safeLine } from '../text/ansi.ts';

export type ReportRow = {
  readonly learner: string;
  readonly lesson: string;
  readonly lang: string;
  readonly stepsDone: number;
  readonly steps: number;
  readonly completed: boolean;
  readonly timeMs: number;
  readonly hints: number;
  readonly attempts: number;
} & PracticeCounts;

export type ReportInput = { readonly file: string; readonly text: string | null };

/** Rows for every readable file, and a note for each missing, partial or corrupt one. */
export function buildReport(inputs: readonly ReportInput[]): { rows: ReportRow[]; notes: string[] } {
  const rows: ReportRow[] = [];
  const notes: string[] = [];
  for (const { file, text } of inputs) {
    const learner = file.replace(/^.*\//, '').replace(/\.json$/, '');
    if (text === null) { notes.push(`${file}: could not be read`); continue; }
    let p: Progress | null = null;
    let dropped: string[] = [];
    try { ({ progress: p, dropped } = readProgress(JSON.parse(text), learner)); } catch { p = null; }
    if (!p) { notes.push(`${file}: not a progress file (corrupt or partial); skipped`); continue; }
    if (dropped.length) notes.push(`${file}: parts could not be read and are left out (${dropped.slice(0, 3).join(', ')}${dropped.length > 3 ? `, +${dropped.length - 3}` : ''})`);
    if (p.lessons.length === 0) notes.push(`${file}: no lesson started yet`);
    for (const l of p.lessons) {
      const steps = Array.isArray(l.steps) ? l.steps : [];
      rows.push({
        learner: p.user || learner,
        lesson: String(l.id),
        lang: String(l.lang),
        stepsDone: steps.filter((s) => s?.done).length,
        steps: steps.length,
        completed: l.completed === true,
        timeMs: Number(l.timeMs) || 0,
        hints: steps.reduce((n, s) => n + (Number(s?.hints) || 0), 0),
        attempts: steps.reduce((n, s) => n + (Number(s?.attempts) || 0), 0),
        ...practiceCounts(steps),
      });
    }
  }
  rows.sort((a, b) => a.learner.localeCompare(b.learner) || a.lesson.localeCompare(b.lesson) || a.lang.localeCompare(b.lang));
  return { rows, notes };
}

/**
 * One CSV field (RFC 4180). Text comes from learners' files: control characters
 * go, a field with a comma, quote or line break is quoted, and one a spreadsheet
 * would read as a formula (`=`, `+`, `-`, `@` first) starts with `'` so it stays text.
 */
export function csvCell(v: string | number | boolean): string {
  if (typeof v !== 'string') return String(v);
  let t = safeLine(v);
  if (/^[=+\-@]/.test(t)) t = `'${t}`;
  return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

export function reportCsv(rows: readonly ReportRow[]): string {
  // The lesson format's counts come last, so that the columns before them keep their places.
  const head = ['learner', 'lesson', 'lang', 'steps_done', 'steps', 'completed', 'time_s', 'hints', 'attempts', 'challenges', 'challenges_no_hints', 'predictions', 'predictions_right'];
  return [head.join(','), ...rows.map((r) => [
    r.learner, r.lesson, r.lang, r.stepsDone, r.steps, r.completed, Math.round(r.timeMs / 1000), r.hints, r.attempts,
    r.challenges, r.challengesNoHints, r.predictions, r.predictionsRight,
  ].map(csvCell).join(','))].join('\n');
}
