/**
 * Lesson Markdown → Lesson, keeping line numbers for every element, with
 * compiler-style diagnostics. Pure: the caller reads the file. Never throws.
 */
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { Check } from '../check/model.ts';
import { parseCheckLine } from '../check/parse.ts';
import type { LintWords } from '../i18n/en/lint.ts';
import { LANGS, type Lang } from '../i18n/lang.ts';
import { words } from '../i18n/words.ts';
import { didYouMean } from '../text/did-you-mean.ts';
import type { Challenge, Diagnostic, Lesson, Pos, Predict, RefCommand, Step, TextBlock } from './model.ts';
import { readPredictBlock, readStepBlock } from './parse-blocks.ts';
import { readRecap, readServices } from './parse-front.ts';
import { posOf, type At } from './yaml-read.ts';

export type ParseResult = {
  /** The lesson, or null when an error makes it unusable. */
  readonly lesson: Lesson | null;
  /**
   * The lesson as far as it could be read, errors and all (a missing id is
   * empty, a bad check line left out), so that lint can report every problem
   * of a file in one run. Null when not even that could be read.
   */
  readonly draft?: Lesson | null;
  readonly diagnostics: readonly Diagnostic[];
};

/** Code block languages that hold a step's reference commands. */
export const COMMAND_FENCES = ['sh', 'bash', 'shell', 'console'];
/** Fences with a meaning of their own inside a step. */
const SPECIAL_FENCES = [...COMMAND_FENCES, 'setup', 'check', 'hint', 'explain', 'step', 'predict'];
const FRONT_MATTER_KEYS = ['id', 'title', 'lang', 'summary', 'requires', 'setup', 'recap', 'services'];
export const ID_PATTERN = /^[a-z0-9-]+$/;

type Fence = { info: string; line: number; col: number; body: { text: string; line: number }[]; closed: boolean };
type Section = { title: string; line: number; prose: string[]; fences: Fence[] };

/** Parses a lesson file; its diagnostics are worded in `lang` (default English). */
export function parseLesson(source: string, file: string | null = null, lang: Lang = 'en'): ParseResult {
  const say = words(lang).lint;
  const diags: Diagnostic[] = [];
  const err = (p: Pos, message: string) => diags.push({ ...p, severity: 'error', message });
  const warn = (p: Pos, message: string) => diags.push({ ...p, severity: 'warning', message });
  const lines = source.replace(/\r\n?/g, '\n').split('\n');

  // Front matter.
  let bodyStart = 0;
  let meta: Record<string, unknown> = {};
  let metaPos: Record<string, Pos> = {};
  let metaNodes: Record<string, YamlNode | null> = {};
  let yaml: { at: At; source: string } = { at: () => ({ line: 2, col: 1 }), source: '' };
  /** Missing fields are reported only when the front matter itself could be read. */
  let metaRead = false;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
    if (end < 0) {
      err({ line: 1, col: 1 }, say.frontMatterUnclosed);
      return { lesson: null, diagnostics: diags };
    }
    const before = diags.length;
    ({ meta, metaPos, metaNodes, yaml } = readFrontMatter(lines.slice(1, end).join('\n'), 2, err, say));
    metaRead = diags.length === before;
    bodyStart = end + 1;
  } else {
    err({ line: 1, col: 1 }, say.noFrontMatter);
  }

  // Body: intro, then one section per `## ` heading, code fences kept whole.
  const intro: string[] = [];
  const sections: Section[] = [];
  let fence: Fence | null = null;
  let fenceMark = '';
  /** Where a fence's lines also go verbatim: the intro or the step's prose (ordinary code blocks). */
  let verbatim: string[] | null = null;
  for (let i = bodyStart; i < lines.length; i++) {
    const text = lines[i]!;
    const lineNo = i + 1;
    const cur = sections[sections.length - 1];
    if (fence) {
      const t = text.trim();
      const closes = t.startsWith(fenceMark) && /^[`~]+$/.test(t) && t[0] === fenceMark[0];
      verbatim?.push(text);
      if (closes) { fence.closed = true; fence = null; } else fence.body.push({ text, line: lineNo });
      continue;
    }
    const open = /^(\s{0,3})(`{3,}|~{3,})\s*([^`\s]*)/.exec(text);
    if (open) {
      fenceMark = open[2]!;
      fence = { info: (open[3] ?? '').toLowerCase(), line: lineNo, col: open[1]!.length + 1, body: [], closed: false };
      const special = SPECIAL_FENCES.includes(fence.info);
      if (cur) cur.fences.push(fence);
      else if (special) warn({ line: lineNo, col: fence.col }, say.blockBeforeSteps(fence.info));
      verbatim = !cur ? intro : special ? null : cur.prose;
      verbatim?.push(text);
      continue;
    }
    const heading = /^##\s+(.*?)\s*#*\s*$/.exec(text);
    if (heading && !text.startsWith('###')) {
      if (!heading[1]) err({ line: lineNo, col: 1 }, say.headingNoTitle);
      sections.push({ title: heading[1] ?? '', line: lineNo, prose: [], fences: [] });
      continue;
    }
    if (cur) cur.prose.push(text);
    else intro.push(text);
  }
  if (fence) {
    err({ line: fence.line, col: fence.col }, say.fenceUnclosed(fenceMark));
  }

  const requires = stringList(meta.requires, 'requires', metaPos, err, say);
  const steps = sections.map((s) => buildStep(s, err, warn, lang));
  if (sections.length === 0) err({ line: Math.max(1, bodyStart + 1), col: 1 }, say.noSteps);

  const need = metaRead ? err : () => {};
  const id = requiredString(meta, 'id', metaPos, need, say);
  if (id !== null && !ID_PATTERN.test(id)) err(metaPos.id ?? { line: 2, col: 1 }, say.badId(id));
  const title = requiredString(meta, 'title', metaPos, need, say);
  const langRaw = requiredString(meta, 'lang', metaPos, need, say);
  if (langRaw !== null && !(LANGS as readonly string[]).includes(langRaw)) err(metaPos.lang ?? { line: 2, col: 1 }, say.badLang(langRaw, LANGS));
  if (meta.summary !== undefined && typeof meta.summary !== 'string') err(metaPos.summary ?? { line: 2, col: 1 }, say.summaryNotText);
  const setupTexts = stringList(meta.setup, 'setup', metaPos, err, say);
  const setup: RefCommand[] = setupTexts.map((t, i) => {
    const at = metaPos[`setup.${i}`] ?? metaPos.setup ?? { line: 1, col: 1 };
    return { text: t.replace(/^\$\s+/, ''), expectFail: false, line: at.line, col: at.col };
  });
  const nodePos = (key: string) => posOf(metaNodes[key], yaml.at, metaPos[key] ?? { line: 2, col: 1 });
  const recap = readRecap(metaNodes.recap ?? null, nodePos('recap'), yaml, err, say);
  const services = readServices(metaNodes.services ?? null, nodePos('services'), steps.length, yaml, err, say);
  for (const key of Object.keys(meta)) {
    if (!FRONT_MATTER_KEYS.includes(key)) warn(metaPos[key] ?? { line: 2, col: 1 }, say.unknownField(key, FRONT_MATTER_KEYS));
  }

  const hasError = diags.some((d) => d.severity === 'error');
  const langOk = langRaw !== null && (LANGS as readonly string[]).includes(langRaw);
  const draft: Lesson = { id: id ?? '', title: title ?? '', lang: langOk ? langRaw as Lang : 'en', summary: typeof meta.summary === 'string' ? meta.summary : '', requires, setup, intro: trimBlank(intro).join('\n'), steps, recap, services, file };
  const lesson: Lesson | null = id !== null && title !== null && langOk && !hasError ? draft : null;
  return { lesson, draft, diagnostics: diags.map((d) => (file ? { ...d, file } : d)) };
}

function buildStep(s: Section, err: (p: Pos, m: string) => void, warn: (p: Pos, m: string) => void, lang: Lang): Step {
  const say = words(lang).lint;
  const commands: RefCommand[] = [];
  const setup: RefCommand[] = [];
  const checks: Check[] = [];
  const hints: TextBlock[] = [];
  let explain: string | null = null;
  let checkBlocks = 0;
  let challenge: Challenge | null = null;
  let predict: Predict | null = null;
  const once = new Set<string>();
  for (const f of s.fences) {
    if (COMMAND_FENCES.includes(f.info) || f.info === 'setup') {
      let expectFail = false;
      for (const { text, line } of f.body) {
        const t = text.trim();
        if (t === '') continue;
        if (t.startsWith('#')) { if (/^#\s*expect-fail\s*$/.test(t)) expectFail = true; continue; }
        const stripped = t.replace(/^\$\s+/, '');
        (f.info === 'setup' ? setup : commands).push({ text: stripped, expectFail: f.info === 'setup' ? false : expectFail, line, col: text.indexOf(stripped) + 1 });
        expectFail = false;
      }
    } else if (f.info === 'check') {
      checkBlocks++;
      for (const { text, line } of f.body) {
        const t = text.trim();
        if (t === '' || t.startsWith('#')) continue;
        const col = text.length - text.trimStart().length + 1;
        const r = parseCheckLine(t, line, col, lang);
        if ('error' in r) err({ line: r.error.line, col: r.error.col }, r.error.message);
        else checks.push(r.check);
      }
    } else if (f.info === 'hint') {
      hints.push({ text: trimBlank(f.body.map((b) => b.text)).join('\n'), line: f.line });
    } else if (f.info === 'step' || f.info === 'predict') {
      // One of each: a second is reported and left out.
      if (once.has(f.info)) { err({ line: f.line, col: f.col }, say.secondBlock(f.info)); continue; }
      once.add(f.info);
      if (f.info === 'step') challenge = readStepBlock(f, err, warn, say);
      else predict = readPredictBlock(f, err, say);
    } else if (f.info === 'explain') {
      if (explain !== null) warn({ line: f.line, col: f.col }, say.secondExplain);
      explain = (explain ? explain + '\n\n' : '') + trimBlank(f.body.map((b) => b.text)).join('\n');
    } else {
      const near = f.info.length >= 3 ? didYouMean(f.info, SPECIAL_FENCES) : null;
      if (near) warn({ line: f.line, col: f.col + 3 }, say.unknownBlock(f.info, near));
    }
  }
  if (commands.length === 0 && checkBlocks === 0) {
    err({ line: s.line, col: 1 }, say.stepCannotPass(s.title));
  }
  if (challenge && checkBlocks === 0) warn({ line: challenge.line, col: 1 }, say.challengeNoCheck(s.title));
  return { title: s.title, line: s.line, body: trimBlank(s.prose).join('\n'), commands, setup, checks, hints, explain, challenge, predict };
}

type FrontMatter = { meta: Record<string, unknown>; metaPos: Record<string, Pos>; metaNodes: Record<string, YamlNode | null>; yaml: { at: At; source: string } };

function readFrontMatter(text: string, firstLine: number, err: (p: Pos, m: string) => void, say: LintWords): FrontMatter {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const at = (offset: number): Pos => { const p = counter.linePos(offset); return { line: p.line + firstLine - 1, col: p.col }; };
  for (const e of doc.errors) err(at(e.pos[0]), say.frontMatterYaml(e.message.split('\n')[0]!));
  const meta: Record<string, unknown> = {};
  const metaPos: Record<string, Pos> = {};
  const metaNodes: Record<string, YamlNode | null> = {};
  const yaml = { at, source: text };
  if (doc.errors.length) return { meta, metaPos, metaNodes, yaml };
  if (!isMap(doc.contents)) {
    err({ line: firstLine, col: 1 }, say.frontMatterNotMap);
    return { meta, metaPos, metaNodes, yaml };
  }
  for (const item of doc.contents.items) {
    const key = isScalar(item.key) ? String(item.key.value) : String(item.key);
    const keyNode = item.key as YamlNode | null;
    metaPos[key] = keyNode?.range ? at(keyNode.range[0]) : { line: firstLine, col: 1 };
    const value = item.value as YamlNode | null;
    metaNodes[key] = value ?? null;
    if (isSeq(value)) {
      meta[key] = value.items.map((v, i) => {
        const n = v as YamlNode;
        if (n?.range) metaPos[`${key}.${i}`] = at(n.range[0]);
        return isScalar(n) ? n.value : n?.toJSON?.() ?? n;
      });
    } else {
      meta[key] = isScalar(value) ? value.value : value && typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as unknown as { toJSON(): unknown }).toJSON() : value;
      if (value?.range) metaPos[`${key}.value`] = at(value.range[0]);
    }
  }
  return { meta, metaPos, metaNodes, yaml };
}

function requiredString(meta: Record<string, unknown>, key: string, pos: Record<string, Pos>, err: (p: Pos, m: string) => void, say: LintWords): string | null {
  const v = meta[key];
  if (v === undefined || v === null || v === '') {
    err(pos[key] ?? { line: 1, col: 1 }, say.missingField(key));
    return null;
  }
  if (typeof v !== 'string' && typeof v !== 'number') {
    err(pos[`${key}.value`] ?? pos[key] ?? { line: 1, col: 1 }, say.fieldNotText(key));
    return null;
  }
  return String(v);
}

function stringList(v: unknown, key: string, pos: Record<string, Pos>, err: (p: Pos, m: string) => void, say: LintWords): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    err(pos[`${key}.value`] ?? pos[key] ?? { line: 1, col: 1 }, say.fieldNotList(key));
    return [];
  }
  const out: string[] = [];
  v.forEach((item, i) => {
    if (typeof item === 'string') out.push(item);
    else err(pos[`${key}.${i}`] ?? pos[key] ?? { line: 1, col: 1 }, say.entryNotText(key, i + 1, item === null ? 'null' : typeof item));
  });
  return out;
}

function trimBlank(lines: string[]): string[] {
  let a = 0;
  let b = lines.length;
  while (a < b && lines[a]!.trim() === '') a++;
  while (b > a && lines[b - 1]!.trim() === '') b--;
  return lines.slice(a, b);
}
