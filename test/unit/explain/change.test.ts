/** The change explainer over the article's sequence and some side roads. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainChange } from '../../../src/explain/index.ts';
import { LANGS } from '../../../src/i18n/lang.ts';
import { CHANGE_CASES } from './change-cases.ts';
import { assertGolden } from './fixtures.ts';
import { ARTICLE, SIDE } from './snapshots.ts';

for (const lang of LANGS) {
  test(`each step's change, as in the golden file (${lang})`, () => {
    const blocks = CHANGE_CASES.map((c) => [`$ ${c.command}`, ...explainChange(c.before, c.after, lang).map((l) => `- ${l}`)].join('\n'));
    assertGolden(`changes.${lang}.txt`, `${blocks.join('\n\n')}\n`);
  });
}

const say = (a: keyof typeof ARTICLE, b: keyof typeof ARTICLE) => explainChange(ARTICLE[a], ARTICLE[b], 'en');

test('silent when nothing changed, and when only IPv6 link-local or operstate moved', () => {
  assert.deepEqual(explainChange(ARTICLE.peerAddr, ARTICLE.peerAddr, 'en'), []);
  assert.deepEqual(explainChange(ARTICLE.peerAddr, SIDE.noise, 'en'), []);
});

test('namespace created; both veth ends in one sentence', () => {
  assert.deepEqual(say('empty', 'ns0'), ['Namespace ns0 was created: a separate network stack with only its own lo, which is down.']);
  const pair = say('ns1', 'pair');
  assert.equal(pair.length, 1);
  assert.match(pair[0]!, /veth7 and veth1-peer, the two ends of one virtual cable, both DOWN/);
});

test('a move resets the interface and drops its addresses', () => {
  assert.match(say('peerMoved', 'bothMoved')[0]!, /veth7 moved from the host to ns0; a move resets it, so it is DOWN there/);
  assert.match(explainChange(ARTICLE.peerAddr, SIDE.veth7Back, 'en')[0]!, /DOWN there and has lost 192\.0\.0\.1\/24/);
});

test('up, carrier from the peer, addresses with their routes', () => {
  assert.match(say('bothMoved', 'veth7Up')[0]!, /no carrier yet: its other end, veth1-peer \(ns1\), is still down/);
  const peerUp = say('veth7Addr', 'peerUp');
  assert.equal(peerUp.length, 1);
  assert.match(peerUp[0]!, /veth7 \(ns0\) now has carrier too/);
  assert.deepEqual(say('veth7Up', 'veth7Addr'), ['192.0.0.1/24 was added to veth7 in ns0; the kernel added the route 192.0.0.0/24 with it.']);
  assert.match(say('ns0', 'ns0LoUp')[0]!, /lo in ns0 is up, and with it 127\.0\.0\.1\/8/);
});

test('in Chinese too', () => {
  assert.match(explainChange(ARTICLE.peerMoved, ARTICLE.bothMoved, 'zh')[0]!, /veth7 从主机移到了 ns0；移动会重置它的状态/);
});

test('a bridge port and forwarding, from states captured in a lab', () => {
  const said = (command: string) => {
    const c = CHANGE_CASES.find((x) => x.command.startsWith(command))!;
    return explainChange(c.before, c.after, 'en');
  };
  // br0 changes its MAC address when veth1 is plugged in: still the same bridge, not a new one.
  assert.deepEqual(said('ip link set veth1 master br0'), ['veth1 on the host is now a port of br0.']);
  assert.deepEqual(said('ip netns exec router sysctl'), ['net.ipv4.ip_forward in router is now 1: it now forwards packets between its interfaces.']);
  assert.deepEqual(said('ip link add veth3'), ['A veth pair was created: veth3 on the host and eth0 in ns3, both DOWN.']);
});
