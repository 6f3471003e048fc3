/** The tutor's own `/` commands: hint, check, explain, skip, back, reset, topology, lessons, help, quit. Pure. */
import { messages } from '../i18n/messages.ts';
import { outputText } from '../model/run-result.ts';
import type { SessionState, Update } from './model.ts';
import { push } from './entries.ts';
import { lockedHint } from './practice.ts';
import { replayCommands, stepChanges } from './replay.ts';

export const META_COMMANDS = ['/hint', '/explain', '/check', '/skip', '/back', '/reset', '/topology', '/lessons', '/help', '/quit'] as const;

/** The `/` command a line names, in full or by a prefix of more than one letter (`/qu` is `/quit`), or undefined. */
export function metaCommand(line: string): (typeof META_COMMANDS)[number] | undefined {
  const [word] = line.trim().split(/\s+/);
  return META_COMMANDS.find((c) => c === word) ?? (word && word.length > 2 ? META_COMMANDS.find((c) => c.startsWith(word)) : undefined);
}

export function handleMeta(s: SessionState, line: string, _now: number): Update {
  const m = messages(s.lang);
  const [word] = line.split(/\s+/);
  const cmd = metaCommand(line);
  const inLesson = s.stepIndex < s.lesson.steps.length;
  const step = s.lesson.steps[s.stepIndex];
  const echo = push(s, { kind: 'command', line });
  switch (cmd) {
    case '/hint': {
      if (!step) return { state: echo, effects: [] };
      const record = s.steps[s.stepIndex]!;
      if (step.hints.length === 0) return { state: push(echo, { kind: 'info', text: m.noHints }), effects: [] };
      // A challenge gives no hint until the learner has tried a few commands.
      const locked = lockedHint(s, step);
      if (locked) return { state: push(echo, { kind: 'info', text: locked }), effects: [] };
      if (record.hints >= step.hints.length) return { state: push(echo, { kind: 'info', text: m.noMoreHints }), effects: [] };
      const hint = step.hints[record.hints]!;
      const counted = { ...echo, steps: s.steps.map((r, i) => (i === s.stepIndex ? { ...r, hints: r.hints + 1 } : r)) };
      return { state: push(counted, { kind: 'hint', index: record.hints + 1, total: step.hints.length, markdown: hint.text }), effects: [{ kind: 'save' }] };
    }
    case '/check':
      if (!inLesson) return { state: echo, effects: [] };
      return { state: { ...echo, status: 'checking' }, effects: [{ kind: 'judge', report: true }] };
    case '/explain': {
      if (!s.last) return { state: push(echo, { kind: 'info', text: m.noExplain }), effects: [] };
      const output = outputText(s.last);
      return { state: push(echo, { kind: 'explain', argv: s.last.argv[0] ?? [], output }), effects: [] };
    }
    case '/skip':
      if (!step) return { state: echo, effects: [] };
      return { state: { ...echo, status: 'rebuilding' }, effects: [{ kind: 'rebuild', fresh: false, commands: stepChanges(s.lesson, step.commands), reason: 'skip' }] };
    case '/back': {
      if (s.stepIndex === 0) return { state: push(echo, { kind: 'info', text: m.atFirstStep }), effects: [] };
      const to = s.stepIndex - 1;
      return { state: { ...echo, stepIndex: to, status: 'rebuilding' }, effects: [{ kind: 'rebuild', fresh: true, commands: replayCommands(s.lesson, to), reason: 'back' }] };
    }
    case '/reset':
      return { state: { ...echo, status: 'rebuilding' }, effects: [{ kind: 'rebuild', fresh: true, commands: replayCommands(s.lesson, Math.min(s.stepIndex, s.lesson.steps.length)), reason: 'reset' }] };
    case '/topology':
      return { state: push({ ...echo, showTopology: !s.showTopology }, { kind: 'info', text: s.showTopology ? m.topologyOff : m.topologyOn }), effects: [] };
    case '/lessons':
      return { state: echo, effects: [{ kind: 'save' }, { kind: 'pick-lesson' }] };
    case '/help':
      return { state: push(echo, { kind: 'help' }), effects: [] };
    case '/quit':
      return { state: { ...echo, quitting: true }, effects: [{ kind: 'save' }, { kind: 'quit' }] };
    default:
      return { state: push(echo, { kind: 'info', text: m.unknownMeta(word ?? line, META_COMMANDS.join(' ')) }), effects: [] };
  }
}
