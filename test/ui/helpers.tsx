/** Fakes and helpers for the shell's component tests: key constants, a fake lab, lessons, waiting for a frame. */
import { EventEmitter } from 'node:events';
import { render as inkRender } from 'ink';
import type { ReactElement } from 'react';
import type { Lab, LabRunOptions } from '../../src/lab/lab.ts';
import type { RunResult } from '../../src/model/run-result.ts';
import { EMPTY_SNAPSHOT, type Link, type Snapshot } from '../../src/model/snapshot.ts';
import type { Lesson } from '../../src/lesson/model.ts';
import { parseLesson } from '../../src/lesson/parse.ts';
import { emptyProgress, type Progress } from '../../src/progress/model.ts';
import { SessionDriver } from '../../src/session/driver.ts';
import { sessionInit } from '../../src/session/from-progress.ts';
import { memoryHistory } from '../../src/ui/history-store.ts';
import type { ShellDeps } from '../../src/ui/use-shell.ts';

export const ENTER = '\r';
export const CTRL_C = '\x03';
export const UP = '\x1b[A';
export const DOWN = '\x1b[B';
export const TAB = '\t';
export const ESC = '\x1b';

// eslint-disable-next-line no-control-regex
export const plain = (s: string | undefined): string => (s ?? '').replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '');

/** Lets Ink and the session settle (effects run on microtasks and timers). */
export const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));

/** Polls the frame until `pattern` shows, or fails with the last frame. */
export async function waitFor(frame: () => string | undefined, pattern: RegExp | string, ms = 3000): Promise<string> {
  const end = Date.now() + ms;
  for (;;) {
    const f = plain(frame());
    if (typeof pattern === 'string' ? f.includes(pattern) : pattern.test(f)) return f;
    if (Date.now() > end) throw new Error(`timed out waiting for ${pattern}; last frame:\n${f}`);
    await tick(10);
  }
}

/** Everything written so far (the transcript lives in earlier frames, written once). */
export const allFrames = (frames: string[]) => () => frames.map(plain).join('\n');

const lo = (up: boolean): Link => ({ name: 'lo', ifindex: 1, kind: 'loopback', up, operstate: up ? 'UNKNOWN' : 'DOWN', flags: [], mtu: 65536, mac: '00:00:00:00:00:00', qdisc: 'noop', master: null, peer: null, addrs: [] });

const result = (argv: readonly (readonly string[])[], over: Partial<RunResult> = {}): RunResult => ({
  argv, exitCode: 0, signal: null, stdout: '', stderr: '', durationMs: 2, interrupted: false, timedOut: false, ...over,
});

/** A Lab that knows `ip netns add/list`, `ls /var/run/netns`, and a ping that runs until it is stopped. */
export class FakeLab implements Lab {
  readonly mode = 'lab' as const;
  readonly rootless = false;
  readonly prefix: readonly string[] = [];
  namespaces = new Set<string>();
  ran: string[] = [];
  resets = 0;

  async run(pipeline: readonly (readonly string[])[], o: LabRunOptions = {}): Promise<RunResult> {
    const argv = pipeline[0] ?? [];
    const line = argv.join(' ');
    this.ran.push(line);
    const out = (text: string) => { o.onOutput?.(text, 'stdout'); return result(pipeline, { stdout: text }); };
    if (line.startsWith('ip netns add ')) {
      const name = argv[3]!;
      if (this.namespaces.has(name)) return result(pipeline, { exitCode: 1, stderr: `Cannot create namespace file "/run/netns/${name}": File exists\n` });
      this.namespaces.add(name);
      return result(pipeline);
    }
    if (line === 'ip netns list' || line === 'ip netns') return out([...this.namespaces].map((n) => `${n}\n`).join(''));
    if (line.startsWith('ls')) return out([...this.namespaces].map((n) => `${n}\n`).join(''));
    if (argv[0] === 'ping' && !argv.includes('-c')) {
      return new Promise((resolve) => {
        let seq = 0;
        const timer = setInterval(() => o.onOutput?.(`64 bytes from 127.0.0.1: icmp_seq=${++seq} ttl=64 time=0.03 ms\n`, 'stdout'), 5);
        o.signal?.addEventListener('abort', () => {
          clearInterval(timer);
          o.onOutput?.(`\n--- 127.0.0.1 ping statistics ---\n${seq} packets transmitted, ${seq} received, 0% packet loss\n`, 'stdout');
          resolve(result(pipeline, { interrupted: true, signal: 'SIGINT' }));
        });
      });
    }
    return result(pipeline, { exitCode: 1, stderr: `unknown to the fake lab: ${line}\n` });
  }
  async probe(): Promise<Snapshot> {
    return { ...EMPTY_SNAPSHOT, root: { ...EMPTY_SNAPSHOT.root, links: [lo(true)] }, namespaces: [...this.namespaces].sort().map((name) => ({ name, links: [lo(false)], routes: [], sysctls: {} })) };
  }
  async ping(): Promise<boolean> { return true; }
  async fileExists(path: string): Promise<boolean> { return [...this.namespaces].some((n) => path.endsWith(`/${n}`)); }
  async reset(): Promise<void> { this.resets++; this.namespaces.clear(); }
  readonly services: string[] = [];
  async ensureService(spec: { name: string; ns: string; port: number }): Promise<void> { this.services.push(`${spec.ns}/${spec.name}:${spec.port}`); }
  async close(): Promise<void> {}
}

const lesson = (id: string, title: string, summary: string, steps: string) => {
  const r = parseLesson(`---\nid: ${id}\ntitle: ${title}\nlang: en\nsummary: ${summary}\n---\n\nIntro of ${title}.\n\n${steps}`, `${id}.md`);
  if (!r.lesson) throw new Error(JSON.stringify(r.diagnostics));
  return r.lesson;
};

export const FIRST = lesson('first', 'First steps', 'Make ns0 and list it.', `## Add ns0

\`\`\`sh
ip netns add ns0
\`\`\`

\`\`\`check
netns ns0 exists
\`\`\`

\`\`\`hint
Use ip netns add.
\`\`\`

## List them

\`\`\`sh
ip netns list
\`\`\`

\`\`\`check
ran ip netns list
output contains "ns0"
\`\`\`
`);

export const SECOND = lesson('second', 'Second lesson', 'Make ns1.', `## Add ns1

\`\`\`sh
ip netns add ns1
\`\`\`

\`\`\`check
netns ns1 exists
\`\`\`
`);

export const LESSONS: readonly Lesson[] = [FIRST, SECOND];

/** Shell dependencies over a FakeLab and real SessionDrivers, with progress and history in memory. */
export function fakeDeps(over: Partial<ShellDeps> = {}, lab = new FakeLab()) {
  let progress: Progress = emptyProgress('learner');
  const history = memoryHistory();
  const saved: string[] = [];
  const deps: ShellDeps = {
    lessons: () => LESSONS,
    progress: () => progress,
    openSession(l, hooks, opts) {
      const init = sessionInit(l, progress, deps.lessons(l.lang), l.lang, Date.now());
      const driver = new SessionDriver(lab, { ...init, ...opts }, {
        save: (record) => { saved.push(record.id); progress = { ...progress, last: { id: record.id, lang: record.lang }, lessons: [...progress.lessons.filter((x) => x.id !== record.id), record] }; },
        ...hooks,
      });
      driver.start();
      return driver;
    },
    history,
    notices: [],
    color: false,
    lang: 'en',
    first: FIRST,
    ...over,
  };
  return { deps, lab, history, saved, progress: () => progress };
}

/** An output stream with a size that tests can change (then emit 'resize'). */
class FakeStdout extends EventEmitter {
  columns: number;
  rows: number;
  readonly frames: string[] = [];
  constructor(columns: number, rows: number) { super(); this.columns = columns; this.rows = rows; }
  write = (frame: string) => { this.frames.push(frame); return true; };
  lastFrame = () => this.frames.at(-1);
}

/** A keyboard: what a test writes arrives as one chunk, as a paste does. */
class FakeStdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  write = (data: string) => { this.data = data; this.emit('readable'); this.emit('data', data); };
  read = () => { const d = this.data; this.data = null; return d; };
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

/** Renders the shell on fake streams of the given size; `exited` turns true when it leaves. */
export function renderShell(node: ReactElement, size: { columns?: number; rows?: number } = {}) {
  const stdout = new FakeStdout(size.columns ?? 100, size.rows ?? 30);
  const stdin = new FakeStdin();
  const instance = inkRender(node, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: new FakeStdout(100, 30) as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  const shell = {
    stdin,
    stdout,
    exited: false,
    lastFrame: () => stdout.lastFrame(),
    /** Writes one chunk at once, as a paste (or tmux's send-keys -l) does. */
    type: (text: string) => stdin.write(text),
    /** Presses keys one after another, each in its own tick, as a person types. */
    async press(...keys: string[]) { for (const k of keys) { stdin.write(k); await tick(5); } },
    /** Changes the terminal's size the way a terminal does. */
    resize(columns: number, rows: number) { stdout.columns = columns; stdout.rows = rows; stdout.emit('resize'); },
    unmount: () => { instance.unmount(); instance.cleanup(); },
  };
  void instance.waitUntilExit().then(() => { shell.exited = true; });
  return shell;
}

/** Polls until `fn()` holds. */
export async function until(fn: () => boolean, what: string, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!fn()) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await tick(10);
  }
}
