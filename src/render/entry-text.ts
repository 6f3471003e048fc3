/**
 * One transcript entry as terminal text: used as is by plain mode, and inside
 * <Text> by the Ink transcript, so both show the same words. Pure.
 */
import { explainCommand, explainOutput, renderExplanation } from '../explain/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { formatDuration, messages } from '../i18n/messages.ts';
import type { Entry } from '../session/model.ts';
import { paint } from './paint.ts';
import { renderMarkdown } from './markdown.ts';
import { displayWidth, wrap } from '../text/wrap.ts';

export type TextOptions = { readonly lang: Lang; readonly color: boolean; readonly width: number };

/** A marked line wrapped to the width, its continuation lines aligned after the mark. */
function hanging(mark: string, text: string, width: number): string {
  const pad = ' '.repeat(displayWidth(mark));
  return wrap(text, Math.max(20, width - pad.length)).map((l, i) => (i === 0 ? mark : pad) + l).join('\n');
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
 * A program's output as shown: colours (`ip -c`) kept, every other control
 * character made visible, so `cat` of a binary file cannot move the cursor,
 * switch the character set or clear the learner's screen.
 */
export function visibleOutput(text: string): string {
  return text.replace(/\x1b\[[0-9;]*m|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (c) => (c.length > 1 ? c : caret(c)));
}

const indent = (text: string, by = '  ') => text.split('\n').map((l) => (l ? by + l : l)).join('\n');

export function entryText(e: Entry, o: TextOptions): string {
  const p = paint(o.color);
  const m = messages(o.lang);
  const md = (text: string) => renderMarkdown(text, { width: Math.max(20, o.width - 2), color: o.color });
  switch (e.kind) {
    case 'intro':
      return `${p.bold(e.title)}\n\n${md(e.markdown)}\n`;
    case 'step': {
      const head = `── ${m.stepOf(e.index, e.total)} · ${e.title} `;
      return `\n${p.bold(p.cyan(head + '─'.repeat(Math.max(0, o.width - displayWidth(head) - 1))))}\n${md(e.markdown)}\n`;
    }
    case 'command':
      return `${p.green(m.prompt)}${visibleLine(e.line)}`;
    case 'output':
      return visibleOutput(e.text);
    case 'status':
      return p.yellow(e.text);
    case 'note':
      return p.dim(`(${e.text})`);
    case 'refusal':
      return p.yellow(`✋ ${e.text}`);
    case 'change':
      return e.lines.map((l) => p.cyan(hanging('⟳ ', l, o.width))).join('\n');
    case 'why':
      return e.lines.map((l) => p.yellow(hanging('💡 ', l, o.width))).join('\n');
    case 'passed':
      return `${p.green(p.bold(m.passed(e.title)))}${e.explain ? `\n${indent(md(e.explain))}` : ''}`;
    case 'hint':
      return `${p.yellow(m.hintN(e.index, e.total))}\n${indent(md(e.markdown))}`;
    case 'check':
      return [m.checkHeader, ...e.items.map((i) => `  ${i.ok ? p.green('✓') : p.red('✗')} ${i.source}${i.reason ? p.dim(` — ${i.reason}`) : ''}`)].join('\n');
    case 'explain': {
      const words = explainCommand(e.argv, o.lang);
      const cmd = words.map((w) => `  ${p.bold(w.word)}  ${p.dim(w.meaning)}`).join('\n');
      const ex = explainOutput(e.argv, e.output, o.lang);
      const out = ex ? renderExplanation(e.output, ex, { color: o.color, width: o.width, lang: o.lang }) : m.explainNothing;
      return [cmd, out].filter(Boolean).join('\n\n');
    }
    case 'replay':
      return p.dim([e.header, ...e.lines.map((l) => m.replayLine(l)), e.footer].filter(Boolean).join('\n'));
    case 'help':
      return [p.bold(m.helpTitle), ...m.help.map(([k, v]) => `  ${k.padEnd(11)} ${v}`)].join('\n');
    case 'summary':
      return [
        '',
        p.green(p.bold(`★ ${m.complete(e.title)}`)),
        `  ${m.summary(formatDuration(e.timeMs, o.lang), e.hints, e.attempts, e.skipped)}`,
        `  ${e.next ? m.nextOffer(e.next.title) : m.allDone}`,
      ].join('\n');
    case 'info':
      return p.dim(e.text);
  }
}
