import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { evaluateCheck } from '../../../src/check/evaluate.ts';
import { parseCheckLine } from '../../../src/check/parse.ts';
import { ctx, result } from './fixtures/helpers.ts';
import * as LABS from './fixtures/snapshots.ts';

/** Words of the check language and near misses, so random lines get deep into the grammar. */
const VOCABULARY = [
  'not', 'netns', 'link', 'veth', 'addr', 'route', 'ping', 'ran', 'exit', 'output', 'file', 'lnk', 'in', 'exists', 'is', 'up', 'down',
  'type', 'master', 'peer', 'on', 'via', 'dev', 'from', 'succeeds', 'fails', 'contains', 'matches', 'ns0', 'ns1', 'lo', 'veth7',
  'veth1-peer', 'br0', 'veth', 'bridge', '192.0.0.1/24', '192.0.0.0/24', '192.0.0.1', '10.0.0.1', 'default', '::1', 'fe80::1/64',
  '1.2.3.4/99', ':::', '"a b"', '"', '\\"', '\\', '/', '/x/', '/(/', '/a[/]b/i', "'q", '|', '$(x)', '/var/run/netns/ns0', '#', '',
  'a-very-long-interface-name',
];

const soup = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 10 }).chain((ws) =>
  fc.constantFrom(' ', '  ', '\t').map((sep) => ws.join(sep)));

const anyLine = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  soup,
  fc.tuple(soup, fc.string({ maxLength: 10 })).map(([a, b]) => a + b),
);

test('parseCheckLine never throws, and errors point inside the line', () => {
  fc.assert(fc.property(anyLine, fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 200 }), (text, line, col) => {
    const r = parseCheckLine(text, line, col);
    if ('error' in r) {
      assert.equal(r.error.line, line);
      assert.ok(r.error.col >= col && r.error.col <= col + text.length, `col ${r.error.col} for ${JSON.stringify(text)}`);
      assert.ok(r.error.message.length > 0);
      assert.doesNotMatch(r.error.message, /internal error/);
    } else {
      assert.equal(r.check.line, line);
      assert.equal(r.check.source, text.trim());
      assert.deepEqual(parseCheckLine(r.check.source, line, r.check.col), r, 'a check reparses from its source');
    }
  }), { numRuns: 3000 });
});

const ns = fc.constantFrom('ns0', 'ns1', 'ns9');
const ifname = fc.constantFrom('lo', 'veth7', 'veth1-peer', 'br0', 'br-veth0', 'veth0', 'eth9');
const inNs = fc.option(ns).map((n) => (n === null ? '' : ` in ${n}`));
const ip = fc.constantFrom('192.0.0.1', '192.0.0.2', '127.0.0.1', '::1', '10.0.0.1', '10.1.0.5', '2001:db8::10');
const cidr = fc.constantFrom('192.0.0.1/24', '192.0.0.2/24', '127.0.0.1/8', '::1/128', '10.0.0.10/24', '2001:db8:0::10/64');
const opt = (a: fc.Arbitrary<string>, word: string) => fc.option(a).map((x) => (x === null ? '' : ` ${word} ${x}`));

/** Well-formed check lines over the fixtures' names. */
const validLine = fc.oneof(
  ns.map((n) => `netns ${n} exists`),
  fc.tuple(ifname, inNs, fc.constantFrom('exists', 'is up', 'is down', 'type veth', 'type bridge', 'master br0')).map(([i, n, t]) => `link ${i}${n} ${t}`),
  fc.tuple(ifname, inNs, ifname, inNs).map(([a, n, b, m]) => `veth ${a}${n} peer ${b}${m}`),
  fc.tuple(cidr, ifname, inNs).map(([c, i, n]) => `addr ${c} on ${i}${n}`),
  fc.tuple(fc.constantFrom('default', '192.0.0.0/24', '10.0.0.0/24', '10.1.0.5', '0.0.0.0/0'), opt(ip, 'via'), opt(ifname, 'dev'), inNs)
    .map(([d, v, i, n]) => `route ${d}${v}${i}${n}`),
  fc.tuple(ip, opt(ns, 'from'), fc.constantFrom('succeeds', 'fails')).map(([a, f, e]) => `ping ${a}${f} ${e}`),
  fc.constantFrom('ran ip netns list', 'ran ip a', 'ran ip netns exec ns0 ip link set lo up', "ran echo 'a b'"),
  fc.constantFrom('exit succeeds', 'exit fails', 'output contains "state DOWN"', 'output matches /lo: <[^>]*>/', 'file /var/run/netns/ns0 exists'),
).chain((l) => fc.boolean().map((neg) => (neg ? `not ${l}` : l)));

test('every well-formed check parses and evaluates, over every lab state, in both languages; `not` flips the verdict', async () => {
  const labs = Object.values(LABS).filter((x): x is typeof LABS.FRESH => typeof x === 'object' && x !== null && 'root' in x);
  const last = result([['ip', 'a']], 0, '1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN\n');
  await fc.assert(fc.asyncProperty(validLine, fc.constantFrom(...labs), fc.constantFrom('en', 'zh' as const), fc.boolean(), async (text, snapshot, lang, ran) => {
    const r = parseCheckLine(text, 1);
    if ('error' in r) assert.fail(`${text}: ${r.error.message}`);
    const c = ctx(snapshot, { lang, last: ran ? last : null, history: ran ? [['ip', 'a']] : [], ping: async () => ran, fileExists: async () => ran });
    const v = await evaluateCheck(r.check, c);
    const flipped = await evaluateCheck({ ...r.check, negated: !r.check.negated }, c);
    for (const x of [v, flipped]) {
      assert.ok(x.reason.length > 0);
      assert.doesNotMatch(x.reason, /could not be evaluated|无法判断|undefined|null|NaN|\[object/);
    }
    assert.ok(v.ok !== flipped.ok || (!v.ok && v.reason === flipped.reason), `${text}: ${v.reason} / ${flipped.reason}`);
  }), { numRuns: 3000 });
});
