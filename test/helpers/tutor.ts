/**
 * Runs the built CLI (dist/cli.js) as a learner would: plain mode with stdin
 * piped, its own state directory, and the means to watch and kill it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseLesson } from '../../src/lesson/parse.ts';
import { CLI, ROOT } from './built-cli.ts';

export { CLI, ensureBuilt, ROOT } from './built-cli.ts';

const made: string[] = [];
process.once('exit', () => { for (const d of made) rmSync(d, { recursive: true, force: true }); });

/** A fresh directory for XDG_STATE_HOME (or anything else), removed when the test file's process exits. */
export function tempDir(prefix = 'nt-robust-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}

/** The reference commands of a lesson file, in order, one per line, as a learner would type them (a predict step's right answer before its commands). */
export function referenceInput(file: string): string {
  const { lesson } = parseLesson(readFileSync(join(ROOT, file), 'utf8'));
  return `${lesson!.steps.flatMap((s) => [...(s.predict ? [String(s.predict.answer)] : []), ...s.commands.map((c) => c.text)]).join('\n')}\n`;
}

export type Ran = { code: number | null; signal: NodeJS.Signals | null; out: string; err: string };

export type TutorOptions = {
  /** Written to stdin, then stdin is closed (unless keepOpen). */
  readonly input?: string | Buffer;
  readonly keepOpen?: boolean;
  readonly env?: NodeJS.ProcessEnv;
  /** The argv before `node dist/cli.js` (e.g. setpriv …; see asOtherUser in other-user.ts). */
  readonly wrap?: readonly string[];
  /** The CLI to run and the directory to run it in: by default the checkout's dist/cli.js, in the checkout. */
  readonly cli?: string;
  readonly cwd?: string;
  readonly timeoutMs?: number;
};

/** A running tutor: its process, what it printed so far, and a promise of its end. */
export type Tutor = {
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly done: Promise<Ran>;
  /** Resolves when the output matches, rejects when the tutor ends first or the time is up. */
  readonly until: (re: RegExp, ms?: number) => Promise<void>;
};

/** Starts `node dist/cli.js ARGS` (or o.cli) with NO_COLOR and the given environment. */
export function startTutor(args: readonly string[], o: TutorOptions = {}): Tutor {
  const argv = [...(o.wrap ?? []), process.execPath, o.cli ?? CLI, ...args];
  const child = spawn(argv[0]!, argv.slice(1), { cwd: o.cwd ?? ROOT, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', ...o.env } });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => { out += d; });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => { err += d; });
  child.stdin!.on('error', () => { /* the tutor ended before reading everything */ });
  if (o.input !== undefined) child.stdin!.write(o.input);
  if (!o.keepOpen) child.stdin!.end();
  const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 120_000);
  const done = new Promise<Ran>((resolve) => {
    child.once('close', (code, signal) => { clearTimeout(timer); resolve({ code, signal, out, err }); });
  });
  let ended = false;
  void done.then(() => { ended = true; });
  const until = async (re: RegExp, ms = 60_000) => {
    const end = Date.now() + ms;
    while (!re.test(out)) {
      if (ended) throw new Error(`the tutor ended before ${re}: ${out.slice(-1500)}${err}`);
      if (Date.now() > end) throw new Error(`timed out waiting for ${re}: ${out.slice(-1500)}${err}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return { child, output: () => out, done, until };
}

/** Runs the tutor to its end. */
export function runTutor(args: readonly string[], o: TutorOptions = {}): Promise<Ran> {
  return startTutor(args, o).done;
}

/** Every process below pid (children of all its threads, recursively), as host PIDs. */
export function descendants(pid: number): number[] {
  let tasks: string[] = [];
  try { tasks = readdirSync(`/proc/${pid}/task`); } catch { return []; }
  const kids = new Set<number>();
  for (const t of tasks) {
    try {
      for (const k of readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) kids.add(Number(k));
    } catch { /* the thread ended */ }
  }
  return [...kids].flatMap((k) => [k, ...descendants(k)]);
}

/** The progress file of a state directory, parsed; throws when it is not valid JSON. */
export function readProgress(state: string): { lessons: { id: string; completed: boolean; steps: { done: boolean }[] }[] } | null {
  const p = join(state, 'netns-tutor', 'progress.json');
  if (!existsSync(p)) return null;
  return JSON.parse(readFileSync(p, 'utf8'));
}

/** Lines starting with ✓ in plain output: the steps that passed. */
export const passedSteps = (out: string) => (out.match(/^✓ /gm) ?? []).length;
