/**
 * The lesson format's additions, parsed: ```step (challenge) and ```predict
 * blocks, `recap:` and `services:` in the front matter, and the recap
 * derived from the steps when the author wrote none.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { findLessonFiles, readLessonFiles } from '../../../src/lesson/load.ts';
import { parseLesson } from '../../../src/lesson/parse.ts';
import { lessonRecap } from '../../../src/lesson/recap.ts';

const FORMAT = join(import.meta.dirname, '..', '..', 'fixtures', 'lessons-format');

/** A lesson with the given front matter lines and steps. */
const lesson = (front: string, steps: string) => `---\nid: demo\ntitle: Demo\nlang: en\n${front}---\n\nIntro.\n\n${steps}`;

const STEP = (title: string, blocks: string, cmd = 'ip netns add ns0') => `## ${title}\n\n${blocks}\n\n\`\`\`sh\n${cmd}\n\`\`\`\n\n\`\`\`check\nnetns ns0 exists\n\`\`\`\n\n\`\`\`hint\nAdd it.\n\`\`\`\n\n`;

test('a challenge step: `challenge: true`, hints-after as given or 3', () => {
  const src = lesson('', [
    STEP('Given', '```step\nchallenge: true\nhints-after: 5\n```'),
    STEP('Default', '```step\nchallenge: true\n```', 'ip netns add ns1'),
    STEP('Not a challenge', '```step\nchallenge: false\n```', 'ip netns add ns2'),
    STEP('Plain', '', 'ip netns add ns3'),
  ].join(''));
  const { lesson: l, diagnostics } = parseLesson(src, 'demo.md');
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(l!.steps.map((s) => s.challenge && s.challenge.hintsAfter), [5, 3, null, null]);
  assert.equal(l!.steps[0]!.challenge!.line, 11, 'where the block opens');
  assert.doesNotMatch(l!.steps[0]!.body, /challenge/, 'the block is not part of the step text');
});

test('a predict step: the question, its choices with their why, and the right one', () => {
  const block = [
    '```predict',
    'question: What will the ping print?',
    'choices:',
    '  - text: "Replies: 64 bytes from 127.0.0.1"',
    '    why: "Only if lo were up."',
    '  - text: "connect: Network is unreachable"',
    '    why: "Right: with lo down there is no route at all."',
    '  - { text: 42, why: a number is text too }',
    'answer: 2',
    '```',
  ].join('\n');
  const { lesson: l, diagnostics } = parseLesson(lesson('', STEP('Ping', block)), 'demo.md');
  assert.deepEqual(diagnostics, []);
  const p = l!.steps[0]!.predict!;
  assert.equal(p.question, 'What will the ping print?');
  assert.deepEqual(p.choices.map((c) => c.text), ['Replies: 64 bytes from 127.0.0.1', 'connect: Network is unreachable', '42']);
  assert.equal(p.choices[1]!.why, 'Right: with lo down there is no route at all.');
  assert.equal(p.answer, 2);
  assert.equal(p.line, 11);
  assert.equal(l!.steps[0]!.challenge, null);
  assert.doesNotMatch(l!.steps[0]!.body, /question/);
});

test('recap: the author\'s, in the front matter', () => {
  const front = 'recap:\n  - command: ip netns add NAME\n    meaning: creates a named network namespace\n  - command: ip netns list\n    meaning: lists them\n';
  const { lesson: l, diagnostics } = parseLesson(lesson(front, STEP('Add', '')), 'demo.md');
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(l!.recap, [{ command: 'ip netns add NAME', meaning: 'creates a named network namespace' }, { command: 'ip netns list', meaning: 'lists them' }]);
  assert.deepEqual(lessonRecap(l!), l!.recap);
});

test('recap by default: every reference command once, in order, with its step\'s title', () => {
  const steps = STEP('Add ns0', '') + STEP('Add it again', '', 'ip  netns add ns0\nip netns list') + STEP('Look', '', 'ip netns list');
  const { lesson: l } = parseLesson(lesson('', steps), 'demo.md');
  assert.equal(l!.recap, null);
  assert.deepEqual(lessonRecap(l!), [{ command: 'ip netns add ns0', meaning: 'Add ns0' }, { command: 'ip netns list', meaning: 'Add it again' }]);
});

test('services: name, namespace, port, and the step they start at (1 when not given)', () => {
  const front = 'services:\n  - name: web\n    in: ns0\n    http: 8080\n  - name: api-2\n    in: red.blue\n    http: 80\n    from: 2\n';
  const { lesson: l, diagnostics } = parseLesson(lesson(front, STEP('One', '') + STEP('Two', '', 'ip netns add ns1')), 'demo.md');
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(l!.services, [
    { name: 'web', in: 'ns0', http: 8080, from: 1, line: 6, col: 5 },
    { name: 'api-2', in: 'red.blue', http: 80, from: 2, line: 9, col: 5 },
  ]);
});

test('a lesson without the additions has none of them', () => {
  const { lesson: l } = parseLesson(lesson('', STEP('Add', '')), 'demo.md');
  assert.equal(l!.recap, null);
  assert.deepEqual(l!.services, []);
  assert.deepEqual(l!.steps.map((s) => [s.challenge, s.predict]), [[null, null]]);
});

test('the shipped lessons parse as before: no challenge, prediction, authored recap or service', () => {
  const files = readLessonFiles(findLessonFiles(join(import.meta.dirname, '..', '..', '..', 'lessons')));
  const old = files.filter((f) => /\/0[1-4]-/.test(f.file));
  assert.equal(old.length, 8);
  for (const f of old) {
    const l = f.result.lesson!;
    assert.equal(l.recap, null, f.file);
    assert.deepEqual(l.services, [], f.file);
    assert.ok(l.steps.every((s) => s.challenge === null && s.predict === null), f.file);
  }
});

test('the format fixtures (en, zh) parse clean, with the same structure in both languages', () => {
  const [en, zh] = ['en', 'zh'].map((lang) => parseLesson(readFileSync(join(FORMAT, lang, '01-format-demo.md'), 'utf8'), `${lang}.md`));
  for (const r of [en!, zh!]) {
    assert.deepEqual(r.diagnostics, []);
    const l = r.lesson!;
    assert.deepEqual(l.steps.map((s) => [s.predict?.answer ?? null, s.challenge?.hintsAfter ?? null]), [[2, null], [null, 2], [null, null]]);
  }
  assert.equal(en!.lesson!.recap!.length, 2, 'en writes its recap');
  assert.equal(zh!.lesson!.recap, null, 'zh derives it');
  assert.equal(lessonRecap(zh!.lesson!).length, 3);
});

test('the examples of docs/authoring.md sections 18 to 21 parse clean', () => {
  const doc = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'authoring.md'), 'utf8');
  const steps = [...doc.slice(doc.indexOf('## 18. '), doc.indexOf('## 20. ')).matchAll(/^~~~markdown\n([\s\S]*?)^~~~$/gm)].map((m) => m[1]!);
  assert.equal(steps.length, 2, 'a challenge step and a predict step');
  const yaml = [...doc.slice(doc.indexOf('## 20. The recap')).matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
  assert.equal(yaml.length, 2, 'recap and services');
  const src = `---\nid: doc\ntitle: Doc\nlang: en\nrequires: [ip, ping]\nsetup:\n  - ip netns add ns0\n${yaml.join('')}---\n\nIntro.\n\n${steps.reverse().join('\n')}\n## Third\n\n\`\`\`sh\nip netns add ns1\n\`\`\`\n`;
  const { lesson: l, diagnostics } = parseLesson(src, 'doc.md');
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(l!.steps.map((s) => [s.predict?.answer ?? null, s.challenge?.hintsAfter ?? null]), [[2, null], [null, 3], [null, null]]);
  assert.equal(l!.recap!.length, 2);
  assert.deepEqual(l!.services.map((s) => [s.name, s.in, s.http, s.from]), [['web', 'ns1', 8080, 3]]);
});

test('the example of docs/authoring.md section 22 parses clean, with its setup apart from its commands', () => {
  const doc = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'authoring.md'), 'utf8');
  const [step] = [...doc.slice(doc.indexOf('## 22. ')).matchAll(/^~~~markdown\n([\s\S]*?)^~~~$/gm)].map((m) => m[1]!);
  const { lesson: l, diagnostics } = parseLesson(`---\nid: doc\ntitle: Doc\nlang: en\nrequires: [ip, ping]\n---\n\nIntro.\n\n${step}`, 'doc.md');
  assert.deepEqual(diagnostics, []);
  assert.equal(l!.steps[0]!.setup.length, 8);
  assert.deepEqual(l!.steps[0]!.commands.map((c) => c.text), ['ip -n b link set vb up']);
});
