import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseLesson } from '../../src/lesson/parse.ts';
import { hostState, labSkipReason } from '../helpers/lab-env.ts';

const root = join(import.meta.dirname, '..', '..');
const skip = await labSkipReason();

function plain(args: string[], input: string, state: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli.ts'), ...args, '--plain'], {
    cwd: root, encoding: 'utf8', input, timeout: 180_000, env: { ...process.env, NO_COLOR: '1', XDG_STATE_HOME: state },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The reference commands of a lesson file, in order, as a learner would type them. */
function referenceInput(file: string): string {
  const { lesson } = parseLesson(readFileSync(join(root, file), 'utf8'));
  return lesson!.steps.flatMap((s) => s.commands.map((c) => c.text)).join('\n') + '\n';
}

test('plain mode: piping the reference commands completes netns-basics (exit 0) and records it', { skip }, () => {
  const before = hostState();
  const state = mkdtempSync(join(tmpdir(), 'nt-state-'));
  const r = plain(['start', 'netns-basics'], referenceInput('lessons/en/01-netns-basics.md'), state);
  assert.equal(r.code, 0, r.out.slice(-2000) + r.err);
  assert.match(r.out, /Lesson complete: Network namespaces from scratch/);
  assert.equal((r.out.match(/^✓ /gm) ?? []).length, 7);
  const p = JSON.parse(readFileSync(join(state, 'netns-tutor', 'progress.json'), 'utf8'));
  assert.equal(p.lessons[0].completed, true);
  assert.equal(p.lessons[0].steps.length, 7);
  assert.ok(p.lessons[0].steps.every((s: { done: boolean }) => s.done));
  assert.deepEqual(hostState(), before);
});

test('plain mode in Chinese: veth-pair completes through a pipe', { skip }, () => {
  const state = mkdtempSync(join(tmpdir(), 'nt-state-'));
  const r = plain(['start', 'veth-pair', '--lang', 'zh'], referenceInput('lessons/zh/02-veth-pair.md'), state);
  assert.equal(r.code, 0, r.out.slice(-2000) + r.err);
  assert.match(r.out, /本课完成/);
  assert.equal((r.out.match(/^✓ /gm) ?? []).length, 13);
});

test('plain mode: input that ends early exits 1; the next run resumes at the first unfinished step with the lab rebuilt', { skip }, () => {
  const state = mkdtempSync(join(tmpdir(), 'nt-state-'));
  const first = plain(['start', 'veth-pair'], 'ip netns add ns1\nip netns list\nip link add veth7 type veth peer name veth1-peer\n', state);
  assert.equal(first.code, 1);
  assert.match(first.out, /Input ended before the lesson was complete/);
  const again = plain([], 'ip a\n/quit\n', state);
  assert.equal(again.code, 0, again.out + again.err);
  assert.match(again.out, /Resuming at step 3 of 13/);
  assert.match(again.out, /↻ ip link add veth7 type veth peer name veth1-peer/);
  assert.match(again.out, /✓ Look at the pair in the host/, 'the rebuilt lab has the pair, so looking at it passes');
});

test('plain mode: refusals and /commands keep the session going', { skip }, () => {
  const state = mkdtempSync(join(tmpdir(), 'nt-state-'));
  const r = plain(['start', 'netns-basics'], '; rm -rf /\n$(reboot)\n`id`\necho x > /etc/passwd\nbash\nip netns exec ns0 vi\nsysctl -w kernel.panic=1\nyum install -y iproute\n\n/nope\n/hint\n/check\nip netns list\n/quit\n', state);
  assert.equal(r.code, 0, r.err);
  for (const re of [/`;` is not supported/, /Command substitution/, /Redirections/, /`bash` is not one of/, /start `vi` inside a namespace/, /not per network namespace/, /Nothing needs installing/, /Unknown command \/nope/, /Hint 1\/2/, /✗ ran ip netns list/, /✓ See which namespaces exist/]) {
    assert.match(r.out, re);
  }
});

test('a corrupt progress file is moved aside with a warning, and the session goes on', { skip }, () => {
  const state = mkdtempSync(join(tmpdir(), 'nt-state-'));
  mkdirSync(join(state, 'netns-tutor'), { recursive: true });
  writeFileSync(join(state, 'netns-tutor', 'progress.json'), '{"version": 1, "lessons": [tru');
  const r = plain(['start', 'netns-basics'], 'ip netns list\n/quit\n', state);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /moved aside to .*progress\.json\.corrupt-/);
  assert.ok(readdirSync(join(state, 'netns-tutor')).some((n) => n.startsWith('progress.json.corrupt-')));
  const p = JSON.parse(readFileSync(join(state, 'netns-tutor', 'progress.json'), 'utf8'));
  assert.equal(p.lessons[0].steps[0].done, true);
});

test('progress --json and --reset', { skip }, () => {
  const state = mkdtempSync(join(tmpdir(), 'nt-state-'));
  plain(['start', 'netns-basics'], 'ip netns list\n/hint\n/quit\n', state);
  const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli.ts'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, XDG_STATE_HOME: state } });
  const j = JSON.parse(cli(['progress', '--json']).stdout);
  assert.deepEqual(Object.keys(j.lessons[0]).filter((k) => ['id', 'lang', 'completed', 'steps'].includes(k)).sort(), ['completed', 'id', 'lang', 'steps']);
  assert.equal(j.lessons[0].id, 'netns-basics');
  assert.deepEqual(Object.keys(j.lessons[0].steps[0]).filter((k) => ['title', 'done', 'hints', 'attempts'].includes(k)).sort(), ['attempts', 'done', 'hints', 'title']);
  assert.equal(j.lessons[0].steps[0].done, true);
  assert.equal(j.lessons[0].steps[0].attempts, 1);
  assert.equal(j.lessons[0].steps[1].hints, 1);
  assert.equal(cli(['progress', '--reset', 'netns-basics']).status, 0);
  assert.deepEqual(JSON.parse(cli(['progress', '--json']).stdout).lessons, []);
});
