/**
 * `netns-tutor lint` through the built CLI: every problem of a file in one
 * run (check lines that do not parse and refused commands together), and
 * warnings (a step without a hint, a command that never ends) that leave the
 * exit status at 0.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ensureBuilt, runTutor } from '../helpers/tutor.ts';

ensureBuilt();

test('lint: check-syntax errors and refused commands of one file are reported in one run, in file order; exit 1', async () => {
  const r = await runTutor(['lint', 'test/fixtures/lessons/19-every-error.md']);
  assert.equal(r.code, 1, r.out + r.err);
  const places = r.out.trim().split('\n').slice(0, -1).map((l) => /^test\/fixtures\/lessons\/19-every-error\.md:(\d+:\d+: \w+):/.exec(l)?.[1]);
  assert.deepEqual(places, ['13:1: error', '18:1: error', '19:19: error', '26:1: warning', '29:6: error', '30:19: warning', '31:19: error', '35:10: error']);
  assert.equal(r.out.trim().split('\n').at(-1), '1 file checked: 6 errors, 2 warnings');
});

test('lint: warnings alone leave the exit status at 0', async () => {
  const r = await runTutor(['lint', 'test/fixtures/lessons/18-no-hint.md', 'test/fixtures/lessons/17-endless.md']);
  assert.equal(r.code, 0, r.out + r.err);
  assert.match(r.out, /^test\/fixtures\/lessons\/18-no-hint\.md:23:1: warning: step "Without a hint" has no `hint` block/m);
  assert.match(r.out, /^test\/fixtures\/lessons\/17-endless\.md:15:19: warning: this command does not end by itself: `ping` without `-c` or `-w`/m);
  // 8, and one more where tcpdump (in the fixture's requires) is not installed.
  assert.match(r.out, /^2 files checked: 0 errors, (8|9) warnings$/m);
});

test('lint: the shipped lessons have a hint in every step and no endless command', async () => {
  const r = await runTutor(['lint', 'lessons']);
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /^16 files checked: 0 errors, 0 warnings$/m);
});
