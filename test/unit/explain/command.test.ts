/** The command explainer: iproute2's grammar word by word. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainCommand } from '../../../src/explain/index.ts';
import { LANGS } from '../../../src/i18n/lang.ts';
import { assertGolden } from './fixtures.ts';

const COMMANDS = [
  'ip netns list',
  'ip netns add ns0',
  'ls /var/run/netns/',
  'ip netns exec ns0 ip addr',
  'ip netns exec ns0 ping 127.0.0.1',
  'ip netns exec ns0 ip link set lo up',
  'ip link add veth7 type veth peer name veth1-peer',
  'ip a',
  'ip link set veth1-peer netns ns1',
  'ip netns exec ns0 ip addr add 192.0.0.1/24 dev veth7',
  'ip -n ns1 route add default via 192.0.0.1 dev veth1-peer',
  'ip netns exec ns1 ping -c 2 192.0.0.1',
  'ip -d -n ns0 link show veth7',
  'ip netns del ns1',
  'ip link add name a type veth peer name b',
  'ip n',
  'ip netns exec ns0 ip netns exec ns1 ip r',
  'ip link set veth1 master br0',
  'bridge link',
  'bridge -d fdb show br br0',
  'ip -n router route get 198.51.100.1 from 192.0.2.1 iif veth1',
  'ip netns exec router sysctl -w net.ipv4.ip_forward=1',
  'sysctl net.ipv4.ip_forward',
];

for (const lang of LANGS) {
  test(`the article's commands word by word, as in the golden file (${lang})`, () => {
    const blocks = COMMANDS.map((c) => {
      const words = explainCommand(c.split(' '), lang);
      assert.deepEqual(words.map((w) => w.word), c.split(' '), `${c}: one entry per word, in order`);
      return [`$ ${c}`, ...words.map((w) => `  ${w.word}: ${w.meaning}`)].join('\n');
    });
    assertGolden(`commands.${lang}.txt`, `${blocks.join('\n\n')}\n`);
  });
}

test('abbreviations are spelled out, and exec nests', () => {
  const a = explainCommand(['ip', 'a'], 'en');
  assert.match(a[1]!.meaning, /a is short for address.*with no command, ip runs show/);
  const nested = explainCommand('ip netns exec ns0 ip link set lo up'.split(' '), 'en');
  assert.match(nested[4]!.meaning, /the program to run inside ns0/);
  assert.match(nested[6]!.meaning, /command: change an interface's settings/);
  assert.match(explainCommand(['ip', '-n', 'ns0', 'link'], 'zh')[1]!.meaning, /在命名空间 ns0 里执行/);
});

test('programs it has no notes on get nothing', () => {
  assert.deepEqual(explainCommand(['vim', 'x'], 'en'), []);
  assert.deepEqual(explainCommand([], 'en'), []);
});
