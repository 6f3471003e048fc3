/** Chinese spacing: none between Chinese characters or around full-width punctuation, one between Chinese and Latin. Pure. */

const HAN = '\\u4e00-\\u9fff';
const WIDE = '\\u3000-\\u303f\\uff00-\\uffef\\u2014\\u2026\\u201c\\u201d';
const SPACE_BETWEEN_WIDE = new RegExp(`([${HAN}${WIDE}]) +(?=[${HAN}${WIDE}])`, 'gu');
const HAN_THEN_LATIN = new RegExp(`([${HAN}])(?=[A-Za-z0-9@<])`, 'gu');
const LATIN_THEN_HAN = new RegExp(`([A-Za-z0-9>])(?=[${HAN}])`, 'gu');

export function tidyZh(s: string): string {
  return s.replace(SPACE_BETWEEN_WIDE, '$1').replace(HAN_THEN_LATIN, '$1 ').replace(LATIN_THEN_HAN, '$1 ');
}
