/**
 * Runs one pipeline: the first program inside the lab (through the sandbox's
 * nsenter prefix, or directly in --host mode), the filters after `|` on the
 * host (they only read a pipe). Output streams as it comes; an abort signal
 * interrupts like Ctrl-C (SIGINT to the program, SIGKILL after a grace
 * period); a timeout does the same. Never throws for a failing command.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { RunResult } from '../model/run-result.ts';

export type RunOptions = {
  /** The argv prefix that enters the lab; empty to run on the host. */
  readonly prefix: readonly string[];
  /** Called with each chunk of output as it arrives. */
  readonly onOutput?: (chunk: string, stream: 'stdout' | 'stderr') => void;
  /** Aborting it interrupts the command, as Ctrl-C would. */
  readonly signal?: AbortSignal;
  /** Time limit; the command is interrupted past it. @default 300000 */
  readonly timeoutMs?: number;
  /** Between SIGINT and SIGKILL. @default 2000 */
  readonly graceMs?: number;
  readonly env?: NodeJS.ProcessEnv;
};

/** Output kept per stream; beyond it the oldest part is dropped. */
export const MAX_KEPT_OUTPUT = 1 << 20;
/** Bytes of output shown per command (1 MiB); past it the command is stopped (a learner reads far less). */
export const MAX_STREAMED_OUTPUT = 1 << 20;

/** Pipelines running now, each with a way to end it at once. */
const running = new Set<{ readonly kill: () => void; readonly done: Promise<unknown> }>();

/**
 * Ends every pipeline running now with SIGKILL (the program, what it started
 * inside the lab, and the filters after it) and waits until they are gone:
 * for an exit that cannot wait for them to finish.
 */
export async function killRunning(): Promise<void> {
  const all = [...running];
  for (const r of all) r.kill();
  await Promise.allSettled(all.map((r) => r.done));
}

/** Runs a pipeline and resolves with what it did. Rejects only when nothing could be started at all. */
export function runPipeline(pipeline: readonly (readonly string[])[], opts: RunOptions): Promise<RunResult> {
  const started = performance.now();
  const [first, ...filters] = pipeline;
  if (!first || first.length === 0) return Promise.reject(new Error('empty command'));
  const env = opts.env ?? process.env;
  const head = opts.prefix.length ? [...opts.prefix, ...first] : [...first];
  const procs: ChildProcess[] = [];
  const main = spawn(head[0]!, head.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env });
  procs.push(main);
  let upstream: ChildProcess = main;
  for (const f of filters) {
    const p = spawn(f[0]!, f.slice(1), { stdio: ['pipe', 'pipe', 'pipe'], env });
    const from = upstream;
    from.stdout!.pipe(p.stdin!);
    p.stdin!.on('error', () => { /* the filter stopped reading (head): fine */ });
    // As in a shell: once the filter is gone, the program before it gets SIGPIPE
    // on its next write (`ping … | head -2` ends instead of blocking for ever).
    p.once('close', () => from.stdout!.destroy());
    procs.push(p);
    upstream = p;
  }
  const last = upstream;

  let stdout = '';
  let stderr = '';
  const keep = (acc: string, add: string) => {
    const s = acc + add;
    return s.length > MAX_KEPT_OUTPUT ? s.slice(s.length - MAX_KEPT_OUTPUT) : s;
  };
  // Beyond MAX_STREAMED_OUTPUT (`cat /dev/zero`) the command is stopped as Ctrl-C would, and the result says why.
  let streamed = 0;
  let capped = false;
  const stream = (d: string, which: 'stdout' | 'stderr') => {
    if (capped) return;
    streamed += Buffer.byteLength(d);
    if (streamed > MAX_STREAMED_OUTPUT) { capped = true; onAbort(); return; }
    opts.onOutput?.(d, which);
  };
  last.stdout!.setEncoding('utf8');
  last.stdout!.on('data', (d: string) => { stdout = keep(stdout, d); stream(d, 'stdout'); });
  for (const p of procs) {
    p.stderr!.setEncoding('utf8');
    p.stderr!.on('data', (d: string) => { stderr = keep(stderr, d); stream(d, 'stderr'); });
  }

  let interrupted = false;
  let timedOut = false;
  let killTimer: NodeJS.Timeout | null = null;
  const stop = () => {
    interruptMain(main, opts.prefix.length > 0);
    killTimer ??= setTimeout(() => { for (const p of procs) killGroup(p); }, opts.graceMs ?? 2000);
  };
  function onAbort() { interrupted = true; stop(); }
  if (opts.signal?.aborted) onAbort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => { timedOut = true; stop(); }, opts.timeoutMs ?? 300_000);

  const exits = procs.map((p) => new Promise<{ code: number | null; signal: string | null; error?: Error }>((resolve) => {
    p.once('error', (error) => resolve({ code: 127, signal: null, error }));
    p.once('close', (code, signal) => resolve({ code, signal }));
  }));

  const entry = { kill: () => { for (const p of procs) killGroup(p); }, done: Promise.all(exits) };
  running.add(entry);
  void entry.done.finally(() => running.delete(entry));

  return Promise.all(exits).then((results) => {
    clearTimeout(timer);
    if (killTimer) clearTimeout(killTimer);
    opts.signal?.removeEventListener('abort', onAbort);
    const spawnError = results.find((r) => r.error)?.error as NodeJS.ErrnoException | undefined;
    if (spawnError && results[0]!.error) {
      stderr += `${head[0]}: ${spawnError.code === 'ENOENT' ? 'command not found' : spawnError.message}\n`;
    }
    const end = results[results.length - 1]!;
    return {
      argv: pipeline.map((a) => [...a]),
      exitCode: end.code,
      signal: end.signal,
      stdout,
      stderr,
      durationMs: performance.now() - started,
      interrupted,
      timedOut,
      outputCapped: capped,
    } satisfies RunResult;
  });
}

/**
 * Sends SIGINT to the program itself. Inside the lab the spawned process is
 * nsenter, which forks the program into the lab's PID namespace and waits for
 * it without forwarding signals: signal its children, so ping prints its
 * statistics and nsenter reports ping's own exit code.
 */
function interruptMain(main: ChildProcess, viaNsenter: boolean): void {
  if (main.pid === undefined || main.exitCode !== null) return;
  const targets = viaNsenter ? childrenOf(main.pid) : [];
  if (targets.length === 0) targets.push(main.pid);
  for (const pid of targets) {
    try { process.kill(pid, 'SIGINT'); } catch { /* already gone */ }
  }
}

/** The tutor's own child processes (nsenter, a probe, a filter after `|`), by host PID. */
export function ownChildren(): number[] {
  const kids: number[] = [];
  try {
    for (const t of readdirSync('/proc/self/task')) {
      try {
        kids.push(...readFileSync(`/proc/self/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
      } catch { /* the thread ended */ }
    }
  } catch { /* no /proc: nothing to wait for */ }
  return kids;
}

/** The PIDs of a process's children (its main thread's), or [] when it is gone. */
export function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** SIGKILL to the whole process group (the main program was started detached, as its group's leader). */
function killGroup(p: ChildProcess): void {
  if (p.pid === undefined || p.exitCode !== null || p.signalCode !== null) return;
  for (const pid of childrenOf(p.pid)) { try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ } }
  try { process.kill(-p.pid, 'SIGKILL'); } catch { try { p.kill('SIGKILL'); } catch { /* gone */ } }
}
