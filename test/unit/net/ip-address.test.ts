import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatAddress, ipv4Net, ipv4RouteCovers, ipv4Text, isLoopback, networkOf, parseAddress, parseCidr, parseRouteDest, prefixContains, rangeOf, sameAddress } from '../../../src/net/ip-address.ts';

const addr = (s: string) => {
  const a = parseAddress(s);
  assert.ok(a, s);
  return a;
};

test('IPv4 addresses: dotted quads only, no leading zeros', () => {
  assert.deepEqual(parseAddress('192.0.0.1'), { family: 4, bytes: [192, 0, 0, 1] });
  for (const bad of ['192.0.0', '192.0.0.256', '192.0.0.01', '1.2.3.4.5', '', 'a.b.c.d', '1..2.3', ' 1.2.3.4']) assert.equal(parseAddress(bad), null, bad);
});

test('IPv6 addresses: every compressed form of one address is the same address', () => {
  const forms = ['fe80::e48c:12ff:fed8:530d', 'FE80:0:0:0:E48C:12FF:FED8:530D', 'fe80:0000::e48c:12ff:fed8:530d', 'fe80::0:e48c:12ff:fed8:530d'];
  for (const f of forms) assert.ok(sameAddress(addr(f), addr(forms[0]!)), f);
  assert.equal(formatAddress(addr('FE80:0:0:0:E48C:12FF:FED8:530D')), 'fe80::e48c:12ff:fed8:530d');
  assert.equal(formatAddress(addr('0:0:0:0:0:0:0:1')), '::1');
  assert.equal(formatAddress(addr('::')), '::');
  assert.equal(formatAddress(addr('2001:db8:0:1:0:0:0:1')), '2001:db8:0:1::1');
  assert.equal(formatAddress(addr('2001:db8:0:1:1:1:1:1')), '2001:db8:0:1:1:1:1:1');
  assert.deepEqual(addr('::ffff:192.0.0.1').bytes.slice(10), [255, 255, 192, 0, 0, 1]);
  for (const bad of ['1::2::3', ':1::', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', '12345::', 'g::1', '1:2:3:4:5:6:7:8::', '::1.2.3', 'fe80::1%eth0']) {
    assert.equal(parseAddress(bad), null, bad);
  }
});

test('formatAddress and parseAddress round-trip on any address', () => {
  fc.assert(fc.property(fc.oneof(fc.ipV4(), fc.ipV6()), (s) => {
    const a = parseAddress(s);
    assert.ok(a, s);
    assert.deepEqual(parseAddress(formatAddress(a)), a);
  }), { numRuns: 1000 });
});

test('prefixes: range by family, networks, containment', () => {
  assert.deepEqual(parseCidr('192.0.0.1/24'), { addr: addr('192.0.0.1'), prefix: 24 });
  for (const bad of ['192.0.0.1', '192.0.0.1/33', '192.0.0.1/024', '::1/129', '192.0.0.1/', '/24', '1.2.3.4/2/3']) assert.equal(parseCidr(bad), null, bad);
  assert.equal(formatAddress(networkOf(parseCidr('192.0.0.77/24')!).addr), '192.0.0.0');
  assert.equal(formatAddress(networkOf(parseCidr('10.1.255.255/9')!).addr), '10.0.0.0');
  assert.equal(formatAddress(networkOf(parseCidr('2001:db8::10/64')!).addr), '2001:db8::');
  assert.ok(prefixContains(parseCidr('192.0.0.0/24')!, addr('192.0.0.2')));
  assert.ok(!prefixContains(parseCidr('192.0.0.0/24')!, addr('192.0.1.2')));
  assert.ok(!prefixContains(parseCidr('0.0.0.0/0')!, addr('::1')));
});

test('a leading zero is no address: iproute2 and ping read it as octal (192.0.2.010 is 192.0.2.8)', () => {
  for (const bad of ['192.0.2.010', '010.0.0.1', '0300.0.2.1', '192.0.2.0x1', '1.2.3', '::ffff:192.0.0.01']) assert.equal(parseAddress(bad), null, bad);
  for (const bad of ['192.0.2.010/24', '192.0.2.1/024']) assert.equal(parseCidr(bad), null, bad);
  assert.equal(rangeOf('192.0.2.010/24'), null);
  assert.equal(rangeOf('192.0.2.1/024'), null);
  assert.equal(ipv4RouteCovers('192.0.2.0/24', '192.0.2.010'), false);
  assert.deepEqual(parseAddress('0.0.0.0'), { family: 4, bytes: [0, 0, 0, 0] });
});

test('route destinations as ip route prints them: default, a network, a host', () => {
  assert.equal(parseRouteDest('default'), 'default');
  assert.equal(parseRouteDest('0.0.0.0/0'), 'default');
  assert.deepEqual(parseRouteDest('192.0.0.77/24'), parseCidr('192.0.0.0/24'));
  assert.deepEqual(parseRouteDest('192.0.0.5'), parseCidr('192.0.0.5/32'));
  assert.deepEqual(parseRouteDest('2001:db8::1'), parseCidr('2001:db8::1/128'));
  assert.equal(parseRouteDest('nonsense'), null);
});

test('IPv4 arithmetic for explanations: networks, ranges, what a route covers', () => {
  assert.deepEqual(ipv4Net('192.0.0.77/24'), { first: 0xc0000000, size: 256, prefix: 24 });
  assert.deepEqual(ipv4Net('10.0.0.1'), { first: 0x0a000001, size: 1, prefix: 32 });
  assert.equal(ipv4Net('2001:db8::/64'), null);
  assert.equal(ipv4Text(0xc0000201), '192.0.2.1');
  assert.deepEqual(rangeOf('192.0.0.1/30'), { first: '192.0.0.0', last: '192.0.0.3', size: 4 });
  assert.deepEqual(rangeOf('0.0.0.0/0'), { first: '0.0.0.0', last: '255.255.255.255', size: 2 ** 32 });
  assert.ok(ipv4RouteCovers('default', '192.0.2.1'));
  assert.ok(!ipv4RouteCovers('default', '2001:db8::1'));
  assert.ok(ipv4RouteCovers('192.0.2.0/24', '192.0.2.200'));
  assert.ok(ipv4RouteCovers('192.0.2.7', '192.0.2.7'));
  assert.ok(!ipv4RouteCovers('192.0.2.0/24', '192.0.3.1'));
  assert.ok(!ipv4RouteCovers('::/0', '192.0.2.1'));
});

test('loopback: 127.0.0.0/8 and ::1', () => {
  for (const a of ['127.0.0.1', '127.255.0.9', '::1', '0:0:0:0:0:0:0:1']) assert.ok(isLoopback(parseAddress(a)!), a);
  for (const a of ['128.0.0.1', '::2', '::', '::ffff:127.0.0.1']) assert.ok(!isLoopback(parseAddress(a)!), a);
});
