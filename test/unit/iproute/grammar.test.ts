import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalWords, innerProgram, parseIp, resolveObject, startsWithCommand } from '../../../src/iproute/grammar.ts';

test('objects abbreviate as iproute2 matches them, first in its table wins', () => {
  assert.equal(resolveObject('a'), 'address');
  assert.equal(resolveObject('addr'), 'address');
  assert.equal(resolveObject('l'), 'link');
  assert.equal(resolveObject('r'), 'route');
  assert.equal(resolveObject('ru'), 'rule');
  assert.equal(resolveObject('n'), 'neighbor');
  assert.equal(resolveObject('neighbour'), 'neighbor');
  assert.equal(resolveObject('net'), 'netns');
  assert.equal(resolveObject('m'), 'maddress');
  assert.equal(resolveObject('xyz'), null);
});

test('ip a = ip addr = ip address show; -n NS = netns exec NS ip', () => {
  assert.deepEqual(canonicalWords(['ip', 'a']), ['ip', 'address', 'show']);
  assert.deepEqual(canonicalWords(['ip', 'addr', 'sh', 'dev', 'lo']), ['ip', 'address', 'show', 'lo']);
  assert.deepEqual(canonicalWords(['ip', '-n', 'ns0', 'l']), ['ip', 'netns', 'exec', 'ns0', 'ip', 'link', 'show']);
  assert.deepEqual(canonicalWords(['ip', 'netns', 'exec', 'ns0', 'ip', 'a']), ['ip', 'netns', 'exec', 'ns0', 'ip', 'address', 'show']);
  assert.deepEqual(canonicalWords(['ip', 'netns']), ['ip', 'netns', 'list']);
  assert.deepEqual(canonicalWords(['ip', 'netns', 'ls']), ['ip', 'netns', 'list']);
  assert.deepEqual(canonicalWords(['ip', '-br', '-c', 'link', 'list']), ['ip', 'link', 'show']);
  assert.deepEqual(canonicalWords(['ip', 'link', 'del', 'veth7']), ['ip', 'link', 'delete', 'veth7']);
  assert.deepEqual(canonicalWords(['/usr/sbin/ip', 'r']), ['ip', 'route', 'show']);
});

test('startsWithCommand reads both sides the way iproute2 does', () => {
  assert.ok(startsWithCommand(['ip', 'a'], ['ip', 'addr']));
  assert.ok(startsWithCommand(['ip', '-j', 'address', 'show', 'dev', 'lo'], ['ip', 'addr']));
  assert.ok(startsWithCommand(['ip', '-n', 'ns0', 'a'], ['ip', 'netns', 'exec', 'ns0', 'ip', 'addr']));
  assert.ok(!startsWithCommand(['ip', 'addr', 'add', '1.2.3.4/24', 'dev', 'lo'], ['ip', 'addr']));
  assert.ok(startsWithCommand(['ip', 'netns', 'exec', 'ns0', 'ping', '-c', '1', '127.0.0.1'], ['ip', 'netns', 'exec', 'ns0', 'ping']));
  assert.ok(!startsWithCommand(['ip', 'netns', 'exec', 'ns1', 'ping'], ['ip', 'netns', 'exec', 'ns0', 'ping']));
  assert.ok(startsWithCommand(['ls', '/var/run/netns/'], ['ls']));
});

test('innerProgram finds what ip would start', () => {
  assert.deepEqual(innerProgram(['netns', 'exec', 'ns0', 'ping', 'x']), ['ping', 'x']);
  assert.deepEqual(innerProgram(['-all', 'netns', 'exec', 'ping', 'x']), ['ping', 'x']);
  assert.deepEqual(innerProgram(['vrf', 'exec', 'red', 'ls']), ['ls']);
  assert.equal(innerProgram(['link', 'show']), null);
});

test('parseIp keeps options with values apart from the object', () => {
  const c = parseIp(['-family', 'inet', '-netns', 'ns1', 'addr']);
  assert.equal(c.netns, 'ns1');
  assert.equal(c.object, 'address');
  assert.equal(c.command, 'show');
  assert.equal(c.commandTyped, false);
});

test("commands abbreviate in iproute2's own order per object", () => {
  assert.deepEqual(canonicalWords(['ip', 'link', 's', 'lo', 'up']), ['ip', 'link', 'set', 'lo', 'up']);
  assert.deepEqual(canonicalWords(['ip', 'a', 's']), ['ip', 'address', 'show']);
  assert.deepEqual(canonicalWords(['ip', 'a', 'd', '1.2.3.4/24', 'dev', 'lo']), ['ip', 'address', 'delete', '1.2.3.4/24', 'dev', 'lo']);
  assert.deepEqual(canonicalWords(['ip', 'link', 'change', 'lo', 'up']), ['ip', 'link', 'set', 'lo', 'up']);
  assert.deepEqual(canonicalWords(['ip', 'r', 's']), ['ip', 'route', 'show']);
  assert.deepEqual(canonicalWords(['ip', 'netns', 's']), ['ip', 'netns', 'list']);
  assert.deepEqual(canonicalWords(['ip', 'netns', 'e', 'ns0', 'ip', 'a']), ['ip', 'netns', 'exec', 'ns0', 'ip', 'address', 'show']);
});

test('the optional dev keyword and -all are read as iproute2 reads them', () => {
  assert.ok(startsWithCommand(['ip', 'link', 'set', 'dev', 'lo', 'up'], ['ip', 'link', 'set', 'lo', 'up']));
  assert.ok(startsWithCommand(['ip', 'addr', 'show', 'dev', 'lo'], ['ip', 'addr', 'show', 'lo']));
  assert.deepEqual(canonicalWords(['ip', '-all', 'netns', 'exec', 'ip', 'a']), ['ip', '-all', 'netns', 'exec', 'ip', 'address', 'show']);
});
