/** `netns-tutor list [--json]`: every lesson in every language, with its step count. */
import { EXIT, type ExitCode } from '../errors.ts';
import { loadAllLessons } from '../lesson/load.ts';
import type { Invocation } from './args.ts';
import { paint } from '../render/paint.ts';
import { safeLine } from '../text/ansi.ts';

export function listCommand(inv: Invocation): ExitCode {
  const lessons = loadAllLessons(inv.options.lessonDirs);
  if (inv.json) {
    console.log(JSON.stringify(lessons.map((l) => ({ id: l.id, lang: l.lang, title: l.title, steps: l.steps.length, summary: l.summary, file: l.file })), null, 2));
    return EXIT.ok;
  }
  const p = paint(inv.options.color);
  const mine = lessons.filter((l) => l.lang === inv.options.lang);
  const shown = mine.length ? mine : lessons;
  const width = Math.max(...shown.map((l) => l.id.length), 2);
  // Titles and summaries come from lesson files: shown without control characters.
  for (const l of shown) {
    console.log(`${p.bold(l.id.padEnd(width))}  ${safeLine(l.title)}  ${p.dim(`(${l.steps.length} steps, ${l.lang})`)}`);
    if (l.summary) console.log(`${' '.repeat(width)}  ${p.dim(safeLine(l.summary))}`);
  }
  const other = lessons.length - shown.length;
  if (other > 0) console.log(p.dim(`\n${other} more in other languages: --lang or --json shows them.`));
  return EXIT.ok;
}
