/**
 * Drives the built CLI in a real pseudo-terminal: a detached tmux session on
 * a private server, keys sent as a person types them (text and Enter as two
 * separate sends), the screen read back with capture-pane until the expected
 * text shows.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, ROOT } from '../helpers/built-cli.ts';

export { ROOT };

/** Why tmux cannot be used here, or false. */
export function tmuxSkipReason(): string | false {
  const r = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
  return r.status === 0 ? false : 'tmux is not installed';
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** A regex for a text the screen shows, where each space may be any run of spaces or a line break. */
export function loose(text: string): RegExp {
  return new RegExp(text.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
}

export type PaneOptions = {
  readonly columns?: number;
  readonly rows?: number;
  /** Variables for the program, on top of a clean environment (PATH, HOME, TERM, LC_ALL). */
  readonly env?: Readonly<Record<string, string>>;
  /** The program to run instead of `node dist/cli.js` (ARGS follow it). */
  readonly program?: readonly string[];
  /** The working directory. @default the repository */
  readonly cwd?: string;
};

export class TmuxServer {
  /** The server's socket, in a directory of its own: a shared /tmp/tmux-UID may have modes tmux refuses. */
  readonly socket: string;
  readonly #dir: string;
  readonly #conf: string;
  #n = 0;
  constructor() {
    this.#dir = mkdtempSync(join(tmpdir(), 'netns-tutor-tmux-'));
    this.socket = join(this.#dir, 'socket');
    this.#conf = join(this.#dir, 'tmux.conf');
    writeFileSync(this.#conf, 'set -g history-limit 100000\nset -g status off\n');
  }
  tmux(...args: string[]): string {
    return execFileSync('tmux', ['-S', this.socket, '-f', this.#conf, '-u', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }
  /** Runs `node dist/cli.js ARGS` (or another program) in a new pane; "[exited N]" shows when it ends. */
  start(args: readonly string[], o: PaneOptions = {}): Pane {
    const name = `p${++this.#n}`;
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', TERM: 'xterm-256color', LC_ALL: 'C.UTF-8', ...o.env };
    const program = o.program ?? [process.execPath, CLI];
    const cmd = ['env', '-i', ...Object.entries(env).map(([k, v]) => `${k}=${v}`), ...program, ...args].map(quote).join(' ');
    this.tmux('new-session', '-d', '-s', name, '-x', String(o.columns ?? 120), '-y', String(o.rows ?? 40), '-c', o.cwd ?? ROOT, 'sh', '-c', `${cmd}; echo "[exited $?]"; sleep 3600`);
    return new Pane(this, name);
  }
  /** Ends the server and removes its socket file. */
  kill(): void {
    try { this.tmux('kill-server'); } catch { /* already gone */ }
    rmSync(this.#dir, { recursive: true, force: true });
  }
}

export class Pane {
  constructor(private readonly server: TmuxServer, readonly name: string) {}
  /** Types text literally (no Enter). */
  type(text: string): void { this.server.tmux('send-keys', '-t', this.name, '-l', text); }
  /** Presses a key by tmux's name for it: Enter, C-c, Up, Tab… */
  key(name: string): void { this.server.tmux('send-keys', '-t', this.name, name); }
  /** Types a line, then presses Enter in a second send. */
  line(text: string): void { this.type(text); this.key('Enter'); }
  /** What the screen shows now. */
  screen(): string { return this.server.tmux('capture-pane', '-p', '-J', '-t', this.name); }
  /** Everything the pane has shown, scrolled-off lines included. */
  history(): string { return this.server.tmux('capture-pane', '-p', '-J', '-S', '-', '-t', this.name); }
  /** Polls the whole history until `pattern` matches at least `times` times; returns the history. */
  async waitFor(pattern: RegExp | string, o: { times?: number; timeoutMs?: number; screen?: boolean } = {}): Promise<string> {
    const re = typeof pattern === 'string' ? loose(pattern) : pattern;
    const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    const end = Date.now() + (o.timeoutMs ?? 90_000);
    for (;;) {
      const text = o.screen ? this.screen() : this.history();
      if ((text.match(global)?.length ?? 0) >= (o.times ?? 1)) return text;
      if (Date.now() > end) throw new Error(`${this.name}: timed out waiting for ${re}${o.times ? ` ×${o.times}` : ''}; the screen shows:\n${this.screen()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  /** Waits for the program to end and returns its exit code. */
  async exitCode(timeoutMs = 30_000): Promise<number> {
    const text = await this.waitFor(/\[exited (\d+)\]/, { timeoutMs });
    return Number(/\[exited (\d+)\]/.exec(text)![1]);
  }
  /** Resizes the terminal, as a learner dragging the window's edge does. */
  resize(columns: number, rows: number): void { this.server.tmux('resize-window', '-t', this.name, '-x', String(columns), '-y', String(rows)); }
  /** The PID of the pane's shell; the tutor is its child. */
  pid(): number { return Number(this.server.tmux('list-panes', '-t', this.name, '-F', '#{pane_pid}').trim()); }
  kill(): void {
    try { this.server.tmux('kill-session', '-t', this.name); } catch { /* already gone */ }
  }
}
