import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseInvocation } from '../../src/cli/args.ts';
import type { ProgressBook } from '../../src/progress/book.ts';
import { messages } from '../../src/i18n/messages.ts';
import type { Lab } from '../../src/lab/lab.ts';
import { emptyProgress } from '../../src/progress/model.ts';
import { App } from '../../src/ui/App.tsx';
import { terminalShellDeps as shellDeps } from '../../src/ui/run-ink.tsx';
import { FakeLab, FIRST, LESSONS, renderShell, waitFor } from './helpers.tsx';

const book = (movedAside: string | null) => {
  const saved: string[] = [];
  const b = { path: '/nowhere', progress: emptyProgress('learner'), movedAside, save(r: { id: string }) { saved.push(r.id); } };
  return { book: b as unknown as ProgressBook, saved };
};

test('host mode and a progress file moved aside are said before anything else', () => {
  const lab = Object.assign(new FakeLab(), { mode: 'host' }) as unknown as Lab;
  const inv = parseInvocation(['--lang', 'zh', '--host'], {}, true);
  const deps = shellDeps({ inv, opening: Promise.resolve(lab), lesson: null, book: book('/s/progress.json.corrupt').book, all: LESSONS });
  const m = messages('zh');
  assert.deepEqual(deps.notices, [m.hostMode, m.progressMovedAside('/s/progress.json.corrupt')]);
  assert.equal(deps.lang, 'zh');
  assert.equal(deps.first, null, 'no lesson: the picker first');
});

test('the sessions it opens run on the lab and save into the progress book', async () => {
  const lab = new FakeLab();
  const { book: b, saved } = book(null);
  const deps = shellDeps({ inv: parseInvocation(['start', 'first'], {}, true), opening: Promise.resolve(lab), lesson: FIRST, book: b, all: LESSONS });
  assert.deepEqual(deps.notices, []);
  const shell = renderShell(<App deps={{ ...deps, history: { load: () => [], save: () => {} } }} />);
  await waitFor(shell.lastFrame, 'step 1 of 2');
  await shell.press('ip netns add ns0', '\r');
  await waitFor(shell.lastFrame, '✓ Add ns0');
  assert.ok(saved.includes('first'));
  assert.deepEqual([...lab.namespaces], ['ns0']);
  shell.unmount();
});
