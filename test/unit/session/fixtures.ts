/** A small lesson and snapshots for the session tests. */
import { parseLesson } from '../../../src/lesson/parse.ts';
import type { Lesson } from '../../../src/lesson/model.ts';
import type { RunResult } from '../../../src/model/run-result.ts';
import { EMPTY_SNAPSHOT, type Snapshot } from '../../../src/model/snapshot.ts';

const SOURCE = `---
id: tiny
title: Tiny
lang: en
requires: [ip, ping]
setup:
  - ip netns add base
---

Intro text.

## Add ns0

Make it.

\`\`\`sh
ip netns add ns0
\`\`\`

\`\`\`check
netns ns0 exists
\`\`\`

\`\`\`hint
Use ip netns add.
\`\`\`

\`\`\`hint
Type ip netns add ns0.
\`\`\`

\`\`\`explain
Done.
\`\`\`

## Look

\`\`\`sh
ip netns list
\`\`\`

## Add ns1

\`\`\`sh
ip netns add ns1
\`\`\`

\`\`\`check
netns ns1 exists
\`\`\`
`;

export function tinyLesson(): Lesson {
  const r = parseLesson(SOURCE, 'tiny.md');
  if (!r.lesson) throw new Error(JSON.stringify(r.diagnostics));
  return r.lesson;
}

export function withNamespaces(...names: string[]): Snapshot {
  return { ...EMPTY_SNAPSHOT, namespaces: names.map((name) => ({ name, links: [], routes: [], sysctls: {} })) };
}

export function result(argv: string[], over: Partial<RunResult> = {}): RunResult {
  return { argv: [argv], exitCode: 0, signal: null, stdout: '', stderr: '', durationMs: 3, interrupted: false, timedOut: false, ...over };
}
