/**
 * Progress files that are valid JSON of the wrong shape, through the built
 * CLI: `progress`, `list`, resume and `report` keep what is sound, say what
 * was left out, keep the original file, and never crash or print NaN.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { labSkipReason } from '../helpers/lab-env.ts';
import { ensureBuilt, runTutor, tempDir } from '../helpers/tutor.ts';

ensureBuilt();
const skip = await labSkipReason();

const STEP = { title: 'a', done: true, skipped: false, hints: 1, attempts: 2, completedAt: '2026-01-01T00:01:00.000Z' };
/** netns-basics (7 steps) with a null second step; veth-pair without title and timeMs; a record without an id. */
const BROKEN = {
  version: 1, user: 'ann', last: { id: 'netns-basics', lang: 'en' },
  lessons: [
    { id: 'netns-basics', lang: 'en', title: 'Network namespaces from scratch', completed: false, startedAt: '2026-01-01T00:00:00.000Z', completedAt: null, timeMs: 65_000,
      steps: [STEP, null, ...Array.from({ length: 5 }, () => ({ ...STEP, done: false, hints: 0, attempts: 0, completedAt: null }))] },
    { id: 'veth-pair', lang: 'en', completed: false, startedAt: '2026-01-01T00:00:00.000Z', completedAt: null, steps: [STEP] },
    { lang: 'en', steps: [] },
  ],
};

function stateWith(content: unknown): { state: string; file: string } {
  const state = tempDir('nt-shape-');
  mkdirSync(join(state, 'netns-tutor'), { recursive: true });
  const file = join(state, 'netns-tutor', 'progress.json');
  writeFileSync(file, JSON.stringify(content));
  return { state, file };
}

const asides = (state: string) => readdirSync(join(state, 'netns-tutor')).filter((n) => n.startsWith('progress.json.partial-'));

test('progress: a null step and a lesson without title or timeMs are read in part, with a warning, no crash, no NaN', async () => {
  const { state } = stateWith(BROKEN);
  const r = await runTutor(['progress'], { env: { XDG_STATE_HOME: state } });
  assert.equal(r.code, 0, r.out + r.err);
  assert.doesNotMatch(r.out + r.err, /NaN|internal error|undefined/);
  assert.match(r.err, /Parts of the progress file could not be read \(lessons\[0\]\.steps\[1\], lessons\[1\]\.title, lessons\[1\]\.timeMs, \+1\)/);
  assert.match(r.err, /moved aside to .*progress\.json\.partial-/);
  assert.match(r.out, /netns-basics \(en\) Network namespaces from scratch\n\s+1\/7 steps · 1 min 05 s · 1 hints · 2 commands/);
  assert.match(r.out, /veth-pair \(en\) veth-pair\n\s+1\/1 steps · 0 s/);
  const kept = asides(state);
  assert.equal(kept.length, 1);
  assert.deepEqual(JSON.parse(readFileSync(join(state, 'netns-tutor', kept[0]!), 'utf8')), BROKEN, 'the original is kept beside it');
  const again = await runTutor(['progress', '--json'], { env: { XDG_STATE_HOME: state } });
  assert.equal(again.code, 0);
  assert.equal(again.err, '', 'what was kept reads clean the second time');
  assert.deepEqual(JSON.parse(again.out).lessons.map((l: { id: string }) => l.id), ['netns-basics', 'veth-pair']);
});

test('progress in Chinese says the same', async () => {
  const { state } = stateWith(BROKEN);
  const r = await runTutor(['progress', '--lang', 'zh'], { env: { XDG_STATE_HOME: state } });
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /进度文件有部分内容无法读取（lessons\[0\]\.steps\[1\]/);
  assert.match(r.out, /完成 1\/7 步 · 用时 1 分 05 秒/);
});

test('list works beside a progress file of the wrong shape', async () => {
  const { state } = stateWith({ version: 1, lessons: [null, 3, { id: 'x', lang: 'en', steps: 'no' }] });
  const r = await runTutor(['list'], { env: { XDG_STATE_HOME: state } });
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /netns-basics/);
});

test('report: files of the wrong shape keep their sound rows, with a note; no NaN', async () => {
  const dir = tempDir('nt-report-');
  writeFileSync(join(dir, 'ann.json'), JSON.stringify(BROKEN));
  writeFileSync(join(dir, 'bob.json'), JSON.stringify({ version: 1, user: 'bob', lessons: [{ id: 'netns-basics', lang: 'en', steps: [null, { done: true }] }] }));
  for (const format of [[], ['--csv'], ['--json']]) {
    const r = await runTutor(['report', dir, ...format]);
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.out, /NaN|undefined|null/);
    assert.match(r.err, /ann\.json: parts could not be read and are left out \(lessons\[0\]\.steps\[1\], lessons\[1\]\.title, lessons\[1\]\.timeMs, \+1\)/);
    assert.match(r.err, /bob\.json: parts could not be read/);
  }
  const csv = (await runTutor(['report', dir, '--csv'])).out.trim().split('\n');
  assert.deepEqual(csv.slice(1), ['ann,netns-basics,en,1,7,false,65,1,2,0,0,0,0', 'ann,veth-pair,en,1,1,false,0,1,2,0,0,0,0', 'bob,netns-basics,en,1,2,false,0,0,0,0,0,0,0']);
});

test('resume: a null step is an unfinished step; the session starts there with a warning', { skip }, async () => {
  const { state } = stateWith(BROKEN);
  const r = await runTutor(['--plain'], { input: '/quit\n', env: { XDG_STATE_HOME: state } });
  assert.equal(r.code, 0, r.out + r.err);
  assert.doesNotMatch(r.out + r.err, /NaN|internal error/);
  assert.match(r.out, /Parts of the progress file could not be read/);
  assert.match(r.out, /Resuming at step 2 of 7/);
  assert.equal(asides(state).length, 1);
});
