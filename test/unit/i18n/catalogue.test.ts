/** Every key of the English catalogue exists in every language, with the same kind of value, and no language has keys English lacks. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOGUES, words } from '../../../src/i18n/words.ts';
import { LANGS } from '../../../src/i18n/lang.ts';

type Shape = string | { readonly [k: string]: Shape };

/** The catalogue's shape: the kind of each leaf (a text, a function of N parameters, a list of N items). */
function shape(v: unknown): Shape {
  if (typeof v === 'function') return `function/${v.length}`;
  if (Array.isArray(v)) return `list/${v.length}:${v.map((x) => JSON.stringify(shape(x))).join(',')}`;
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)]));
  return typeof v;
}

test('every language has every key of the English catalogue, of the same kind, and no other', () => {
  const en = shape(CATALOGUES.en);
  for (const lang of LANGS) assert.deepEqual(shape(CATALOGUES[lang]), en, `catalogue ${lang}`);
});

test('no text is empty, but for separators that are only spacing in English', () => {
  const empty: string[] = [];
  const walk = (v: unknown, english: unknown, path: string) => {
    if (typeof v === 'string' && v.trim() === '' && !(typeof english === 'string' && english.trim() === '')) empty.push(path);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, (english as Record<string, unknown> | undefined)?.[k], `${path}.${k}`);
  };
  for (const lang of LANGS) walk(words(lang), words('en'), lang);
  assert.deepEqual(empty, []);
});
