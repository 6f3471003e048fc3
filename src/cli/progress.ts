/** `netns-tutor progress [--json] [--reset [id]]`: what was done, when, hints used, attempts. */
import { EXIT, type ExitCode } from '../errors.ts';
import { formatDuration, messages } from '../i18n/messages.ts';
import { resetProgress } from '../progress/model.ts';
import { currentUser, loadProgress, progressPath, saveProgress } from '../progress/store.ts';
import { paint } from '../render/paint.ts';
import { safeLine } from '../text/ansi.ts';
import type { Invocation } from './args.ts';

export function progressCommand(inv: Invocation): ExitCode {
  const path = progressPath();
  const { progress, movedAside, dropped } = loadProgress(path, currentUser());
  const zh = inv.options.lang === 'zh';
  if (movedAside) console.error(messages(inv.options.lang).progressMovedAside(movedAside, dropped));
  if (inv.reset) {
    const id = inv.positionals[0] ?? null;
    saveProgress(path, resetProgress(progress, id));
    console.log(id ? (zh ? `已清除课程 ${safeLine(id)} 的进度。` : `Progress for ${safeLine(id)} cleared.`) : (zh ? '已清除全部进度。' : 'All progress cleared.'));
    return EXIT.ok;
  }
  if (inv.json) {
    console.log(JSON.stringify({ user: progress.user, last: progress.last, lessons: progress.lessons }, null, 2));
    return EXIT.ok;
  }
  if (progress.lessons.length === 0) {
    console.log(zh ? '还没有任何进度。运行 netns-tutor 开始第一课。' : 'No progress yet. Run netns-tutor to start the first lesson.');
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
    console.log(zh
      ? `    完成 ${done}/${l.steps.length} 步 · 用时 ${formatDuration(l.timeMs, 'zh')} · 提示 ${hints} 次 · 命令 ${attempts} 条${l.completedAt ? ` · 完成于 ${l.completedAt}` : ''}`
      : `    ${done}/${l.steps.length} steps · ${formatDuration(l.timeMs, 'en')} · ${hints} hints · ${attempts} commands${l.completedAt ? ` · completed ${l.completedAt}` : ''}`);
  }
  return EXIT.ok;
}
