/**
 * Lint of the lesson format's additions: every mistake in a ```step or
 * ```predict block, in `recap:` or `services:`, reported at its own
 * file:line:col, all of a file in one run, in English and in Chinese.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { formatDiagnostic, lintAcross, lintFile } from '../../../src/lesson/lint.ts';
import { findLessonFiles, readLessonFiles } from '../../../src/lesson/load.ts';
import type { Diagnostic } from '../../../src/lesson/model.ts';
import type { Lang } from '../../../src/i18n/lang.ts';

const ERRORS = join(import.meta.dirname, '..', '..', 'fixtures', 'lessons-format-errors');
const GOOD = join(import.meta.dirname, '..', '..', 'fixtures', 'lessons-format');

function lint(path: string, lang: Lang = 'en'): Diagnostic[] {
  const files = readLessonFiles(findLessonFiles(path), lang);
  return [...files.flatMap((f) => lintFile(f, { isInstalled: () => true, lang })), ...lintAcross(files, lang)];
}

/** [line, col, severity, message] of each diagnostic. */
const places = (diags: readonly Diagnostic[]) => diags.map((d) => [d.line, d.col, d.severity, d.message]);

test('step blocks: unknown keys, a bad hints-after or challenge, a second block, broken YAML; hints-after alone and a challenge without checks warn', () => {
  assert.deepEqual(places(lint(join(ERRORS, '01-step-block.md'))), [
    [12, 14, 'error', '`hints-after` must be a positive whole number (the commands a learner runs in the step before /hint helps), not `0`'],
    [13, 1, 'error', 'unknown key `level` in `step` (known: `challenge`, `hints-after`)'],
    [31, 12, 'error', '`challenge` must be `true` or `false`, not `yes please`'],
    [34, 1, 'error', 'a step has one `step` block; this one is left out'],
    [53, 1, 'warning', '`hints-after` does nothing without `challenge: true`'],
    [70, 1, 'warning', 'challenge step "A challenge without checks" has no `check` block: it would pass only when its reference commands are typed as written. Give it checks that judge the goal'],
    [85, 17, 'error', '`step` block: Flow sequence in block collection must be sufficiently indented and end with a ]'],
  ]);
});

test('predict blocks: too few or too many choices, an answer out of range or not a number, choices with mistakes, unknown and missing keys', () => {
  assert.deepEqual(places(lint(join(ERRORS, '02-predict-block.md'))), [
    [12, 1, 'error', 'a `predict` block needs 2 to 6 choices, not 1'],
    [15, 9, 'error', '`answer: 3` is not one of the choices: there is 1, numbered 1'],
    [35, 5, 'error', '`choices` entry 1 is missing `why:`'],
    [38, 5, 'error', 'unknown key `how` in `choices` (known: `text`, `why`)'],
    [39, 5, 'error', '`choices` entry 3 must be a mapping with `text`, `why`'],
    [40, 9, 'error', '`answer` must be the number of the right choice (1, 2, …), not `two`'],
    [41, 1, 'error', 'unknown key `colour` in `predict` (known: `question`, `choices`, `answer`)'],
    [58, 1, 'error', '`predict` is missing `question:`'],
    [66, 5, 'error', 'a `predict` block needs 2 to 6 choices, not 7'],
  ]);
});

test('recap and services in the front matter: each mistake at its key or value', () => {
  assert.deepEqual(places(lint(join(ERRORS, '03-recap-services.md'))), [
    [7, 5, 'error', '`recap` entry 1 is missing `meaning:`'],
    [10, 5, 'error', 'unknown key `note` in `recap` (known: `command`, `meaning`)'],
    [11, 5, 'error', '`recap` entry 3 must be a mapping with `command`, `meaning`'],
    [13, 11, 'error', 'service name `Web_1` may contain only lowercase letters, digits and `-`'],
    [17, 9, 'error', '`in` must be a namespace name (a file name under /run/netns: no `/` or quotes, not `.` or `..`, at most 255 bytes), not `ns/0`'],
    [18, 11, 'error', '`http` must be a TCP port, a whole number from 1 to 65535, not `0`'],
    [19, 11, 'error', '`from` must be a step number of this lesson, from 1 to 2, not `3`'],
    [20, 5, 'error', 'unknown key `port` in `services` (known: `name`, `in`, `http`, `from`)'],
    [21, 5, 'error', '`services` entry 3 is missing `http:`'],
    [21, 11, 'error', 'service `api` is already defined on line 16'],
  ]);
});

test('the same places in Chinese', () => {
  const en = lint(ERRORS);
  const zh = lint(ERRORS, 'zh');
  assert.deepEqual(zh.map((d) => [d.file, d.line, d.col, d.severity]), en.map((d) => [d.file, d.line, d.col, d.severity]));
  assert.ok(zh.some((d) => d.message === '`predict` 块需要 2 到 6 个选项，而不是 7 个'));
  assert.ok(zh.some((d) => d.message === '没有 `challenge: true` 时，`hints-after` 不起作用'));
  assert.ok(zh.some((d) => d.message === '服务 `api` 已在第 16 行定义过'));
});

test('a lesson with such errors is not usable, and lint says file:line:col', () => {
  const [f] = readLessonFiles([join(ERRORS, '02-predict-block.md')]);
  assert.equal(f!.result.lesson, null);
  assert.match(formatDiagnostic(lint(join(ERRORS, '02-predict-block.md'))[0]!), /02-predict-block\.md:12:1: error: a `predict` block needs 2 to 6 choices, not 1$/);
});

test('the format fixtures lint clean', () => {
  assert.deepEqual(lint(GOOD), []);
});
