/**
 * Carries out the session's effects against the lab and the progress file,
 * and feeds the results back as actions. The Ink UI and plain mode both
 * subscribe to it; neither holds any rule of its own.
 */
import { evaluateChecks } from '../check/evaluate.ts';
import { parseCommandLine } from '../policy/command.ts';
import type { Lab } from '../lab/lab.ts';
import { messages } from '../i18n/messages.ts';
import { lessonProgressOf } from '../progress/from-session.ts';
import { describeRefusal } from '../policy/refusal-text.ts';
import { errorText } from '../model/run-result.ts';
import type { Action, Effect, NotReplayed, SessionState } from './model.ts';
import { initialState, update, type SessionInit } from './reducer.ts';
import { servicesDue } from '../lesson/services-due.ts';
import type { Snapshot } from '../model/snapshot.ts';

export type DriverHooks = {
  /** Persist the lesson record (may throw: the session goes on with a warning). */
  readonly save: (record: ReturnType<typeof lessonProgressOf>) => void;
  readonly quit: () => void;
  readonly pickLesson: () => void;
  readonly startLesson: (id: string) => void;
};

export class SessionDriver {
  #state: SessionState;
  #initial: readonly Effect[];
  #listeners = new Set<(s: SessionState) => void>();
  #abort: AbortController | null = null;
  #startedAtIso: string;
  #saveWarned = false;
  #serviceWarned = new Set<string>();

  constructor(private readonly lab: Lab, init: SessionInit, private readonly hooks: DriverHooks, startedAtIso?: string) {
    const u = initialState(init);
    this.#state = u.state;
    this.#initial = u.effects;
    this.#startedAtIso = startedAtIso ?? new Date(init.now).toISOString();
  }

  get state(): SessionState { return this.#state; }

  subscribe(fn: (s: SessionState) => void): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  /** Builds the lab for the starting step. */
  start(): void { this.#run(this.#initial); }

  dispatch(a: Action): void {
    const u = update(this.#state, a, Date.now());
    this.#state = u.state;
    for (const fn of this.#listeners) fn(this.#state);
    this.#run(u.effects);
  }

  #run(effects: readonly Effect[]): void {
    for (const e of effects) {
      void this.#effect(e).catch((err: unknown) => this.dispatch({ type: 'lab-failed', message: (err as Error)?.message ?? String(err) }));
    }
  }

  /** Replays the learner's own commands of the step resumed; returns those that could not be replayed, with why. */
  async #replayLearner(lines: readonly string[]): Promise<NotReplayed[]> {
    const out: NotReplayed[] = [];
    for (const [index, line] of lines.entries()) {
      const p = parseCommandLine(line, { extraTools: this.#state.extraTools });
      if (p.kind !== 'run') {
        if (p.kind === 'refuse') out.push({ index, line, why: describeRefusal(p.refusal, this.#state.lang, this.#state.extraTools) });
        continue;
      }
      const r = await this.lab.run(p.pipeline, { timeoutMs: 30_000 });
      if (r.exitCode === 0 && !r.timedOut) continue;
      const said = errorText(r).trim().split('\n').filter(Boolean).at(-1);
      out.push({ index, line, why: r.timedOut ? messages(this.#state.lang).timedOut(Math.round(r.durationMs / 1000)) : said ?? `exit ${r.exitCode ?? r.signal}` });
    }
    return out;
  }

  /** Starts the lesson's services that are due and not yet running; one that cannot start is said once. */
  async #services(snapshot: Snapshot, stepIndex: number): Promise<void> {
    for (const svc of servicesDue(this.#state.lesson, stepIndex, snapshot)) {
      try {
        await this.lab.ensureService({ name: svc.name, ns: svc.in, port: svc.http });
      } catch (err) {
        if (this.#serviceWarned.has(svc.name)) continue;
        this.#serviceWarned.add(svc.name);
        this.dispatch({ type: 'note', text: messages(this.#state.lang).serviceFailed(svc.name, svc.in, (err as Error).message) });
      }
    }
  }

  async #effect(e: Effect): Promise<void> {
    switch (e.kind) {
      case 'run': {
        const ac = new AbortController();
        this.#abort = ac;
        const result = await this.lab.run(e.pipeline, { signal: ac.signal, onOutput: (chunk) => this.dispatch({ type: 'output', chunk }) });
        this.#abort = null;
        this.dispatch({ type: 'ran', result });
        return;
      }
      case 'judge': {
        const s = this.#state;
        const snapshot = await this.lab.probe();
        const step = s.lesson.steps[s.stepIndex];
        const verdicts = step && step.checks.length
          ? await evaluateChecks(step.checks, {
            snapshot, last: s.last, history: s.history, runs: s.runs, lang: s.lang,
            ping: (ns, addr) => this.lab.ping(ns, addr),
            fileExists: (p) => this.lab.fileExists(p),
          })
          : [];
        const judged: Action = { type: 'judged', snapshot, verdicts, report: e.report };
        // Services due at the step this verdict leads to are listening before its first command runs.
        await this.#services(snapshot, update(this.#state, judged, Date.now()).state.stepIndex);
        this.dispatch(judged);
        return;
      }
      case 'rebuild': {
        if (e.fresh) await this.lab.reset();
        let failed: string | null = null;
        for (const line of e.commands) {
          const p = parseCommandLine(line, { extraTools: this.#state.extraTools });
          if (p.kind !== 'run') continue;
          const r = await this.lab.run(p.pipeline, { timeoutMs: 30_000 });
          if (r.exitCode !== 0 && failed === null) failed = `${line}: ${errorText(r).trim()}`;
        }
        const learner = e.learner ?? [];
        const notReplayed = await this.#replayLearner(learner);
        const snapshot = await this.lab.probe();
        const rebuilt: Action = { type: 'rebuilt', snapshot, replayed: e.commands, reason: e.reason, failed, ...(learner.length ? { learner, notReplayed } : {}) };
        await this.#services(snapshot, update(this.#state, rebuilt, Date.now()).state.stepIndex);
        this.dispatch(rebuilt);
        return;
      }
      case 'interrupt':
        this.#abort?.abort();
        return;
      case 'save':
        try {
          this.hooks.save(lessonProgressOf(this.#state, Date.now(), this.#startedAtIso));
        } catch (err) {
          if (!this.#saveWarned) {
            this.#saveWarned = true;
            this.dispatch({ type: 'note', text: messages(this.#state.lang).progressWarning((err as Error).message) });
          }
        }
        return;
      case 'quit': return this.hooks.quit();
      case 'pick-lesson': return this.hooks.pickLesson();
      case 'start-lesson': return this.hooks.startLesson(e.id);
    }
  }
}
