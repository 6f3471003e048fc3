import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadAllLessons } from '../../src/lesson/load.ts';
import { App } from '../../src/ui/App.tsx';
import { shellLayout } from '../../src/ui/layout.ts';
import { fakeDeps, plain, renderShell, waitFor } from './helpers.tsx';

const place = (columns: number, rows: number, showTopology = true, hasSnapshot = true) => shellLayout({ columns, rows, showTopology, hasSnapshot });

test('the panel goes beside on a wide terminal, below on a narrower one, and gives way under 60 columns', () => {
  assert.deepEqual(place(120, 40), { placement: 'side', textWidth: 59, panelWidth: 58, panelRows: 31 });
  assert.equal(place(200, 50).textWidth, 100, 'the transcript stops at 100 columns');
  assert.equal(place(119, 40).placement, 'below');
  assert.deepEqual(place(60, 20), { placement: 'below', textWidth: 60, panelWidth: 60, panelRows: 9 });
  assert.equal(place(59, 20).placement, 'narrow');
  assert.equal(place(80, 12).placement, 'short');
  assert.equal(place(120, 40, false).placement, 'off');
  assert.equal(place(120, 40, true, false).placement, 'off');
});

test('whatever the size, the rows the panel may take leave the live area and the prompt on screen', () => {
  for (let columns = 40; columns <= 200; columns += 7) {
    for (let rows = 8; rows <= 60; rows += 3) {
      const l = place(columns, rows);
      const below = l.placement === 'below' ? l.panelRows + 1 + 6 : 0;
      const side = l.placement === 'side' ? l.panelRows : 0;
      assert.ok(Math.max(below, side) < rows, `${columns}x${rows}: ${JSON.stringify(l)}`);
    }
  }
});

/** The lines of the live part: after the last step heading's text, from the first line of the panel. */
const lines = (frame: string | undefined) => plain(frame).split('\n');

test('at 120×40 the topology stands beside the transcript, the prompt on the last line', async () => {
  const { deps } = fakeDeps();
  const shell = renderShell(<App deps={deps} />, { columns: 120, rows: 40 });
  await waitFor(shell.lastFrame, 'step 1 of 2');
  shell.type('ip netns add ns0\r');
  await waitFor(shell.lastFrame, /step 2 of 2\s*│/);
  const l = lines(shell.lastFrame());
  const prompt = l.findLastIndex((x) => x.startsWith('$ Type a command'));
  assert.equal(prompt, l.length - 1, 'the prompt is the last line');
  assert.match(l[prompt]!, /^\$ Type a command, or \/help {20,}│ ● up/);
  assert.ok(l.some((x) => /^ {60}│ ┌─ host ─┐ {2}┌─▸ns0 ─┐$/.test(x)), 'the panel sits right of a 60-column text area, ns0 marked as just changed');
  shell.unmount();
});

test('at 60×20 the panel sits below the live area, above the header and the prompt, within the screen', async () => {
  const { deps } = fakeDeps();
  const shell = renderShell(<App deps={deps} />, { columns: 60, rows: 20 });
  await waitFor(shell.lastFrame, 'step 1 of 2');
  shell.type(Array.from({ length: 12 }, (_, i) => `ip netns add ns${i}`).join('\r') + '\r');
  await waitFor(shell.lastFrame, /more lines: a taller terminal shows them/);
  const l = lines(shell.lastFrame());
  const rule = l.findLastIndex((x) => /^─{60}$/.test(x));
  assert.ok(rule > 0, 'a rule line above the panel');
  assert.ok(l.length - rule < 20, `the live part (${l.length - rule} lines) fits in 20 rows`);
  assert.doesNotMatch(l.slice(rule).join('\n'), /◐ up, no carrier/, 'the legend gave way first');
  assert.match(l.at(-2)!, /step 2 of 2$/);
  assert.match(l.at(-1)!, /^\$ /);
  assert.ok(l.every((x) => x.length <= 60), 'nothing wider than the terminal');
  shell.unmount();
});

test('a resized terminal is laid out again: beside, below, then a one-line note', async () => {
  const { deps } = fakeDeps();
  const shell = renderShell(<App deps={deps} />, { columns: 100, rows: 30 });
  await waitFor(shell.lastFrame, /^\$ Type a command/m);
  assert.match(plain(shell.lastFrame()), /^─{100}$/m);
  shell.resize(130, 40);
  await waitFor(shell.lastFrame, /step 1 of 2 +│/);
  shell.resize(50, 20);
  await waitFor(shell.lastFrame, /^Topology hidden: it needs 60 columns\.$/m);
  assert.doesNotMatch(lines(shell.lastFrame()).slice(-4).join('\n'), /┌─ host/);
  shell.unmount();
});

test('/topology hides the panel and shows it again', async () => {
  const { deps } = fakeDeps();
  const shell = renderShell(<App deps={deps} />, { columns: 100, rows: 30 });
  await waitFor(shell.lastFrame, 'step 1 of 2');
  await shell.press('/topology', '\r');
  await waitFor(shell.lastFrame, 'Topology panel hidden.');
  assert.doesNotMatch(lines(shell.lastFrame()).slice(-6).join('\n'), /┌─ host/);
  await shell.press('/topology', '\r');
  await waitFor(shell.lastFrame, 'Topology panel shown.');
  await waitFor(() => lines(shell.lastFrame()).slice(-8).join('\n'), /┌─ host/);
  shell.unmount();
});

test('a Chinese lesson speaks Chinese in the header, the panel and the prompt', async () => {
  const zh = loadAllLessons().filter((l) => l.lang === 'zh');
  const { deps } = fakeDeps({ first: zh[0]!, lessons: () => zh, lang: 'zh' });
  const shell = renderShell(<App deps={deps} />, { columns: 120, rows: 40 });
  const frame = await waitFor(shell.lastFrame, /^\$ 输入命令/m);
  assert.match(frame, /第 1 步，共 7 步/);
  assert.match(frame, /从零认识网络命名空间/);
  assert.match(frame, /┌─ 宿主机 ─┐/);
  assert.match(frame, /\$ 输入命令，或 \/help/);
  shell.unmount();
});
