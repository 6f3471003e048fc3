/**
 * A step's YAML blocks: ```step (a challenge) and ```predict (a question
 * answered before the step's commands), each read with the place of every
 * mistake. Pure.
 */
import type { LintWords } from '../i18n/en/lint.ts';
import type { Challenge, Pos, Predict, PredictChoice } from './model.ts';
import { entriesOf, given, isMap, isSeq, posOf, readYaml, scalarOf, textOf, wholeOf, type YamlText } from './yaml-read.ts';

/** A fenced block as the parser keeps it: where it opens and its lines. */
export type YamlFence = { readonly line: number; readonly col: number; readonly body: readonly { readonly text: string; readonly line: number }[] };

type Report = (p: Pos, message: string) => void;

export const STEP_KEYS = ['challenge', 'hints-after'] as const;
export const PREDICT_KEYS = ['question', 'choices', 'answer'] as const;
export const CHOICE_KEYS = ['text', 'why'] as const;
/** `hints-after` when a challenge step does not say. */
export const DEFAULT_HINTS_AFTER = 3;
export const MIN_CHOICES = 2;
export const MAX_CHOICES = 6;

/** The block's YAML; its own errors are reported. Null when it cannot be read. */
function blockYaml(f: YamlFence, where: string, err: Report, say: LintWords): YamlText | null {
  const first = f.body[0]?.line ?? f.line + 1;
  const y = readYaml(f.body.map((b) => b.text).join('\n'), first);
  for (const e of y.errors) err(e.pos, say.blockYaml(where, e.message));
  return y.errors.length ? null : y;
}

/** A ```step block: `challenge: true` with an optional `hints-after: N`; null when the step is not a challenge. */
export function readStepBlock(f: YamlFence, err: Report, warn: Report, say: LintWords): Challenge | null {
  const open: Pos = { line: f.line, col: f.col };
  const y = blockYaml(f, 'step', err, say);
  if (!y || y.contents === null) return null;
  if (!isMap(y.contents)) { err(posOf(y.contents, y.at, open), say.blockNotMap('step', STEP_KEYS)); return null; }
  let challenge = false;
  let hintsAfter: { n: number; pos: Pos } | null = null;
  let ok = true;
  for (const e of entriesOf(y.contents, y.at, open)) {
    if (e.key === 'challenge') {
      const v = scalarOf(e.value);
      if (typeof v === 'boolean') challenge = v;
      else { ok = false; err(e.valuePos, say.challengeNotBoolean(given(e.value, y))); }
    } else if (e.key === 'hints-after') {
      const n = wholeOf(e.value);
      if (n !== null && n >= 1) hintsAfter = { n, pos: e.keyPos };
      else { ok = false; err(e.valuePos, say.hintsAfterBad(given(e.value, y))); }
    } else {
      ok = false;
      err(e.keyPos, say.unknownKey('step', e.key, STEP_KEYS));
    }
  }
  if (hintsAfter && !challenge && ok) warn(hintsAfter.pos, say.hintsAfterUnused);
  return challenge && ok ? { hintsAfter: hintsAfter?.n ?? DEFAULT_HINTS_AFTER, line: f.line } : null;
}

/** A ```predict block: a question, 2–6 choices each with its `why`, and the right one's number. */
export function readPredictBlock(f: YamlFence, err: Report, say: LintWords): Predict | null {
  const open: Pos = { line: f.line, col: f.col };
  const y = blockYaml(f, 'predict', err, say);
  if (!y) return null;
  if (y.contents === null || !isMap(y.contents)) { err(posOf(y.contents, y.at, open), say.blockNotMap('predict', PREDICT_KEYS)); return null; }
  let question: string | null = null;
  let choices: PredictChoice[] | null = null;
  /** How many choices the list has, sound or not: what `answer` must be within. */
  let count = 0;
  let answer: { n: number; pos: Pos } | null = null;
  let ok = true;
  const seen = new Set<string>();
  for (const e of entriesOf(y.contents, y.at, open)) {
    seen.add(e.key);
    if (e.key === 'question') {
      question = textOf(e.value);
      if (question === null) { ok = false; err(e.valuePos, say.notText('question', given(e.value, y))); }
    } else if (e.key === 'choices') {
      choices = readChoices(e.value, e.keyPos, e.valuePos, y, err, say);
      count = isSeq(e.value) ? e.value.items.length : 0;
      if (choices === null) ok = false;
    } else if (e.key === 'answer') {
      const n = wholeOf(e.value);
      if (n === null) { ok = false; err(e.valuePos, say.answerNotNumber(given(e.value, y))); } else answer = { n, pos: e.valuePos };
    } else {
      ok = false;
      err(e.keyPos, say.unknownKey('predict', e.key, PREDICT_KEYS));
    }
  }
  for (const key of PREDICT_KEYS) {
    if (!seen.has(key)) { ok = false; err(open, say.missingKey('predict', key)); }
  }
  if (answer && count > 0 && (answer.n < 1 || answer.n > count)) { ok = false; err(answer.pos, say.answerOutOfRange(answer.n, count)); }
  return ok && question !== null && choices !== null && answer !== null ? { question, choices, answer: answer.n, line: f.line } : null;
}

/** The `choices` list; null when any of it is wrong (each mistake reported). */
function readChoices(node: YamlText['contents'], keyPos: Pos, valuePos: Pos, y: YamlText, err: Report, say: LintWords): PredictChoice[] | null {
  if (!isSeq(node)) { err(valuePos, say.notList('choices', CHOICE_KEYS)); return null; }
  const out: PredictChoice[] = [];
  let ok = true;
  node.items.forEach((item, i) => {
    const at = posOf(item, y.at, valuePos);
    if (i === MAX_CHOICES) { ok = false; err(at, say.choicesCount(node.items.length)); }
    if (!isMap(item)) { ok = false; err(at, say.entryNotMap('choices', i + 1, CHOICE_KEYS)); return; }
    const got: Record<string, string> = {};
    for (const e of entriesOf(item, y.at, at)) {
      if (!(CHOICE_KEYS as readonly string[]).includes(e.key)) { ok = false; err(e.keyPos, say.unknownKey('choices', e.key, CHOICE_KEYS)); continue; }
      const t = textOf(e.value);
      if (t === null) { ok = false; err(e.valuePos, say.notText(e.key, given(e.value, y))); } else got[e.key] = t;
    }
    for (const key of CHOICE_KEYS) {
      if (!entriesOf(item, y.at, at).some((e) => e.key === key)) { ok = false; err(at, say.entryMissingKey('choices', i + 1, key)); }
    }
    if (got.text !== undefined && got.why !== undefined) out.push({ text: got.text, why: got.why });
  });
  if (node.items.length < MIN_CHOICES) { ok = false; err(keyPos, say.choicesCount(node.items.length)); }
  return ok ? out : null;
}
