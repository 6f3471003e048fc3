import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatAddress, networkOf, parseAddress, parseCidr, prefixContains, sameAddress } from '../../../src/check/model.ts';

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
