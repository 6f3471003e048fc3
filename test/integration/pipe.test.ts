// Every subcommand in a pipe whose reader goes away (`netns-tutor … | head`):
// it stops quietly with status 141 (128 + SIGPIPE), prints no trace, and a lab
// it started is gone by the time it has exited, with everything that ran in it.
//
// The reader is closed before the tutor writes anything (or, in one test, right
// after the first chunk, with more input to answer): every run below has more
// to write after that, so the status is always 141, never a race with 0.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Progress } from '../../src/progress/model.ts';
import { labSkipReason } from '../helpers/lab-env.ts';
import { CLI, ROOT, ensureBuilt, referenceInput, tempDir } from '../helpers/tutor.ts';

ensureBuilt();
const skipLab = await labSkipReason();

/** Host PIDs of the live processes whose environment carries the mark: the tutor and all it started. */
function marked(mark: string): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/environ`).includes(`NT_PIPE_MARK=${mark}\0`)) pids.push(Number(name));
    } catch { /* ended, or not ours to read */ }
  }
  return pids;
}

const commandName = (pid: number): string => { try { return readFileSync(`/proc/${pid}/comm`, 'utf8').trim(); } catch { return ''; } };

type Closed = { code: number | null; signal: NodeJS.Signals | null; err: string; mark: string; seenDuring: string[] };

/**
 * Runs `node dist/cli.js ARGS` with stdout a pipe whose reader goes away: at
 * once (before the tutor can write), or after the first chunk, when `more` is
 * then written to stdin so that the tutor has to answer into the closed pipe.
 */
function runClosed(args: readonly string[], o: { input?: string; more?: string; state?: string } = {}): Promise<Closed> {
  const mark = randomUUID();
  const state = o.state ?? tempDir('nt-pipe-');
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', XDG_STATE_HOME: state, NT_PIPE_MARK: mark, COLUMNS: '80' },
  });
  let err = '';
  let seenDuring: string[] = [];
  child.stderr!.setEncoding('utf8').on('data', (d: string) => { err += d; });
  child.stdin!.on('error', () => { /* the tutor ended before reading everything */ });
  if (o.more === undefined) {
    child.stdout!.destroy();
    if (o.input !== undefined) child.stdin!.write(o.input);
    child.stdin!.end();
  } else {
    child.stdout!.once('data', () => {
      // The lab is open while the lesson prints: see it before the reader leaves.
      seenDuring = marked(mark).map(commandName);
      child.stdout!.destroy();
      child.stdin!.end(o.more);
    });
    if (o.input !== undefined) child.stdin!.write(o.input);
  }
  const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
  return new Promise((resolve) => {
    child.once('close', (code, signal) => { clearTimeout(timer); resolve({ code, signal, err, mark, seenDuring }); });
  });
}

/** Exit 141, nothing on stderr, and nothing the tutor started still running. */
function assertQuietStop(r: Closed, what: string): void {
  assert.equal(r.signal, null, `${what}: ended by ${r.signal}`);
  assert.doesNotMatch(r.err, /Error|EPIPE|\n\s+at |node:/, `${what}: ${r.err}`);
  assert.equal(r.err, '', `${what}: ${r.err}`);
  assert.equal(r.code, 141, `${what}: exit ${r.code}`);
  assert.deepEqual(marked(r.mark).map(commandName), [], `${what}: processes left behind`);
}

/** A learner's progress with one lesson begun. */
const PROGRESS: Progress = {
  version: 1, user: 'ann', last: { id: 'netns-basics', lang: 'en' },
  lessons: [{
    id: 'netns-basics', lang: 'en', title: 'Network namespaces from scratch', completed: false,
    startedAt: '2026-12-01T10:00:00.000Z', completedAt: null, timeMs: 65_000,
    steps: [{ title: 'One', done: true, skipped: false, hints: 0, attempts: 1, completedAt: '2026-12-01T10:01:00.000Z' }],
  }],
};

/** A report directory with one learner's file. */
function reportDir(): string {
  const dir = tempDir('nt-pipe-report-');
  writeFileSync(join(dir, 'ann.json'), JSON.stringify(PROGRESS));
  return dir;
}

/** A state directory whose progress has a lesson in it. */
function stateWithProgress(): string {
  const state = tempDir('nt-pipe-state-');
  mkdirSync(join(state, 'netns-tutor'), { recursive: true });
  writeFileSync(join(state, 'netns-tutor', 'progress.json'), JSON.stringify(PROGRESS));
  return state;
}

const IP_ADDR = '1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN group default qlen 1000\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n';

const NO_LAB: { name: string; args: string[]; input?: string; state?: () => string }[] = [
  { name: '--help', args: ['--help'] },
  { name: 'list', args: ['list'] },
  { name: 'list --json', args: ['list', '--json'] },
  { name: 'explain', args: ['explain'], input: IP_ADDR },
  { name: 'report', args: ['report', '<dir>'] },
  { name: 'report --csv', args: ['report', '<dir>', '--csv'] },
  { name: 'progress', args: ['progress'], state: stateWithProgress },
  { name: 'lint', args: ['lint', 'lessons'] },
  { name: 'doctor', args: ['doctor'] },
];

for (const c of NO_LAB) {
  test(`${c.name} | (reader gone): exit 141, no trace`, async () => {
    const args = c.args.map((a) => (a === '<dir>' ? reportDir() : a));
    assertQuietStop(await runClosed(args, { input: c.input, state: c.state?.() }), c.name);
  });
}

test('start --plain | (reader gone before the first line): exit 141, no trace, the lab removed', { skip: skipLab }, async () => {
  assertQuietStop(await runClosed(['start', 'netns-basics', '--plain'], { input: referenceInput('lessons/en/01-netns-basics.md') }), 'start --plain');
});

test('start --plain | head -1 (reader gone after the first chunk, mid-lesson): exit 141, no trace, the lab and its processes removed', { skip: skipLab }, async () => {
  const r = await runClosed(['start', 'netns-basics', '--plain'], { input: 'ip netns add ns0\n', more: 'ip netns exec ns0 ip link set lo up\nip netns exec ns0 ping -c 2 127.0.0.1\n' });
  assert.ok(r.seenDuring.includes('unshare'), `the lab's holder was not seen while the lesson ran: ${r.seenDuring.join(' ')}`);
  assertQuietStop(r, 'start --plain, mid-lesson');
});

test('test | (reader gone): exit 141, no trace, the lab removed', { skip: skipLab }, async () => {
  assertQuietStop(await runClosed(['test', 'netns-basics', '--lang', 'en']), 'test');
});

test('topology | (reader gone): exit 141, no trace, the lab removed', { skip: skipLab }, async () => {
  assertQuietStop(await runClosed(['topology'], { input: 'ip netns add ns0\nip link add veth7 type veth peer name veth1-peer\n' }), 'topology');
});
