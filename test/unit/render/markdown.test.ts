// Lesson Markdown as the terminal shows it: golden files of a fixture that holds
// what lessons use (headings, paragraphs that wrap, lists with **bold** and
// `code` in their items, code blocks, a table, a quote), in English and in
// Chinese, at 60 and 80 columns, rendered as in a terminal with colours.
// Regenerate with UPDATE_GOLDEN=1 and read the diff.
import '../../helpers/renderer-colours.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderMarkdown } from '../../../src/render/markdown.ts';
import { stripAnsi } from '../../../src/text/ansi.ts';
import { displayWidth } from '../../../src/text/width.ts';
import { goldenFiles } from '../../helpers/golden.ts';

const here = import.meta.dirname;
const golden = goldenFiles(join(here, 'golden'));
const LANGS = ['en', 'zh'] as const;
const WIDTHS = [60, 80] as const;
const fixture = (lang: string) => readFileSync(join(here, 'fixtures', `lesson.${lang}.md`), 'utf8');

/** The lines of the fixture's fenced code blocks. */
function codeLines(md: string): string[] {
  return [...md.matchAll(/^```[a-z]*\n([\s\S]*?)^```$/gm)].flatMap((m) => m[1]!.replace(/\n$/, '').split('\n'));
}

const isTableLine = (l: string) => /^[┌├│└]/.test(l);

/** Spaces at the ends of lines, which a terminal does not show, left out of the golden files (see the todo below). */
const withoutTrailingSpaces = (s: string) => s.replace(/ +$/gm, '');

for (const lang of LANGS) {
  for (const width of WIDTHS) {
    test(`golden: the fixture lesson at ${width} columns (${lang})`, () => {
      golden(`markdown.${lang}.${width}.txt`, `${withoutTrailingSpaces(renderMarkdown(fixture(lang), { width, color: false }))}\n`);
    });
  }
}

test('code blocks are never wrapped: each of their lines comes out whole, indented, at any width', () => {
  for (const lang of LANGS) {
    const md = fixture(lang);
    for (const width of [20, 40, 60, 80, 120]) {
      const out = renderMarkdown(md, { width, color: false }).split('\n');
      for (const line of codeLines(md)) assert.ok(out.includes(`    ${line}`), `${lang} ${width}: ${line}`);
    }
  }
});

test('prose never exceeds the width; only code block lines may', () => {
  for (const lang of LANGS) {
    const md = fixture(lang);
    const code = new Set(codeLines(md).map((l) => `    ${l}`));
    for (let width = 30; width <= 120; width += 5) {
      for (const line of renderMarkdown(md, { width, color: false }).split('\n')) {
        if (!code.has(line)) assert.ok(displayWidth(line) <= width, `${lang} ${width}: ${line}`);
      }
    }
  }
});

test('bold and code inside list items are rendered, not left as ** and backticks (marked-terminal #304, #371)', () => {
  for (const lang of LANGS) {
    for (const width of WIDTHS) {
      const items = renderMarkdown(fixture(lang), { width, color: false }).split('\n').filter((l) => /^ {2}(\*|\d+\.) /.test(l));
      assert.ok(items.length >= 6, `${lang}: the lists are there`);
      for (const l of items) assert.doesNotMatch(l, /\*\*|`/, `${lang} ${width}: ${l}`);
    }
  }
});

test('Chinese: no line starts with closing punctuation, none ends with opening punctuation', () => {
  for (const width of [30, 40, 50, 60, 70, 80]) {
    for (const line of renderMarkdown(fixture('zh'), { width, color: false }).split('\n')) {
      if (isTableLine(line)) continue;
      assert.doesNotMatch(line.trimStart(), /^[，。、：；！？）》」』】”]/, `${width}: ${line}`);
      assert.doesNotMatch(line, /[（《「『【“]$/, `${width}: ${line}`);
    }
  }
});

test('with colour on, the same text once the escapes are stripped', () => {
  for (const lang of LANGS) {
    for (const width of WIDTHS) {
      const md = fixture(lang);
      assert.equal(stripAnsi(renderMarkdown(md, { width, color: true })), renderMarkdown(md, { width, color: false }), `${lang} ${width}`);
    }
  }
});

test('no line ends with a space (marked-terminal joins source lines with a space between colour codes; a break there kept it)', () => {
  for (const lang of LANGS) {
    for (const width of WIDTHS) {
      for (const line of renderMarkdown(fixture(lang), { width, color: false }).split('\n')) assert.doesNotMatch(line, / $/, `${lang} ${width}: ${JSON.stringify(line)}`);
    }
  }
});

test('a table wider than the width keeps its rows whole: its cells wrap inside their borders', () => {
  for (const lang of LANGS) {
    for (const width of [...WIDTHS, 24, 30, 40]) {
      const lines = renderMarkdown(fixture(lang), { width, color: false }).split('\n');
      const table = lines.filter((l) => /[┌├│└┐┤┘─]/.test(l));
      assert.ok(table.length >= 7, `${lang} ${width}: the table is there`);
      for (const l of table) assert.match(l, /^[┌├│└].*[┐┤│┘]$/, `${lang} ${width}: ${l}`);
    }
  }
});
