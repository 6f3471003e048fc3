/**
 * netns-tutor's entry point: read the command line, run one subcommand, turn
 * every error into a message and an exit code. Subcommands load lazily so the
 * first frame does not wait for code it does not need.
 */
import { parseInvocation, type Invocation } from './cli/args.ts';
import { logBug } from './cli/bug-log.ts';
import { EXIT, TutorError, type ExitCode } from './errors.ts';
import { langFromEnv, LANGS, type Lang } from './i18n/lang.ts';
import { words } from './i18n/words.ts';
import { guardPipes, outputGone } from './cli/pipe.ts';
import { safeText } from './text/ansi.ts';

export const VERSION = process.env.NETNS_TUTOR_VERSION ?? '0.0.0-dev';

async function dispatch(inv: Invocation): Promise<ExitCode> {
  if (inv.version) { console.log(VERSION); return EXIT.ok; }
  if (inv.help) { console.log((await import('./cli/help.ts')).helpText(inv.options.lang)); return EXIT.ok; }
  switch (inv.command) {
    case 'list': return (await import('./cli/list.ts')).listCommand(inv);
    case 'lint': return (await import('./cli/lint.ts')).lintCommand(inv);
    case 'test': return (await import('./cli/test.ts')).testCommand(inv);
    case 'doctor': return (await import('./cli/doctor.ts')).doctorCommand(inv);
    case 'explain': return (await import('./cli/explain.ts')).explainSubcommand(inv);
    case 'topology': return (await import('./cli/topology.ts')).topologyCommand(inv);
    case 'progress': return (await import('./cli/progress.ts')).progressCommand(inv);
    case 'report': return (await import('./cli/report.ts')).reportCommand(inv);
    case 'serve': return (await import('./cli/serve.ts')).serveCommand(inv);
    case 'start':
    case null:
      return (await import('./cli/start.ts')).startCommand(inv);
    default: return EXIT.usage;
  }
}

/** The language to report an error in: --lang when given (the invocation may not have parsed), else the environment's. */
function errorLang(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const v = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.slice(7) : argv[i + 1];
  return v !== undefined && (LANGS as readonly string[]).includes(v) ? v as Lang : langFromEnv();
}

export async function main(argv: readonly string[]): Promise<ExitCode> {
  try {
    // A lesson's background service, started by the lab in a namespace (lab/services.ts): not a command for people.
    if (argv[0] === '_service') return await (await import('./cli/service.ts')).serviceCommand(argv.slice(1));
    return await dispatch(parseInvocation(argv));
  } catch (e) {
    // The reader of the output went away: the exit is under way (see cli/pipe.ts).
    if (outputGone()) return EXIT.failed;
    // Messages may quote what the user gave (a lesson id, a file's text): printed without control characters.
    if (e instanceof TutorError) {
      const { message, hint } = e.said(errorLang(argv));
      console.error(`netns-tutor: ${safeText(message)}`);
      if (hint) console.error(safeText(hint));
      return e.exitCode;
    }
    const where = logBug(e, VERSION);
    const said = safeText(String((e as Error)?.message ?? e));
    console.error(`netns-tutor: ${words(errorLang(argv)).cli.internalError(said, where)}`);
    return EXIT.failed;
  }
}

guardPipes();
const code = await main(process.argv.slice(2));
if (!outputGone()) process.exitCode = code;
