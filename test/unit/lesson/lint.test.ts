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
test('languages that disagree on how a step plays: a challenge in one only', () => expectOne('20-step-shape/', 9, 1, 'warning', /step 1 plays differently from the en lesson \(.*01-shaped\.md\): it is a challenge in one and not in the other/));
test('languages that disagree on how a step plays: another right answer', () => expectOne('20-step-shape/', 23, 1, 'warning', /step 2 plays differently .*: its prediction has a different number of choices or another right answer/));
test('a refused option is pointed at, not its program', () => expectOne('21-refused-option.md', 14, 9, 'error', /`curl -o \/tmp\/x` is not allowed in the lab: it would write a file/));
test('a refused sysctl key is pointed at', () => expectOne('21-refused-option.md', 15, 11, 'error', /`kernel.hostname` is not per network namespace/));
test('a file without front matter', () => expectOne('14-no-front-matter.md', 1, 1, 'error', /starts with front matter/));
test('an unknown front matter field is a warning', () => expectOne('15-unknown-key.md', 5, 1, 'warning', /unknown front matter field `author`/));
test('broken YAML is reported inside the front matter', () => expectOne('16-bad-yaml.md', 3, 1, 'error', /^front matter: /));

test('commands that cannot end by themselves are warnings, pointing at what makes them endless', () => {
  const endless = lint('17-endless.md').filter((d) => /does not end by itself/.test(d.message));
  assert.deepEqual(endless.map((d) => [d.line, d.col, d.severity]), [
    [7, 8, 'warning'], // setup: ip monitor link
    [15, 19, 'warning'], // ip netns exec ns0 ping 127.0.0.1
    [16, 13, 'warning'], // $ ip -n ns0 mon all
    [17, 8, 'warning'], // bridge monitor fdb
    [18, 1, 'warning'], // tcpdump -ni veth7
    [19, 5, 'warning'], // cat /dev/zero
    [20, 11, 'warning'], // tail -n 5 -f /var/log/syslog
  ]);
  assert.match(endless[1]!.message, /`ping` without `-c` or `-w` pings until it is stopped, so `netns-tutor test` would stop it after 20 s and fail the step\. Give it a count/);
  assert.match(endless[0]!.message, /`ip monitor` waits for events/);
  assert.equal(lint('17-endless.md').filter((d) => d.severity === 'error').length, 0);
});
test('a step without a hint is a warning at its heading', () => expectOne('18-no-hint.md', 23, 1, 'warning', /step "Without a hint" has no `hint` block/));
test('every error of a file in one run: bad check lines, refused commands and the rest, in file order', () => {
  assert.deepEqual(lint('19-every-error.md').map((d) => [d.line, d.col, d.severity, d.message.slice(0, 41)]), [
    [13, 1, 'error', 'the lab would refuse this command: `rm` i'],
    [18, 1, 'error', 'unknown check `lnk` (did you mean `link`?'],
    [19, 19, 'error', 'expected `up` or `down` after `link lo in'],
    [26, 1, 'warning', 'step "Refused and endless commands" has n'],
    [29, 6, 'error', 'the lab would refuse this command: The la'],
    [30, 19, 'warning', 'this command does not end by itself: `pin'],
    [31, 19, 'error', 'the lab would refuse this command: That w'],
    [35, 10, 'error', '`999.1.1.1` is not an IPv4 or IPv6 addres'],
  ]);
});
test('a lesson with a bad front matter is still linted for its steps; its file name is not judged on a missing id', () => {
  const diags = lint('01-missing-id.md');
  assert.deepEqual(diags.map((d) => [d.line, d.col, d.severity]), [[1, 1, 'error'], [6, 1, 'warning']], JSON.stringify(diags));
  assert.match(diags[1]!.message, /step "Add ns0" has no `hint` block/);
});

test('the shipped lessons lint clean', () => {
  const files = readLessonFiles(findLessonFiles(join(import.meta.dirname, '..', '..', '..', 'lessons')));
  assert.equal(files.length, 16);
  const diags = [...files.flatMap((f) => lintFile(f, { isInstalled: () => true })), ...lintAcross(files)];
  assert.deepEqual(diags, []);
});
