/** The output explainers: exact spans on the article's outputs, detection, foreign and empty outputs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFamily, explainOutput, type OutputExplanation } from '../../../src/explain/index.ts';
import { capture, outputOf } from './fixtures.ts';

/** The note on exactly this text of line `line`, or undefined. */
function noteOn(e: OutputExplanation, output: string, line: number, text: string, from = 0): string | undefined {
  const l = output.split('\n')[line] ?? '';
  const start = l.indexOf(text, from);
  assert.ok(start >= 0, `"${text}" is not on line ${line}`);
  return e.annotations.find((a) => a.line === line && a.start === start && a.end === start + text.length)?.note;
}

test('the article\'s `ip netns exec ns0 ip addr`: every part of lo\'s two lines', () => {
  const c = capture('ns0-addr-lo-down');
  const out = outputOf(c);
  const e = explainOutput(c.argv, out, 'en');
  assert.ok(e);
  assert.equal(e.family, 'ip-addr');
  assert.match(noteOn(e, out, 0, '1') ?? '', /interface index/);
  assert.match(noteOn(e, out, 0, 'lo') ?? '', /loopback/);
  assert.match(noteOn(e, out, 0, '<LOOPBACK>') ?? '', /No UP .*administratively down.*`ip -n ns0 link set lo up`/);
  assert.match(noteOn(e, out, 0, 'LOOPBACK', 2) ?? '', /^LOOPBACK:/);
  assert.match(noteOn(e, out, 0, 'mtu 65536') ?? '', /largest packet/);
  assert.match(noteOn(e, out, 0, 'qdisc noop') ?? '', /drops/);
  assert.match(noteOn(e, out, 0, 'state DOWN') ?? '', /administratively down/);
  assert.match(noteOn(e, out, 0, 'group default') ?? '', /group/);
  assert.match(noteOn(e, out, 0, 'qlen 1000') ?? '', /1000 packets/);
  assert.match(noteOn(e, out, 1, 'link/loopback') ?? '', /loopback/);
  assert.match(noteOn(e, out, 1, '00:00:00:00:00:00') ?? '', /all zeros/);
  assert.match(noteOn(e, out, 1, 'brd 00:00:00:00:00:00') ?? '', /broadcast/);
  assert.ok(e.summary.some((s) => /lo is down/.test(s)));
});

test('veth1-peer@veth7 with M-DOWN, both ends in one namespace', () => {
  const c = capture('host-addr-veth-pair');
  const out = outputOf(c);
  const e = explainOutput(c.argv, out, 'en')!;
  const line = out.split('\n').findIndex((l) => l.includes('veth1-peer@veth7'));
  assert.match(noteOn(e, out, line, '@veth7') ?? '', /other end of this veth pair is veth7, in this same namespace/);
  assert.match(noteOn(e, out, line, 'M-DOWN') ?? '', /\(veth7\) is down/);
  assert.match(noteOn(e, out, line, 'veth1-peer') ?? '', /veth pair/);
  assert.ok(e.summary.some((s) => /veth1-peer and veth7 are the two ends of one veth pair/.test(s)));
});

test('after the move: @ifN, link-netns, link-netnsid, NO-CARRIER and LOWERLAYERDOWN', () => {
  const moved = capture('ns0-addr-after-move');
  const out = outputOf(moved);
  const e = explainOutput(moved.argv, out, 'zh')!;
  const line = out.split('\n').findIndex((l) => l.includes('veth7@if2'));
  assert.match(noteOn(e, out, line, '@if2') ?? '', /命名空间 ns1 中编号为 2 的接口/);
  assert.match(noteOn(e, out, line + 1, 'link-netns ns1') ?? '', /另一端在命名空间 ns1 里/);

  const root = capture('ns1-addr-peer-in-root');
  const e2 = explainOutput(root.argv, outputOf(root), 'en')!;
  assert.ok(e2.annotations.some((a) => /link-netnsid 0: .*usually the host/.test(a.note)));

  const half = capture('ns0-addr-veth-up-peer-down');
  const o3 = outputOf(half);
  const e3 = explainOutput(half.argv, o3, 'en')!;
  const l3 = o3.split('\n').findIndex((l) => l.includes('veth7@if2'));
  assert.match(noteOn(e3, o3, l3, 'NO-CARRIER') ?? '', /other end of the veth is still down/);
  assert.match(noteOn(e3, o3, l3, 'state LOWERLAYERDOWN') ?? '', /layer below is down/);
});

test('addresses: inet with its prefix, scope, label, lifetimes, tentative', () => {
  const c = capture('ns0-addr-final');
  const out = outputOf(c);
  const e = explainOutput(c.argv, out, 'en')!;
  const line = out.split('\n').findIndex((l) => l.includes('inet 192.0.0.1/24'));
  assert.match(noteOn(e, out, line, 'inet 192.0.0.1/24') ?? '', /192\.0\.0\.0–192\.0\.0\.255/);
  assert.match(noteOn(e, out, line, 'scope global') ?? '', /other hosts/);
  assert.match(noteOn(e, out, line, 'veth7', 30) ?? '', /label/);
  assert.match(noteOn(e, out, line + 1, 'valid_lft forever') ?? '', /set by hand/);
  assert.ok(e.annotations.some((a) => /^an IPv6 link-local address/.test(a.note)));
});

test('ip netns list with ids, ls /var/run/netns/, empty list', () => {
  const ids = capture('netns-list-ids');
  const out = outputOf(ids);
  const e = explainOutput(ids.argv, out, 'en')!;
  assert.match(noteOn(e, out, 0, '(id: 0)') ?? '', /handed out only once/);
  assert.equal(explainOutput(['ls', '/var/run/netns/'], 'ns0\nns1\n', 'en')?.family, 'ls-netns');
  const empty = explainOutput(['ip', 'netns', 'list'], '', 'en');
  assert.equal(empty?.annotations.length, 0);
  assert.match(empty?.summary[0] ?? '', /No named namespace yet/);
});

test('ping: header, reply fields, statistics, failures in both locales', () => {
  const c = capture('ping-across');
  const out = outputOf(c);
  const e = explainOutput(c.argv, out, 'en')!;
  assert.match(noteOn(e, out, 1, 'icmp_seq=1') ?? '', /sequence number/);
  assert.match(noteOn(e, out, 1, 'ttl=64') ?? '', /crossed no router/);
  assert.match(noteOn(e, out, 0, '56(84) bytes') ?? '', /84 bytes in all/);
  assert.ok(e.summary[0]?.includes('3 sent, 3 received'));
  for (const name of ['ping-unreachable', 'ping-unreachable-zh']) {
    const u = capture(name);
    const eu = explainOutput(u.argv, outputOf(u), 'zh')!;
    assert.match(eu.annotations[0]?.note ?? '', /没有通往这个地址的路由/);
  }
  const dhu = capture('ping-host-unreachable');
  const ed = explainOutput(dhu.argv, outputOf(dhu), 'en')!;
  assert.ok(ed.annotations.some((a) => /who has 192\.0\.0\.9/.test(a.note)));
});

test('ip route and ip neigh lines', () => {
  const r = capture('ns1-route-default');
  const er = explainOutput(r.argv, outputOf(r), 'en')!;
  assert.ok(er.annotations.some((a) => /^via 192\.0\.0\.1: the next hop/.test(a.note)));
  assert.ok(er.summary.some((s) => /Everything else goes to the router 192\.0\.0\.1/.test(s)));
  const n = capture('ns0-neigh-failed');
  const en = explainOutput(n.argv, outputOf(n), 'en')!;
  assert.ok(en.annotations.some((a) => /^FAILED/.test(a.note)));
  assert.match(explainOutput(['ip', 'route'], '', 'en')?.summary[0] ?? '', /No routes/);
});

test('detectFamily: from the command line first, else from the text', () => {
  const addr = outputOf(capture('ns0-addr-final'));
  assert.equal(detectFamily(addr), 'ip-addr');
  assert.equal(detectFamily(outputOf(capture('host-link-veth-pair'))), 'ip-link');
  assert.equal(detectFamily(outputOf(capture('ping-lo'))), 'ping');
  assert.equal(detectFamily(outputOf(capture('ns0-route'))), 'ip-route');
  assert.equal(detectFamily(outputOf(capture('ns0-neigh'))), 'ip-neigh');
  assert.equal(detectFamily(outputOf(capture('netns-list-ids'))), 'netns-list');
  assert.equal(detectFamily('ns0\n', ['ls', '/var/run/netns/']), 'ls-netns');
  assert.equal(detectFamily('', ['ip', '-n', 'ns0', 'r']), 'ip-route');
  assert.equal(detectFamily('', ['ip', 'netns', 'exec', 'ns0', 'ip', 'n']), 'ip-neigh');
  assert.equal(detectFamily('{"x":1}', ['ip', '-j', 'addr']), null);
  assert.equal(detectFamily('hello world'), null);
});

test('foreign interfaces the lessons never create are explained, not tripped over', () => {
  const text = [
    '2: wlan0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000',
    '    link/ether 3c:22:fb:01:02:03 brd ff:ff:ff:ff:ff:ff permaddr 3c:22:fb:01:02:04',
    '    altname wlp2s0',
    '    inet 10.1.2.3/24 brd 10.1.2.255 scope global dynamic noprefixroute wlan0',
    '       valid_lft 85000sec preferred_lft 85000sec',
    '5: eth0.10@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000',
    '6: bond0: <BROADCAST,MULTICAST,MASTER,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000',
    '7: eth1: <BROADCAST,MULTICAST,SLAVE,UP,LOWER_UP> mtu 1500 qdisc fq_codel master bond0 state UP group default qlen 1000',
    '8: docker0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default',
    '9: tun0: <POINTOPOINT,MULTICAST,NOARP,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UNKNOWN group default qlen 500',
    '    link/none ',
    '    inet 10.8.0.2 peer 10.8.0.1/32 scope global tun0',
  ].join('\n');
  const e = explainOutput(null, text, 'en')!;
  assert.equal(e.family, 'ip-addr');
  const notes = e.annotations.map((a) => a.note).join('\n');
  assert.match(notes, /wlan0: by its name, a Wi-Fi card/);
  assert.match(notes, /@eth0: the device it sits on/);
  assert.match(notes, /MASTER: a bond/);
  assert.match(notes, /master bond0/);
  assert.match(notes, /docker0: a bridge/);
  assert.match(notes, /link\/none/);
  assert.match(notes, /brd 10\.1\.2\.255: this subnet's broadcast address/);
  assert.match(notes, /dynamic: obtained automatically/);
  assert.match(notes, /valid_lft 85000sec: the address disappears/);
  assert.match(notes, /peer 10\.8\.0\.1\/32/);
});

test('an error printed instead of the expected output is not explained as that output', () => {
  const c = capture('err-no-netns');
  assert.equal(explainOutput(c.argv, outputOf(c), 'en'), null);
  assert.equal(explainOutput(['ip', 'link', 'set', 'lo', 'up'], '', 'en'), null);
  assert.equal(explainOutput(null, '', 'en'), null);
});
