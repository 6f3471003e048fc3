// One sanitiser for text from outside the tutor: hostile strings lose their
// escape sequences and control characters, and nothing printable is lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { safeLine, safeStyled, safeText } from '../../../src/text/ansi.ts';
import { csvCell, reportCsv, type ReportRow } from '../../../src/progress/report.ts';

/** Any control character a terminal acts on: C0 but newline and tab, DEL, C1. */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

const HOSTILE: readonly [string, string][] = [
  ['eve\u001b]0;PWNED\u0007\u001b[2J', 'eve'],
  ['a\u001b]8;;http://example.com\u001b\\link\u001b]8;;\u001b\\b', 'alinkb'],
  ['red\u001b[31m text\u001b[0m', 'red text'],
  ['x\u009b2Jy', 'xy'],
  ['x\u009d0;title\u009cy', 'xy'],
  ['a\u001bPq#0;2;0;0;0\u001b\\b', 'ab'],
  ['a\u001bcb', 'ab'],
  ['a\u001b(0b', 'ab'],
  ['cursor\u001b[10;20Hhome\u001b[?25l', 'cursorhome'],
  ['bell\u0007 and nul\u0000 and del\u007f', 'bell and nul and del'],
  ['back\bspace\rreturn', 'backspacereturn'],
  ['unterminated \u001b]0;title\nnext line', 'unterminated \nnext line'],
  ['crlf\r\nline', 'crlf\nline'],
  ['tab\tand\nnewline', 'tab\tand\nnewline'],
  ['宿主机\u001b[1m 网络 \u001b[0m', '宿主机 网络 '],
  ['trailing escape\u001b', 'trailing escape'],
  ['plain text, untouched', 'plain text, untouched'],
];

for (const [input, expected] of HOSTILE) {
  test(`safeText ${JSON.stringify(input)}`, () => {
    assert.equal(safeText(input), expected);
  });
}

test('safeLine: one line, newlines and tabs become spaces', () => {
  assert.equal(safeLine('eve\u001b]0;PWNED\u0007\n\tx'), 'eve  x');
  assert.equal(safeLine('a\r\nb'), 'a b');
});

test('safeStyled keeps colour sequences and removes every other escape', () => {
  assert.equal(safeStyled('\u001b[1mbold\u001b[0m\u001b]0;t\u0007\u001b[2J\u0007'), '\u001b[1mbold\u001b[0m');
  assert.equal(safeStyled('\u001b[33m    code\u001b[39m\n\u001b[2Jx'), '\u001b[33m    code\u001b[39m\nx');
});

test('property: no control character survives, printable text does, and a second pass changes nothing', () => {
  const chars = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.array(fc.constantFrom('\u001b', '[', ']', '0', ';', 'm', '2J', '\u0007', '\u009b', '\u009c', '\\', 'P', 'x', '宿', '\n', '\t', '\r', ' '), { maxLength: 40 }).map((a) => a.join('')),
  );
  fc.assert(fc.property(chars, (s) => {
    const out = safeText(s);
    assert.doesNotMatch(out, CONTROL);
    assert.equal(safeText(out), out);
    assert.doesNotMatch(safeLine(s), /[\n\t]|[\x00-\x1f\x7f-\x9f]/);
    // Text without any control character is left exactly as it was.
    if (!CONTROL.test(s)) assert.equal(out, s);
  }), { numRuns: 2000 });
});

test('csvCell: control characters go, commas and quotes are quoted, formulas stay text', () => {
  assert.equal(csvCell('eve\u001b]0;PWNED\u0007\u001b[2J'), 'eve');
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('two\nlines'), 'two lines');
  assert.equal(csvCell('=HYPERLINK("http://example.com","x")'), `"'=HYPERLINK(""http://example.com"",""x"")"`);
  assert.equal(csvCell('+1'), "'+1");
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell('-x'), "'-x");
  assert.equal(csvCell(42), '42');
  assert.equal(csvCell(false), 'false');
  assert.equal(csvCell('王小明'), '王小明');
});

test('reportCsv: a hostile learner name is one clean field', () => {
  const row: ReportRow = { learner: 'eve\u001b]0;PWNED\u0007\u001b[2J,"x"', lesson: 'netns-basics', lang: 'en', stepsDone: 1, steps: 7, completed: false, timeMs: 65_000, hints: 0, attempts: 3, challenges: 0, challengesNoHints: 0, predictions: 0, predictionsRight: 0 };
  const lines = reportCsv([row]).split('\n');
  assert.equal(lines.length, 2);
  assert.equal(lines[1], '"eve,""x""",netns-basics,en,1,7,false,65,0,3,0,0,0,0');
});
