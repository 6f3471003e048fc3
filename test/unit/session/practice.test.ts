/**
 * The session with the lesson format's additions: a predict step asks first
 * and takes only a number, a challenge step keeps its hints and its checks to
 * itself, the answer is revealed when the step passes, the recap comes
 * before the summary, and all of it reaches the progress record and back.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseLesson } from '../../../src/lesson/parse.ts';
import type { Lesson } from '../../../src/lesson/model.ts';
import { emptyProgress, withLesson } from '../../../src/progress/model.ts';
import { lessonProgressOf } from '../../../src/progress/from-session.ts';
import { sessionInit } from '../../../src/session/from-progress.ts';
import type { Action, Entry, SessionState } from '../../../src/session/model.ts';
import { awaitingAnswer } from '../../../src/session/practice.ts';
import { initialState, update } from '../../../src/session/reducer.ts';
import { result, withNamespaces } from './fixtures.ts';

const SOURCE = `---
id: practice
title: Practice
lang: en
requires: [ip]
---

Intro.

## Guess

\`\`\`predict
question: What will it print?
choices:
  - text: Nothing
    why: Not this.
  - text: ns0
    why: Yes, ns0 is there.
answer: 2
\`\`\`

\`\`\`sh
ip netns add ns0
\`\`\`

\`\`\`check
netns ns0 exists
\`\`\`

\`\`\`hint
Add it.
\`\`\`

## Challenge

\`\`\`step
challenge: true
hints-after: 2
\`\`\`

\`\`\`sh
ip netns add ns1
\`\`\`

\`\`\`check
netns ns1 exists
\`\`\`

\`\`\`hint
First hint.
\`\`\`

## Last

\`\`\`sh
ip netns add ns2
\`\`\`

\`\`\`check
netns ns2 exists
\`\`\`
`;

const LESSON: Lesson = (() => {
  const r = parseLesson(SOURCE, 'practice.md');
  if (!r.lesson) throw new Error(JSON.stringify(r.diagnostics));
  return r.lesson;
})();

const NOW = 1_000_000;
const step = (s: SessionState, a: Action) => update(s, a, NOW + 1000);
const kinds = (s: SessionState) => s.entries.map((e) => e.kind);
const last = (s: SessionState) => s.entries.at(-1)!;
const textOf = (e: Entry) => ('text' in e ? e.text : '');

/** A session at step `at` (0-based) with its lab built. */
function ready(at = 0, init: Partial<Parameters<typeof initialState>[0]> = {}): SessionState {
  const u = initialState({ lesson: LESSON, lang: 'en', resumeAt: at, next: null, now: NOW, ...init });
  return step(u.state, { type: 'rebuilt', snapshot: withNamespaces(), replayed: [], reason: 'resume', failed: null }).state;
}

/** Runs a command and judges it with the given verdict. */
function run(s: SessionState, line: string, ok: boolean, names: string[] = []): SessionState {
  let n = step(s, { type: 'submit', line }).state;
  assert.equal(n.status, 'running', `${line} runs`);
  n = step(n, { type: 'ran', result: result(line.split(' ')) }).state;
  return step(n, { type: 'judged', snapshot: withNamespaces(...names), verdicts: [{ ok, reason: ok ? '' : 'not yet' }], report: false }).state;
}

test('a predict step opens with its question and numbered choices, unanswered', () => {
  const s = ready();
  assert.deepEqual(kinds(s), ['intro', 'step', 'predict']);
  assert.deepEqual(s.entries[2], { id: 2, kind: 'predict', question: 'What will it print?', choices: ['Nothing', 'ns0'], answered: null });
  assert.equal(awaitingAnswer(s)?.answer, 2);
});

test('before the answer, a command is not run: a short reminder; a number out of range too; an empty line does nothing', () => {
  let s = ready();
  for (const line of ['ip netns add ns0', '3', '0', '1.5', 'two']) {
    const u = step(s, { type: 'submit', line });
    assert.deepEqual(u.effects, [], line);
    assert.equal(u.state.status, 'idle');
    assert.deepEqual(u.state.entries.slice(-2).map((e) => e.kind), ['command', 'info']);
    assert.equal(textOf(last(u.state)), 'Answer the question first: type a number from 1 to 2. (/skip skips the step, /help lists the other commands.)');
    s = u.state;
  }
  assert.equal(step(s, { type: 'submit', line: '  ' }).state.entries.length, s.entries.length);
  assert.equal(s.steps[0]!.attempts, 0, 'nothing ran');
});

test('the / commands still work before the answer: /hint gives the hint, /skip skips the step', () => {
  const s = ready();
  const hinted = step(s, { type: 'submit', line: '/hint' }).state;
  assert.equal(last(hinted).kind, 'hint');
  const skipped = step(s, { type: 'submit', line: '/skip' });
  assert.deepEqual(skipped.effects, [{ kind: 'rebuild', fresh: false, commands: ['ip netns add ns0'], reason: 'skip' }]);
});

test('the right answer: recorded, said right with its why; then the command runs; passing reveals the answer', () => {
  let u = step(ready(), { type: 'submit', line: ' 2 ' });
  assert.deepEqual(u.effects, [{ kind: 'save' }]);
  assert.deepEqual(u.state.steps[0]!.prediction, { choice: 2, correct: true });
  const e = last(u.state);
  assert.deepEqual({ ...e, id: 0 }, { id: 0, kind: 'predicted', choice: 2, correct: true, why: 'Yes, ns0 is there.' });
  assert.equal(awaitingAnswer(u.state), null);
  const s = run(u.state, 'ip netns add ns0', true, ['ns0']);
  const passed = s.entries.find((x) => x.kind === 'passed')!;
  assert.deepEqual((passed as Extract<Entry, { kind: 'passed' }>).reveal, { answer: 2, text: 'ns0', predicted: true });
  u = step(s, { type: 'submit', line: '2' });
  assert.equal(last(u.state).kind, 'refusal', 'in the next step a number is a command again (the lab refuses it), not an answer');
});

test('a wrong answer: said wrong with the chosen choice\'s why; the reveal says the learner predicted otherwise', () => {
  const u = step(ready(), { type: 'submit', line: '1' });
  assert.deepEqual(u.state.steps[0]!.prediction, { choice: 1, correct: false });
  assert.deepEqual({ ...last(u.state), id: 0 }, { id: 0, kind: 'predicted', choice: 1, correct: false, why: 'Not this.' });
  const s = run(u.state, 'ip netns add ns0', true, ['ns0']);
  const passed = s.entries.find((x) => x.kind === 'passed') as Extract<Entry, { kind: 'passed' }>;
  assert.deepEqual(passed.reveal, { answer: 2, text: 'ns0', predicted: false });
});

test('an answer pasted before the lab is ready waits in the queue, then counts as the answer', () => {
  let s = initialState({ lesson: LESSON, lang: 'en', resumeAt: 0, next: null, now: NOW }).state;
  s = step(s, { type: 'submit', line: '2' }).state;
  s = step(s, { type: 'submit', line: 'ip netns add ns0' }).state;
  const u = step(s, { type: 'rebuilt', snapshot: withNamespaces(), replayed: [], reason: 'resume', failed: null });
  assert.deepEqual(u.state.steps[0]!.prediction, { choice: 2, correct: true });
  assert.deepEqual(u.effects, [{ kind: 'save' }, { kind: 'save' }, { kind: 'run', pipeline: [['ip', 'netns', 'add', 'ns0']] }]);
});

test('a challenge step says its terms; /hint waits for hints-after commands and says how many more', () => {
  let s = ready(1);
  assert.deepEqual(kinds(s), ['info', 'step', 'info']);
  assert.match(textOf(last(s)), /^Challenge: work it out yourself\. \/check says only whether the goal holds; \/hint helps after you have run 2 commands in this step\.$/);
  s = step(s, { type: 'submit', line: '/hint' }).state;
  assert.equal(textOf(last(s)), 'No hints yet: this is a challenge. Run 2 more commands in this step first, then /hint helps.');
  s = run(s, 'ip netns list', false);
  s = step(s, { type: 'submit', line: '/hint' }).state;
  assert.equal(textOf(last(s)), 'No hints yet: this is a challenge. Run 1 more command in this step first, then /hint helps.');
  assert.equal(s.steps[1]!.hints, 0, 'a locked hint is not counted');
  s = run(s, 'ip netns list', false);
  s = step(s, { type: 'submit', line: '/hint' }).state;
  assert.equal(last(s).kind, 'hint');
  assert.equal(s.steps[1]!.hints, 1);
});

test('/check in a challenge says only whether the goal holds, not which checks fail', () => {
  let s = ready(1);
  let u = step(s, { type: 'submit', line: '/check' });
  assert.deepEqual(u.effects, [{ kind: 'judge', report: true }]);
  s = step(u.state, { type: 'judged', snapshot: withNamespaces(), verdicts: [{ ok: false, reason: 'no ns1' }], report: true }).state;
  assert.ok(!s.entries.some((e) => e.kind === 'check'));
  assert.equal(textOf(last(s)), 'Not yet: the goal does not hold.');
  u = step(s, { type: 'submit', line: '/check' });
  s = step(u.state, { type: 'judged', snapshot: withNamespaces('ns1'), verdicts: [{ ok: true, reason: '' }], report: true }).state;
  assert.deepEqual(s.entries.slice(-4).map((e) => e.kind), ['command', 'info', 'passed', 'step']);
  assert.equal(textOf(s.entries.at(-3)!), 'The goal holds.');
  assert.equal(s.stepIndex, 2);
});

test('a plain step\'s /check still lists every check', () => {
  const s = ready(2);
  const u = step(s, { type: 'submit', line: '/check' });
  const j = step(u.state, { type: 'judged', snapshot: withNamespaces(), verdicts: [{ ok: false, reason: 'no ns2' }], report: true }).state;
  assert.equal(last(j).kind, 'check');
});

test('the lesson complete: the recap (each command once, with its step) before the summary', () => {
  const s = run(ready(2), 'ip netns add ns2', true, ['ns2']);
  const tail = s.entries.slice(-3);
  assert.deepEqual(tail.map((e) => e.kind), ['passed', 'recap', 'summary']);
  assert.deepEqual((tail[1] as Extract<Entry, { kind: 'recap' }>).items, [
    { command: 'ip netns add ns0', meaning: 'Guess' },
    { command: 'ip netns add ns1', meaning: 'Challenge' },
    { command: 'ip netns add ns2', meaning: 'Last' },
  ]);
});

test('an authored recap is shown as written; an empty one shows none', () => {
  const withRecap = (recap: string) => {
    const r = parseLesson(SOURCE.replace('requires: [ip]\n', `requires: [ip]\nrecap:${recap}\n`), 'p.md');
    assert.ok(r.lesson, JSON.stringify(r.diagnostics));
    const u = initialState({ lesson: r.lesson, lang: 'en', resumeAt: 2, next: null, now: NOW });
    return run(step(u.state, { type: 'rebuilt', snapshot: withNamespaces(), replayed: [], reason: 'resume', failed: null }).state, 'ip netns add ns2', true, ['ns2']);
  };
  const written = withRecap('\n  - command: ip netns add NAME\n    meaning: creates a namespace');
  assert.deepEqual((written.entries.find((e) => e.kind === 'recap') as Extract<Entry, { kind: 'recap' }>).items, [{ command: 'ip netns add NAME', meaning: 'creates a namespace' }]);
  const none = withRecap(' []');
  assert.ok(!none.entries.some((e) => e.kind === 'recap'));
  assert.equal(last(none).kind, 'summary');
});

test('the progress record: challenge steps marked, the prediction kept; read back, the question is not asked again', () => {
  const s = step(ready(), { type: 'submit', line: '1' }).state;
  const record = lessonProgressOf(s, NOW + 2000, new Date(NOW).toISOString());
  assert.deepEqual(record.steps.map((x) => [x.challenge ?? null, x.prediction ?? null]), [[null, { choice: 1, correct: false }], [true, null], [null, null]]);
  assert.ok(!('challenge' in record.steps[0]!) && !('prediction' in record.steps[2]!), 'no field on other steps');
  const init = sessionInit(LESSON, withLesson(emptyProgress('ann'), record), [LESSON], 'en', NOW);
  const again = initialState(init).state;
  assert.deepEqual(again.steps[0]!.prediction, { choice: 1, correct: false });
  const q = again.entries.find((e) => e.kind === 'predict') as Extract<Entry, { kind: 'predict' }>;
  assert.equal(q.answered, 1);
  assert.equal(awaitingAnswer(again), null);
});
