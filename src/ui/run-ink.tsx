/**
 * The full-screen shell's entry: render <App> (Ctrl-C comes in as a key, the
 * session decides what it means), and resolve once the learner leaves, with
 * the terminal given back.
 */
import { render } from 'ink';
import type { Invocation } from '../cli/args.ts';
import type { ProgressBook } from '../progress/book.ts';
import { EXIT, type ExitCode } from '../errors.ts';
import type { Lab } from '../lab/lab.ts';
import { pendingLab } from '../lab/pending.ts';
import type { Lesson } from '../lesson/model.ts';
import { App } from './App.tsx';
import { fileHistory } from './history-store.ts';
import { eraseLive, shellNotices, type FirstPaint } from './first-paint.ts';
import type { TypeAhead } from './type-ahead.ts';
import type { ShellDeps } from './use-shell.ts';
import { shellDeps } from './shell-deps.ts';

export type RunInkOptions = {
  readonly inv: Invocation;
  /** The lab, still starting: the shell does not wait for it. */
  readonly opening: Promise<Lab>;
  /** The lesson to open; null opens the picker. */
  readonly lesson: Lesson | null;
  readonly book: ProgressBook;
  readonly all: readonly Lesson[];
  /** Keys typed before the shell appeared, handed to it when it starts. */
  readonly typeAhead?: TypeAhead;
  /** What the first paint put on the screen before Ink loaded. */
  readonly painted?: FirstPaint;
};

/** The terminal's shell: the lab as it starts, the learner's own history file. */
export function terminalShellDeps({ inv, opening, lesson, book, all, painted }: RunInkOptions): ShellDeps {
  const lang = lesson?.lang ?? inv.options.lang;
  const lab = pendingLab(opening, inv.options.host ? 'host' : 'lab');
  const notices = shellNotices(lang, { host: lab.mode === 'host', movedAside: book.movedAside, dropped: book.dropped });
  return shellDeps({ lab, book, all, lang, first: lesson, history: fileHistory(), notices, color: inv.options.color, painted: painted?.items ?? 0 });
}

export async function runInk(o: RunInkOptions): Promise<ExitCode> {
  const deps = terminalShellDeps(o);
  o.typeAhead?.release();
  // Ink's first frame takes the place of the live lines the first paint drew.
  if (o.painted) beforeFirstWrite(process.stdout, eraseLive(o.painted));
  const instance = render(<App deps={deps} />, { exitOnCtrlC: false });
  // A lab that fails to start once the shell is up: leave the shell, and say why as any start-up failure does.
  const labFailure: { error?: unknown } = {};
  o.opening.catch((error: unknown) => {
    labFailure.error = error;
    instance.unmount();
  });
  await instance.waitUntilExit();
  instance.cleanup();
  if ('error' in labFailure) throw labFailure.error;
  return EXIT.ok;
}

/** Puts `prefix` in front of the next thing written to `stream`, in the same write. */
function beforeFirstWrite(stream: NodeJS.WriteStream, prefix: string): void {
  const write = stream.write;
  const own = Object.hasOwn(stream, 'write');
  stream.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    if (own) stream.write = write;
    else delete (stream as { write?: unknown }).write;
    return write.call(stream, typeof chunk === 'string' ? prefix + chunk : Buffer.concat([Buffer.from(prefix), chunk]), ...rest);
  }) as typeof stream.write;
}
