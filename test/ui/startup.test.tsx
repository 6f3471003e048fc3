// The shell's first moments: the step and the prompt before the lab is ready, lines typed meanwhile
// queued and run in order, keys typed before Ink loads, the first paint, and /quit typed while a command runs.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import type { Lab, LabRunOptions } from '../../src/lab/lab.ts';
import { pendingLab } from '../../src/lab/pending.ts';
import { loadAllLessons } from '../../src/lesson/load.ts';
import { emptyProgress } from '../../src/progress/model.ts';
import { App } from '../../src/ui/App.tsx';
import { firstPaint } from '../../src/ui/first-paint.ts';
import { holdTypeAhead, typedBytes } from '../../src/ui/type-ahead.ts';
import { ENTER, FakeLab, fakeDeps, FIRST, LESSONS, plain, renderShell, tick, until, waitFor } from './helpers.tsx';

const ZH = loadAllLessons().find((l) => l.id === 'netns-basics' && l.lang === 'zh')!;

/** A lab that is still starting until `ready()` is called. */
function startingLab() {
  const lab = new FakeLab();
  let ready!: () => void;
  const opening = new Promise<Lab>((resolve) => { ready = () => resolve(lab); });
  return { lab, ready, pending: pendingLab(opening, 'lab') as unknown as FakeLab };
}

/** A fake lab that counts the commands stopped (their abort signal fired). */
class StoppingLab extends FakeLab {
  stopped = 0;
  override run(pipeline: readonly (readonly string[])[], o: LabRunOptions = {}) {
    o.signal?.addEventListener('abort', () => { this.stopped++; });
    return super.run(pipeline, o);
  }
}

test('the step and a prompt show before the lab is ready; lines typed meanwhile wait, then run in order', async () => {
  const { lab, ready, pending } = startingLab();
  const { deps } = fakeDeps({}, pending);
  const shell = renderShell(<App deps={deps} />);
  try {
    const frame = await waitFor(shell.lastFrame, 'step 1 of 2 · Add ns0');
    assert.match(frame, /Intro of First steps\./);
    assert.match(frame, /Preparing the lab…/, 'the lab being prepared shows, without blocking the prompt');
    assert.match(frame, /step 1 of 2\n\$/, 'the prompt is there, under the header');
    await shell.press('ip netns add ns0', ENTER, 'ip netns list');
    await waitFor(shell.lastFrame, /^\$ ip netns list/m);
    await shell.press(ENTER);
    await waitFor(shell.lastFrame, '2 more lines queued: they run next');
    assert.deepEqual(lab.ran, [], 'nothing runs before the lab is ready');
    ready();
    await waitFor(shell.lastFrame, 'Lesson complete: First steps');
    assert.deepEqual(lab.ran, ['ip netns add ns0', 'ip netns list'], 'both ran, in the order typed');
  } finally {
    shell.unmount();
  }
});

test('/quit typed while a command runs stops the command and leaves, progress saved', async () => {
  const lab = new StoppingLab();
  const { deps, saved } = fakeDeps({}, lab);
  const shell = renderShell(<App deps={deps} />);
  await waitFor(shell.lastFrame, /^\$ Type a command/m);
  await shell.press('ping 127.0.0.1', ENTER);
  await waitFor(shell.lastFrame, 'icmp_seq=2');
  await shell.press('/quit', ENTER);
  await until(() => shell.exited, 'the shell exits');
  assert.equal(lab.stopped, 1, 'the ping was stopped');
  assert.deepEqual(lab.ran, ['ping 127.0.0.1']);
  assert.ok(saved.includes('first'), 'progress was saved on the way out');
});

test('a pasted block ending in /quit waits its turn: the running command goes on until Ctrl-C, then the rest runs', async () => {
  const lab = new StoppingLab();
  const { deps } = fakeDeps({}, lab);
  const shell = renderShell(<App deps={deps} />);
  await waitFor(shell.lastFrame, /^\$ Type a command/m);
  await shell.press('ping 127.0.0.1', ENTER);
  await waitFor(shell.lastFrame, 'icmp_seq=2');
  shell.type('ip netns add ns0\r/quit\r');
  await waitFor(shell.lastFrame, '2 more lines queued');
  assert.equal(shell.exited, false);
  assert.equal(lab.stopped, 0, 'the ping still runs');
  await shell.press('\x03');
  await until(() => shell.exited, 'the queued /quit leaves after the queued command');
  assert.deepEqual(lab.ran, ['ping 127.0.0.1', 'ip netns add ns0']);
});

test('keys held before Ink reads the keyboard come out in order, Enter typed on a cooked terminal as Enter', async () => {
  let raw = false;
  const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode(on: boolean) { raw = on; return stdin; } });
  const screen = new PassThrough();
  const hold = holdTypeAhead(stdin as unknown as NodeJS.ReadStream, screen);
  assert.equal(raw, true, 'the terminal goes raw at once: no echo, no line editing');
  stdin.write('ip netns list\n');
  stdin.write('ip netns add ns0\r');
  await tick();
  hold.release();
  let read = '';
  stdin.on('readable', () => { let c; while ((c = stdin.read()) !== null) read += String(c); });
  stdin.write('/hint\r');
  await tick();
  assert.equal(read, 'ip netns list\rip netns add ns0\r/hint\r');
  assert.deepEqual([...typedBytes([Buffer.from('a\nb')])], [...Buffer.from('a\rb')]);
});

test('cancelled (the shell never starts), the terminal is given back as it was', () => {
  let raw = false;
  const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode(on: boolean) { raw = on; return stdin; } });
  const hold = holdTypeAhead(stdin as unknown as NodeJS.ReadStream, new PassThrough());
  hold.cancel();
  assert.equal(raw, false);
});

test('the first paint: notices, the intro and the step, then the live lines, the prompt last', () => {
  const p = firstPaint({ lesson: FIRST, progress: emptyProgress('learner'), all: LESSONS, notices: ['Host mode.'], columns: 80, rows: 24, color: false });
  const lines = p.text.split('\n');
  assert.equal(lines[0], 'Host mode.');
  assert.ok(p.text.indexOf('Intro of First steps.') < p.text.indexOf('── step 1 of 2 · Add ns0'));
  assert.equal(p.items, 3, 'the notice, the intro and the step');
  assert.equal(p.liveLines, 3);
  assert.equal(lines.at(-3), '⠋ Preparing the lab…');
  assert.match(lines.at(-2)!, /^First steps {2,}▕░{16}▏ step 1 of 2$/);
  assert.equal(lines.at(-1), '$ ', 'the cursor waits after the prompt');
});

for (const [lesson, columns] of [[FIRST, 80], [ZH, 80], [ZH, 50]] as const) {
  test(`the header the first paint writes is the one the shell then draws (${lesson.lang}, ${columns} columns)`, async () => {
    const painted = firstPaint({ lesson, progress: emptyProgress('learner'), all: [lesson], notices: [], columns, rows: 24, color: false });
    const { deps } = fakeDeps({ first: lesson, lessons: () => [lesson], lang: lesson.lang }, startingLab().pending);
    const shell = renderShell(<App deps={deps} />, { columns, rows: 24 });
    try {
      // The header is the line above the prompt, in the paint as in the shell's frame.
      const frame = await waitFor(shell.lastFrame, /\n\$ *$/);
      const header = (text: string) => text.trimEnd().split('\n').at(-2)!.trimEnd();
      assert.equal(header(painted.text), header(frame));
    } finally {
      shell.unmount();
    }
  });
}

test('items already painted are not drawn again; what comes after them is', async () => {
  const { deps } = fakeDeps({ notices: ['Host mode.'], painted: 3 });
  const shell = renderShell(<App deps={deps} />);
  await waitFor(shell.lastFrame, /^\$ Type a command/m);
  await shell.press('ip netns add ns0', ENTER);
  const all = await waitFor(() => shell.stdout.frames.join('\n'), '✓ Add ns0');
  assert.doesNotMatch(plain(all), /Host mode\.|Intro of First steps\.|── step 1 of 2/, 'the painted notice, intro and step are not drawn twice');
  assert.match(plain(all), /── step 2 of 2 · List them/);
  shell.unmount();
});
