/**
 * One transcript entry as terminal text: used as is by plain mode, and inside
 * <Text> by the Ink transcript, so both show the same words. Pure.
 *
 * Text from outside the tutor (the lesson file, the learner, a program's
 * output) reaches the terminal without its control characters: the only
 * escape sequences in the result are the tutor's own colours.
 */
import { explainCommand, explainOutput, renderExplanation } from '../explain/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { formatDuration, messages } from '../i18n/messages.ts';
import { words } from '../i18n/words.ts';
import type { Entry } from '../session/model.ts';
import { paint } from './paint.ts';
import { renderMarkdown } from './markdown.ts';
import { displayWidth } from '../text/width.ts';
import { wrap } from '../text/wrap.ts';
import { safeLine, safeText } from '../text/ansi.ts';

export type TextOptions = { readonly lang: Lang; readonly color: boolean; readonly width: number };

/** A marked line wrapped to the width, its continuation lines aligned after the mark. */
function hanging(mark: string, text: string, width: number): string {
  const pad = ' '.repeat(displayWidth(mark));
  return carryStyle(wrap(text, Math.max(20, width - pad.length))).map((l, i) => (i === 0 ? mark : pad) + l).join('\n');
}

/**
 * Wrapped lines of one styled text: a style still open at the end of a line
 * is closed there and opened again on the next, so that every line reads the
 * same whether the view paints it alone (Ink) or after the one before.
 */
function carryStyle(lines: readonly string[]): string[] {
  let open = '';
  return lines.map((l) => {
    const line = open + l;
    for (const code of l.match(/\x1b\[[0-9;]*m/g) ?? []) open = code === '\x1b[0m' || code === '\x1b[m' ? '' : open + code;
    return open ? `${line}\x1b[0m` : line;
  });
}

/** Longest echo of a typed line; a longer one (refused anyway) is cut with its length shown. */
const ECHO_MAX = 200;

/**
 * A typed line as it is echoed: control characters made visible the way
 * `cat -v` shows them (^[ for ESC, ^@ for NUL), so they can neither beep nor
 * recolour the terminal, and a huge paste cut short (the refusal gives its length).
 */
export function visibleLine(line: string): string {
  const chars = [...line];
  const shown = chars.length > ECHO_MAX ? `${chars.slice(0, ECHO_MAX).join('')}…` : line;
  return shown.replace(/[\x00-\x08\x0a-\x1f\x7f-\x9f]/g, caret);
}

function caret(c: string): string {
  const n = c.charCodeAt(0);
  return n < 0x20 ? `^${String.fromCharCode(n + 64)}` : n === 0x7f ? '^?' : `\\x${n.toString(16)}`;
}

/**
 * A program's output as shown: colours (`ip -c`) kept (dropped when colour is
 * off), NUL bytes dropped (a terminal shows nothing for them, and `cat
 * /dev/zero` would fill the screen with `^@`), every other control character
 * made visible, so `cat` of a binary file cannot move the cursor, switch the
 * character set or clear the learner's screen.
 */
export function visibleOutput(text: string, color = true): string {
  return text.replace(/\x1b\[[0-9;]*m|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (c) => (c.length > 1 ? (color ? c : '') : c === '\x00' ? '' : caret(c)));
}

/** A line of a /check answer: the mark, the check as the lesson writes it, and why it fails, wrapped under the check. */
function checkLine(i: { readonly ok: boolean; readonly source: string; readonly reason: string }, p: ReturnType<typeof paint>, width: number): string {
  const mark = `  ${i.ok ? p.green('✓') : p.red('✗')} `;
  return hanging(mark, `${safeLine(i.source)}${i.reason ? p.dim(` — ${safeLine(i.reason)}`) : ''}`, width);
}

const indent = (text: string, by = '  ') => text.split('\n').map((l) => (l ? by + l : l)).join('\n');

export function entryText(e: Entry, o: TextOptions): string {
  const p = paint(o.color);
  const m = messages(o.lang);
  const md = (text: string) => renderMarkdown(text, { width: Math.max(20, o.width - 2), color: o.color });
  switch (e.kind) {
    case 'intro':
      return `${p.bold(safeLine(e.title))}\n\n${md(e.markdown)}\n`;
    case 'step': {
      const head = `── ${m.stepOf(e.index, e.total)} · ${safeLine(e.title)} `;
      return `\n${p.bold(p.cyan(head + '─'.repeat(Math.max(0, o.width - displayWidth(head) - 1))))}\n${md(e.markdown)}\n`;
    }
    case 'command':
      return `${p.green(m.prompt)}${visibleLine(e.line)}`;
    case 'output':
      return visibleOutput(e.text, o.color);
    case 'status':
      return p.yellow(safeText(e.text));
    case 'note':
      return p.dim(`(${safeText(e.text)})`);
    case 'refusal':
      return p.yellow(`✋ ${safeText(e.text)}`);
    case 'change':
      return e.lines.map((l) => p.cyan(hanging('⟳ ', safeText(l), o.width))).join('\n');
    case 'why':
      return e.lines.map((l) => p.yellow(hanging('💡 ', safeText(l), o.width))).join('\n');
    case 'passed': {
      const reveal = e.reveal ? `\n${hanging('  ', words(o.lang).practice.reveal(e.reveal.answer, safeLine(e.reveal.text), e.reveal.predicted), o.width)}` : '';
      return `${p.green(p.bold(m.passed(safeLine(e.title))))}${reveal}${e.explain ? `\n${indent(md(e.explain))}` : ''}`;
    }
    case 'hint':
      return `${p.yellow(m.hintN(e.index, e.total))}\n${indent(md(e.markdown))}`;
    case 'check':
      return [m.checkHeader, ...e.items.map((i) => checkLine(i, p, o.width))].join('\n');
    case 'explain': {
      const words = explainCommand(e.argv, o.lang);
      const cmd = words.map((w) => `  ${p.bold(safeLine(w.word))}  ${p.dim(safeLine(w.meaning))}`).join('\n');
      const output = safeText(e.output);
      const ex = explainOutput(e.argv, output, o.lang);
      const out = ex ? renderExplanation(output, ex, { color: o.color, width: o.width, lang: o.lang }) : m.explainNothing;
      return [cmd, out].filter(Boolean).join('\n\n');
    }
    case 'replay':
      return p.dim([e.header, ...e.lines.map((l) => m.replayLine(safeLine(l))), e.footer].filter(Boolean).join('\n'));
    case 'help':
      return [p.bold(m.helpTitle), ...m.help.map(([k, v]) => `  ${k.padEnd(11)} ${v}`)].join('\n');
    case 'summary':
      return [
        '',
        p.green(p.bold(`★ ${m.complete(safeLine(e.title))}`)),
        `  ${m.summary(formatDuration(e.timeMs, o.lang), e.hints, e.attempts, e.skipped)}`,
        `  ${e.next ? m.nextOffer(safeLine(e.next.title)) : m.allDone}`,
      ].join('\n');
    case 'info':
      return p.dim(safeText(e.text));
    case 'predict':
    case 'predicted':
    case 'recap':
      return practiceText(e, o);
  }
}

/** A style applied to each line of a text on its own, so that a line painted alone reads the same. */
const perLine = (text: string, style: (l: string) => string) => text.split('\n').map(style).join('\n');

/** The lesson format's own entries: a prediction's question and its answer, and the recap. */
function practiceText(e: Extract<Entry, { kind: 'predict' | 'predicted' | 'recap' }>, o: TextOptions): string {
  const p = paint(o.color);
  const say = words(o.lang).practice;
  switch (e.kind) {
    case 'predict':
      return [
        perLine(hanging('? ', safeLine(e.question), o.width), (l) => p.bold(p.cyan(l))),
        ...e.choices.map((c, i) => hanging(`  ${i + 1}. `, safeLine(c), o.width)),
        p.dim(e.answered === null ? say.answerHint(e.choices.length) : say.answered(e.answered)),
      ].join('\n');
    case 'predicted':
      return [
        (e.correct ? p.green : p.yellow)(say.chose(e.choice, e.correct)),
        hanging('  ', safeLine(e.why), o.width),
        p.dim(say.runToSee),
      ].join('\n');
    case 'recap':
      return [
        '',
        p.bold(say.recapTitle),
        ...e.items.map((i) => `${hanging('  • ', safeLine(i.command), o.width)}\n${perLine(hanging('    ', safeLine(i.meaning), o.width), p.dim)}`),
      ].join('\n');
  }
}
