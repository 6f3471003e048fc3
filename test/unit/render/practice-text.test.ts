/**
 * The lesson format's entries as terminal text, inline (the golden files hold
 * the other kinds): a prediction's question and its answer, the answer
 * revealed when the step passes, and the recap, in English and Chinese; the
 * same text in colour once its escapes are stripped; the lesson's text
 * without its control characters.
 */
import '../../helpers/renderer-colours.ts';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entryText } from '../../../src/render/entry-text.ts';
import type { Entry } from '../../../src/session/model.ts';
import { stripAnsi } from '../../../src/text/ansi.ts';

const QUESTION: Entry = { id: 1, kind: 'predict', question: 'What will the ping print when lo is down in a brand new namespace?', choices: ['Replies: 64 bytes from 127.0.0.1', 'connect: Network is unreachable'], answered: null };
const ANSWERED: Entry = { id: 2, kind: 'predict', question: 'Q?', choices: ['a', 'b', 'c'], answered: 3 };
const RIGHT: Entry = { id: 3, kind: 'predicted', choice: 2, correct: true, why: 'Right: with lo down there is no route at all, so ping fails before sending.' };
const WRONG: Entry = { id: 4, kind: 'predicted', choice: 1, correct: false, why: 'Only if lo were up.' };
const REVEAL: Entry = { id: 5, kind: 'passed', title: 'Ping', explain: 'Done.', reveal: { answer: 2, text: 'connect: Network is unreachable', predicted: null } };
const RECAP: Entry = { id: 6, kind: 'recap', items: [{ command: 'ip netns add NAME', meaning: 'creates a named network namespace' }, { command: 'ip netns exec ns0 ping -c 1 -W 1 127.0.0.1', meaning: 'Ping inside a new namespace, to see what happens when lo is down' }] };

const text = (e: Entry, lang: 'en' | 'zh' = 'en') => entryText(e, { lang, color: false, width: 60 }).split('\n');

test('a question: wrapped under its mark, numbered choices, how to answer (or the answer given)', () => {
  assert.deepEqual(text(QUESTION), ['? What will the ping print when lo is down in a brand new', '  namespace?', '  1. Replies: 64 bytes from 127.0.0.1', '  2. connect: Network is unreachable', 'Type 1–2 to answer']);
  assert.deepEqual(text(ANSWERED), ['? Q?', '  1. a', '  2. b', '  3. c', 'You answered 3.']);
  assert.equal(text(QUESTION, 'zh').at(-1), '输入 1–2 作答');
  assert.equal(text(ANSWERED, 'zh').at(-1), '你的答案是 3。');
});

test('an answer: right or not, the chosen choice\'s why, then run the command', () => {
  assert.deepEqual(text(RIGHT), ['You chose 2: that is right.', '  Right: with lo down there is no route at all, so ping', '  fails before sending.', 'Now run the step\'s command and see for yourself.']);
  assert.deepEqual(text(WRONG), ['You chose 1: that is not what happens.', '  Only if lo were up.', 'Now run the step\'s command and see for yourself.']);
  assert.deepEqual(text(RIGHT, 'zh').filter((l) => !l.startsWith('  ')), ['你选了 2：答对了。', '现在运行这一步的命令，亲眼看看结果。']);
  assert.equal(text(WRONG, 'zh')[0], '你选了 1：实际情况并非如此。');
});

test('the step passed: one line (wrapped) says which choice the output showed right, before the explanation', () => {
  assert.deepEqual(text(REVEAL), ['✓ Ping', '  The output showed answer 2 was right: connect: Network is', '  unreachable', '  Done.']);
  assert.deepEqual(text(REVEAL, 'zh'), ['✓ Ping', '  输出表明正确答案是 2：connect: Network is unreachable', '  Done.']);
  const predicted = (p: boolean) => text({ ...REVEAL, reveal: { answer: 2, text: 'x', predicted: p } } as Entry).slice(1, -1).map((l) => l.trim()).join(' ');
  assert.equal(predicted(true), 'The output showed answer 2 was right: x (as you predicted)');
  assert.equal(predicted(false), 'The output showed answer 2 was right: x (you predicted otherwise)');
  assert.deepEqual(text({ id: 7, kind: 'passed', title: 'Ping', explain: null }), ['✓ Ping'], 'a step without a prediction as before');
});

test('the recap: a blank line, the title, each command with what it did under it', () => {
  assert.deepEqual(text(RECAP), ['', 'What this lesson taught', '  • ip netns add NAME', '    creates a named network namespace', '  • ip netns exec ns0 ping -c 1 -W 1 127.0.0.1', '    Ping inside a new namespace, to see what happens when lo', '    is down']);
  assert.equal(text(RECAP, 'zh')[1], '本课学到的命令');
});

test('in colour the same text once the escapes are stripped; the lesson\'s text reaches the terminal without its control characters', () => {
  for (const e of [QUESTION, ANSWERED, RIGHT, WRONG, REVEAL, RECAP]) {
    for (const lang of ['en', 'zh'] as const) {
      for (const width of [40, 60, 80]) assert.equal(stripAnsi(entryText(e, { lang, color: true, width })), entryText(e, { lang, color: false, width }), `${e.kind} ${lang} ${width}`);
    }
  }
  const evil = '\x1b]0;PWNED\x07\x1b[2J';
  const shown = [
    { id: 1, kind: 'predict', question: `Q${evil}`, choices: [`a${evil}`, 'b'], answered: null },
    { id: 2, kind: 'predicted', choice: 1, correct: true, why: `w${evil}` },
    { id: 3, kind: 'passed', title: 'T', explain: null, reveal: { answer: 1, text: `a${evil}`, predicted: true } },
    { id: 4, kind: 'recap', items: [{ command: `c${evil}`, meaning: `m${evil}` }] },
  ].map((e) => entryText(e as Entry, { lang: 'en', color: false, width: 60 })).join('\n');
  assert.doesNotMatch(shown, /[\x00-\x08\x0b-\x1f\x7f]/);
});
