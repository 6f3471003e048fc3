/** `netns-tutor doctor`: each prerequisite with its fix; exit 0 when lessons can run, else 3. */
import { advise, canRunLessons } from '../doctor/advice.ts';
import { gatherFacts } from '../doctor/facts.ts';
import { EXIT, type ExitCode } from '../errors.ts';
import type { Invocation } from './args.ts';
import { paint } from '../render/paint.ts';

export async function doctorCommand(inv: Invocation): Promise<ExitCode> {
  const lang = inv.options.lang;
  const findings = advise(await gatherFacts(), lang);
  const p = paint(inv.options.color);
  for (const f of findings) {
    const mark = f.status === 'ok' ? p.green('✓') : f.status === 'warn' ? p.yellow('!') : p.red('✗');
    console.log(`${mark} ${f.name}: ${f.detail}`);
    for (const line of f.fix) console.log(`    ${p.dim('→')} ${line}`);
  }
  const ok = canRunLessons(findings);
  const zh = lang === 'zh';
  console.log(ok
    ? p.green(zh ? '\n这台机器可以运行课程。' : '\nLessons can run on this machine.')
    : p.red(zh ? '\n这里还不能运行课程：请先解决上面标 ✗ 的项。' : '\nLessons cannot run here yet: fix the ✗ lines above.'));
  return ok ? EXIT.ok : EXIT.environment;
}
