/**
 * The command line: subcommand, options and positionals, read with Node's own
 * util.parseArgs (no dependency, strict about unknown options). Pure.
 */
import { parseArgs } from 'node:util';
import { usageError, usageErrorSaid } from '../errors.ts';
import { langFromEnv, LANGS, type Lang } from '../i18n/lang.ts';
import { didYouMean } from '../text/did-you-mean.ts';

export const SUBCOMMANDS = ['start', 'list', 'lint', 'test', 'explain', 'topology', 'serve', 'report', 'doctor', 'progress', 'help'] as const;
export type Subcommand = (typeof SUBCOMMANDS)[number];

/** Options every subcommand takes (DESIGN §6). */
export type GlobalOptions = {
  readonly lang: Lang;
  /** Whether --lang was given (an id in `test` means every language otherwise). */
  readonly langGiven: boolean;
  readonly lessonDirs: readonly string[];
  readonly host: boolean;
  readonly plain: boolean;
  readonly color: boolean;
  readonly reportDir: string | null;
};

export type Invocation = {
  /** null: no subcommand (resume or pick). */
  readonly command: Subcommand | null;
  readonly positionals: readonly string[];
  readonly options: GlobalOptions;
  readonly json: boolean;
  readonly csv: boolean;
  /** `explain --command CMD`. */
  readonly explainCommand: string | null;
  /** `progress --reset`. */
  readonly reset: boolean;
  /** `topology --width N`: the most columns the picture may take; null when not given. */
  readonly width: number | null;
  /** `serve`'s options, as given (null: not given; serve chooses). */
  readonly serve: ServeOptions;
  readonly help: boolean;
  readonly version: boolean;
};

export type ServeOptions = {
  readonly port: number;
  readonly bind: string;
  readonly classCode: string | null;
  readonly teacherToken: string | null;
  readonly maxLearners: number | null;
};

const OPTIONS = {
  lang: { type: 'string' },
  lessons: { type: 'string', multiple: true },
  host: { type: 'boolean' },
  plain: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  color: { type: 'boolean' },
  'report-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  command: { type: 'string' },
  reset: { type: 'boolean' },
  width: { type: 'string' },
  port: { type: 'string' },
  bind: { type: 'string' },
  'class-code': { type: 'string' },
  'teacher-token': { type: 'string' },
  'max-learners': { type: 'string' },
} as const;

/** Which options make sense for which subcommand; others get a usage error. */
const ONLY_FOR: Record<string, readonly (Subcommand | null)[]> = {
  json: ['list', 'test', 'progress', 'report'],
  csv: ['report'],
  command: ['explain'],
  reset: ['progress'],
  width: ['topology'],
  port: ['serve'],
  bind: ['serve'],
  'class-code': ['serve'],
  'teacher-token': ['serve'],
  'max-learners': ['serve'],
};

/** The widest picture asked for: wider is no terminal, and would only cost memory. */
export const MAX_WIDTH = 1000;

/** A number of columns as the user wrote it: a positive whole number, or null when it is not one. */
export function parseColumns(v: string | undefined): number | null {
  if (v === undefined || !/^\s*\d+\s*$/.test(v)) return null;
  const n = Number(v);
  return n >= 1 ? n : null;
}

export function parseInvocation(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, isTTY = Boolean(process.stdout.isTTY)): Invocation {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw usageError(cleanParseError((e as Error).message));
  }
  const v = parsed.values;
  const [first, ...rest] = parsed.positionals;
  let command: Subcommand | null = null;
  let positionals = parsed.positionals;
  if (first !== undefined) {
    if (!(SUBCOMMANDS as readonly string[]).includes(first)) {
      const near = didYouMean(first, SUBCOMMANDS);
      throw usageError(`Unknown command: ${first}${near ? ` (did you mean \`${near}\`?)` : ''}`);
    }
    command = first as Subcommand;
    positionals = rest;
  }
  for (const [opt, allowed] of Object.entries(ONLY_FOR)) {
    if ((v as Record<string, unknown>)[opt] !== undefined && !allowed.includes(command)) {
      throw usageError(`--${opt} is not an option of ${command ? `\`${command}\`` : 'the tutor itself'}; it goes with: ${allowed.join(', ')}`);
    }
  }
  if (v.lang !== undefined && !(LANGS as readonly string[]).includes(v.lang)) {
    throw usageError(`--lang ${v.lang}: use one of ${LANGS.join(', ')}`);
  }
  let width: number | null = null;
  if (v.width !== undefined) {
    const given = v.width;
    width = parseColumns(given);
    if (width === null || width > MAX_WIDTH) {
      throw usageErrorSaid((w) => [w.cli.badWidth(given, MAX_WIDTH)]);
    }
  }
  const serve = serveOptions(v);
  // Colour when asked with --color, else on a terminal unless --no-color, NO_COLOR or TERM=dumb says otherwise.
  const color = v.color === true || (isTTY && v['no-color'] !== true && !(env.NO_COLOR !== undefined && env.NO_COLOR !== '') && env.TERM !== 'dumb');
  return {
    command: command === 'help' ? null : command,
    positionals,
    options: {
      lang: (v.lang as Lang | undefined) ?? langFromEnv(env),
      langGiven: v.lang !== undefined,
      lessonDirs: v.lessons ?? [],
      host: v.host === true,
      plain: v.plain === true,
      color,
      reportDir: v['report-dir'] ?? null,
    },
    json: v.json === true,
    csv: v.csv === true,
    explainCommand: v.command ?? null,
    reset: v.reset === true,
    width,
    serve,
    help: v.help === true || command === 'help',
    version: v.version === true,
  };
}

/** A whole number from min to max as the user wrote it, or a usage error naming the option. */
function wholeNumber(opt: string, v: string, min: number, max: number): number {
  const n = /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  throw usageErrorSaid((w) => [w.cli.notAWholeNumber(opt, v, min, max)]);
}

/** A code or token the teacher chose: letters, digits, `-` and `_`, 4 to 128 of them (it goes into a URL as it is). */
function secret(opt: string, v: string | undefined): string | null {
  if (v === undefined) return null;
  if (/^[A-Za-z0-9_-]{4,128}$/.test(v)) return v;
  throw usageErrorSaid((w) => [w.cli.badSecret(opt)]);
}

function serveOptions(v: { port?: string; bind?: string; 'class-code'?: string; 'teacher-token'?: string; 'max-learners'?: string }): ServeOptions {
  const bind = v.bind ?? '127.0.0.1';
  if (!/^[\w.:%-]{1,255}$/.test(bind)) throw usageErrorSaid((w) => [w.cli.badBind(bind)]);
  return {
    port: v.port === undefined ? 8080 : wholeNumber('port', v.port, 0, 65535),
    bind,
    classCode: secret('class-code', v['class-code']),
    teacherToken: secret('teacher-token', v['teacher-token']),
    maxLearners: v['max-learners'] === undefined ? null : wholeNumber('max-learners', v['max-learners'], 1, 1000),
  };
}

/** Node's messages name its own internals; say it the tutor's way. */
function cleanParseError(message: string): string {
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `Unknown option: ${unknown[1]}`;
  const missing = /Option '([^']+)'.* argument missing/.exec(message);
  if (missing) return `Option ${missing[1]!.replace(/^-\w, /, '').replace(/ <value>$/, '')} needs a value`;
  const ambiguous = /Option '([^']+)' argument is ambiguous/.exec(message);
  if (ambiguous) {
    const name = ambiguous[1]!.replace(/^-\w, /, '');
    return `Option ${name} needs a value; a value that starts with "-" is written ${name}=VALUE`;
  }
  return message.split('. ')[0]!.replace(/^TypeError \[[A-Z_]+\]: /, '');
}

/** Columns when neither --width, $COLUMNS nor a terminal says. */
export const DEFAULT_WIDTH = 100;

/** How wide output drawn off a terminal may be: --width, else $COLUMNS, else the terminal's width, else DEFAULT_WIDTH. */
export function pictureWidth(width: number | null, env: NodeJS.ProcessEnv, terminalColumns: number | undefined): number {
  if (width !== null) return width;
  const columns = parseColumns(env.COLUMNS);
  if (columns !== null) return Math.min(columns, MAX_WIDTH);
  return terminalColumns && terminalColumns > 0 ? terminalColumns : DEFAULT_WIDTH;
}
