import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { lintAcross, lintFile } from '../../../src/lesson/lint.ts';
import { findLessonFiles, readLessonFiles } from '../../../src/lesson/load.ts';
import type { Diagnostic } from '../../../src/lesson/model.ts';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'lessons');
const isInstalled = (p: string) => p !== 'no-such-tool-xyz';

function lint(path: string): Diagnostic[] {
  const files = readLessonFiles(findLessonFiles(join(dir, path)));
  return [...files.flatMap((f) => lintFile(f, { isInstalled })), ...lintAcross(files)];
}

/** The one diagnostic a fixture is about, at its exact place. */
function expectOne(path: string, line: number, col: number, severity: 'error' | 'warning', message: RegExp): void {
  const hit = lint(path).filter((d) => d.severity === severity && message.test(d.message));
  assert.equal(hit.length, 1, `${path}: ${JSON.stringify(lint(path), null, 1)}`);
  assert.equal(hit[0]!.line, line, `${path} line`);
  assert.equal(hit[0]!.col, col, `${path} col`);
  assert.match(hit[0]!.file ?? '', new RegExp(path.replace(/\/$/, '').split('/')[0]!));
}

test('missing front matter field', () => expectOne('01-missing-id.md', 1, 1, 'error', /missing `id:`/));
test('invalid id', () => expectOne('02-bad-id.md', 2, 1, 'error', /id `Bad_Id` may contain only/));
test('unsupported language', () => expectOne('03-bad-lang.md', 4, 1, 'error', /lang `fr` is not supported/));
test('unknown check keyword, pointing at the word, with a suggestion', () => expectOne('04-unknown-check.md', 16, 3, 'error', /unknown check `lnk` \(did you mean `link`\?\)/));
test('malformed check line, pointing at the word', () => expectOne('05-bad-check.md', 16, 15, 'error', /expected `up` or `down`.*found `sideways`/));
test('unterminated code fence', () => expectOne('06-open-fence.md', 11, 1, 'error', /never closed/));
test('a step without commands or checks', () => expectOne('07-empty-step.md', 9, 1, 'error', /"Nothing here" has neither commands/));
test('a command the lab would refuse', () => expectOne('08-refused.md', 12, 1, 'error', /lab would refuse.*`rm` is not one of the lab's tools/));
test('a shell operator in a command, pointing at it', () => expectOne('09-operator.md', 12, 6, 'error', /`&&` is not supported/));
test('a program in requires that is not installed is a warning', () => expectOne('10-missing-tool.md', 1, 1, 'warning', /`no-such-tool-xyz` \(in requires\) is not installed/));
test('a setup entry that is not a string', () => expectOne('11-bad-setup.md', 7, 5, 'error', /`setup` entry 2 must be text/));
test('duplicate ids within a language', () => expectOne('12-duplicate-id/', 2, 1, 'error', /id `same` is already used by .*01-same\.md in language en/));
test('languages that disagree on step count', () => expectOne('13-step-count/', 7, 1, 'error', /zh lesson has 2 steps but the en one .* has 1/));
test('a file without front matter', () => expectOne('14-no-front-matter.md', 1, 1, 'error', /starts with front matter/));
test('an unknown front matter field is a warning', () => expectOne('15-unknown-key.md', 5, 1, 'warning', /unknown front matter field `author`/));
test('broken YAML is reported inside the front matter', () => expectOne('16-bad-yaml.md', 3, 1, 'error', /^front matter: /));

test('the shipped lessons lint clean', () => {
  const files = readLessonFiles(findLessonFiles(join(import.meta.dirname, '..', '..', '..', 'lessons')));
  assert.equal(files.length, 8);
  const diags = [...files.flatMap((f) => lintFile(f, { isInstalled: () => true })), ...lintAcross(files)];
  assert.deepEqual(diags, []);
});
