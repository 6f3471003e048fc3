/** The classroom server's pure parts: its options, limits, names, pages and terminal streams. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseInvocation } from '../../../src/cli/args.ts';
import { TutorError } from '../../../src/errors.ts';
import { addsLink, clampSize, DEFAULT_LIMITS, TokenBucket } from '../../../src/serve/limits.ts';
import { learnerName, randomCode, sameSecret } from '../../../src/serve/names.ts';
import { learnerPage, teacherPage } from '../../../src/serve/pages.ts';
import { TerminalIn, TerminalOut } from '../../../src/serve/terminal-streams.ts';
import { nobody } from '../../../src/lab/class-labs.ts';

const usage = (argv: string[]) => assert.throws(() => parseInvocation(argv, {}, false), (e: unknown) => e instanceof TutorError && e.exitCode === 2, argv.join(' '));

test('serve options: defaults, values, and a usage error for each wrong one', () => {
  const d = parseInvocation(['serve'], {}, false);
  assert.equal(d.command, 'serve');
  assert.deepEqual(d.serve, { port: 8080, bind: '127.0.0.1', classCode: null, teacherToken: null, maxLearners: null });
  const g = parseInvocation(['serve', '--port', '0', '--bind', '0.0.0.0', '--class-code', 'net-101', '--teacher-token', 'Secret_Token', '--max-learners', '30', '--report-dir', '/srv/c', '--lang', 'zh'], {}, false);
  assert.deepEqual(g.serve, { port: 0, bind: '0.0.0.0', classCode: 'net-101', teacherToken: 'Secret_Token', maxLearners: 30 });
  assert.equal(g.options.reportDir, '/srv/c');
  for (const bad of [['--port', '65536'], ['--port', '-1'], ['--port', 'http'], ['--max-learners', '0'], ['--max-learners', '1001'], ['--class-code', 'a b'], ['--class-code', 'ab'], ['--teacher-token', 'x/y'], ['--bind', 'a b']]) usage(['serve', ...bad]);
  usage(['start', '--port', '8080']);
  usage(['list', '--class-code', 'abcd']);
});

test('a token bucket lets a burst through, then the rate', () => {
  let now = 0;
  const b = new TokenBucket(2, 3, () => now);
  assert.deepEqual([b.take(), b.take(), b.take(), b.take()], [true, true, true, false]);
  now = 499;
  assert.equal(b.take(), false);
  now = 500;
  assert.equal(b.take(), true);
  now = 100_000;
  assert.deepEqual([b.take(), b.take(), b.take(), b.take()], [true, true, true, false], 'never more than the burst');
});

test('addsLink knows ip link add in every spelling and namespace', () => {
  for (const argv of [['ip', 'link', 'add', 'veth7', 'type', 'veth', 'peer', 'name', 'p'], ['ip', 'l', 'a', 'br0', 'type', 'bridge'], ['ip', '-n', 'ns0', 'li', 'add', 'x', 'type', 'veth'], ['ip', 'netns', 'exec', 'ns0', 'ip', 'link', 'add', 'x', 'type', 'veth']]) {
    assert.equal(addsLink([argv]), true, argv.join(' '));
  }
  for (const argv of [['ip', 'link', 'set', 'lo', 'up'], ['ip', 'addr', 'add', '10.0.0.1/24', 'dev', 'x'], ['ping', 'link', 'add'], ['ip', 'netns', 'add', 'link']]) {
    assert.equal(addsLink([argv]), false, argv.join(' '));
  }
});

test('sizes are clamped, never refused', () => {
  assert.deepEqual(clampSize(0, 0, DEFAULT_LIMITS), { columns: 10, rows: 10 });
  assert.deepEqual(clampSize(10000, 10000, DEFAULT_LIMITS), { columns: 400, rows: 200 });
  assert.deepEqual(clampSize('a', NaN, DEFAULT_LIMITS), { columns: 80, rows: 24 });
  assert.deepEqual(clampSize(120.7, 33, DEFAULT_LIMITS), { columns: 120, rows: 33 });
});

test('learner names are safe file names in any script; paths and controls are not names', () => {
  for (const ok of ['alice', 'Bob_2', 'zhang.san', '张三', 'Ōtsuka', 'a-b']) assert.equal(learnerName(ok), ok);
  assert.equal(learnerName('  carol '), 'carol');
  for (const bad of ['', '.', '..', '.hidden', '-x', 'a/b', 'a\\b', '../etc', 'a b', 'x'.repeat(33), 'nul\u0000', 'ta\tb', 42, null]) assert.equal(learnerName(bad), null, JSON.stringify(bad));
});

test('codes are random and letters-and-digits; secrets compare only when equal', () => {
  const a = randomCode(9);
  assert.match(a, /^[A-Za-z0-9]{8,}$/);
  assert.notEqual(a, randomCode(9));
  assert.equal(sameSecret('abc', 'abc'), true);
  for (const g of ['abd', 'ab', 'abcd', '', null, undefined, 1]) assert.equal(sameSecret(g, 'abc'), false);
});

test('the pages carry no inline script and escape their words', () => {
  for (const html of [learnerPage('en'), learnerPage('zh'), teacherPage('en'), teacherPage('zh')]) {
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)/, 'no inline script');
    assert.match(html, /<meta name="referrer" content="no-referrer">/);
  }
  assert.match(learnerPage('zh'), /lang="zh-CN"/);
  assert.match(learnerPage('zh'), /你的名字/);
});

test('the terminal streams: line feeds become CR LF, a resize is told once, raw mode is taken', () => {
  const seen: string[] = [];
  const out = new TerminalOut(80, 24, (t) => seen.push(t));
  let resized = 0;
  out.on('resize', () => { resized += 1; });
  out.write('a\nb\r\nc\n');
  assert.deepEqual(seen, ['a\r\nb\r\nc\r\n']);
  out.resize(80, 24);
  out.resize(100, 30);
  assert.equal(resized, 1);
  assert.deepEqual([out.columns, out.rows, out.isTTY], [100, 30, true]);
  const input = new TerminalIn();
  assert.equal(input.setRawMode(true).isRaw, true);
  assert.equal(input.isTTY, true);
});

test('the account that owns classroom labs: nobody from /etc/passwd, else 65534', () => {
  assert.deepEqual(nobody('root:x:0:0::/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n'), { name: 'nobody', uid: 65534, gid: 65534 });
  assert.deepEqual(nobody('nobody:x:99:99::/:/sbin/nologin\n'), { name: 'nobody', uid: 99, gid: 99 });
  assert.deepEqual(nobody(''), { name: 'nobody', uid: 65534, gid: 65534 });
});
