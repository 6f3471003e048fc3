/** The renderer: layout, wrapping to the width in both scripts, colour only as escapes, repeated notes once. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainOutput, renderExplanation, type OutputExplanation } from '../../../src/explain/index.ts';
import { displayWidth } from '../../../src/text/width.ts';
import { wrap } from '../../../src/text/wrap.ts';
import { loadCaptures, outputOf } from './fixtures.ts';

test('a small explanation renders exactly', () => {
  const e: OutputExplanation = {
    family: 'ping',
    annotations: [{ line: 0, start: 0, end: 2, note: 'ab: the first word.' }, { line: 0, start: 3, end: 5, note: 'what comes next.' }],
    summary: ['All good.'],
  };
  assert.equal(renderExplanation('ab cd\nef\n', e, { color: false, width: 80, lang: 'en' }),
    'ab cd\n  › ab: the first word.\n  › cd — what comes next.\nef\n\nIn short:\n  • All good.');
  assert.equal(renderExplanation('ab cd', e, { color: true, width: 80, lang: 'zh' }).replace(/\x1b\[[0-9;]*m/g, ''),
    'ab cd\n  › ab: the first word.\n  › cd — what comes next.\n\n小结：\n  • All good.');
});

test('notes fit the width, in English and Chinese, for every capture', () => {
  for (const c of loadCaptures()) {
    const output = outputOf(c);
    const lines = new Set(output.split('\n'));
    for (const lang of ['en', 'zh'] as const) {
      const e = explainOutput(c.argv, output, lang);
      if (!e) continue;
      for (const width of [30, 57, 100]) {
        for (const l of renderExplanation(output, e, { color: false, width, lang }).split('\n')) {
          if (lines.has(l)) continue;
          assert.ok(displayWidth(l) <= width, `${c.name} ${lang} ${width}: "${l}" is ${displayWidth(l)} wide`);
        }
      }
    }
  }
});

test('the same note on the same text is shown once', () => {
  const out = 'valid_lft forever preferred_lft forever\nvalid_lft forever preferred_lft forever\n';
  const e: OutputExplanation = { family: 'ip-addr', annotations: [0, 1].map((line) => ({ line, start: 0, end: 17, note: 'valid_lft forever: n.' })), summary: [] };
  const text = renderExplanation(out, e, { color: false, width: 80, lang: 'en' });
  assert.equal(text.split('valid_lft forever: n.').length - 1, 1);
});

test('wrap keeps Chinese punctuation off the start of a line and cuts over-long words', () => {
  for (const l of wrap('这对 veth 的另一端是命名空间 ns1 中编号为 2 的接口；从这里只能看到编号，看不到名字。', 12)) {
    assert.ok(!/^[，。；：）]/.test(l), l);
    assert.ok(displayWidth(l) <= 12);
  }
  assert.deepEqual(wrap('abcdefghijkl', 8), ['abcdefgh', 'ijkl']);
  assert.deepEqual(wrap('', 10), ['']);
});
