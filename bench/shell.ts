/**
 * Costs of the interactive shell: the first step on screen against
 * `node -e 0`, a command's exit to its verdict with the article's two
 * namespaces, and the resident memory of an idle session. The shell runs in
 * a real pseudo-terminal (util-linux `script`) of 80×24.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { messages } from '../src/i18n/messages.ts';
import { openLab } from '../src/lab/lab.ts';
import { parseLesson } from '../src/lesson/parse.ts';
import { stripAnsi } from '../src/text/ansi.ts';
import { SessionDriver } from '../src/session/driver.ts';
import { median } from './stats.ts';

type Row = { name: string; medianMs: number; baseline: string; baselineMs: number; target: string; unit?: string };

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');

/** What the screen shows so far: the output with its escape sequences taken out. */
type Seen = (screen: string) => boolean;

/** Starts argv in an 80×24 pseudo-terminal and resolves when `seen` holds for what it has written. */
function untilOutput(argv: string[], seen: Seen, env: NodeJS.ProcessEnv): Promise<{ ms: number; pid: number; stop: () => void }> {
  const t = performance.now();
  const cmd = argv.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const child = spawn('script', ['-qfec', `stty cols 80 rows 24; exec ${cmd}`, '/dev/null'], { stdio: ['pipe', 'pipe', 'ignore'], env });
  return new Promise((resolve, reject) => {
    let out = '';
    let done = false;
    child.stdout.on('data', (d) => {
      out += d;
      if (!done && seen(stripAnsi(out))) {
        done = true;
        resolve({ ms: performance.now() - t, pid: child.pid!, stop: () => child.kill('SIGKILL') });
      }
    });
    child.once('exit', () => { if (!done) reject(new Error(`not seen in: ${stripAnsi(out).slice(-300)}`)); });
  });
}

/**
 * The lesson's first step on screen with a prompt under it: the step's
 * heading, then a line that begins with the prompt. (What a learner waits
 * for; the lesson's title alone shows before the step does.)
 */
export function firstStepShown(lesson: { title: string; steps: readonly { title: string }[] }): Seen {
  const heading = `${messages('en').stepOf(1, lesson.steps.length)} · ${lesson.steps[0]!.title}`;
  return (screen) => {
    const at = screen.indexOf(heading);
    return at >= 0 && /\n\$ /.test(screen.slice(at));
  };
}

/** A fresh state directory for one run, removed when the benchmark exits. */
const stateDirs: string[] = [];
process.on('exit', () => { for (const d of stateDirs) rmSync(d, { recursive: true, force: true }); });
function stateDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'nt-bench-'));
  stateDirs.push(d);
  return d;
}

/** Medians of the first step on screen and of `node -e 0` writing a line, run in turns in the same pty setup. */
export async function firstStep(runs = 9, tutorCli = cli): Promise<{ tutor: number; floor: number }> {
  const { lesson } = parseLesson(readFileSync(join(root, 'lessons', 'en', '01-netns-basics.md'), 'utf8'));
  const shown = firstStepShown(lesson!);
  const tutor: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < runs; i++) {
    const state = stateDir();
    const env = { ...process.env, XDG_STATE_HOME: state, TERM: 'xterm-256color' };
    const f = await untilOutput([process.execPath, '-e', 'process.stdout.write("ready\\n")'], (s) => s.includes('ready'), env);
    floor.push(f.ms);
    const r = await untilOutput([process.execPath, tutorCli, 'start', 'netns-basics'], shown, env);
    tutor.push(r.ms);
    r.stop();
  }
  // The first run of each warms the page cache.
  return { tutor: median(tutor.slice(1)), floor: median(floor.slice(1)) };
}

/**
 * Enter on `ip netns list` at netns-basics' step 1 → the ✓ line on screen, in
 * the terminal (an 80×24 pty): the whole way a learner sees, as the classroom's
 * page measures it (bench/serve.ts), so the two can be compared.
 */
export async function enterToCheck(runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const env = { ...process.env, XDG_STATE_HOME: stateDir(), TERM: 'xterm-256color' };
    const child = spawn('script', ['-qfec', `stty cols 80 rows 24; exec '${process.execPath}' '${cli}' start netns-basics`, '/dev/null'], { stdio: ['pipe', 'pipe', 'ignore'], env });
    let out = '';
    const changed: (() => void)[] = [];
    child.stdout.on('data', (d) => { out += d; for (const f of changed.splice(0)) f(); });
    const until = async (seen: (screen: string) => boolean, ms = 20_000) => {
      const end = performance.now() + ms;
      while (!seen(stripAnsi(out))) {
        if (performance.now() > end) throw new Error(`not seen in: ${stripAnsi(out).slice(-300)}`);
        await new Promise<void>((r) => { changed.push(r); setTimeout(r, 50); });
      }
    };
    await until((s) => /\n\$ /.test(s) && s.includes('Type a command'));
    // The lab is ready well before this; the line is typed, then Enter alone is timed.
    await new Promise((r) => setTimeout(r, 1500));
    child.stdin.write('ip netns list');
    await new Promise((r) => setTimeout(r, 300));
    const before = out.length;
    const t = performance.now();
    child.stdin.write('\r');
    await new Promise<void>((resolve, reject) => {
      const check = () => { if (stripAnsi(out.slice(before)).includes('✓ ')) { resolve(); return; } if (performance.now() - t > 10_000) { reject(new Error('no ✓')); return; } changed.push(check); };
      check();
    });
    times.push(performance.now() - t);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('close', r));
  }
  return median(times);
}

/** Resident memory (kB) of the tutor's node process, idle at the prompt. */
async function idleRss(): Promise<number> {
  const state = stateDir();
  const r = await untilOutput([process.execPath, cli, 'start', 'veth-pair'], (s) => s.includes('step 1 of'), { ...process.env, XDG_STATE_HOME: state, TERM: 'xterm-256color' });
  await new Promise((res) => setTimeout(res, 1500));
  // script → node: find the node child.
  const kids = readFileSync(`/proc/${r.pid}/task/${r.pid}/children`, 'utf8').trim().split(/\s+/).map(Number);
  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${kids[0]}/status`, 'utf8'))?.[1] ?? 0);
  r.stop();
  return rss;
}

/** From a command's exit to its verdict (probe + checks) with ns0 and ns1 joined by the veth pair. */
async function verdictLatency(): Promise<{ verdict: number; bareRun: number }> {
  const { lesson } = parseLesson(readFileSync(join(root, 'lessons', 'en', '02-veth-pair.md'), 'utf8'));
  const lab = await openLab();
  const times: number[] = [];
  const runs: number[] = [];
  const driver = new SessionDriver(lab, { lesson: lesson!, lang: 'en', resumeAt: 12, next: null, now: Date.now() }, { save: () => {}, quit: () => {}, pickLesson: () => {}, startLesson: () => {} });
  await new Promise<void>((res) => { const off = driver.subscribe((s) => { if (s.status === 'idle') { off(); res(); } }); driver.start(); });
  for (let i = 0; i < 15; i++) {
    let ranAt = 0;
    const t0 = performance.now();
    await new Promise<void>((res) => {
      const off = driver.subscribe((s) => {
        if (s.status === 'checking' && ranAt === 0) ranAt = performance.now();
        if (s.status === 'idle' && ranAt) { times.push(performance.now() - ranAt); runs.push(ranAt - t0); off(); res(); }
      });
      driver.dispatch({ type: 'submit', line: 'ip netns exec ns1 ip a' });
    });
  }
  await lab.close();
  return { verdict: median(times), bareRun: median(runs) };
}

export async function benchShell(): Promise<Row[]> {
  const rows: Row[] = [];
  const f = await firstStep();
  rows.push({ name: 'first step on screen, with the prompt', medianMs: f.tutor, baseline: '`node -e 0` in the same pty', baselineMs: f.floor, target: '≤ 3× baseline' });
  const v = await verdictLatency();
  rows.push({ name: 'command exit → verdict (ns0+ns1)', medianMs: v.verdict, baseline: 'the command itself', baselineMs: v.bareRun, target: '< 40 ms' });
  rows.push({ name: 'terminal: Enter → ✓ on screen (`ip netns list`, 80×24 pty)', medianMs: await enterToCheck(), baseline: '', baselineMs: NaN, target: '' });
  const rss = await idleRss();
  rows.push({ name: 'idle session resident memory', medianMs: rss / 1024, baseline: '', baselineMs: NaN, target: '< 100 MB', unit: 'MB' });
  return rows;
}
