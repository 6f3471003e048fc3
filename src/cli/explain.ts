/**
 * `netns-tutor explain [--command "CMD"]`: annotate command output read from
 * stdin (ip addr/link, netns list, ping, ls, ip route/neigh, ip route get,
 * bridge link/fdb), and explain an error message read there as the shell's
 * notes do (without a lab to look at); the family is detected when --command
 * is absent. Exit 1 when nothing is recognised.
 */
import { parse as shellParse } from 'shell-quote';
import { EXIT, usageError, type ExitCode } from '../errors.ts';
import { explainCommand, explainText, renderTextExplanation } from '../explain/index.ts';
import { words } from '../i18n/words.ts';
import { paint } from '../render/paint.ts';
import { safeLine, safeText } from '../text/ansi.ts';
import { pictureWidth, type Invocation } from './args.ts';

export async function explainSubcommand(inv: Invocation): Promise<ExitCode> {
  const lang = inv.options.lang;
  const argv = inv.explainCommand === null ? null : shellParse(inv.explainCommand).filter((t): t is string => typeof t === 'string');
  if (process.stdin.isTTY) {
    if (argv) return printCommand(argv, inv);
    throw usageError('explain reads command output or an error message from stdin, e.g. `ip addr | netns-tutor explain`');
  }
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  // What is explained is echoed: without escape sequences (`ip -c` colours too) and control characters.
  const text = safeText(Buffer.concat(chunks).toString('utf8'));
  const e = explainText(argv, text, lang);
  if (argv) printCommand(argv, inv);
  if (!e.output && e.error.length === 0) {
    console.error(words(lang).cli.explainNothing);
    return EXIT.failed;
  }
  process.stdout.write(`${renderTextExplanation(text, e, { color: inv.options.color, width: pictureWidth(null, process.env, process.stdout.isTTY ? process.stdout.columns : undefined), lang })}\n`);
  return EXIT.ok;
}

function printCommand(argv: string[], inv: Invocation): ExitCode {
  const p = paint(inv.options.color);
  for (const w of explainCommand(argv, inv.options.lang)) console.log(`${p.bold(safeLine(w.word))}  ${p.dim(safeLine(w.meaning))}`);
  console.log('');
  return EXIT.ok;
}
