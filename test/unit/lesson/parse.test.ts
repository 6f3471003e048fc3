import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseLesson } from '../../../src/lesson/parse.ts';

const GOOD = `---
id: demo
title: Demo
lang: en
summary: One line.
requires: [ip]
setup:
  - $ ip netns add base
---

Intro **text**.

\`\`\`text
kept in the intro
\`\`\`

## First step

Body text.

\`\`\`sh
$ ip netns add ns0
# a comment
# expect-fail
ip netns add ns0
\`\`\`

\`\`\`check
netns ns0 exists
# a comment line
not netns ns9 exists
\`\`\`

\`\`\`hint
First hint.
\`\`\`

\`\`\`hint
Second hint.
\`\`\`

\`\`\`explain
Well done.
\`\`\`

\`\`\`text
an ordinary code block stays in the body
\`\`\`

## Second step

\`\`\`bash
ip netns list
\`\`\`
`;

test('a lesson parses into steps with commands, checks, hints and explain, keeping lines', () => {
  const { lesson, diagnostics } = parseLesson(GOOD, 'demo.md');
  assert.deepEqual(diagnostics, []);
  assert.ok(lesson);
  assert.equal(lesson.id, 'demo');
  assert.deepEqual(lesson.requires, ['ip']);
  assert.deepEqual(lesson.setup.map((c) => [c.text, c.line]), [['ip netns add base', 8]]);
  assert.match(lesson.intro, /kept in the intro/);
  assert.equal(lesson.steps.length, 2);
  const [a, b] = lesson.steps;
  assert.equal(a!.title, 'First step');
  assert.equal(a!.line, 17);
  assert.deepEqual(a!.commands.map((c) => [c.text, c.expectFail, c.line, c.col]), [['ip netns add ns0', false, 22, 3], ['ip netns add ns0', true, 25, 1]]);
  assert.deepEqual(a!.checks.map((c) => [c.source, c.line, c.negated]), [['netns ns0 exists', 29, false], ['not netns ns9 exists', 31, true]]);
  assert.deepEqual(a!.hints.map((h) => h.text), ['First hint.', 'Second hint.']);
  assert.equal(a!.explain, 'Well done.');
  assert.match(a!.body, /an ordinary code block stays in the body/);
  assert.doesNotMatch(a!.body, /netns ns0 exists/);
  assert.deepEqual(b!.commands.map((c) => c.text), ['ip netns list']);
  assert.deepEqual(b!.checks, []);
});

test('CRLF line endings parse the same', () => {
  const { lesson } = parseLesson(GOOD.replace(/\n/g, '\r\n'));
  assert.equal(lesson?.steps.length, 2);
});

test('the parser never throws and always returns a lesson or a located error', () => {
  const pieces = fc.constantFrom('---', 'id: x', 'title: T', 'lang: en', 'lang: zh', 'setup: [a]', '## Step', '```sh', '```check', '```', 'netns a exists', 'ip a', '', '# c', 'link x is up', '~~~', 'requires: 5');
  fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }), (lines) => {
    const r = parseLesson(lines.join('\n'));
    if (!r.lesson) assert.ok(r.diagnostics.some((d) => d.severity === 'error' && d.line >= 1 && d.col >= 1));
  }), { numRuns: 400 });
  fc.assert(fc.property(fc.string({ maxLength: 2000 }), (text) => { parseLesson(text); }), { numRuns: 300 });
});
