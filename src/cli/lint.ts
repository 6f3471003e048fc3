/** `netns-tutor lint <file|dir>…`: compiler-style diagnostics, in the language --lang gives (English without it); exit 1 on any error. */
import { EXIT, usageError, type ExitCode } from '../errors.ts';
import { words } from '../i18n/words.ts';
import { lintAcross, lintFile, formatDiagnostic } from '../lesson/lint.ts';
import { findLessonFiles, readLessonFiles } from '../lesson/load.ts';
import { onPath } from '../lab/on-path.ts';
import { safeLine } from '../text/ansi.ts';
import type { Invocation } from './args.ts';

export function lintCommand(inv: Invocation): ExitCode {
  if (inv.positionals.length === 0) throw usageError('lint needs at least one lesson file or directory, e.g. `netns-tutor lint lessons/`');
  // Authors share lint's output (reviews, CI logs): English unless --lang asks otherwise, whatever the locale.
  const lang = inv.options.langGiven ? inv.options.lang : 'en';
  const files = readLessonFiles(inv.positionals.flatMap((p) => findLessonFiles(p)), lang);
  if (files.length === 0) throw usageError(`No lesson files (*.md) found in ${inv.positionals.join(', ')}`);
  const diags = [...files.flatMap((f) => lintFile(f, { isInstalled: onPath, lang })), ...lintAcross(files, lang)];
  // A message may quote the lesson's text: printed without control characters, one line each.
  for (const d of diags) console.log(safeLine(formatDiagnostic(d)));
  const errors = diags.filter((d) => d.severity === 'error').length;
  const warnings = diags.length - errors;
  console.log(words(lang).lint.summary(files.length, errors, warnings));
  return errors > 0 ? EXIT.failed : EXIT.ok;
}
