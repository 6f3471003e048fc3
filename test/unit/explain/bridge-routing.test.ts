/** The explainers the bridge and routing lessons need: `bridge link`, `bridge fdb`, `ip route get`, and their errors. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFamily, explainError, explainOutput, type OutputExplanation } from '../../../src/explain/index.ts';
import { ERROR_CASES } from './error-cases.ts';
import { capture, outputOf, runResult } from './fixtures.ts';

/** The note on exactly this text of line `line`, or undefined. */
function noteOn(e: OutputExplanation, output: string, line: number, text: string): string | undefined {
  const l = output.split('\n')[line] ?? '';
  const start = l.indexOf(text);
  assert.ok(start >= 0, `"${text}" is not on line ${line}`);
  return e.annotations.find((a) => a.line === line && a.start === start && a.end === start + text.length)?.note;
}

function explained(name: string, lang: 'en' | 'zh' = 'en'): { e: OutputExplanation; out: string } {
  const c = capture(name);
  const out = outputOf(c);
  const e = explainOutput(c.argv, out, lang);
  assert.ok(e, `${name}: not explained`);
  return { e, out };
}

function why(name: string, lang: 'en' | 'zh' = 'en'): string {
  const c = capture(name);
  const snapshot = ERROR_CASES.find((k) => k.name === name)?.snapshot ?? null;
  return explainError(c.argv, runResult(c), snapshot, lang).join(' ');
}

test('detection: bridge and route get by command line, with abbreviations, and by text alone', () => {
  const port = '4: veth1@if3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 \n';
  const fdb = '56:e9:a7:c2:72:9b dev veth1 master br0 \n';
  const get = '198.51.100.1 via 192.0.2.254 dev eth0 src 192.0.2.1 uid 0 \n    cache \n';
  for (const argv of [['bridge', 'link'], ['bridge', 'l'], ['bridge', '-d', 'link', 'show', 'dev', 'veth1'], ['bridge', 'link', 'sh']]) {
    assert.equal(detectFamily(port, argv), 'bridge-link', argv.join(' '));
  }
  for (const argv of [['bridge', 'fdb'], ['bridge', 'f', 'show', 'br', 'br0'], ['ip', 'netns', 'exec', 'ns1', 'bridge', 'fdb']]) {
    assert.equal(detectFamily(fdb, argv), 'bridge-fdb', argv.join(' '));
  }
  for (const argv of [['ip', 'route', 'get', '198.51.100.1'], ['ip', '-n', 'ns1', 'r', 'g', '198.51.100.1']]) {
    assert.equal(detectFamily(get, argv), 'ip-route-get', argv.join(' '));
  }
  assert.equal(detectFamily(port), 'bridge-link');
  assert.equal(detectFamily(fdb), 'bridge-fdb');
  assert.equal(detectFamily(get), 'ip-route-get');
  assert.equal(detectFamily('192.0.2.0/24 dev br0 proto kernel scope link src 192.0.2.254 \n'), 'ip-route', 'a route table is not route get');
  assert.equal(explainOutput(['bridge', '-j', 'link'], '[]', 'en'), null, 'JSON is for machines');
  assert.equal(explainOutput(['bridge', 'link', 'set', 'dev', 'veth1', 'learning', 'off'], '', 'en'), null);
  assert.equal(explainOutput(['ip', 'route', 'get', '198.51.100.1'], 'RTNETLINK answers: Network is unreachable\n', 'en'), null, 'an error is not a route');
});

test('bridge link: the port, its state, and the misleading @', () => {
  const { e, out } = explained('bridge-link');
  assert.equal(e.family, 'bridge-link');
  assert.match(noteOn(e, out, 0, 'veth1') ?? '', /a port of a bridge.*no IP address of its own/);
  assert.match(noteOn(e, out, 0, '@if3') ?? '', /its other end, which is number 3 in its own namespace/);
  assert.match(noteOn(e, out, 0, 'master br0') ?? '', /the bridge this port is plugged into/);
  assert.match(noteOn(e, out, 0, 'state forwarding') ?? '', /passes frames/);
  assert.match(noteOn(e, out, 2, '@br0') ?? '', /same number, not the peer/);
  assert.deepEqual(e.summary, [
    'Ports of br0 listed here: veth1, veth2 and veth3.',
    'Every port is forwarding: frames pass between them.',
    'A port shown as NAME@BRIDGE is not linked to its bridge: that is its peer\'s interface number, read in the wrong namespace.',
  ]);
  const disabled = explained('bridge-link-disabled');
  assert.match(noteOn(disabled.e, disabled.out, 0, 'state disabled') ?? '', /is the other end up\?/);
  assert.match(disabled.e.summary.join(' '), /Not forwarding: veth1/);
  assert.deepEqual(explained('bridge-link-none').e.summary, ['No bridge has a port yet: plug an interface in with `ip link set DEV master BRIDGE`.']);
  const detail = explained('bridge-link-detail');
  assert.equal(noteOn(detail.e, detail.out, 1, 'learning on'), 'learning on: the bridge learns the source MAC addresses of frames arriving on this port.');
  assert.equal(noteOn(explained('bridge-link-detail', 'zh').e, detail.out, 1, 'hairpin off'), 'hairpin off：帧永远不会从它进来的端口发回去。');
});

test('bridge fdb: learned, own and multicast entries, and what learning means', () => {
  const { e, out } = explained('bridge-fdb');
  const lines = out.split('\n');
  const learned = lines.findIndex((l) => / dev veth1 master br0\s*$/.test(l));
  const own = lines.findIndex((l) => / dev veth1 master br0 permanent/.test(l));
  const mac = lines[learned]!.split(' ')[0]!;
  assert.match(noteOn(e, out, learned, mac) ?? '', /^[0-9a-f:]+: learned: frames from this address came in on veth1, so br0 sends frames for it out of veth1 only\.$/);
  assert.match(noteOn(e, out, own, lines[own]!.split(' ')[0]!) ?? '', /veth1's own MAC address: .* never forwarded/);
  assert.match(noteOn(e, out, 0, '33:33:00:00:00:01') ?? '', /IPv6 multicast/);
  assert.match(noteOn(e, out, 0, 'self') ?? '', /device's own table/);
  assert.match(e.summary[0]!, /^Learned: \S+ behind veth1, \S+ behind veth2 and \S+ behind veth3\./);
  assert.match(e.summary[1]!, /floods it out of every port except the one it came in on/);
  assert.match(explained('bridge-fdb-no-ports').e.summary[0]!, /^Nothing learned yet/);
  assert.match(explained('bridge-fdb', 'zh').e.summary[0]!, /^学到的：veth1 后面的 \S+、veth2 后面的 \S+ 和 veth3 后面的 \S+。/);
});

test('ip route get: gateway, direct, local, and a forwarding decision', () => {
  const via = explained('route-get-via');
  assert.match(noteOn(via.e, via.out, 0, 'via 192.0.2.254') ?? '', /next hop/);
  assert.match(noteOn(via.e, via.out, 0, 'src 192.0.2.1') ?? '', /source address/);
  assert.match(noteOn(via.e, via.out, 0, 'uid 0') ?? '', /root/);
  assert.match(noteOn(via.e, via.out, 1, 'cache') ?? '', /remembers/);
  assert.deepEqual(via.e.summary, ['To reach 198.51.100.1, the packet goes out of eth0 to the gateway 192.0.2.254, with 192.0.2.1 as its source address: 198.51.100.1 is not on a network this namespace reaches directly.']);
  assert.match(explained('route-get-direct').e.summary[0]!, /^192\.0\.2\.254 is reached directly: it is on the link behind eth0/);
  assert.match(explained('route-get-local').e.summary[0]!, /^192\.0\.2\.1 is this namespace's own address/);
  const fwd = explained('route-get-forward');
  assert.match(noteOn(fwd.e, fwd.out, 1, 'iif veth1') ?? '', /when forwarding it/);
  assert.deepEqual(fwd.e.summary, ['A packet for 198.51.100.1 from 192.0.2.1 arriving on veth1 is forwarded out of veth2, straight to 198.51.100.1.']);
  assert.deepEqual(explained('route-get-via', 'zh').e.summary, ['要到达 198.51.100.1，报文从 eth0 发给网关 192.0.2.254，源地址用 192.0.2.1：198.51.100.1 不在本命名空间直接可达的网络上。']);
});

test('errors of the bridge lesson: an eth0 not moved yet, a port in the wrong namespace, a host without an address', () => {
  assert.match(why('err-eth0-exists'), /earlier pair \(its other end is veth1\) that has not been moved yet.*`ip link add veth2 type veth peer name eth0 netns NS`/);
  assert.match(why('err-port-in-ns'), /A bridge and its ports live in the same namespace.*`ip link set veth1 master br0`/);
  assert.match(why('ping-host-no-br-addr'), /behind veth1, a port of br0.*address on the bridge itself: `ip addr add 192\.0\.2\.\d+\/24 dev br0`/);
  assert.match(why('ping-host-no-br-addr-zh', 'zh'), /端口只转发帧.*dev br0`/);
});

test('errors of the routing lesson: no default route, a gateway on the other side, forwarding off, no way back', () => {
  for (const name of ['ping-across-no-route', 'ping-across-no-route-zh', 'route-get-unreachable']) {
    assert.match(why(name), /192\.0\.2\.254 \(veth1 in router\).*`ip -n ns1 route add default via 192\.0\.2\.254`.*`ip netns exec router sysctl -w net\.ipv4\.ip_forward=1`/, name);
  }
  assert.match(why('route-get-unreachable'), /^Network is unreachable: in ns1 no route covers 198\.51\.100\.1/);
  assert.match(why('err-nexthop-other-side'), /the same router is reached at 198\.51\.100\.254 \(veth2\): `ip -n ns2 route add default via 198\.51\.100\.254`/);
  assert.match(why('err-route-default-exists'), /A default route already exists in ns2.*`ip -n ns2 route replace default via 198\.51\.100\.254`/);
  assert.match(why('ping-forwarding-off'), /net\.ipv4\.ip_forward is 0 there.*`ip netns exec router sysctl -w net\.ipv4\.ip_forward=1`/);
  assert.match(why('route-get-forwarding-off'), /^No route to host: a packet for 198\.51\.100\.1 arriving on veth1 is for somebody else/);
  assert.match(why('ping-no-way-back'), /ns2 has no route back to 192\.0\.2\.1.*`ip -n ns2 route add default via 198\.51\.100\.254`/);
  assert.match(why('ping-no-way-back', 'zh'), /两个方向都需要路由/);
});
