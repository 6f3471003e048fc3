/**
 * Faults: the tutor killed (SIGKILL, SIGTERM, SIGHUP) while a command runs,
 * in plain mode and in the shell; killed at random moments while steps pass
 * and progress is written; a program that ignores Ctrl-C; a lesson file that
 * disappears or changes while in use; a full disk and a read-only state
 * directory. Each time: nothing is left on the host (namespaces, links,
 * processes, mounts), the progress file always parses, and where the tutor
 * survives it says what happened and goes on.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { messages } from '../../src/i18n/messages.ts';
import { onPath } from '../../src/lab/on-path.ts';
import { TmuxServer, tmuxSkipReason } from '../e2e/tmux.ts';
import { alive, eventually, hostState, labSkipReason } from '../helpers/lab-env.ts';
import { descendants, ensureBuilt, passedSteps, readProgress, referenceInput, runTutor, startTutor, tempDir } from '../helpers/tutor.ts';

const skip = await labSkipReason();
const SIGNALS = ['SIGKILL', 'SIGTERM', 'SIGHUP'] as const;
const mounts = () => readFileSync('/proc/self/mountinfo', 'utf8');
/** The exit a signal leads to: the tutor ends with 128 + N after closing its lab, or dies by SIGKILL. */
const EXPECTED_END = { SIGKILL: { code: null, signal: 'SIGKILL' }, SIGTERM: { code: 143, signal: null }, SIGHUP: { code: 129, signal: null } } as const;

/** Alive and not a zombie (a process killed in the lab waits there for the lab's PID 1 to reap it). */
function running(pid: number): boolean {
  try { return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8')); } catch { return false; }
}

/** Steps 1 and 2 of netns-basics, then the article's ping without -c. */
const UNTIL_PING = ['ip netns list', 'ip netns add ns0', 'ip netns exec ns0 ip link set lo up', 'ip netns exec ns0 ping 127.0.0.1'].join('\n') + '\n';

/** The progress file parses and records netns-basics with 7 steps. */
function assertProgressIntact(state: string, atLeastDone = 0): void {
  const p = readProgress(state);
  if (atLeastDone === 0 && p === null) return;
  assert.ok(p, 'a progress file');
  const l = p.lessons.find((x) => x.id === 'netns-basics');
  assert.ok(l, JSON.stringify(p));
  assert.equal(l.steps.length, 7);
  assert.ok(l.steps.filter((s) => s.done).length >= atLeastDone);
}

for (const sig of SIGNALS) {
  test(`plain mode: ${sig} while ping runs leaves nothing behind, and the progress file is intact`, { skip, timeout: 60_000 }, async () => {
    ensureBuilt();
    const host = hostState();
    const state = tempDir();
    const tutor = startTutor(['start', 'netns-basics', '--plain'], { input: UNTIL_PING, keepOpen: true, env: { XDG_STATE_HOME: state } });
    await tutor.until(/icmp_seq=2 /);
    const pids = descendants(tutor.child.pid!);
    assert.ok(pids.length >= 4, `the lab's holder, nsenter and ping: ${pids}`);
    tutor.child.kill(sig);
    const end = await tutor.done;
    assert.deepEqual({ code: end.code, signal: end.signal }, EXPECTED_END[sig]);
    assert.ok(await eventually(() => pids.every((p) => !alive(p)), 5000), `processes left: ${pids.filter(alive)}`);
    assert.deepEqual(hostState(), host);
    assert.doesNotMatch(end.err, /\n\s+at /, 'no stack trace');
    assertProgressIntact(state, 2);
  });
}

test('the shell: SIGKILL, SIGTERM and SIGHUP while ping runs leave nothing behind', { skip: skip || tmuxSkipReason(), timeout: 90_000 }, async () => {
  ensureBuilt();
  const host = hostState();
  const server = new TmuxServer();
  try {
    await Promise.all(SIGNALS.map(async (sig) => {
      const state = tempDir();
      const pane = server.start(['start', 'netns-basics'], { env: { XDG_STATE_HOME: state } });
      await pane.waitFor('step 1 of 7');
      for (const line of UNTIL_PING.trim().split('\n')) pane.line(line);
      await pane.waitFor(/icmp_seq=2 /);
      const [node] = descendants(pane.pid());
      const pids = [node!, ...descendants(node!)];
      assert.ok(pids.length >= 5, `${sig}: node, the lab's holder, nsenter and ping: ${pids}`);
      process.kill(node!, sig);
      const code = await pane.exitCode();
      assert.equal(code, sig === 'SIGKILL' ? 137 : sig === 'SIGTERM' ? 143 : 129, sig);
      assert.ok(await eventually(() => pids.every((p) => !alive(p)), 5000), `${sig}: processes left: ${pids.filter(alive)}`);
      assertProgressIntact(state, 2);
    }));
  } finally {
    server.kill();
  }
  assert.deepEqual(hostState(), host);
});

test('killed at random moments while steps pass, 30 times: the progress file always parses', { skip, timeout: 120_000 }, async (t) => {
  ensureBuilt();
  const host = hostState();
  const input = referenceInput('lessons/en/01-netns-basics.md');
  const doneCounts: number[] = [];
  let leftovers = 0;
  const run = async (i: number) => {
    const state = tempDir();
    const tutor = startTutor(['start', 'netns-basics', '--plain'], { input, env: { XDG_STATE_HOME: state } });
    // Aim across the lesson whatever the machine's speed: after the k-th step has
    // passed (k = 0…6), then at a random moment while the next ones pass and write.
    const k = i % 7;
    await tutor.until(k === 0 ? /── step 1 of 7/ : new RegExp(`(^✓ [^\\n]*\\n[\\s\\S]*){${k}}`, 'm'));
    await new Promise((r) => setTimeout(r, Math.random() * 150));
    const pids = descendants(tutor.child.pid!);
    tutor.child.kill(i % 5 === 4 ? 'SIGTERM' : 'SIGKILL');
    await tutor.done;
    assert.ok(await eventually(() => pids.every((p) => !alive(p)), 5000), `run ${i}: processes left: ${pids.filter(alive)}`);
    let p: ReturnType<typeof readProgress>;
    try { p = readProgress(state); } catch (e) { assert.fail(`run ${i}: the progress file does not parse: ${(e as Error).message}`); }
    if (p) assertProgressIntact(state);
    doneCounts.push(p?.lessons[0]?.steps.filter((s) => s.done).length ?? 0);
    // Killed before anything was saved (the lesson shows before its lab is built), there is no state directory yet.
    const temps = () => (existsSync(join(state, 'netns-tutor')) ? readdirSync(join(state, 'netns-tutor')).filter((n) => n.endsWith('.tmp')).length : 0);
    if (temps() > 0) {
      leftovers++;
      // A kill mid-write leaves the old file whole and a temporary file beside it; the next start removes it.
      assert.equal((await runTutor(['progress', '--json'], { env: { XDG_STATE_HOME: state } })).code, 0);
      assert.equal(temps(), 0, `run ${i}: the next start removes what a killed writer left`);
    }
  };
  for (let i = 0; i < 30; i += 5) await Promise.all([0, 1, 2, 3, 4].map((j) => run(i + j)));
  t.diagnostic(`steps recorded when killed: ${doneCounts.sort((a, b) => a - b).join(' ')}; runs whose kill landed mid-write: ${leftovers}`);
  assert.ok(new Set(doneCounts).size >= 3, `the kills landed at different moments: ${doneCounts}`);
  assert.deepEqual(hostState(), host);
});

test('a program that ignores Ctrl-C is killed after the grace period; the session goes on', { skip: skip || (!onPath('python3') && 'python3 is not installed'), timeout: 60_000 }, async () => {
  ensureBuilt();
  const course = tempDir('nt-course-');
  mkdirSync(join(course, 'en'));
  writeFileSync(join(course, 'en', '01-stubborn.md'), [
    '---', 'id: stubborn', 'title: A stubborn program', 'lang: en', 'requires: [ip, python3]', '---', '', 'Intro.', '',
    '## List the namespaces', '', '```sh', 'ip netns list', '```', '', '```check', 'ran ip netns list', '```', '',
    '## Make ns0', '', '```sh', 'ip netns add ns0', '```', '', '```check', 'netns ns0 exists', '```', '',
  ].join('\n'));
  const tutor = startTutor(['start', 'stubborn', '--plain', '--lessons', course], {
    input: `python3 -c 'import signal, time; signal.signal(signal.SIGINT, signal.SIG_IGN); print("ignoring", flush=True); time.sleep(600)'\n`,
    keepOpen: true, env: { XDG_STATE_HOME: tempDir() },
  });
  await tutor.until(/^ignoring$/m);
  const python = descendants(tutor.child.pid!).filter((p) => /^(\S*\/)?python3[\d.]*\0/.test(readFileSync(`/proc/${p}/cmdline`, 'utf8')));
  assert.equal(python.length, 1, descendants(tutor.child.pid!).map((p) => readFileSync(`/proc/${p}/cmdline`, 'utf8')).join('; '));
  const t0 = Date.now();
  tutor.child.kill('SIGINT');
  await tutor.until(/^Stopped\.$/m, 10_000);
  const took = Date.now() - t0;
  assert.ok(took >= 1500 && took < 6000, `killed after the grace period (2 s), not at once and not never: ${took} ms`);
  assert.ok(await eventually(() => !running(python[0]!)), 'python3 is gone');
  tutor.child.stdin!.write('ip netns list\n');
  await tutor.until(/✓ List the namespaces/);
  tutor.child.stdin!.end('/quit\n');
  const end = await tutor.done;
  assert.equal(end.code, 0, end.out.slice(-1000) + end.err);
  assert.match(end.out, /✓ List the namespaces/);
});

test('a lesson file that changes, breaks or disappears while in use', { skip, timeout: 60_000 }, async () => {
  ensureBuilt();
  const course = tempDir('nt-course-');
  const file = join(course, 'en', '01-warmup.md');
  mkdirSync(join(course, 'en'));
  const lesson = (title: string, extra = '') => [
    '---', 'id: warmup', `title: ${title}`, 'lang: en', '---', '', 'Intro.', '',
    '## List the namespaces', '', '```sh', 'ip netns list', '```', '', '```check', 'ran ip netns list', '```', '',
    '## Make ns0', '', '```sh', 'ip netns add ns0', '```', '', '```check', 'netns ns0 exists', '```', '', extra,
  ].join('\n');
  writeFileSync(file, lesson('Warm-up'));
  symlinkSync('loop', join(course, 'loop'));
  const state = tempDir();
  const env = { XDG_STATE_HOME: state };

  // A directory entry that cannot be read (here a symlink loop) is skipped, not a crash.
  const list = await runTutor(['list', '--lessons', course], { env });
  assert.equal(list.code, 0, list.err);
  assert.match(list.out, /^warmup\s+Warm-up/m);

  // Changed (a third step) while in use: the session goes on with the lesson as it was when it began.
  let tutor = startTutor(['start', 'warmup', '--plain', '--lessons', course], { input: 'ip netns list\n', keepOpen: true, env });
  await tutor.until(/✓ List the namespaces/);
  writeFileSync(file, lesson('Warm-up, longer', '## Make ns1\n\n```sh\nip netns add ns1\n```\n\n```check\nnetns ns1 exists\n```\n'));
  tutor.child.stdin!.end('ip netns add ns0\n');
  let end = await tutor.done;
  assert.equal(end.code, 0, end.out + end.err);
  assert.match(end.out, /Lesson complete: Warm-up\n/);

  // Broken while in use: the session goes on; the next start names the broken file.
  writeFileSync(file, lesson('Warm-up'));
  tutor = startTutor(['start', 'warmup', '--plain', '--lessons', course], { input: 'ip netns list\n', keepOpen: true, env });
  await tutor.until(/✓ List the namespaces/);
  writeFileSync(file, '---\nid: warmup\ntitle: [unclosed\n---\n');
  tutor.child.stdin!.end('ip netns add ns0\n');
  end = await tutor.done;
  assert.equal(end.code, 0, end.out + end.err);
  const broken = await runTutor(['start', 'warmup', '--plain', '--lessons', course], { env });
  assert.equal(broken.code, 2);
  assert.match(broken.err, /Unknown lesson: warmup/);
  assert.match(broken.err, /01-warmup\.md is not a valid lesson/);
  assert.match(broken.err, /netns-tutor lint /);
  const brokenZh = await runTutor(['start', 'warmup', '--plain', '--lessons', course, '--lang', 'zh'], { env });
  assert.match(brokenZh.err, /没有这个课程：warmup\n.*01-warmup\.md 不是有效的课程（.*）；`netns-tutor lint .*` 会列出全部问题。/);

  // Gone while in use: the session goes on; the next start says it is gone.
  writeFileSync(file, lesson('Warm-up'));
  tutor = startTutor(['start', 'warmup', '--plain', '--lessons', course], { input: 'ip netns list\n', keepOpen: true, env });
  await tutor.until(/✓ List the namespaces/);
  rmSync(course, { recursive: true });
  tutor.child.stdin!.end('ip netns add ns0\n');
  end = await tutor.done;
  assert.equal(end.code, 0, end.out + end.err);
  assert.match(end.out, /✓ Make ns0/);
  const gone = await runTutor(['start', 'warmup', '--plain', '--lessons', course], { env });
  assert.equal(gone.code, 2);
  assert.match(gone.err, /Unknown lesson: warmup\n--lessons .*nt-course-\S*: no such directory\./);
  // Resuming the last lesson when it is gone: say so, and start the first lesson instead.
  const record = readFileSync(join(state, 'netns-tutor', 'progress.json'));
  const resumed = await runTutor(['--plain', '--lessons', course], { input: '/quit\n', env });
  assert.equal(resumed.code, 0, resumed.out + resumed.err);
  assert.match(resumed.out, /^Your last lesson, warmup, can no longer be found .*Starting netns-basics instead\.$/m);
  const goneZh = await runTutor(['start', 'warmup', '--plain', '--lessons', course, '--lang', 'zh'], { env });
  assert.match(goneZh.err, /没有这个课程：warmup\n--lessons .*：没有这个目录。/);
  writeFileSync(join(state, 'netns-tutor', 'progress.json'), record);
  const resumedZh = await runTutor(['--plain', '--lessons', course, '--lang', 'zh'], { input: '/quit\n', env });
  assert.match(resumedZh.out, /^找不到你上次学习的课程 warmup 了（.*）。改为开始 netns-basics。$/m);
  for (const r of [broken, brokenZh, gone, goneZh, resumed, resumedZh]) assert.doesNotMatch(r.err, /\n\s+at /);
  assert.ok(readProgress(state), 'the progress file is whole');
});

/** Runs the tutor inside a private mount namespace whose state directory is full or read-only. */
function inPrivateMounts(setup: string, args: string[], input: string, lang = 'en') {
  const state = tempDir();
  const script = `${setup}\nexec "$@"`;
  const r = spawnSync('unshare', ['--mount', '--propagation', 'private', 'sh', '-c', script, 'sh', process.execPath, join(import.meta.dirname, '..', '..', 'dist', 'cli.js'), ...args, '--lang', lang], {
    encoding: 'utf8', input, timeout: 60_000, env: { ...process.env, NO_COLOR: '1', XDG_STATE_HOME: state, STATE: state },
  });
  return { code: r.status, out: r.stdout, err: r.stderr, state };
}

test('a full disk or a read-only state directory: a clear warning, once, in both languages; the session goes on', { skip, timeout: 60_000 }, () => {
  ensureBuilt();
  const host = hostState();
  const before = mounts();
  const input = referenceInput('lessons/en/01-netns-basics.md');
  const FULL = 'mount -t tmpfs -o size=8k netns-tutor-full "$STATE" && (head -c 65536 /dev/zero > "$STATE/filler" 2>/dev/null; true)';
  const READONLY = 'mkdir -p "$STATE/netns-tutor" && mount --bind "$STATE" "$STATE" && mount -o remount,bind,ro "$STATE"';
  const cases = [
    { name: 'full', setup: FULL, why: /ENOSPC: no space left on device/ },
    { name: 'read-only', setup: READONLY, why: /EROFS: read-only file system/ },
  ];
  for (const c of cases) {
    for (const lang of ['en', 'zh'] as const) {
      const r = inPrivateMounts(c.setup, ['start', 'netns-basics', '--plain'], input, lang);
      assert.equal(r.code, 0, `${c.name} ${lang}: ${r.out.slice(-2000)}${r.err}`);
      const m = messages(lang);
      const warning = lang === 'en' ? /^Progress could not be saved \((.*)\)\. The session goes on, but .*: free some disk space or make that directory writable/m : /^进度没能保存（(.*)）。学习可以继续，但.*：请腾出磁盘空间或让该目录可写/m;
      assert.match(r.out, warning, `${c.name} ${lang}`);
      assert.match(warning.exec(r.out)![1]!, c.why, `${c.name} ${lang}: says which file and why`);
      assert.equal(r.out.match(new RegExp(warning.source, 'gm'))!.length, 1, 'warned once');
      assert.equal(passedSteps(r.out), 7, `${c.name} ${lang}: every step still passes`);
      assert.match(r.out, new RegExp(m.complete('.*')));
      assert.doesNotMatch(r.out + r.err, /internal error|内部错误|\n\s+at /);
    }
  }
  assert.equal(mounts(), before, 'the tmpfs and bind mounts lived only in their private mount namespace');
  assert.deepEqual(hostState(), host);
});

test('temporary files of a writer killed mid-write are removed at the next start; a live writer\'s are kept', async () => {
  ensureBuilt();
  const state = tempDir();
  const dir = join(state, 'netns-tutor');
  mkdirSync(dir);
  writeFileSync(join(dir, 'progress.json'), '{"version": 1, "user": "x", "last": null, "lessons": []}\n');
  const dead = 'progress.json.4194305.tmp';
  const live = `progress.json.${process.pid}.tmp`;
  writeFileSync(join(dir, dead), '{"vers');
  writeFileSync(join(dir, live), '{"vers');
  const r = await runTutor(['progress', '--json'], { env: { XDG_STATE_HOME: state } });
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(readdirSync(dir).sort(), [live, 'progress.json'].sort());
});
