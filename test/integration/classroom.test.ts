/**
 * A class on one shared host: two learners, each their own account, state
 * directory and rootless lab, write to one --report-dir; the teacher's
 * `report --csv` shows both, correctly. Plain mode, through the built CLI.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { currentUser } from '../../src/progress/store.ts';
import { hostState, labSkipReason } from '../helpers/lab-env.ts';
import { asOtherUser, otherUserSkipReason, setprivAs } from '../helpers/other-user.ts';
import { CLI, ensureBuilt, referenceInput, runTutor, tempDir } from '../helpers/tutor.ts';

/** Two accounts without a passwd entry: the tutor then names the learner after $USER. */
const ALICE = { uid: 40001, user: 'alice' };
const BOB = { uid: 40002, user: 'bob' };

async function skipReason(): Promise<string | false> {
  const lab = await labSkipReason();
  if (lab) return lab;
  const other = otherUserSkipReason();
  if (other) return `two learners need two accounts: ${other}`;
  const r = spawnSync('setpriv', [...setprivAs(ALICE.uid).slice(1), 'unshare', '--user', '--map-root-user', 'true'], { encoding: 'utf8', cwd: tmpdir() });
  return r.status === 0 ? false : `unprivileged user namespaces are not allowed here: ${r.stderr.trim()}`;
}
const skip = await skipReason();

const COURSE_LESSON = `---
id: class-warmup
title: Class warm-up
lang: en
summary: Two small steps for the first minutes of class.
---

Warm up with two commands.

## List the namespaces

\`\`\`sh
ip netns list
\`\`\`

\`\`\`check
ran ip netns list
\`\`\`

\`\`\`hint
Type \`ip netns list\`.
\`\`\`

## Make a namespace of your own

\`\`\`sh
ip netns add ns-a
\`\`\`

\`\`\`check
netns ns-a exists
\`\`\`
`;

let course = '';
let reports = '';

before(() => {
  if (skip) return;
  ensureBuilt();
  // What a teacher sets up: a course directory everyone can read, and a report
  // directory everyone can add to but no one can list or overwrite others' files in.
  course = tempDir('nt-course-');
  mkdirSync(join(course, 'en'));
  writeFileSync(join(course, 'en', '01-class-warmup.md'), COURSE_LESSON);
  chmodSync(course, 0o755);
  chmodSync(join(course, 'en'), 0o755);
  reports = tempDir('nt-reports-');
  chmodSync(reports, 0o1733);
});

/** A learner's own state directory, owned by them. */
function home(uid: number): string {
  const d = tempDir('nt-learner-');
  chownSync(d, uid, uid);
  return d;
}

test('two learners, one report directory: report --csv shows each one correctly', { skip, timeout: 120_000 }, async () => {
  const host = hostState();
  const learner = (who: typeof ALICE, args: string[], input: string) => {
    const state = home(who.uid);
    return runTutor([...args, '--plain', '--lessons', course, '--report-dir', reports], {
      ...asOtherUser(who.uid), input, env: { USER: who.user, HOME: state, XDG_STATE_HOME: state, LANG: 'C.UTF-8', LC_ALL: '' },
    });
  };
  const [alice, bob] = await Promise.all([
    learner(ALICE, ['start', 'netns-basics'], referenceInput('lessons/en/01-netns-basics.md')),
    learner(BOB, ['start', 'class-warmup'], '/hint\nip netns list\n'),
  ]);
  assert.equal(alice.code, 0, alice.out.slice(-1500) + alice.err);
  assert.equal(bob.code, 1, 'bob stopped before the end of the lesson');
  assert.match(bob.out, /Input ended before the lesson was complete/);

  assert.deepEqual(readdirSync(reports).sort(), ['alice.json', 'bob.json'], 'one file per learner, no temporary files left');
  assert.equal(statSync(join(reports, 'alice.json')).uid, ALICE.uid, 'each learner owns their own file');

  const r = spawnSync(process.execPath, [CLI, 'report', reports, '--csv'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '', 'no notes: both files are whole');
  const [head, ...rows] = r.stdout.trim().split('\n');
  assert.equal(head, 'learner,lesson,lang,steps_done,steps,completed,time_s,hints,attempts,challenges,challenges_no_hints,predictions,predictions_right');
  assert.equal(rows.length, 2);
  assert.match(rows[0]!, /^alice,netns-basics,en,7,7,true,\d+,0,(\d+),0,0,0,0$/);
  assert.ok(Number(rows[0]!.split(',')[8]) >= 7, 'at least one command per step');
  assert.match(rows[1]!, /^bob,class-warmup,en,1,2,false,\d+,1,1,0,0,0,0$/);

  const table = spawnSync(process.execPath, [CLI, 'report', reports], { encoding: 'utf8' });
  assert.equal(table.status, 0);
  assert.match(table.stdout, /^alice\s+netns-basics \(en\)\s+7\/7 ✓/m);
  assert.match(table.stdout, /^bob\s+class-warmup \(en\)\s+1\/2\s/m);
  assert.deepEqual(hostState(), host);
});

test('the report names a learner after their account; after `sudo netns-tutor`, after the account that ran sudo', () => {
  assert.equal(currentUser({ SUDO_USER: 'alice' }, 0), 'alice', 'sudo to root: the learner who typed it');
  const me = currentUser({}, 1000);
  assert.equal(currentUser({ SUDO_USER: 'teacher' }, 1000), me, '`sudo -u alice` runs as alice: SUDO_USER names the teacher, not the learner');
});
