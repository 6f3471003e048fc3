/**
 * Captures the lab's state (raw probe output) before the first step of a
 * lesson and after each of its steps, by running its setup and reference
 * commands in a throwaway lab. The topology's golden pictures are drawn from
 * these. Run as root:
 *   node --import tsx scripts/capture-lesson-states.ts bridge
 * writes fixtures/probe/lesson-bridge-00.txt (after setup) … -NN.txt (after step NN).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandLine } from '../src/policy/command.ts';
import { openLab } from '../src/lab/lab.ts';
import { probeRaw } from '../src/lab/probe.ts';
import { resolveLesson } from '../src/lesson/load.ts';
import type { RefCommand } from '../src/lesson/model.ts';

const id = process.argv[2] ?? 'bridge';
const lesson = resolveLesson(id, 'en');
const out = join(import.meta.dirname, '..', 'fixtures', 'probe');
const lab = await openLab();
try {
  const run = async (c: RefCommand) => {
    const parsed = parseCommandLine(c.text, { extraTools: lesson.requires });
    if (parsed.kind !== 'run') throw new Error(`${c.text}: would not run in the lab`);
    const r = await lab.run(parsed.pipeline, { timeoutMs: 30_000 });
    if ((r.exitCode === 0) === c.expectFail) throw new Error(`${c.text}: exited ${r.exitCode}`);
  };
  const save = async (n: number) => {
    const file = join(out, `lesson-${id}-${String(n).padStart(2, '0')}.txt`);
    // Let IPv6 duplicate address detection settle, so that flags and addresses are as the learner sees them a moment later.
    await new Promise((r) => setTimeout(r, 2500));
    writeFileSync(file, await probeRaw(lab.prefix));
    console.log(file);
  };
  for (const c of lesson.setup) await run(c);
  await save(0);
  for (const [i, step] of lesson.steps.entries()) {
    for (const c of step.commands) await run(c);
    await save(i + 1);
  }
} finally {
  await lab.close();
}
