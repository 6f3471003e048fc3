/** The error explainers over the captured failures, with the lab's state at that moment. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainError } from '../../../src/explain/index.ts';
import { LANGS } from '../../../src/i18n/lang.ts';
import type { RunResult } from '../../../src/model/run-result.ts';
import { ERROR_CASES } from './error-cases.ts';
import { assertGolden, capture, runResult } from './fixtures.ts';
import { ARTICLE, SIDE } from './snapshots.ts';

function why(name: string, snapshot = ERROR_CASES.find((c) => c.name === name)?.snapshot ?? null, lang: 'en' | 'zh' = 'en'): string {
  const c = capture(name);
  return explainError(c.argv, runResult(c), snapshot, lang).join(' ');
}

function result(argv: string[], stdout: string, stderr: string, exitCode: number): RunResult {
  return { argv: [argv], exitCode, signal: null, stdout, stderr, durationMs: 1, interrupted: false, timedOut: false };
}

for (const lang of LANGS) {
  test(`every captured failure has an explanation (${lang}), as in the golden file`, () => {
    const blocks = ERROR_CASES.map((k) => {
      const c = capture(k.name);
      const lines = explainError(c.argv, runResult(c), k.snapshot, lang);
      assert.ok(lines.length > 0, `${k.name}: nothing said`);
      return [`## ${k.name}`, `$ ${c.argv.join(' ')}`, ...(c.stderr.trim() ? [`! ${c.stderr.trim()}`] : []), ...lines.map((l) => `- ${l}`)].join('\n');
    });
    assertGolden(`errors.${lang}.txt`, `${blocks.join('\n\n')}\n`);
  });
}

test('Cannot find device: the snapshot says where the interface went', () => {
  assert.match(why('err-cannot-find-device'), /veth7 is not on the host: it is in ns0 now.*`ip -n ns0 link set veth7 up`/);
  assert.match(why('err-cannot-find-device', ARTICLE.bothMoved, 'zh'), /veth7 不在主机上：它现在在 ns0 中/);
  assert.match(why('err-cannot-find-device', null), /never created, or it was moved/);
  assert.match(why('err-del-missing'), /No interface named veth9 exists anywhere.*Did you mean veth7\?/);
});

test('Network is unreachable, in English and in the article\'s Chinese: lo is down', () => {
  for (const name of ['ping-unreachable', 'ping-unreachable-zh']) {
    assert.match(why(name), /lo down.*`ip -n ns0 link set lo up`/);
    assert.match(why(name, ARTICLE.ns0, 'zh'), /lo 默认是关闭的/);
  }
  assert.match(why('ping-no-route'), /routes cover only 192\.0\.0\.0\/24/);
});

test('the abbreviation trap: `a` read as address, suggest `name a`', () => {
  assert.match(why('err-lladdr'), /read `a` as the keyword `address`.*`ip link add name a type veth peer name b`/);
  assert.match(why('err-link-abbrev'), /`l` as the keyword `link`/);
});

test('garbage, already assigned, file exists, not permitted, missing namespace', () => {
  assert.match(why('err-garbage'), /`ip -n ns0 addr add 192\.0\.0\.1\/24 dev veth7`/);
  assert.match(why('err-addr-assigned'), /192\.0\.0\.1\/24 is already on veth7 in ns0/);
  assert.match(why('err-veth-exists'), /veth7 and veth1-peer already exist on the host/);
  assert.match(why('err-not-permitted'), /CAP_NET_ADMIN/);
  assert.match(why('err-no-netns'), /no namespace named ns2.*The lab has ns0 and ns1.*`ip netns add ns2`/);
});

test('no reply: the likely cause is read from the snapshot', () => {
  assert.match(why('ping-peer-down'), /other end, veth1-peer in ns1, is down.*`ip -n ns1 link set veth1-peer up`/);
  assert.match(why('ping-host-unreachable'), /Nobody in the lab has 192\.0\.0\.9.*did you mean 192\.0\.0\.2\?/);
  const dhu = capture('ping-host-unreachable');
  const toPeer = ['ip', 'netns', 'exec', 'ns0', 'ping', '-c', '3', '192.0.0.2'];
  const r = result(toPeer, dhu.stdout.replaceAll('192.0.0.9', '192.0.0.2'), '', 1);
  assert.match(explainError(toPeer, r, SIDE.peerNoAddr, 'en').join(' '), /veth1-peer in ns1, has no IPv4 address yet: `ip -n ns1 addr add 192\.0\.0\.2\/24 dev veth1-peer`/);
  const across = ['ip', 'netns', 'exec', 'ns0', 'ping', '-c', '2', '192.0.1.2'];
  const lost = capture('ping-wrong-subnet');
  const r2 = result(across, lost.stdout.replaceAll('192.0.1.5', '192.0.1.2'), '', 1);
  assert.match(explainError(across, r2, SIDE.wrongSubnet, 'en').join(' '), /different subnet.*no route back to 192\.0\.0\.1/);
  assert.match(why('ping-wrong-subnet'), /does not forward packets: net\.ipv4\.ip_forward is 0/);
});

test('nothing to say about a success, and never a throw on odd input', () => {
  const ok = capture('ping-lo');
  assert.deepEqual(explainError(ok.argv, runResult(ok), ARTICLE.ns0LoUp, 'en'), []);
  assert.deepEqual(explainError([], result([], '', 'something odd', 1), null, 'en'), []);
  assert.deepEqual(explainError(['ip', 'netns', 'exec'], result([], '', 'Cannot find device ""', 1), null, 'zh').length > 0, true);
});
