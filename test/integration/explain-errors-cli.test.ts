// `netns-tutor explain` on error messages, through the built CLI, the way a
// learner runs it: `node dist/cli.js explain [--command '…'] < file`, with the
// real captured errors under fixtures/outputs, in English and Chinese. No lab
// is started: the subcommand reads only stdin.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CLI, ROOT, ensureBuilt, tempDir } from '../helpers/tutor.ts';

ensureBuilt();

const FIXTURES = join(ROOT, 'fixtures', 'outputs');

/** `node dist/cli.js explain ARGS < file`, stdout a pipe (so plain text), the environment without NO_COLOR. */
function explain(args: readonly string[], file: string): { code: number | null; out: string; err: string } {
  const fd = openSync(file, 'r');
  try {
    const env = { ...process.env };
    delete env.NO_COLOR;
    const r = spawnSync(process.execPath, [CLI, 'explain', ...args], { cwd: ROOT, stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8', env, timeout: 30_000 });
    return { code: r.status, out: r.stdout, err: r.stderr };
  } finally {
    closeSync(fd);
  }
}

/** The same, without blocking, so that a few run at once. */
function explainAsync(args: readonly string[], file: string): Promise<{ code: number | null; out: string; err: string }> {
  const env = { ...process.env };
  delete env.NO_COLOR;
  const fd = openSync(file, 'r');
  const child = spawn(process.execPath, [CLI, 'explain', ...args], { cwd: ROOT, stdio: [fd, 'pipe', 'pipe'], env });
  closeSync(fd);
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => { out += d; });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => { err += d; });
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  return new Promise((resolve) => child.once('close', (code) => { clearTimeout(timer); resolve({ code, out, err }); }));
}

const fixture = (name: string) => join(FIXTURES, name);

test('an error with its command: the words, the text, then why it failed (en), plain when piped', () => {
  const r = explain(['--command', 'ip netns add ns0', '--lang', 'en'], fixture('err-netns-exists.stderr'));
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^ip {2}iproute2's tool/m, 'the command explained word by word first');
  assert.match(r.out, /^Cannot create namespace file "\/run\/netns\/ns0": File exists\n\nWhy it failed:\n {2}• Namespace ns0 already exists\.\n {2}• `ip netns list` shows it; `ip netns del ns0` removes it/m);
  assert.doesNotMatch(r.out, /\x1b\[/, 'no colour escapes in a pipe');
  assert.equal(r.err, '');
});

test('Cannot find device with its command, in Chinese: a misconception and a generic fix, no lab facts', () => {
  const r = explain(['--command', 'ip link set veth7 up', '--lang', 'zh'], fixture('err-cannot-find-device.stderr'));
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /为什么失败：\n {2}• 主机上没有 veth7：要么它从来没创建过，要么已经被移到别的命名空间去了/);
  assert.match(r.out, /`ip -all netns exec ip -br link`/);
  assert.doesNotMatch(r.out, /实验里|它现在在/);
});

test('the text alone: the Chinese-locale ping error, and Cannot find device without a command', () => {
  const ping = explain(['--lang', 'zh'], fixture('ping-unreachable-zh.stderr'));
  assert.equal(ping.code, 0, ping.err);
  assert.match(ping.out, /^ping: connect: 网络不可达\n {2}› /m, 'the output annotated');
  assert.match(ping.out, /为什么失败：\n {2}• 网络不可达：命令运行的那个命名空间里，内核没有通往那个地址的路由/);
  assert.match(ping.out, /lo 默认是关闭的/);
  const dev = explain([], fixture('err-cannot-find-device.stderr'));
  assert.equal(dev.code, 0, dev.err);
  assert.match(dev.out, /veth7 does not exist in the namespace where the command ran/);
  assert.doesNotMatch(dev.out, /on the host/);
});

test('a failed ping with its command: its output annotated, then why it failed', () => {
  const r = explain(['--command', 'ip netns exec ns0 ping -c 3 -i 0.3 192.0.0.9'], fixture('ping-host-unreachable.stdout'));
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /In short:[\s\S]*Why it failed:\n {2}• Destination Host Unreachable: 192\.0\.0\.9 is in a subnet on the link/);
});

/** One captured failure for each error rule the captures reach; the unit tests take every capture in both languages. */
const ONE_PER_RULE = [
  'err-lladdr', 'err-no-netns-zh', 'err-netns-del-missing', 'err-netns-invalid', 'err-master-missing', 'err-addr-assigned',
  'err-veth-exists-zh', 'err-route-exists', 'err-garbage', 'err-invalid-prefix', 'err-nexthop', 'err-object-unknown',
  'err-command-unknown', 'err-exec-missing', 'err-not-permitted-zh', 'err-netns-not-permitted', 'route-get-unreachable',
  'route-get-forwarding-off', 'ping-peer-down', 'ping-across-no-route-zh',
];

test('a captured error for each rule through the CLI, with its command, in English and Chinese', async () => {
  const manifests = ['manifest.jsonl', 'manifest-lessons.jsonl'];
  const all = manifests.flatMap((m) => readFileSync(join(FIXTURES, m), 'utf8').trim().split('\n'))
    .map((l) => JSON.parse(l) as { name: string; argv: string[] });
  const dir = tempDir('nt-explain-');
  const runs = ONE_PER_RULE.map((name, i) => {
    const c = all.find((x) => x.name === name);
    assert.ok(c, `no capture named ${name}`);
    // What the learner saw: stdout then stderr, in one file.
    const read = (ext: string) => {
      const p = join(FIXTURES, `${name}.${ext}`);
      return existsSync(p) ? readFileSync(p, 'utf8') : '';
    };
    const file = join(dir, `${name}.txt`);
    writeFileSync(file, read('stdout') + read('stderr'));
    const command = c.argv.map((w) => (/^[\w./:@-]+$/.test(w) ? w : `'${w}'`)).join(' ');
    const lang = i % 2 === 0 ? 'en' : 'zh';
    return { name, lang, go: () => explainAsync(['--command', command, '--lang', lang], file) };
  });
  // A few at a time: the CLI starts in a fraction of a second.
  for (let i = 0; i < runs.length; i += 4) {
    const batch = runs.slice(i, i + 4);
    const results = await Promise.all(batch.map((r) => r.go()));
    results.forEach((r, k) => {
      const { name, lang } = batch[k]!;
      assert.equal(r.code, 0, `${name} (${lang}): ${r.err}`);
      assert.match(r.out, lang === 'en' ? /\nWhy it failed:\n {2}• / : /\n为什么失败：\n {2}• /, `${name} (${lang})`);
    });
  }
});

test('nothing recognised: exit 1, and the message names errors too', () => {
  const dir = tempDir('nt-explain-');
  const file = join(dir, 'noise.txt');
  writeFileSync(file, 'hello world\n');
  const en = explain([], file);
  assert.equal(en.code, 1);
  assert.equal(en.out, '');
  assert.match(en.err, /^Nothing recognised: .*and the errors of ip and ping/);
  const zh = explain(['--lang', 'zh'], file);
  assert.equal(zh.code, 1);
  assert.match(zh.err, /以及 ip 和 ping 的报错/);
});
