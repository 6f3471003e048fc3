/** `netns-tutor doctor`: each prerequisite with its fix; exit 0 when lessons can run, else 3. */
import { advise, canRunLessons } from '../doctor/advice.ts';
import { gatherFacts } from '../doctor/facts.ts';
import { EXIT, type ExitCode } from '../errors.ts';
import { words } from '../i18n/words.ts';
import type { Invocation } from './args.ts';
import { loadAllLessons } from '../lesson/load.ts';
import type { Lesson } from '../lesson/model.ts';
import { LAB_TOOLS } from '../policy/command.ts';
import { paint } from '../render/paint.ts';

/** The programs lessons require beyond the lab's own tools, each with the lessons that need it. */
function lessonNeeds(lessons: readonly Lesson[]): Record<string, string[]> {
  const needs: Record<string, string[]> = {};
  for (const l of lessons) {
    for (const p of l.requires) {
      if (LAB_TOOLS.includes(p as never) && !['iptables', 'nft', 'ethtool'].includes(p)) continue;
      const ids = (needs[p] ??= []);
      if (!ids.includes(l.id)) ids.push(l.id);
    }
  }
  return needs;
}

export async function doctorCommand(inv: Invocation): Promise<ExitCode> {
  const lang = inv.options.lang;
  const findings = advise(await gatherFacts(lessonNeeds(loadAllLessons(inv.options.lessonDirs))), lang);
  const p = paint(inv.options.color);
  for (const f of findings) {
    const mark = f.status === 'ok' ? p.green('✓') : f.status === 'warn' ? p.yellow('!') : p.red('✗');
    console.log(`${mark} ${f.name}: ${f.detail}`);
    for (const line of f.fix) console.log(`    ${p.dim('→')} ${line}`);
  }
  const ok = canRunLessons(findings);
  const say = words(lang).doctor;
  console.log(ok ? p.green(`\n${say.canRun}`) : p.red(`\n${say.cannotRun}`));
  return ok ? EXIT.ok : EXIT.environment;
}
