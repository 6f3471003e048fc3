import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCommandLine } from '../../../src/policy/command.ts';
import { endlessCommand, offsetOfWord, wordsWithOffsets } from '../../../src/lesson/endless.ts';

const TOOLS = ['tcpdump', 'tail', 'arping', 'yes', 'sleep'];
/** The word that makes a line endless, or null when it ends by itself. */
function endlessWord(line: string): string | null {
  const p = parseCommandLine(line, { extraTools: TOOLS });
  assert.equal(p.kind, 'run', line);
  if (p.kind !== 'run') return null;
  const e = endlessCommand(p.pipeline);
  return e ? p.pipeline[0]![e.word]! : null;
}

test('endless: ping without a count or a deadline, wherever it runs', () => {
  for (const [line, word] of [
    ['ping 127.0.0.1', 'ping'], ['ping -W 1 127.0.0.1', 'ping'], ['ping -i 0.2 -s 100 192.0.2.1', 'ping'],
    ['ip netns exec ns0 ping 127.0.0.1', 'ping'], ['ip -all netns exec ping 127.0.0.1', 'ping'], ['ping 10.0.0.1 | grep ttl', 'ping'],
    ['ping -I veth7 10.0.0.1', 'ping'], ['arping -I veth7 192.0.2.1', 'arping'],
  ] as const) assert.equal(endlessWord(line), word, line);
  for (const line of ['ping -c 3 127.0.0.1', 'ping -c3 127.0.0.1', 'ping -qc1 127.0.0.1', 'ping 127.0.0.1 -c 1', 'ping -w 2 127.0.0.1', 'ping -W 1 -c 1 192.0.2.1',
    'ip netns exec ns0 ping -c 1 127.0.0.1', 'ping 127.0.0.1 | head -3', 'ping -I c 127.0.0.1 -c 1', 'arping -c 1 -I veth7 192.0.2.1']) {
    assert.equal(endlessWord(line), null, line);
  }
  // `-I c`: the c is the interface's name, not a count.
  assert.equal(endlessWord('ping -I c 127.0.0.1'), 'ping');
});

test('endless: the monitor commands of ip, bridge, tc and nft, abbreviated or not', () => {
  for (const [line, word] of [
    ['ip monitor', 'monitor'], ['ip mon link', 'mon'], ['ip -ts monitor all', 'monitor'], ['ip -n ns0 monitor', 'monitor'],
    ['ip netns monitor', 'monitor'], ['ip netns exec ns0 ip monitor route', 'monitor'], ['ip -c monitor', 'monitor'],
    ['bridge monitor', 'monitor'], ['bridge mon fdb', 'mon'], ['tc monitor', 'monitor'], ['nft monitor', 'monitor'],
  ] as const) assert.equal(endlessWord(line), word, line);
  for (const line of ['ip link', 'ip -n ns0 addr show', 'bridge mdb show', 'bridge link', 'tc qdisc show', 'nft list ruleset', 'ip netns list']) {
    assert.equal(endlessWord(line), null, line);
  }
});

test('endless: tcpdump without -c, cat of a device that never ends, tail -f, ss -E and the like', () => {
  for (const [line, word] of [
    ['tcpdump -ni veth7', 'tcpdump'], ['ip netns exec ns0 tcpdump -i any icmp', 'tcpdump'], ['cat /dev/zero', '/dev/zero'], ['cat /dev/kmsg', '/dev/kmsg'],
    ['cat /proc/net/dev /dev/urandom', '/dev/urandom'], ['tail -f /var/log/syslog', '-f'], ['tail -fn 5 x', '-fn'], ['tail --follow=name x', '--follow=name'],
    ['ss -tE', '-tE'], ['ethtool --monitor', '--monitor'], ['yes', 'yes'], ['sleep infinity', 'sleep'],
  ] as const) assert.equal(endlessWord(line), word, line);
  for (const line of ['tcpdump -c 5 -ni veth7', 'tcpdump -r capture.pcap', 'tcpdump -D', 'cat /proc/net/dev', 'cat /dev/urandom | head -c 8', 'tail -n 5 x',
    'ip netns list | tail -f', 'ss -t', 'ethtool veth7', 'yes | head -2', 'sleep 1', 'cat']) {
    assert.equal(endlessWord(line), null, line);
  }
});

test('word offsets follow the line as typed: quotes, sudo and extra spaces', () => {
  assert.deepEqual(wordsWithOffsets(`ip  netns exec 'n s' ping`).map((w) => [w.word, w.offset]), [['ip', 0], ['netns', 4], ['exec', 10], ['n s', 15], ['ping', 21]]);
  assert.equal(offsetOfWord('sudo ip monitor', ['ip', 'monitor'], 1), 8);
  assert.equal(offsetOfWord('ip netns exec ns0 ping 1.1.1.1', ['ip', 'netns', 'exec', 'ns0', 'ping', '1.1.1.1'], 4), 18);
});
