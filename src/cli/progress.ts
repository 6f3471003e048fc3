/** `netns-tutor progress [--json] [--reset [id]]`: what was done, when, hints used, attempts. */
import { EXIT, type ExitCode } from '../errors.ts';
import { formatDuration, messages } from '../i18n/messages.ts';
import { words } from '../i18n/words.ts';
import { practiceCounts, resetProgress } from '../progress/model.ts';
import { currentUser, loadProgress, progressPath, saveProgress } from '../progress/store.ts';
import { paint } from '../render/paint.ts';
import { safeLine } from '../text/ansi.ts';
import type { Invocation } from './args.ts';

export function progressCommand(inv: Invocation): ExitCode {
  const path = progressPath();
  const { progress, movedAside, dropped } = loadProgress(path, currentUser());
  const lang = inv.options.lang;
  const say = words(lang).cli;
  if (movedAside) console.error(messages(lang).progressMovedAside(movedAside, dropped));
  if (inv.reset) {
    const id = inv.positionals[0] ?? null;
    saveProgress(path, resetProgress(progress, id));
    console.log(id ? say.progressCleared(safeLine(id)) : say.allProgressCleared);
    return EXIT.ok;
  }
  if (inv.json) {
    // Each lesson with the lesson format's counts (challenges solved, predictions right) beside its record.
    const lessons = progress.lessons.map((l) => ({ ...l, ...practiceCounts(l.steps) }));
    console.log(JSON.stringify({ user: progress.user, last: progress.last, lessons }, null, 2));
    return EXIT.ok;
  }
  if (progress.lessons.length === 0) {
    console.log(say.noProgress);
    return EXIT.ok;
  }
  const p = paint(inv.options.color);
  for (const l of progress.lessons) {
    const done = l.steps.filter((s) => s.done).length;
    const hints = l.steps.reduce((n, s) => n + s.hints, 0);
    const attempts = l.steps.reduce((n, s) => n + s.attempts, 0);
    const mark = l.completed ? p.green('✓') : p.yellow('…');
    // Ids and titles come from the progress file: shown without control characters.
    console.log(`${mark} ${p.bold(safeLine(l.id))} (${safeLine(l.lang)}) ${safeLine(l.title)}`);
    console.log(say.progressLine(done, l.steps.length, formatDuration(l.timeMs, lang), hints, attempts, l.completedAt));
    const c = practiceCounts(l.steps);
    if (c.challenges > 0 || c.predictions > 0) console.log(words(lang).practice.progressPractice(c.challenges, c.challengesNoHints, c.predictions, c.predictionsRight));
  }
  return EXIT.ok;
}
