/** Every captured output, explained and rendered in both languages, against golden files. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainOutput, renderExplanation } from '../../../src/explain/index.ts';
import { LANGS } from '../../../src/i18n/lang.ts';
import { assertGolden, loadCaptures, outputOf } from './fixtures.ts';

const captures = loadCaptures();

test('each capture gets the family its command implies', () => {
  const lines = captures.map((c) => `${c.name}\t${explainOutput(c.argv, outputOf(c), 'en')?.family ?? '-'}`);
  assertGolden('families.txt', `${lines.join('\n')}\n`);
});

for (const c of captures) {
  for (const lang of LANGS) {
    const output = outputOf(c);
    const e = explainOutput(c.argv, output, lang);
    if (!e) continue;
    test(`${c.name} (${lang}) renders as its golden file`, () => {
      const plain = renderExplanation(output, e, { color: false, width: 100, lang });
      assertGolden(`output/${c.name}.${lang}.txt`, `$ ${c.argv.join(' ')}\n${plain}\n`);
      const colored = renderExplanation(output, e, { color: true, width: 100, lang });
      // eslint-disable-next-line no-control-regex
      assert.equal(colored.replace(/\x1b\[[0-9;]*m/g, ''), plain, 'colour adds escapes only');
    });
  }
}
