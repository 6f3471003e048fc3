/** What the end-to-end tests share: the lessons, a fresh state dir, the per-file setup, and typing a lesson as a learner does. */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import type { Lang } from '../../src/i18n/lang.ts';
import { messages } from '../../src/i18n/messages.ts';
import { loadAllLessons } from '../../src/lesson/load.ts';
import type { Lesson } from '../../src/lesson/model.ts';
import { ensureBuilt } from '../helpers/built-cli.ts';
import { hostState, labSkipReason } from '../helpers/lab-env.ts';
import { TmuxServer, tmuxSkipReason, type Pane } from './tmux.ts';

const LESSONS = loadAllLessons();

export const lesson = (id: string, lang: Lang): Lesson => LESSONS.find((l) => l.id === id && l.lang === lang)!;

export const stateHome = () => mkdtempSync(join(tmpdir(), 'netns-tutor-e2e-'));

export type ShellSetup = {
  /** Why the file's shell tests cannot run here (no tmux, or no lab), or false. */
  readonly skip: string | false;
  /** The file's own tmux server, ended after its last test. */
  readonly server: TmuxServer;
  /** The host's namespaces and links before any test, to compare with after each. */
  readonly host: ReturnType<typeof hostState>;
};

/**
 * The setup every file that drives the shell in tmux shares; call it at the
 * top level. The built CLI is made ready before the first test (built when
 * stale, one build at a time: see built-cli.ts). A file that has asked for
 * `labSkipReason()` already passes its answer, to spare a second trial lab.
 */
export async function shellSetup(labSkip?: string | false): Promise<ShellSetup> {
  const skip = tmuxSkipReason() || (labSkip ?? (await labSkipReason()));
  const server = new TmuxServer();
  const host = skip ? { netns: '', links: [] } : hostState();
  before(() => { if (!skip) ensureBuilt(); });
  after(() => server.kill());
  return { skip, server, host };
}

/** The heading the transcript shows when step i (1-based) begins. */
export const heading = (l: Lesson, i: number) => `── ${messages(l.lang).stepOf(i, l.steps.length)} · ${l.steps[i - 1]!.title}`;

/** Types every step's reference commands from step `from`, waiting for each step to begin and to pass. */
export async function typeLesson(pane: Pane, l: Lesson, from = 1): Promise<void> {
  const m = messages(l.lang);
  for (let i = from; i <= l.steps.length; i++) {
    const step = l.steps[i - 1]!;
    await pane.waitFor(heading(l, i));
    // A predict step asks first: the right answer, as a learner who knew it would type.
    if (step.predict) pane.line(String(step.predict.answer));
    for (const c of step.commands) pane.line(c.text);
    await pane.waitFor(m.passed(step.title));
  }
  await pane.waitFor(`★ ${m.complete(l.title)}`);
}

/** Leaves with /quit and expects exit 0 and the host as it was. */
export async function quit(pane: Pane, host: ReturnType<typeof hostState>): Promise<void> {
  pane.line('/quit');
  assert.equal(await pane.exitCode(), 0);
  pane.kill();
  assert.deepEqual(hostState(), host, 'the host is as it was');
}
