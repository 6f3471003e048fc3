/**
 * A classroom server (the built `netns-tutor serve`) for the tests, and a
 * learner that talks to it as the page does, over a WebSocket, with a
 * headless xterm.js as its screen.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import headless from '@xterm/headless';
import WebSocket from 'ws';
import { parseLesson } from '../../src/lesson/parse.ts';
import { CLI, ensureBuilt, ROOT } from './built-cli.ts';
import { tempDir } from './tutor.ts';

export type Server = {
  readonly child: ChildProcess;
  readonly base: string;
  readonly host: string;
  readonly classCode: string;
  readonly token: string;
  readonly learners: string;
  readonly teacher: string;
  readonly state: string;
  /** What the server said on stderr so far. */
  err(): string;
  /** SIGTERM, and its exit. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

/** Starts `netns-tutor serve --port 0 ARGS` with a state directory of its own; resolves once it has printed its links. */
export async function startServer(args: readonly string[] = [], env: NodeJS.ProcessEnv = {}): Promise<Server> {
  ensureBuilt();
  const state = tempDir('nt-serve-');
  // SERVE_NODE_ARGS: options for the server's node, e.g. `--cpu-prof` when profiling the benchmark.
  const child = spawn(process.execPath, [...(process.env.SERVE_NODE_ARGS?.split(" ").filter(Boolean) ?? []), CLI, 'serve', '--port', '0', ...args], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, XDG_STATE_HOME: state, NO_COLOR: '1', ...env },
  });
  let out = '';
  let err = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => { err += d; });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (/^Teacher: .*\n/m.test(out)) resolve();
    });
    void exited.then((e) => reject(new Error(`serve exited (${e.code ?? e.signal}) before printing its links: ${err}`)));
    setTimeout(() => reject(new Error(`serve printed no links in 20 s: ${out}${err}`)), 20_000).unref();
  });
  const learners = /^Learners: (\S+)$/m.exec(out)![1]!;
  const teacher = /^Teacher: (\S+)$/m.exec(out)![1]!;
  const u = new URL(learners);
  return {
    child, base: u.origin, host: u.host, learners, teacher, state,
    classCode: u.searchParams.get('class')!,
    token: new URL(teacher).searchParams.get('token')!,
    err: () => err,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

export type Screen = InstanceType<typeof headless.Terminal>;

/** A learner's browser, without the browser: the page's protocol over a WebSocket, the screen in a headless terminal. */
export class Learner {
  readonly term: Screen;
  ws!: WebSocket;
  ended: { why: string; detail?: string } | null = null;
  #written: Promise<void> = Promise.resolve();
  constructor(readonly server: Server, readonly name: string, readonly o: { key?: string; lang?: string; columns?: number; rows?: number; origin?: string } = {}) {
    this.term = new headless.Terminal({ cols: o.columns ?? 100, rows: o.rows ?? 40, scrollback: 5000, allowProposedApi: true });
  }
  get key(): string { return this.o.key ?? `key-${this.name}-0123456789abcdef`.replace(/[^\w-]/g, 'x'); }
  url(extra: Record<string, string> = {}): string {
    const q = new URLSearchParams({ class: this.server.classCode, name: this.name, key: this.key, cols: String(this.term.cols), rows: String(this.term.rows), ...(this.o.lang ? { lang: this.o.lang } : {}), ...extra });
    return `ws://${this.server.host}/ws?${q.toString()}`;
  }
  /** Opens the connection; resolves once it is open. */
  connect(): Promise<this> {
    this.ended = null;
    this.ws = new WebSocket(this.url(), { origin: this.o.origin ?? this.server.base });
    this.ws.on('message', (d) => {
      const m = JSON.parse(String(d)) as { t: string; d?: string; why?: string; detail?: string };
      if (m.t === 'out') this.#written = this.#written.then(() => new Promise((r) => this.term.write(m.d!, r)));
      else if (m.t === 'end') this.ended = { why: m.why!, ...(m.detail ? { detail: m.detail } : {}) };
    });
    return new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve(this));
      this.ws.once('error', reject);
      this.ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    });
  }
  send(m: object): void { this.ws.send(JSON.stringify(m)); }
  keys(d: string): void { this.send({ t: 'in', d }); }
  /** Types a line, then Enter, as two messages (a person types, then presses Enter). */
  line(text: string): void { this.keys(text); this.keys('\r'); }
  /** Everything on the screen and in its scrollback, lines trimmed. */
  text(): string {
    const b = this.term.buffer.active;
    const out: string[] = [];
    for (let i = 0; i < b.length; i++) out.push(b.getLine(i)!.translateToString(true));
    return out.join('\n');
  }
  async settled(): Promise<void> { await this.#written; }
  /** Waits until the screen shows a match. */
  async waitFor(re: RegExp, ms = 20_000): Promise<string> {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      await this.settled();
      const t = this.text();
      if (re.test(t)) return t;
      await new Promise((r) => setTimeout(r, 40));
    }
    throw new Error(`${this.name}: no ${re} on screen within ${ms} ms; it shows:\n${this.text().split('\n').filter((l) => l.trim()).slice(-30).join('\n')}`);
  }
  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.ws.readyState === WebSocket.CLOSED) return resolve();
      this.ws.once('close', () => resolve());
      this.ws.close();
    });
  }
}

/** A lesson's reference commands, step by step. */
export function referenceSteps(file: string): string[][] {
  const { lesson } = parseLesson(readFileSync(join(ROOT, file), 'utf8'));
  return lesson!.steps.map((s) => s.commands.map((c) => c.text));
}

/** Counts the ✓ lines of passed steps on a screen. */
export const passedOnScreen = (text: string) => (text.match(/^✓ /gm) ?? []).length;

/** Runs a lesson's reference commands at the prompt, one step at a time, waiting for each step to pass. */
export async function completeLesson(l: Learner, file: string, startPassed = passedOnScreen(l.text())): Promise<void> {
  let passed = startPassed;
  for (const cmds of referenceSteps(file)) {
    for (const c of cmds) l.line(c);
    passed += 1;
    const want = passed;
    const end = Date.now() + 60_000;
    while (passedOnScreen(await l.waitFor(/\S/)) < want) {
      if (Date.now() > end) throw new Error(`${l.name}: step ${want} did not pass:\n${l.text().split('\n').filter((x) => x.trim()).slice(-30).join('\n')}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
