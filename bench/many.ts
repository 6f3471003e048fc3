/**
 * Many learners on one host: the memory an idle interactive session costs and
 * how many such sessions fit on this machine. N sessions are started one
 * after another, each in its own pseudo-terminal (util-linux `script`) and
 * state directory, and left idle at the prompt of veth-pair; then each one's
 * process tree (node, unshare, the lab's holder) is measured:
 *
 * - RSS: resident memory, counting shared pages (the node binary, libc) in
 *   every session, so it overstates the cost of one more;
 * - PSS: shared pages divided among the processes sharing them, which is
 *   what one more session really adds;
 * - MemAvailable before and after, divided by N: the kernel's own view.
 *
 * Idle sessions use no CPU, so memory is what bounds the number of learners.
 * Standalone: `node --import tsx bench/many.ts [N]`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './stats.ts';

type Row = { name: string; medianMs: number; baseline: string; baselineMs: number; target: string; unit?: string };

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');

/** /proc/meminfo in kB. */
function meminfo(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of readFileSync('/proc/meminfo', 'utf8').split('\n')) {
    const m = /^(\w+):\s+(\d+)/.exec(line);
    if (m) out[m[1]!] = Number(m[2]);
  }
  return out;
}

function descendants(pid: number): number[] {
  let tasks: string[] = [];
  try { tasks = readdirSync(`/proc/${pid}/task`); } catch { return []; }
  const kids = new Set<number>();
  for (const t of tasks) {
    try { for (const k of readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) kids.add(Number(k)); } catch { /* gone */ }
  }
  return [...kids].flatMap((k) => [k, ...descendants(k)]);
}

/** Rss and Pss (kB) of one process. */
function rollup(pid: number): { rss: number; pss: number } {
  try {
    const t = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    return { rss: Number(/^Rss:\s+(\d+)/m.exec(t)?.[1] ?? 0), pss: Number(/^Pss:\s+(\d+)/m.exec(t)?.[1] ?? 0) };
  } catch {
    return { rss: 0, pss: 0 };
  }
}

type Session = { script: ChildProcess; node: number; state: string };

/** Starts the shell in a pseudo-terminal and resolves once the first step is on screen. */
function startSession(): Promise<Session> {
  const state = mkdtempSync(join(tmpdir(), 'nt-many-'));
  const cmd = [process.execPath, cli, 'start', 'veth-pair'].map((a) => `'${a}'`).join(' ');
  const script = spawn('script', ['-qfec', cmd, '/dev/null'], {
    stdio: ['pipe', 'pipe', 'ignore'],
    env: { ...process.env, XDG_STATE_HOME: state, TERM: 'xterm-256color', COLUMNS: '120', LINES: '40' },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    script.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('step 1 of')) {
        script.stdout!.removeAllListeners('data');
        script.stdout!.resume();
        const node = descendants(script.pid!).find((p) => readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(cli));
        if (node === undefined) reject(new Error('the tutor process was not found'));
        else resolve({ script, node, state });
      }
    });
    script.once('exit', () => { if (!out.includes('step 1 of')) reject(new Error(`no first frame: ${out.slice(-300)}`)); });
  });
}

async function stopSession(s: Session): Promise<void> {
  const tree = [s.node, ...descendants(s.node)];
  try { process.kill(s.node, 'SIGTERM'); } catch { /* gone */ }
  await new Promise((r) => setTimeout(r, 300));
  s.script.kill('SIGKILL');
  for (const p of tree) { try { process.kill(p, 'SIGKILL'); } catch { /* gone */ } }
  rmSync(s.state, { recursive: true, force: true });
}

export type ManyResult = {
  sessions: number;
  /** Per session, kB: medians over the sessions. */
  rssNode: number;
  rssTree: number;
  pssTree: number;
  /** (MemAvailable before − after) / sessions, kB. */
  marginal: number;
  memTotal: number;
  memAvailable: number;
  /** How many idle sessions fit in MemAvailable, by PSS and by the marginal cost. */
  fitByPss: number;
  fitByMarginal: number;
  /** CPU time (ms) all idle sessions used together over 2 s. */
  idleCpuMs: number;
};

/** CPU time (utime + stime, ms) of the given processes. */
function cpuMs(pids: readonly number[]): number {
  const tick = 1000 / 100;
  let n = 0;
  for (const p of pids) {
    try {
      const f = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ');
      n += (Number(f[11]) + Number(f[12])) * tick;
    } catch { /* gone */ }
  }
  return n;
}

/** Starts `n` idle sessions, measures them, stops them. */
export async function measureMany(n = 10): Promise<ManyResult> {
  const before = meminfo();
  const sessions: Session[] = [];
  try {
    for (let i = 0; i < n; i++) sessions.push(await startSession());
    await new Promise((r) => setTimeout(r, 2000));
    const trees = sessions.map((s) => [s.node, ...descendants(s.node)]);
    const cpu0 = cpuMs(trees.flat());
    await new Promise((r) => setTimeout(r, 2000));
    const idleCpuMs = cpuMs(trees.flat()) - cpu0;
    const after = meminfo();
    const sum = (pids: number[], k: 'rss' | 'pss') => pids.reduce((a, p) => a + rollup(p)[k], 0);
    const rssNode = median(sessions.map((s) => rollup(s.node).rss));
    const rssTree = median(trees.map((t) => sum(t, 'rss')));
    const pssTree = median(trees.map((t) => sum(t, 'pss')));
    const marginal = Math.max(0, (before.MemAvailable! - after.MemAvailable!) / n);
    return {
      sessions: n, rssNode, rssTree, pssTree, marginal,
      memTotal: before.MemTotal!, memAvailable: before.MemAvailable!,
      fitByPss: Math.floor(before.MemAvailable! / pssTree),
      fitByMarginal: marginal > 0 ? Math.floor(before.MemAvailable! / marginal) : NaN,
      idleCpuMs,
    };
  } finally {
    await Promise.all(sessions.map(stopSession));
  }
}

/** Rows for `npm run bench`. */
export async function benchMany(n = 10): Promise<Row[]> {
  const r = await measureMany(n);
  const mb = (kb: number) => kb / 1024;
  const row = (name: string, value: number, unit: string, target = ''): Row => ({ name, medianMs: value, baseline: '', baselineMs: NaN, target, unit });
  return [
    row(`idle session, node RSS (${n} sessions)`, mb(r.rssNode), 'MB', '< 100 MB'),
    row('idle session, whole tree RSS', mb(r.rssTree), 'MB'),
    row('idle session, whole tree PSS', mb(r.pssTree), 'MB'),
    row('idle session, MemAvailable used', mb(r.marginal), 'MB'),
    row(`idle sessions that fit (${(r.memAvailable / 1048576).toFixed(1)} GiB available, by PSS)`, r.fitByPss, 'sessions'),
    row(`idle sessions that fit (by MemAvailable used)`, r.fitByMarginal, 'sessions'),
    row(`CPU used by ${n} idle sessions over 2 s`, r.idleCpuMs, 'ms'),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2] ?? 10);
  const r = await measureMany(n);
  const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;
  console.log(`${n} idle interactive sessions (veth-pair, step 1), per session (median):`);
  console.log(`  node RSS ${mb(r.rssNode)}; whole tree RSS ${mb(r.rssTree)}; whole tree PSS ${mb(r.pssTree)}; MemAvailable used ${mb(r.marginal)}`);
  console.log(`  machine: ${(r.memTotal / 1048576).toFixed(1)} GiB total, ${(r.memAvailable / 1048576).toFixed(1)} GiB available`);
  console.log(`  fit: ${r.fitByPss} sessions by PSS, ${r.fitByMarginal} by MemAvailable used`);
  console.log(`  CPU of all ${n} idle sessions over 2 s: ${r.idleCpuMs.toFixed(0)} ms`);
}
