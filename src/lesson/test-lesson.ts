/**
 * `netns-tutor test`: proves each step of a lesson fails before its reference
 * commands and passes after them, in a fresh lab per lesson.
 */
import { evaluateChecks } from '../check/evaluate.ts';
import type { Lang } from '../i18n/lang.ts';
import { parseCommandLine } from '../policy/command.ts';
import type { Lab } from '../lab/lab.ts';
import { errorText, type RunResult } from '../model/run-result.ts';
import type { Lesson, RefCommand } from './model.ts';
import { servicesDue } from './services-due.ts';

export type StepOutcome = {
  readonly index: number;
  readonly title: string;
  readonly ok: boolean;
  /** Why it failed, or null. */
  readonly reason: string | null;
  /** A predict step: the answer the test gave (the right one) before running its commands. */
  readonly predicted?: number;
};

export type LessonOutcome = {
  readonly id: string;
  readonly lang: Lang;
  readonly file: string | null;
  readonly steps: readonly StepOutcome[];
};

/**
 * How long one reference command may run in `netns-tutor test`. Reference
 * commands end on their own in a second or two (`ping -c 3`); one still
 * running after this is one that runs until stopped. The interactive shell
 * allows far longer (300 s): a learner may watch a ping for minutes.
 */
export const REFERENCE_TIMEOUT_MS = 20_000;
/** While a reference command runs, how often the wait is reported. */
export const WAIT_NOTICE_MS = 5_000;

export type TestOptions = {
  /** @default REFERENCE_TIMEOUT_MS */
  readonly timeoutMs?: number;
  /** Called every `waitNoticeMs` while a reference command is still running, so a long wait is not silent. */
  readonly onWait?: (command: RefCommand, elapsedMs: number, limitMs: number) => void;
  /** @default WAIT_NOTICE_MS */
  readonly waitNoticeMs?: number;
};

type Runner = { lab: Lab; extraTools: readonly string[]; opts: TestOptions };

/** Runs one reference command; returns its argv (first program) and result, or a reason it could not run. */
async function runRef(r: Runner, c: RefCommand): Promise<{ argv: string[]; result: RunResult } | { error: string }> {
  const parsed = parseCommandLine(c.text, { extraTools: r.extraTools });
  if (parsed.kind !== 'run') return { error: `line ${c.line}: \`${c.text}\` would not run in the lab` };
  const limit = r.opts.timeoutMs ?? REFERENCE_TIMEOUT_MS;
  const every = r.opts.waitNoticeMs ?? WAIT_NOTICE_MS;
  let waited = 0;
  const notice = r.opts.onWait ? setInterval(() => { waited += every; r.opts.onWait!(c, waited, limit); }, every) : null;
  try {
    const result = await r.lab.run(parsed.pipeline, { timeoutMs: limit });
    return { argv: [...parsed.pipeline[0]!], result };
  } finally {
    if (notice) clearInterval(notice);
  }
}

/** Why a reference command that ran past its limit cannot be one. */
function describeTimeout(c: RefCommand, limitMs: number): string {
  return `\`${c.text}\` (line ${c.line}) did not end within ${Math.round(limitMs / 1000)} s: a command that runs until stopped, like ping without -c, cannot be a reference command`;
}

function describeRun(c: RefCommand, result: RunResult): string {
  const out = errorText(result).trim().split('\n').slice(-2).join(' / ');
  return `\`${c.text}\` (line ${c.line}) exited ${result.exitCode ?? result.signal}${out ? `: ${out}` : ''}`;
}

/** Runs setup commands (the lesson's, or a step's as it begins); what went wrong, each prefixed with `what`. */
async function runSetup(r: Runner, commands: readonly RefCommand[], what: string, limit: number): Promise<string[]> {
  const problems: string[] = [];
  for (const c of commands) {
    const ran = await runRef(r, c);
    if ('error' in ran) problems.push(ran.error);
    else if (ran.result.timedOut) problems.push(`${what} ${describeTimeout(c, limit)}`);
    else if (ran.result.exitCode !== 0) problems.push(`${what} ${describeRun(c, ran.result)}`);
  }
  return problems;
}

/** Tests one lesson in the lab given (which must be fresh). */
export async function testLesson(lesson: Lesson, lab: Lab, opts: TestOptions = {}): Promise<LessonOutcome> {
  const r: Runner = { lab, extraTools: lesson.requires, opts };
  const limit = opts.timeoutMs ?? REFERENCE_TIMEOUT_MS;
  const steps: StepOutcome[] = [];
  const setupProblems = await runSetup(r, lesson.setup, 'setup', limit);
  /** Services that could not start, with why: the step they were due in fails with it (the tutor would say it). */
  const serviceProblems = new Set<string>();
  /** The snapshot, after starting the lesson's services that are due at step i, as the tutor starts them. */
  const withServices = async (i: number) => {
    const snapshot = await lab.probe();
    for (const svc of servicesDue(lesson, i, snapshot)) {
      await lab.ensureService({ name: svc.name, ns: svc.in, port: svc.http })
        .catch((e: Error) => { serviceProblems.add(`the service ${svc.name} could not start in ${svc.in}: ${e.message}`); });
    }
    return snapshot;
  };
  for (const [i, step] of lesson.steps.entries()) {
    const index = i + 1;
    // A predict step's question is answered with the right answer, as a learner who knew it would;
    // nothing runs before the answer, so the step is then played as any other (fail-first included).
    const predicted = step.predict ? { predicted: step.predict.answer } : {};
    serviceProblems.clear();
    const fail = (reason: string) => steps.push({ index, title: step.title, ok: false, reason: [...serviceProblems, reason].join('; '), ...predicted });
    if (setupProblems.length) { fail(setupProblems.join('; ')); continue; }
    // The step's own setup runs as it begins, as in the tutor.
    const stepSetupProblems = await runSetup(r, step.setup, 'step setup', limit);
    if (stepSetupProblems.length) { fail(stepSetupProblems.join('; ')); continue; }
    const judge = async (last: RunResult | null, history: string[][], runs: RunResult[]) => evaluateChecks(step.checks, {
      snapshot: await withServices(i), last, history, runs, lang: lesson.lang,
      ping: (ns: string, addr: string) => lab.ping(ns, addr),
      fileExists: (p: string) => lab.fileExists(p),
    });
    if (step.checks.length > 0) {
      const before = await judge(null, [], []);
      if (before.every((v) => v.ok)) {
        fail('its checks already hold before its commands run (fail-first): the step would pass on its own');
        await runAll(r, step.commands);
        continue;
      }
    }
    const history: string[][] = [];
    const runs: RunResult[] = [];
    let last: RunResult | null = null;
    const problems: string[] = [];
    for (const c of step.commands) {
      // Services that a command's namespace makes possible start before the next command, as in the tutor (after each verdict).
      if (lesson.services.length) await withServices(i);
      const ran = await runRef(r, c);
      if ('error' in ran) { problems.push(ran.error); continue; }
      history.push(ran.argv);
      runs.push(ran.result);
      last = ran.result;
      if (ran.result.timedOut) { problems.push(describeTimeout(c, limit)); continue; }
      if (c.expectFail && ran.result.exitCode === 0) problems.push(`\`${c.text}\` (line ${c.line}) is marked expect-fail but succeeded`);
      if (!c.expectFail && ran.result.exitCode !== 0) problems.push(describeRun(c, ran.result));
    }
    if (problems.length) { fail(problems.join('; ')); continue; }
    const after = await judge(last, history, runs);
    const failing = after.flatMap((v, k) => (v.ok ? [] : [`\`${step.checks[k]!.source}\`: ${v.reason}`]));
    if (failing.length) fail(failing.join('; '));
    else if (serviceProblems.size) fail('its checks hold, but a service it needs did not start');
    else steps.push({ index, title: step.title, ok: true, reason: null, ...predicted });
  }
  return { id: lesson.id, lang: lesson.lang, file: lesson.file, steps };
}

async function runAll(r: Runner, commands: readonly RefCommand[]): Promise<void> {
  for (const c of commands) await runRef(r, c);
}

/** The text report: one `ok`/`not ok` line per step, then `N passed, M failed`. */
export function formatOutcomes(outcomes: readonly LessonOutcome[]): string {
  const lines: string[] = [];
  let passed = 0;
  let failed = 0;
  for (const o of outcomes) {
    lines.push(`# ${o.id} (${o.lang})${o.file ? ` ${o.file}` : ''}`);
    for (const s of o.steps) {
      if (s.ok) passed++; else failed++;
      lines.push(`${s.ok ? 'ok' : 'not ok'} ${s.index} - ${o.id}/${o.lang}: ${s.title}${s.reason ? ` — ${s.reason}` : ''}`);
    }
  }
  lines.push(`${passed} passed, ${failed} failed`);
  return lines.join('\n');
}
