/** `netns-tutor report DIR [--json|--csv]`: the class table from learners' --report-dir files. */
import { EXIT, usageError, type ExitCode } from '../errors.ts';
import { formatDuration } from '../i18n/messages.ts';
import { words } from '../i18n/words.ts';
import { buildReport, reportCsv, type ReportRow } from '../progress/report.ts';
import { readProgressFiles } from '../progress/store.ts';
import { safeLine } from '../text/ansi.ts';
import { displayWidth } from '../text/width.ts';
import type { Invocation } from './args.ts';

/** Text padded with spaces to a number of display columns (a Chinese character takes two). */
const padTo = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - displayWidth(s)));

export function reportCommand(inv: Invocation): ExitCode {
  const dir = inv.positionals[0];
  if (!dir) throw usageError('report needs the directory learners write to, e.g. `netns-tutor report /srv/class`');
  let inputs: ReturnType<typeof readProgressFiles>;
  try {
    inputs = readProgressFiles(dir);
  } catch (e) {
    throw usageError(`Cannot read ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const { rows, notes } = buildReport(inputs);
  for (const n of notes) console.error(`note: ${safeLine(n)}`);
  if (inv.json) console.log(JSON.stringify(rows, null, 2));
  else if (inv.csv) console.log(reportCsv(rows));
  else if (rows.length === 0) console.log(`No progress files in ${safeLine(dir)} yet.`);
  else {
    // Names and lesson ids come from the learners' files: shown without control characters.
    const shown = rows.map((r) => ({ ...r, learner: safeLine(r.learner), lesson: `${safeLine(r.lesson)} (${safeLine(r.lang)})` }));
    const w = Math.max(7, ...shown.map((r) => displayWidth(r.learner)));
    const l = Math.max(6, ...shown.map((r) => displayWidth(r.lesson)));
    const extra = practiceColumns(rows);
    console.log(`${'learner'.padEnd(w)}  ${'lesson'.padEnd(l)}  steps   time        hints  commands${extra.head}`);
    for (const r of shown) {
      console.log(`${padTo(r.learner, w)}  ${padTo(r.lesson, l)}  ${`${r.stepsDone}/${r.steps}${r.completed ? ' ✓' : ''}`.padEnd(6)}  ${formatDuration(r.timeMs, 'en').padEnd(10)}  ${String(r.hints).padStart(5)}  ${String(r.attempts).padStart(8)}${extra.cells(r)}`);
    }
  }
  return EXIT.ok;
}

/**
 * The lesson format's counts as two more columns, only when some row has any:
 * challenges solved (those without a hint in brackets) and predictions right
 * of those made. The table's headings are English, like the rest of it.
 */
function practiceColumns(rows: readonly ReportRow[]): { head: string; cells: (r: ReportRow) => string } {
  if (!rows.some((r) => r.challenges > 0 || r.predictions > 0)) return { head: '', cells: () => '' };
  const say = words('en').practice;
  const c = say.reportChallenges;
  return {
    head: `  ${c}  ${say.reportPredictions}`,
    cells: (r) => `  ${`${r.challenges} (${r.challengesNoHints})`.padStart(c.length)}  ${`${r.predictionsRight}/${r.predictions}`.padStart(say.reportPredictions.length)}`,
  };
}
