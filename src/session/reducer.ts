/**
 * The lesson session as one pure state machine, shared by the Ink UI and plain
 * mode: `update(state, action)` returns the next state and the effects the
 * driver must carry out (run, judge, rebuild, save, quit). All rules live here.
 */
import { startsWithCommand } from '../iproute/grammar.ts';
import { explainChange, explainError } from '../explain/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';
import { parseCommandLine } from '../policy/command.ts';
import { describeNote, describeRefusal } from '../policy/refusal-text.ts';
import type { RunResult } from '../model/run-result.ts';
import type { Lesson } from '../lesson/model.ts';
import { aheadOf } from './ahead.ts';
import { push, setStep } from './entries.ts';
import { handleMeta, metaCommand } from './meta.ts';
import type { Action, Effect, NewEntry, SessionState, StepRecord, Update } from './model.ts';
import { answerLine, awaitingAnswer, challengeVerdict, passedEntry, pushRecap, stepOpening } from './practice.ts';
import { changedLab, replayCommands, stepSetup } from './replay.ts';

export type SessionInit = {
  readonly lesson: Lesson;
  readonly lang: Lang;
  /** The step to start at (the first unfinished one when resuming). */
  readonly resumeAt: number;
  /** What earlier sessions recorded for each step. */
  readonly steps?: readonly StepRecord[];
  readonly priorMs?: number;
  readonly next: { readonly id: string; readonly title: string } | null;
  readonly now: number;
  readonly showTopology?: boolean;
  /** The lab was used by an earlier lesson: it is made fresh before it is built. */
  readonly fresh?: boolean;
  /** The learner's own commands that changed the lab in the step resumed, replayed after the earlier steps'. */
  readonly labChanges?: readonly string[];
};

const EMPTY_STEP: StepRecord = { done: false, skipped: false, hints: 0, attempts: 0, completedAt: null };

/**
 * The state before the lab exists, and the effect that builds it. The lesson
 * opens at once (intro or where it resumes, then the step), so the learner
 * reads and types while the lab is built; what is typed meanwhile waits in the queue.
 */
export function initialState(init: SessionInit): Update {
  const n = init.lesson.steps.length;
  const resumeAt = Math.max(0, Math.min(init.resumeAt, n));
  const state: SessionState = {
    lesson: init.lesson,
    lang: init.lang,
    stepIndex: resumeAt,
    status: 'starting',
    entries: [],
    nextId: 0,
    live: '',
    running: null,
    history: [],
    runs: [],
    aheadSaid: false,
    last: null,
    snapshot: null,
    previous: null,
    steps: Array.from({ length: n }, (_, i) => init.steps?.[i] ?? EMPTY_STEP),
    priorMs: init.priorMs ?? 0,
    startedAt: init.now,
    ctrlC: 0,
    showTopology: init.showTopology ?? true,
    queue: [],
    next: init.next,
    extraTools: init.lesson.requires,
    quitting: false,
    // Kept from the start, so a save before the lab is rebuilt does not lose them.
    labChanges: init.labChanges ?? [],
    lastLine: null,
  };
  const learner = init.labChanges?.length && resumeAt < n ? { learner: init.labChanges } : {};
  const opened = resumeAt === 0
    ? push(state, { kind: 'intro', title: init.lesson.title, markdown: init.lesson.intro })
    : push(state, { kind: 'info', text: messages(init.lang).resumed(resumeAt + 1, n) });
  return {
    state: resumeAt < n ? push(opened, ...stepOpening(opened)) : opened,
    effects: [{ kind: 'rebuild', fresh: init.fresh ?? false, commands: replayCommands(init.lesson, resumeAt), reason: 'resume', ...learner }],
  };
}

export function update(s: SessionState, a: Action, now: number): Update {
  switch (a.type) {
    case 'submit':
      return submit({ ...s, ctrlC: 0 }, a.line, now, a.typed ?? false);
    case 'output': {
      const text = s.live + a.chunk;
      const cut = text.lastIndexOf('\n');
      if (cut < 0) return { state: { ...s, live: text }, effects: [] };
      return { state: { ...push(s, { kind: 'output', text: text.slice(0, cut) }), live: text.slice(cut + 1) }, effects: [] };
    }
    case 'ran': {
      // Stopped by /quit: the learner has left, nothing is judged.
      if (s.quitting) return { state: { ...s, live: '', running: null, status: 'idle' }, effects: [] };
      const m = messages(s.lang);
      let next: SessionState = s.live ? push(s, { kind: 'output', text: s.live }) : s;
      if (a.result.timedOut) next = push(next, { kind: 'status', text: m.timedOut(Math.round(a.result.durationMs / 1000)) });
      else if (a.result.interrupted) next = push(next, { kind: 'status', text: a.result.outputCapped ? m.outputCapped : m.interrupted });
      const argv = a.result.argv[0] ?? [];
      next = setStep({ ...next, live: '', running: null, status: 'checking', last: a.result, lastLine: s.running, history: [...next.history, argv], runs: [...next.runs, keptRun(a.result)] }, s.stepIndex, {
        attempts: (s.steps[s.stepIndex]?.attempts ?? 0) + 1,
      });
      return { state: next, effects: [{ kind: 'judge', report: false }] };
    }
    case 'judged':
      return judged(s, a, now);
    case 'rebuilt':
      return rebuilt(s, a, now);
    case 'ctrl-c': {
      if (s.status === 'running') return { state: { ...s, ctrlC: 0 }, effects: [{ kind: 'interrupt' }] };
      if (s.ctrlC >= 1) return { state: { ...s, quitting: true }, effects: [{ kind: 'save' }, { kind: 'quit' }] };
      return { state: push({ ...s, ctrlC: s.ctrlC + 1 }, { kind: 'info', text: messages(s.lang).ctrlCAgain }), effects: [] };
    }
    case 'lab-failed':
      return { state: push({ ...s, status: s.status === 'complete' ? 'complete' : 'idle', running: null }, { kind: 'info', text: messages(s.lang).labError(a.message) }), effects: [] };
    case 'note':
      return { state: push(s, { kind: 'info', text: a.text }), effects: [] };
  }
}

function submit(s: SessionState, raw: string, now: number, typed = false): Update {
  const line = raw.replace(/[\r\n]+$/, '');
  if (s.status === 'running' || s.status === 'checking' || s.status === 'rebuilding' || s.status === 'starting') {
    if (line.trim() === '') return { state: s, effects: [] };
    // `/quit` typed at the prompt leaves now, stopping what runs (as Ctrl-C twice does);
    // pasted or piped after a command, it waits its turn like every other line.
    if (typed && metaCommand(line) === '/quit') return quitNow(s, line.trim());
    return { state: { ...s, queue: [...s.queue, line] }, effects: [] };
  }
  const trimmed = line.trim();
  if (s.status === 'complete' && trimmed === '' && s.next) return { state: s, effects: [{ kind: 'start-lesson', id: s.next.id }] };
  if (trimmed.startsWith('/')) return handleMeta(s, trimmed, now);
  // A predict step's question is answered before anything runs.
  const question = awaitingAnswer(s);
  if (question) return answerLine(s, question, trimmed);
  const m = messages(s.lang);
  const parsed = parseCommandLine(line, { extraTools: s.extraTools });
  const notes = parsed.notes.map((n) => ({ kind: 'note', text: describeNote(n, s.lang) }) as NewEntry);
  if (parsed.kind === 'empty') return { state: notes.length ? push(s, ...notes) : s, effects: [] };
  const echoed = push(s, { kind: 'command', line: trimmed }, ...notes);
  if (parsed.kind === 'refuse') return { state: push(echoed, { kind: 'refusal', text: describeRefusal(parsed.refusal, s.lang, s.extraTools) }), effects: [] };
  if (s.status === 'complete') return { state: push(echoed, { kind: 'info', text: s.next ? m.nextOffer(s.next.title) : m.allDone }), effects: [] };
  return { state: { ...echoed, status: 'running', running: trimmed, live: '' }, effects: [{ kind: 'run', pipeline: parsed.pipeline }] };
}

/** Leaves while busy: the running command is stopped, lines still queued are dropped, progress is saved. */
function quitNow(s: SessionState, line: string): Update {
  const shown = s.live ? push(s, { kind: 'output', text: s.live }) : s;
  return {
    state: { ...push(shown, { kind: 'command', line }), live: '', queue: [], quitting: true },
    effects: [...(s.status === 'running' ? [{ kind: 'interrupt' } as const] : []), { kind: 'save' }, { kind: 'quit' }],
  };
}

/** Whether a step without checks is done: each of its reference commands has been run. */
function ranAllCommands(s: SessionState): boolean {
  const step = s.lesson.steps[s.stepIndex]!;
  return step.commands.every((c) => {
    const p = parseCommandLine(c.text, { extraTools: s.extraTools });
    return p.kind !== 'run' || s.history.some((h) => startsWithCommand(h, p.pipeline[0]!));
  });
}

function judged(s: SessionState, a: Extract<Action, { type: 'judged' }>, now: number): Update {
  const m = messages(s.lang);
  let next: SessionState = { ...s, previous: s.snapshot, snapshot: a.snapshot };
  if (!a.report && s.snapshot && s.last) {
    const change = explainChange(s.snapshot, a.snapshot, s.lang);
    if (change.length) next = push(next, { kind: 'change', lines: change });
    // In a challenge the learner finds the cause: the tutor's guess at why a command failed would give it away.
    if (s.last.exitCode !== 0 && !s.last.interrupted && !s.lesson.steps[s.stepIndex]?.challenge) {
      const why = explainError(s.last.argv[0] ?? [], s.last, a.snapshot, s.lang);
      if (why.length) next = push(next, { kind: 'why', lines: why });
    }
  }
  // A command of the learner's that changed the lab is remembered, to rebuild the lab on resume.
  if (!a.report && s.last && s.lastLine !== null && changedLab(s.last, s.snapshot, a.snapshot)) next = { ...next, labChanges: [...s.labChanges, s.lastLine] };
  if (s.status === 'complete') return drain({ ...next, status: 'complete' }, now);
  const step = s.lesson.steps[s.stepIndex]!;
  const passes = step.checks.length ? a.verdicts.length === step.checks.length && a.verdicts.every((v) => v.ok) : ranAllCommands(s);
  if (a.report && step.challenge) next = push(next, challengeVerdict(s, passes));
  else if (a.report) {
    const items = step.checks.map((c, i) => ({ source: c.source, ok: a.verdicts[i]?.ok ?? false, reason: a.verdicts[i]?.reason ?? '' }));
    const pending = step.checks.length ? [] : step.commands.map((c) => c.text);
    next = push(next, items.length ? { kind: 'check', items, pending: [] } : { kind: 'info', text: passes ? m.checkNone : m.needsCommands(pending.join(' · ')) });
  }
  if (!passes) {
    // Ahead of this step (a later step already done, the state this one needs gone): say so once, and on /check.
    const ahead = !s.aheadSaid || a.report ? aheadOf(s.lesson, s.stepIndex, a.snapshot, s.lang) : null;
    if (ahead) next = push({ ...next, aheadSaid: true }, { kind: 'info', text: ahead.step === null ? m.cannotHappen(ahead.need) : m.ahead(ahead.step + 1, ahead.title!, ahead.need) });
    return drain({ ...next, status: 'idle' }, now);
  }
  return begin(advance(next, now, false), now);
}

/**
 * A step has just begun: when it has a ```setup block, the lab runs it
 * first (lines typed meanwhile wait); else the learner goes on at once.
 */
function begin(s: SessionState, now: number): Update {
  const setup = s.status === 'complete' ? [] : stepSetup(s.lesson, s.stepIndex);
  if (setup.length === 0) return drain(s, now);
  return { state: { ...s, status: 'rebuilding' }, effects: [{ kind: 'save' }, { kind: 'rebuild', fresh: false, commands: setup, reason: 'step-setup' }] };
}

/** The step passed (or was skipped): record it, show its explanation, move on. */
function advance(s: SessionState, now: number, skipped: boolean): SessionState {
  const step = s.lesson.steps[s.stepIndex]!;
  const m = messages(s.lang);
  let next = setStep(s, s.stepIndex, skipped ? { skipped: true } : { done: true, completedAt: now });
  next = skipped
    ? push(next, { kind: 'info', text: m.skipped(step.title) })
    : push(next, passedEntry(next));
  next = { ...next, stepIndex: s.stepIndex + 1, history: [], runs: [], aheadSaid: false, last: null, labChanges: [] };
  if (next.stepIndex < next.lesson.steps.length) return { ...push(next, ...stepOpening(next)), status: 'idle' };
  return complete(next, now);
}

/** The lesson is finished: the summary (time, hints, commands, skips) and the next lesson offered. */
function complete(s: SessionState, now: number): SessionState {
  const totals = s.steps.reduce((t, r) => ({ hints: t.hints + r.hints, attempts: t.attempts + r.attempts, skipped: t.skipped + (r.skipped && !r.done ? 1 : 0) }), { hints: 0, attempts: 0, skipped: 0 });
  return { ...push(pushRecap(s), { kind: 'summary', title: s.lesson.title, timeMs: s.priorMs + (now - s.startedAt), ...totals, next: s.next }), status: 'complete' };
}

/** After a command settles: save, then take what was typed (pasted) meanwhile, until something has to wait for the lab. */
function drain(s: SessionState, now: number): Update {
  let state = s;
  const effects: Effect[] = [{ kind: 'save' }];
  while (state.queue.length > 0 && (state.status === 'idle' || state.status === 'complete') && !state.quitting) {
    const [head, ...rest] = state.queue;
    const r = submit({ ...state, queue: rest }, head!, now);
    state = r.state;
    effects.push(...r.effects);
  }
  return { state, effects };
}

function rebuilt(s: SessionState, a: Extract<Action, { type: 'rebuilt' }>, now: number): Update {
  const m = messages(s.lang);
  // What the learner changed in this step survives a resume (as far as it could be replayed), not a fresh lab.
  const notReplayed = a.notReplayed ?? [];
  const kept = (a.learner ?? []).filter((_, i) => !notReplayed.some((n) => n.index === i));
  let next: SessionState = { ...s, snapshot: a.snapshot, previous: null, history: [], runs: [], aheadSaid: false, last: null, live: '', running: null, labChanges: a.reason === 'resume' ? kept : [] };
  if (a.reason === 'step-setup') next = push(next, { kind: 'replay', header: m.stepSetupHeader, lines: a.replayed, footer: '' });
  else if (a.replayed.length && a.reason !== 'skip') {
    next = push(next, { kind: 'replay', header: a.reason === 'resume' && s.stepIndex === 0 ? '' : m.resetting, lines: a.replayed, footer: m.resetDone(a.replayed.length) });
  }
  if (a.failed) next = push(next, { kind: 'info', text: m.labError(a.failed) });
  if (a.learner?.length) {
    next = push(next, { kind: 'replay', header: m.learnerReplayHeader, lines: a.learner, footer: m.learnerReplayDone(kept.length, a.learner.length) });
    for (const n of notReplayed) next = push(next, { kind: 'info', text: m.notReplayed(n.line, n.why) });
  }
  switch (a.reason) {
    case 'resume':
      // The intro (or where the lesson resumes) and the step are already shown (initialState).
      if (s.stepIndex >= s.lesson.steps.length) return drain(complete(next, now), now);
      return drain({ ...next, status: 'idle' }, now);
    case 'reset':
      if (s.stepIndex >= s.lesson.steps.length) return drain({ ...next, status: 'complete' }, now);
      return drain({ ...push(next, ...stepOpening(next)), status: 'idle' }, now);
    case 'back': {
      const title = s.lesson.steps[s.stepIndex]!.title;
      next = push(next, { kind: 'info', text: m.back(title) });
      return drain({ ...push(next, ...stepOpening(next)), status: 'idle' }, now);
    }
    case 'skip':
      return begin(advance(next, now, true), now);
    case 'step-setup':
      return drain({ ...next, status: 'idle' }, now);
  }
}

export type { Effect };

/** Output kept of each command for the checks: the start and the end of a long output (a ping left running for minutes). */
const KEPT_OUTPUT = 8_000;

/** A run as the step keeps it: what it printed cut in the middle when long. */
function keptRun(r: RunResult): RunResult {
  const cut = (t: string) => (t.length > 2 * KEPT_OUTPUT ? `${t.slice(0, KEPT_OUTPUT)}\n…\n${t.slice(-KEPT_OUTPUT)}` : t);
  return r.stdout.length > 2 * KEPT_OUTPUT || r.stderr.length > 2 * KEPT_OUTPUT ? { ...r, stdout: cut(r.stdout), stderr: cut(r.stderr) } : r;
}
