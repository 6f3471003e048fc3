// Column widths: the picture's own measure agrees with the one Ink lays text out by.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutTopology, renderPlain, textWidth } from '../../../src/topology/index.ts';
import { clean } from '../../../src/topology/text.ts';
import { FIXTURES } from './fixtures/snapshots.ts';

// string-width is what Ink measures with; it comes with Ink, so the check runs wherever Ink does.
const stringWidth: ((s: string) => number) | null = await import('string-width').then((m) => m.default, () => null);

const SAMPLES = ['veth1-peer', '宿主机', 'ｗｉｄｅ', 'é', '┌─┐│└┘├┤┬┴┼┄┆', '●◐○⇄▸…', '网络命名空间 ns0', '한국어', '\u3000x'];

test('textWidth agrees with string-width on what the picture draws', { skip: stringWidth === null }, () => {
  const sw = stringWidth!;
  for (const s of SAMPLES) assert.equal(textWidth(clean(s)), sw(clean(s)), s);
  for (const f of FIXTURES) {
    for (const line of renderPlain(layoutTopology(f.snapshot, 80, { lang: 'zh' })).split('\n')) {
      assert.equal(textWidth(line), sw(line), line);
    }
  }
  for (const s of ['e\u0301x', '👨\u200d👩', '\u0000', 'a\u200bb']) assert.equal(textWidth(clean(s)), sw(clean(s)), JSON.stringify(s));
});

test('characters of uncertain width become ?', () => {
  assert.equal(clean('a\tb'), 'a?b');
  assert.equal(clean('e\u0301'), 'e?');
  assert.equal(clean('😀'), '?');
  assert.equal(clean('宿主机'), '宿主机');
  // Clusters of several code points: a prepended letter, Thai SARA AM, a skin tone after a letter.
  assert.equal(clean('\u0d4ea'), '??');
  assert.equal(clean('ก\u0e33x'), '??x');
  assert.equal(clean('a\u{1f3fb}'), '??');
  assert.equal(clean('한국어 ｗｉｄｅ'), '한국어 ｗｉｄｅ');
});

