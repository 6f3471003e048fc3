/** Lint in Chinese (`netns-tutor lint --lang zh`): the same problems at the same places as in English, worded in Chinese. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Lang } from '../../../src/i18n/lang.ts';
import { formatDiagnostic, lintAcross, lintFile } from '../../../src/lesson/lint.ts';
import { findLessonFiles, readLessonFiles } from '../../../src/lesson/load.ts';
import type { Diagnostic } from '../../../src/lesson/model.ts';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'lessons');

function lint(path: string, lang?: Lang): Diagnostic[] {
  const files = readLessonFiles(findLessonFiles(join(dir, path)), lang);
  return [...files.flatMap((f) => lintFile(f, { isInstalled: () => true, lang })), ...lintAcross(files, lang)];
}

const place = (d: Diagnostic) => `${d.file}:${d.line}:${d.col}: ${d.severity}`;
const HAN = /[\u4e00-\u9fff]/;

test('an unknown check keyword, in Chinese, at the same file:line:col', () => {
  const zh = lint('04-unknown-check.md', 'zh');
  const en = lint('04-unknown-check.md');
  assert.deepEqual(zh.map(place), en.map(place));
  const hit = zh.filter((d) => d.line === 16 && d.col === 3);
  assert.equal(hit.length, 1, JSON.stringify(zh, null, 1));
  assert.equal(hit[0]!.severity, 'error');
  assert.match(formatDiagnostic(hit[0]!), /04-unknown-check\.md:16:3: error: 未知的检查 `lnk`（你是不是想写 `link`？）；检查以 netns、link/);
  // English stays the default.
  assert.match(en.find((d) => d.line === 16)!.message, /^unknown check `lnk` \(did you mean `link`\?\)/);
});

test('every problem of a broken file, in Chinese: parser, check lines, refused and endless commands, steps without hints', () => {
  for (const path of ['19-every-error.md', '17-endless.md', '11-bad-setup.md', '13-step-count/', '12-duplicate-id/']) {
    const zh = lint(path, 'zh');
    assert.deepEqual(zh.map(place), lint(path, 'en').map(place), path);
    for (const d of zh) assert.match(d.message, HAN, `${path}: ${formatDiagnostic(d)}`);
  }
});
