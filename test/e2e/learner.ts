/** What the end-to-end tests share: the lessons, a fresh state dir, a build, and typing a lesson as a learner does. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Lang } from '../../src/i18n/lang.ts';
import { messages } from '../../src/i18n/messages.ts';
import { loadAllLessons } from '../../src/lesson/load.ts';
import type { Lesson } from '../../src/lesson/model.ts';
import { hostState } from '../helpers/lab-env.ts';
import { ROOT, type Pane } from './tmux.ts';

const LESSONS = loadAllLessons();

export const lesson = (id: string, lang: Lang): Lesson => LESSONS.find((l) => l.id === id && l.lang === lang)!;

export const stateHome = () => mkdtempSync(join(tmpdir(), 'netns-tutor-e2e-'));

/** Builds dist/cli.js, failing the test run when the build fails. */
export function build(): void {
  const b = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(b.status, 0, `the build failed: ${b.stderr}`);
}

/** The heading the transcript shows when step i (1-based) begins. */
export const heading = (l: Lesson, i: number) => `── ${messages(l.lang).stepOf(i, l.steps.length)} · ${l.steps[i - 1]!.title}`;

/** Types every step's reference commands from step `from`, waiting for each step to begin and to pass. */
export async function typeLesson(pane: Pane, l: Lesson, from = 1): Promise<void> {
  const m = messages(l.lang);
  for (let i = from; i <= l.steps.length; i++) {
    const step = l.steps[i - 1]!;
    await pane.waitFor(heading(l, i));
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
