import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { charWidth, displayWidth, PLAIN_TEXT, truncate } from '../../../src/text/width.ts';

const PLAIN: string[] = [];
for (let cp = 0; cp < 0x10000; cp++) {
  const ch = String.fromCharCode(cp);
  if (PLAIN_TEXT.test(ch)) PLAIN.push(ch);
}

test('displayWidth: the quick sum for plain text is what string-width says, character by character', () => {
  assert.ok(PLAIN.length > 30_000);
  for (const ch of PLAIN) assert.equal(displayWidth(ch), stringWidth(ch), `U+${ch.charCodeAt(0).toString(16)}`);
});

test('displayWidth: and for any mix of plain and other characters', () => {
  const other = fc.constantFrom('e\u0301', '👨\u200d👩', '\u0000', '\x1b[31m', '\x1b]8;;http://x\x07', '한', '\u1100\u1161', 'ก\u0e33', '✋', '☺\ufe0f', '🇨🇳', '\u00ad');
  const piece = fc.oneof(fc.constantFrom(...PLAIN), other, fc.string({ maxLength: 3 }));
  fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
    const s = parts.join('');
    assert.equal(displayWidth(s), stringWidth(s), JSON.stringify(s));
  }), { numRuns: 3000 });
});

test('displayWidth: columns in a terminal', () => {
  assert.equal(displayWidth('veth1-peer'), 10);
  assert.equal(displayWidth('网络命名空间 ns0'), 16);
  assert.equal(displayWidth('\x1b[1m\x1b[36m宿主机\x1b[0m'), 6);
  assert.equal(displayWidth('e\u0301'), 1);
  assert.equal(displayWidth('✋ ok'), 5);
});

test('charWidth: two columns for East Asian Wide and Fullwidth, one for the rest (ambiguous ones too)', () => {
  assert.equal(charWidth('中'.codePointAt(0)!), 2);
  assert.equal(charWidth('Ｗ'.codePointAt(0)!), 2);
  assert.equal(charWidth('a'.codePointAt(0)!), 1);
  assert.equal(charWidth('·'.codePointAt(0)!), 1);
  assert.equal(charWidth(0x20000), 2);
});

test('truncate: never wider than asked, even when the cut falls inside a wide character', () => {
  assert.equal(truncate('→中。', 3), '→…');
  assert.equal(truncate('宿主机宿主机', 6), '宿主…');
  assert.equal(truncate('宿主机', 4), '宿…');
  assert.equal(truncate('veth-to-backend', 8), 'veth-to…');
  assert.equal(truncate('short', 8), 'short');
  assert.equal(truncate('abc', 1), '…');
  assert.equal(truncate('abc', 0), '');
  assert.equal(truncate('cafe\u0301 au lait', 5), 'cafe\u0301…');
  const text = fc.array(fc.constantFrom('a', ' ', '中', '，', 'ｱ', 'e\u0301', '-'), { maxLength: 12 }).map((xs) => xs.join(''));
  fc.assert(fc.property(text, fc.integer({ min: 0, max: 14 }), (s, max) => {
    const t = truncate(s, max);
    assert.ok(displayWidth(t) <= max, `${JSON.stringify(t)} > ${max}`);
    if (displayWidth(s) <= max) assert.equal(t, s);
  }), { numRuns: 2000 });
});
