/**
 * The lesson format's additions through the built CLI: lint (clean fixtures,
 * and every mistake at its file:line:col), `netns-tutor test` (predictions
 * answered for it, fail-first as usual), and plain mode in a real lab: a
 * question answered by number, a challenge's locked hints and terse /check,
 * the answer revealed, the recap, and the counts in progress and report.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { hostState, labSkipReason } from '../helpers/lab-env.ts';
import { ensureBuilt, passedSteps, referenceInput, runTutor, tempDir } from '../helpers/tutor.ts';

ensureBuilt();
const skip = await labSkipReason();

const DIR = 'test/fixtures/lessons-format';
const EN = `${DIR}/en/01-format-demo.md`;

test('lint: the format fixtures are clean; the error fixtures say file:line:col for each mistake (exit 1)', async () => {
  const ok = await runTutor(['lint', DIR]);
  assert.equal(ok.code, 0, ok.out + ok.err);
  assert.match(ok.out, /^2 files checked: 0 errors, 0 warnings$/m);
  const bad = await runTutor(['lint', 'test/fixtures/lessons-format-errors']);
  assert.equal(bad.code, 1);
  const lines = bad.out.trim().split('\n');
  assert.equal(lines.at(-1), '3 files checked: 24 errors, 2 warnings');
  for (const line of [
    'test/fixtures/lessons-format-errors/01-step-block.md:13:1: error: unknown key `level` in `step` (known: `challenge`, `hints-after`)',
    'test/fixtures/lessons-format-errors/02-predict-block.md:15:9: error: `answer: 3` is not one of the choices: there is 1, numbered 1',
    'test/fixtures/lessons-format-errors/03-recap-services.md:7:5: error: `recap` entry 1 is missing `meaning:`',
    'test/fixtures/lessons-format-errors/03-recap-services.md:18:11: error: `http` must be a TCP port, a whole number from 1 to 65535, not `0`',
  ]) assert.ok(lines.includes(line), `${line}\n---\n${bad.out}`);
  const zh = await runTutor(['lint', '--lang', 'zh', 'test/fixtures/lessons-format-errors/02-predict-block.md']);
  assert.match(zh.out, /^test\/fixtures\/lessons-format-errors\/02-predict-block\.md:66:5: error: `predict` 块需要 2 到 6 个选项，而不是 7 个$/m);
});

test('test: predictions are answered for it; every step fails first and passes after its commands, in both languages', { skip }, async () => {
  const r = await runTutor(['test', 'format-demo', '--lessons', DIR]);
  assert.equal(r.code, 0, r.out + r.err);
  assert.equal(r.out.trim().split('\n').at(-1), '6 passed, 0 failed');
  const j = await runTutor(['test', EN, '--json']);
  const steps = JSON.parse(j.out).lessons[0].steps as { ok: boolean; predicted?: number }[];
  assert.deepEqual(steps.map((s) => [s.ok, s.predicted ?? null]), [[true, 2], [true, null], [true, null]]);
});

test('plain mode (en): a wrong answer, reminders, a challenge, the reveal, the recap; progress and report count them', { skip }, async () => {
  const before = hostState();
  const state = tempDir('nt-format-');
  const reports = tempDir('nt-format-reports-');
  const input = [
    'ip netns list', '7', '1', // a command and an out-of-range number before the answer, then a wrong answer
    'ip netns exec ns0 ping -c 1 -W 1 127.0.0.1',
    '/hint', '/check', 'ip -n ns0 link', '/hint', // a challenge: no hint yet, /check terse, one command, still one to go
    'ip -n ns0 link set lo up',
    'ip netns exec ns0 ping -c 1 127.0.0.1',
  ].join('\n');
  const r = await runTutor(['start', EN, '--plain', '--report-dir', reports], { input: `${input}\n`, env: { XDG_STATE_HOME: state } });
  assert.equal(r.code, 0, r.out.slice(-3000) + r.err);
  const out = r.out;
  assert.match(out, /\? What will the ping print\?\n {2}1\. Replies: 64 bytes from 127\.0\.0\.1\n {2}2\. connect: Network is unreachable\nType 1–2 to answer/);
  assert.match(out, /\$ ip netns list\nAnswer the question first: type a number from 1 to 2\./);
  assert.match(out, /\$ 7\nAnswer the question first/);
  assert.match(out, /\$ 1\nYou chose 1: that is not what happens\.\n {2}Only if lo were up\. It is down in a new namespace\.\nNow run the step's command/);
  assert.match(out, /✓ Ping inside a new namespace\n {2}The output showed answer 2 was right: connect: Network is unreachable \(you\n {2}predicted otherwise\)/);
  assert.match(out, /Challenge: work it out yourself\. \/check says only whether the goal holds; \/hint helps after you have run 2 commands in this step\./);
  assert.match(out, /\$ \/hint\nNo hints yet: this is a challenge\. Run 2 more commands in this step first/);
  assert.match(out, /\$ \/check\nNot yet: the goal does not hold\.\n\$ ip -n ns0 link/);
  assert.doesNotMatch(out, /What the kernel shows for this step/, 'a challenge\'s /check names no check');
  assert.match(out, /\$ \/hint\nNo hints yet: this is a challenge\. Run 1 more command in this step first/);
  assert.match(out, /What this lesson taught\n {2}• ip netns exec ns0 ping -c 1 127\.0\.0\.1\n {4}pings the namespace's own loopback address\n {2}• ip netns exec ns0 ip link set lo up\n {4}switches the namespace's loopback on\n\n★ Lesson complete: Predict, challenge, recap/);
  assert.equal(passedSteps(out), 3);

  const p = JSON.parse((await runTutor(['progress', '--json'], { env: { XDG_STATE_HOME: state } })).out);
  const l = p.lessons[0];
  assert.deepEqual(l.steps.map((s: { prediction?: unknown; challenge?: unknown }) => [s.prediction ?? null, s.challenge ?? null]), [[{ choice: 1, correct: false }, null], [null, true], [null, null]]);
  assert.deepEqual([l.challenges, l.challengesNoHints, l.predictions, l.predictionsRight], [1, 1, 1, 0]);
  const text = await runTutor(['progress'], { env: { XDG_STATE_HOME: state } });
  assert.match(text.out, /challenges solved 1 \(1 without hints\) · predictions right 0\/1/);

  const rows = JSON.parse((await runTutor(['report', reports, '--json'])).out);
  assert.equal(rows.length, 1);
  assert.deepEqual([rows[0].challenges, rows[0].challengesNoHints, rows[0].predictions, rows[0].predictionsRight], [1, 1, 1, 0]);
  const csv = (await runTutor(['report', reports, '--csv'])).out.trim().split('\n');
  assert.match(csv[0]!, /,attempts,challenges,challenges_no_hints,predictions,predictions_right$/);
  assert.match(csv[1]!, /,1,1,1,0$/);
  const table = (await runTutor(['report', reports])).out;
  assert.match(table, /hints {2}commands {2}challenges \(no hints\) {2}predictions right\n.*\s4 {18}1 \(1\) {16}0\/1\n?$/);
  assert.deepEqual(hostState(), before);
});

test('plain mode (zh): the right answer, a skipped challenge, the recap derived from the steps', { skip }, async () => {
  const state = tempDir('nt-format-');
  const input = ['2', 'ip netns exec ns0 ping -c 1 -W 1 127.0.0.1', '/skip', 'ip netns exec ns0 ping -c 1 127.0.0.1'].join('\n');
  const r = await runTutor(['start', 'format-demo', '--lessons', DIR, '--lang', 'zh', '--plain'], { input: `${input}\n`, env: { XDG_STATE_HOME: state } });
  assert.equal(r.code, 0, r.out.slice(-3000) + r.err);
  assert.match(r.out, /输入 1–2 作答/);
  assert.match(r.out, /\$ 2\n你选了 2：答对了。/);
  assert.match(r.out, /输出表明正确答案是 2：connect: Network is unreachable（网络不可达）（和你预测\n? *的一样）/);
  assert.match(r.out, /挑战：请自己想办法完成。/);
  assert.match(r.out, /本课学到的命令\n {2}• ip netns exec ns0 ping -c 1 -W 1 127\.0\.0\.1\n {4}在新的命名空间里 ping\n {2}• ip netns exec ns0 ip link set lo up\n {4}启用 lo\n {2}• ip netns exec ns0 ping -c 1 127\.0\.0\.1\n {4}再 ping 一次\n\n★ 本课完成/);
  const p = JSON.parse(readFileSync(join(state, 'netns-tutor', 'progress.json'), 'utf8'));
  assert.deepEqual(p.lessons[0].steps.map((s: { prediction?: unknown; challenge?: unknown; skipped: boolean }) => [s.prediction ?? null, s.challenge ?? null, s.skipped]), [[{ choice: 2, correct: true }, null, false], [null, true, true], [null, null, false]]);
});

test('plain mode: the reference path with the answers typed (the helper tests use) completes the lesson', { skip }, async () => {
  const state = tempDir('nt-format-');
  const r = await runTutor(['start', EN, '--plain'], { input: referenceInput(EN), env: { XDG_STATE_HOME: state } });
  assert.equal(r.code, 0, r.out.slice(-2000) + r.err);
  assert.equal(passedSteps(r.out), 3);
  assert.match(r.out, /You chose 2: that is right\./);
});
