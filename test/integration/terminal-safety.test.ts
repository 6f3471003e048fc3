// What reaches the terminal, through the built CLI: no control character from
// a lesson file, a progress file, stdin or a kernel name (hostile strings at
// every edge); the topology no wider than --width / $COLUMNS; TERM=dumb gets
// plain lines; a command that floods output is stopped and says why.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import type { Progress } from '../../src/progress/model.ts';
import { stripAnsi } from '../../src/text/ansi.ts';
import { displayWidth } from '../../src/text/width.ts';
import { labSkipReason, ARTICLE_COMMANDS } from '../helpers/lab-env.ts';
import { CLI, ROOT, ensureBuilt, runTutor, tempDir } from '../helpers/tutor.ts';

ensureBuilt();
const skipLab = await labSkipReason();

const ESC = '\u001b';
const BEL = '\u0007';
/** Sets the window title and clears the screen, when printed raw. */
const EVIL = `${ESC}]0;PWNED${BEL}${ESC}[2J`;
/** Any control character a terminal acts on (C0 but newline and tab, DEL, C1). */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;
/** Control characters left once the tutor's own colour (SGR) sequences are taken out. */
const foreign = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '').match(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g) ?? [];

function assertClean(text: string, what: string): void {
  assert.doesNotMatch(text, CONTROL, `${what}: ${JSON.stringify(text.slice(0, 400))}`);
  assert.doesNotMatch(text, /PWNED/, `${what}: the title sequence's text is printed`);
}

const progress = (user: string, id: string, title: string): Progress => ({
  version: 1, user, last: null,
  lessons: [{
    id, lang: 'en', title, completed: false, startedAt: '2026-12-01T10:00:00.000Z', completedAt: null, timeMs: 65_000,
    steps: [{ title: 'One', done: true, skipped: false, hints: 1, attempts: 2, completedAt: '2026-12-01T10:01:00.000Z' }],
  }],
});

// ── report ───────────────────────────────────────────────────────────────────

test('report: a learner name that would retitle and clear the teacher\'s terminal prints as plain text (table and CSV)', async () => {
  const dir = tempDir('nt-safe-report-');
  writeFileSync(join(dir, 'eve.json'), JSON.stringify(progress(`eve${EVIL}`, 'netns-basics', `T${BEL}`)));
  writeFileSync(join(dir, 'bob.json'), JSON.stringify(progress('=HYPERLINK("http://example.com","x"),王', 'veth-pair', 'x')));
  const table = await runTutor(['report', dir]);
  assert.equal(table.code, 0, table.err);
  assertClean(table.out + table.err, 'report');
  const rows = table.out.trimEnd().split('\n');
  assert.match(rows[2]!, /^eve {2,}netns-basics \(en\)/);
  // Columns line up by display width: the status column starts at the same column on every row.
  const at = rows.map((r) => displayWidth(r.slice(0, r.search(/\d+\/\d+|steps/))));
  assert.equal(new Set(at).size, 1, rows.join('\n'));

  const csv = await runTutor(['report', dir, '--csv']);
  assert.equal(csv.code, 0, csv.err);
  assertClean(csv.out, 'report --csv');
  assert.deepEqual(csv.out.trimEnd().split('\n').slice(1), [
    `"'=HYPERLINK(""http://example.com"",""x""),王",veth-pair,en,1,1,false,65,1,2,0,0,0,0`,
    'eve,netns-basics,en,1,1,false,65,1,2,0,0,0,0',
  ]);

  const coloured = await runTutor(['report', dir, '--color']);
  assert.deepEqual(foreign(coloured.out), []);
});

// ── progress, list, lint ─────────────────────────────────────────────────────

test('progress: a lesson title and id from the progress file print without control characters', async () => {
  const state = tempDir('nt-safe-state-');
  mkdirSync(join(state, 'netns-tutor'), { recursive: true });
  writeFileSync(join(state, 'netns-tutor', 'progress.json'), JSON.stringify(progress('ann', `netns-basics${ESC}[31m`, `Title${EVIL}`)));
  for (const args of [['progress'], ['progress', '--color']]) {
    const r = await runTutor(args, { env: { XDG_STATE_HOME: state } });
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(foreign(r.out + r.err), [], JSON.stringify(r.out));
    assert.match(stripAnsi(r.out), /netns-basics \(en\) Title/);
  }
});

/** A lesson whose title, summary, Markdown, step title, hint and check carry escape sequences. */
function hostileLessons(): { dir: string; file: string; broken: string } {
  const dir = tempDir('nt-safe-lessons-');
  mkdirSync(join(dir, 'en'));
  const lesson = [
    '---',
    'id: hostile',
    'title: "Evil\\e]0;PWNED\\a\\e[2J title"',
    'lang: en',
    'summary: "Sum\\e[31mmary\\a line"',
    '---',
    '',
    `Intro ${EVIL} text with a bell${BEL} and a NUL\u0000.`,
    '',
    `## Step ${EVIL}one`,
    '',
    `Body ${ESC}[5mblink${ESC}[0m here.`,
    '',
    '```sh',
    'ip netns add ns0',
    '```',
    '',
    '```check',
    `netns ns${ESC}[2J9 exists`,
    '```',
    '',
    '```hint',
    `Hint ${EVIL}text.`,
    '```',
    '',
  ].join('\n');
  const file = join(dir, 'en', '01-hostile.md');
  writeFileSync(file, lesson);
  const broken = join(tempDir('nt-safe-broken-'), '01-hostile.md');
  writeFileSync(broken, lesson.replace(`netns ns${ESC}[2J9 exists`, `lnk${EVIL} lo exists`));
  return { dir, file, broken };
}

test('list: lesson titles and summaries from lesson files print without control characters', async () => {
  const { dir } = hostileLessons();
  for (const args of [['list', '--lessons', dir], ['list', '--lessons', dir, '--color']]) {
    const r = await runTutor(args);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(foreign(r.out), [], JSON.stringify(r.out));
    assert.match(stripAnsi(r.out), /hostile +Evil title/);
    assert.match(stripAnsi(r.out), /Summary line/);
  }
});

test('lint: a message quoting the lesson\'s text prints without control characters', async () => {
  const { broken } = hostileLessons();
  const r = await runTutor(['lint', broken]);
  assert.equal(r.code, 1, r.out + r.err);
  assertClean(r.out + r.err, 'lint');
  assert.match(r.out, /error: unknown check `lnk/);
});

// ── explain ──────────────────────────────────────────────────────────────────

test('explain: output read from stdin is echoed without its escape sequences (and `ip -c` colours are read)', async () => {
  const input = `1: lo${EVIL}: <LOOPBACK> mtu 65536 qdisc noop state DOWN group default qlen 1000\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n`
    + `2: ${ESC}[36mveth7${ESC}[0m@if2: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default qlen 1000\n    link/ether ${ESC}[33m02:00:00:00:00:03${ESC}[0m brd ff:ff:ff:ff:ff:ff link-netns ns1\n`;
  const r = await runTutor(['explain'], { input });
  assert.equal(r.code, 0, r.out + r.err);
  assertClean(r.out + r.err, 'explain');
  assert.match(r.out, /veth7/);
  const coloured = await runTutor(['explain', '--color', '--command', `ip addr${EVIL}`], { input });
  assert.deepEqual(foreign(coloured.out + coloured.err), [], JSON.stringify(coloured.out.slice(0, 300)));
});

test('an error message quoting the command line prints without control characters', async () => {
  const r = await runTutor(['start', `no-such-lesson${EVIL}`]);
  assert.equal(r.code, 2);
  assertClean(r.out + r.err, 'usage error');
});

// ── topology ─────────────────────────────────────────────────────────────────

const ARTICLE_BRIDGE = `${[...ARTICLE_COMMANDS, 'ip link add br0 type bridge'].join('\n')}\n`;
const widest = (s: string) => Math.max(...s.split('\n').map((l) => displayWidth(stripAnsi(l))));

test('topology: never wider than --width, else $COLUMNS (the article plus a bridge: 62 columns at 100)', { skip: skipLab }, async () => {
  const natural = await runTutor(['topology'], { input: ARTICLE_BRIDGE, env: { COLUMNS: '' } });
  assert.equal(natural.code, 0, natural.err);
  assert.equal(widest(natural.out), 62, natural.out);
  const columns = await runTutor(['topology'], { input: ARTICLE_BRIDGE, env: { COLUMNS: '60' } });
  assert.equal(columns.code, 0, columns.err);
  assert.ok(widest(columns.out) <= 60, columns.out);
  assert.match(columns.out, /br0/);
  for (const [w, lang] of [[50, 'en'], [45, 'zh'], [40, 'zh']] as const) {
    const r = await runTutor(['topology', '--width', String(w), '--lang', lang, '--color'], { input: ARTICLE_BRIDGE, env: { COLUMNS: '200' } });
    assert.equal(r.code, 0, r.err);
    assert.ok(widest(r.out) <= w, `${lang} ${w}:\n${r.out}`);
  }
});

test('topology: a bad --width is a usage error (exit 2) that says what to give', async () => {
  for (const bad of ['0', 'abc', '1.5', '-3', '99999', '']) {
    const r = await runTutor(['topology', `--width=${bad}`], { input: '' });
    assert.equal(r.code, 2, `${bad}: ${r.err}`);
    assert.match(r.err, /--width .*whole number from 1 to 1000/, bad);
    assert.doesNotMatch(r.err, /\n\s+at /);
  }
  const missing = await runTutor(['topology', '--width'], { input: '' });
  assert.equal(missing.code, 2);
  assert.match(missing.err, /--width needs a value/);
  const elsewhere = await runTutor(['list', '--width', '60']);
  assert.equal(elsewhere.code, 2);
  assert.match(elsewhere.err, /--width is not an option of `list`/);
});

test('topology: a stdin line with escape sequences is refused without echoing them; a failing line is quoted plainly', { skip: skipLab }, async () => {
  const refused = await runTutor(['topology'], { input: `ip netns add ns0\nip netns add ns${EVIL}\n`, env: { COLUMNS: '80' } });
  assert.equal(refused.code, 2, refused.err);
  assertClean(refused.out + refused.err, 'topology, refused');
  assert.match(refused.err, /stdin line 2: /);
  const failing = await runTutor(['topology'], { input: 'ip netns add ns0\nip link set nosuch up\n', env: { COLUMNS: '80' } });
  assert.equal(failing.code, 1, failing.err);
  assertClean(failing.out + failing.err, 'topology, failing');
  assert.match(failing.err, /^line 2: ip link set nosuch up: Cannot find device "nosuch"$/m);
});

// ── plain mode ───────────────────────────────────────────────────────────────

test('test: step titles, checks and reasons quoting the lesson print without control characters', { skip: skipLab }, async () => {
  const { file } = hostileLessons();
  const r = await runTutor(['test', file]);
  assert.equal(r.code, 1, r.out + r.err);
  assertClean(r.out + r.err, 'test');
  assert.match(r.out, /^not ok 1 - hostile\/en: Step one — `netns ns9 exists`/m);
});

test('plain mode: the lesson\'s title, Markdown, hints and checks print without control characters', { skip: skipLab }, async () => {
  const { file } = hostileLessons();
  const r = await runTutor(['start', file, '--plain'], { input: '/hint\n/check\nip netns add ns0\n', env: { XDG_STATE_HOME: tempDir('nt-safe-state-') } });
  assert.equal(r.code, 1, r.out + r.err);
  assertClean(r.out + r.err, 'plain mode');
  for (const re of [/^Evil title$/m, /Intro +text with a bell and a NUL\./, /step 1 of 1 · Step one/, /Body blink here\./, /Hint text\./, /✗ netns ns9 exists/]) assert.match(r.out, re);
});

test('plain mode: `cat /dev/zero` is stopped past 1 MiB and says why; no NUL byte reaches the terminal (en, zh)', { skip: skipLab }, async () => {
  for (const [lang, said] of [['en', 'Stopped: the command printed more than 1 MiB of output.'], ['zh', '已停止：这条命令的输出超过了 1 MiB。']] as const) {
    const r = await runTutor(['start', 'netns-basics', '--plain', '--lang', lang], { input: 'cat /dev/zero\n/quit\n', env: { XDG_STATE_HOME: tempDir('nt-safe-state-') } });
    assert.equal(r.code, 0, r.err);
    assert.ok(r.out.includes(`$ cat /dev/zero\n\n${said}\n`), r.out.slice(-600));
    assert.doesNotMatch(r.out, /\u0000|\^@/);
    assert.ok(r.out.length < 20_000, `${r.out.length} characters printed`);
  }
});

test('plain mode: a program\'s control characters are shown, not obeyed', { skip: skipLab }, async () => {
  // The lab shares the host's files: `cat` a file that holds escape sequences.
  const file = join(tempDir('nt-safe-cat-'), 'evil.txt');
  writeFileSync(file, `ab${EVIL}cd\n`, { mode: 0o644 });
  chmodSync(dirname(file), 0o755);
  const r = await runTutor(['start', 'netns-basics', '--plain'], { input: `cat ${file}\n/quit\n`, env: { XDG_STATE_HOME: tempDir('nt-safe-state-') } });
  assert.equal(r.code, 0, r.err);
  assert.doesNotMatch(r.out, CONTROL);
  assert.match(r.out, /^ab\^\[\]0;PWNED\^G\^\[\[2Jcd$/m);
});

const scriptSkip = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0 ? skipLab : 'script(1) from util-linux is not installed';

test('TERM=dumb on a terminal: plain lines, no cursor movement, no colour', { skip: scriptSkip }, () => {
  // script(1) gives the tutor a pseudo-terminal for stdin and stdout; /quit is typed into it.
  const r = spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} start netns-basics`, '/dev/null'], {
    cwd: ROOT, input: '/quit\n', encoding: 'utf8', timeout: 120_000,
    env: { ...process.env, TERM: 'dumb', NO_COLOR: '', XDG_STATE_HOME: tempDir('nt-safe-state-') },
  });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.doesNotMatch(r.stdout, /\x1b/, JSON.stringify(r.stdout.slice(0, 300)));
  assert.match(r.stdout, /Network namespaces from scratch/);
  assert.match(r.stdout, /── step 1 of 7 · /);
});
