/** `netns-tutor report DIR [--json|--csv]`: the class table from learners' --report-dir files. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT, usageError, type ExitCode } from '../errors.ts';
import { formatDuration } from '../i18n/messages.ts';
import { buildReport, reportCsv } from '../progress/report.ts';
import type { Invocation } from './args.ts';

export function reportCommand(inv: Invocation): ExitCode {
  const dir = inv.positionals[0];
  if (!dir) throw usageError('report needs the directory learners write to, e.g. `netns-tutor report /srv/class`');
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
  } catch (e) {
    throw usageError(`Cannot read ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const inputs = names.map((n) => {
    try { return { file: join(dir, n), text: readFileSync(join(dir, n), 'utf8') }; } catch { return { file: join(dir, n), text: null }; }
  });
  const { rows, notes } = buildReport(inputs);
  for (const n of notes) console.error(`note: ${n}`);
  if (inv.json) console.log(JSON.stringify(rows, null, 2));
  else if (inv.csv) console.log(reportCsv(rows));
  else if (rows.length === 0) console.log(`No progress files in ${dir} yet.`);
  else {
    const w = Math.max(7, ...rows.map((r) => r.learner.length));
    const l = Math.max(6, ...rows.map((r) => `${r.lesson} (${r.lang})`.length));
    console.log(`${'learner'.padEnd(w)}  ${'lesson'.padEnd(l)}  steps   time        hints  commands`);
    for (const r of rows) {
      console.log(`${r.learner.padEnd(w)}  ${`${r.lesson} (${r.lang})`.padEnd(l)}  ${`${r.stepsDone}/${r.steps}${r.completed ? ' ✓' : ''}`.padEnd(6)}  ${formatDuration(r.timeMs, 'en').padEnd(10)}  ${String(r.hints).padStart(5)}  ${String(r.attempts).padStart(8)}`);
    }
  }
  return EXIT.ok;
}
