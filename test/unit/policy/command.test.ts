import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCommandLine, programsOf, type ParsedLine } from '../../../src/policy/command.ts';
import { describeRefusal } from '../../../src/policy/refusal-text.ts';

const refusal = (line: string, extraTools: string[] = []) => {
  const p = parseCommandLine(line, { extraTools });
  assert.equal(p.kind, 'refuse', `${line} should be refused`);
  return (p as Extract<ParsedLine, { kind: 'refuse' }>).refusal;
};
const runs = (line: string, extraTools: string[] = []) => {
  const p = parseCommandLine(line, { extraTools });
  assert.equal(p.kind, 'run', `${line} should run, got ${JSON.stringify(p)}`);
  return p as Extract<ParsedLine, { kind: 'run' }>;
};

test("the article's commands run as typed", () => {
  for (const c of ['ip netns list', 'ip netns add ns0', 'ls /var/run/netns/', 'ip netns exec ns0 ip addr', 'ip netns exec ns0 ping 127.0.0.1',
    'ip link add veth7 type veth peer name veth1-peer', 'ip a', 'ip netns exec ns1 ping 192.0.0.1']) {
    assert.deepEqual(runs(c).pipeline, [c.split(' ')]);
  }
});

test('a leading "$ " and sudo are stripped with a note', () => {
  const p = runs('$ sudo ip netns add ns0');
  assert.deepEqual(p.pipeline, [['ip', 'netns', 'add', 'ns0']]);
  assert.deepEqual(p.notes.map((n) => n.kind), ['stripped-prompt', 'stripped-sudo']);
  assert.deepEqual(runs('sudo -E ip a').pipeline, [['ip', 'a']]);
});

test('a pasted line ending in CR or LF runs', () => {
  assert.deepEqual(runs('ip a\r').pipeline, [['ip', 'a']]);
  assert.deepEqual(runs('ip a\n').pipeline, [['ip', 'a']]);
});

test('quotes group words; a trailing comment is dropped with a note', () => {
  assert.deepEqual(runs('echo "a b" c').pipeline, [['echo', 'a b', 'c']]);
  const p = runs('ip netns exec ns0 ip addr # look');
  assert.deepEqual(p.pipeline, [['ip', 'netns', 'exec', 'ns0', 'ip', 'addr']]);
  assert.deepEqual(p.notes.map((n) => n.kind), ['stripped-comment']);
});

test('one pipeline into the filters', () => {
  assert.deepEqual(runs('ip a | grep veth').pipeline, [['ip', 'a'], ['grep', 'veth']]);
  assert.deepEqual(runs('ip -j link | head -c 100 | wc -c').pipeline.length, 3);
  assert.equal(refusal('ip a | less').kind, 'filter');
  assert.equal(refusal('ip a |').kind, 'operator');
  assert.equal(refusal('ip a | sort -o /etc/passwd').kind, 'option');
});

test('shell operators, redirections and substitution are refused', () => {
  assert.deepEqual(refusal('ls; rm -rf /'), { kind: 'operator', op: ';' });
  assert.deepEqual(refusal('ip a && ip r'), { kind: 'operator', op: '&&' });
  assert.deepEqual(refusal('ip a || true'), { kind: 'operator', op: '||' });
  assert.deepEqual(refusal('ping 127.0.0.1 &'), { kind: 'operator', op: '&' });
  assert.equal(refusal('echo x > /etc/passwd').kind, 'redirect');
  assert.equal(refusal('cat < /etc/shadow').kind, 'redirect');
  assert.equal(refusal('ip a 2>&1').kind, 'redirect');
  assert.deepEqual(refusal('echo $(reboot)'), { kind: 'substitution', what: '$(…)' });
  assert.deepEqual(refusal('echo "$(reboot)"'), { kind: 'substitution', what: '$(…)' });
  assert.deepEqual(refusal('echo `id`'), { kind: 'substitution', what: '`…`' });
  assert.equal(refusal('cat <(ls)').kind, 'substitution');
  assert.deepEqual(runs("echo '$(not run)'").pipeline, [['echo', '$(not run)']]);
});

test('unbalanced quotes, control characters and huge lines are refused', () => {
  assert.deepEqual(refusal('echo "open'), { kind: 'unbalanced-quote', quote: '"' });
  assert.deepEqual(refusal("echo 'open"), { kind: 'unbalanced-quote', quote: "'" });
  assert.equal(refusal('ip a\x00').kind, 'control-chars');
  assert.equal(refusal('ip a\x1b[A').kind, 'control-chars');
  assert.equal(refusal('echo ' + 'x'.repeat(1 << 20)).kind, 'too-long');
});

test('programs outside the lab tools are refused, also behind ip netns exec', () => {
  assert.deepEqual(refusal('rm -rf /'), { kind: 'program', program: 'rm', inner: false });
  assert.deepEqual(refusal('bash'), { kind: 'program', program: 'bash', inner: false });
  assert.deepEqual(refusal('/bin/sh -c id'), { kind: 'program', program: 'sh', inner: false });
  assert.deepEqual(refusal('ip netns exec ns0 bash'), { kind: 'program', program: 'bash', inner: true });
  assert.deepEqual(refusal('ip -all netns exec rm x'), { kind: 'program', program: 'rm', inner: true });
  assert.deepEqual(refusal('ip netns exec ns0 ip netns exec ns1 vi'), { kind: 'program', program: 'vi', inner: true });
  assert.deepEqual(refusal('ip vrf exec red touch x'), { kind: 'program', program: 'touch', inner: true });
  assert.deepEqual(refusal('nsenter -t 1 -n sh'), { kind: 'program', program: 'nsenter', inner: false });
  assert.equal(refusal('ip -batch cmds.txt').kind, 'option');
  assert.deepEqual(runs('ip netns exec ns0 ping -c 1 127.0.0.1').pipeline.length, 1);
});

test("a lesson's requires widens the tools", () => {
  assert.equal(refusal('tcpdump -i veth7').kind, 'program');
  runs('tcpdump -i veth7', ['tcpdump']);
  runs('ip netns exec ns0 tcpdump -i veth7', ['tcpdump']);
});

test('package manager installs are explained, not run', () => {
  assert.deepEqual(refusal('yum install -y iproute'), { kind: 'install', manager: 'yum', packages: ['iproute'] });
  assert.equal(refusal('$ apt-get install iproute2').kind, 'install');
});

test('sysctl writes only net.* keys and loads no files', () => {
  runs('sysctl net.ipv4.ip_forward');
  runs('sysctl -w net.ipv4.ip_forward=1');
  runs('ip netns exec ns0 sysctl net.ipv4.ip_forward=1');
  runs('sysctl kernel.hostname');
  assert.deepEqual(refusal('sysctl -w kernel.hostname=x'), { kind: 'sysctl-write', key: 'kernel.hostname' });
  assert.deepEqual(refusal('sysctl vm.swappiness=0'), { kind: 'sysctl-write', key: 'vm.swappiness' });
  assert.deepEqual(refusal('ip netns exec ns0 sysctl -w kernel/panic=1'), { kind: 'sysctl-write', key: 'kernel.panic' });
  assert.equal(refusal('sysctl -p').kind, 'sysctl-load');
  assert.equal(refusal('sysctl --system').kind, 'sysctl-load');
  // Options as getopt reads them: anywhere, bundled, long ones abbreviated.
  assert.deepEqual(refusal('sysctl ip -w'), { kind: 'sysctl-write', key: 'ip' });
  assert.deepEqual(refusal('sysctl -qw kernel.hostname'), { kind: 'sysctl-write', key: 'kernel.hostname' });
  assert.deepEqual(refusal('sysctl --wr kernel.x'), { kind: 'sysctl-write', key: 'kernel.x' });
  assert.equal(refusal('sysctl -ep').kind, 'sysctl-load');
  assert.equal(refusal('sysctl -qf /etc/sysctl.conf').kind, 'sysctl-load');
  assert.equal(refusal('sysctl --sys').kind, 'sysctl-load');
  assert.equal(refusal('sysctl --lo=/etc/sysctl.conf').kind, 'sysctl-load');
  // sysctl swaps / and . in a key, so a path that climbs out of net/ is refused as typed.
  assert.deepEqual(refusal('sysctl -w net/../kernel/hostname=x'), { kind: 'sysctl-write', key: 'net/../kernel/hostname' });
  assert.deepEqual(refusal('sysctl net...kernel.hostname=x'), { kind: 'sysctl-write', key: 'net...kernel.hostname' });
  assert.deepEqual(refusal('sysctl -w net=1'), { kind: 'sysctl-write', key: 'net' });
  runs('sysctl -w net/ipv4/ip_forward=1');
  runs('sysctl -n -r forward net.ipv4.ip_forward');
  runs('sysctl --values net.ipv4.ip_forward');
  runs('sysctl -a');
});

test('shell builtins, globs and empty lines', () => {
  assert.equal(refusal('cd /tmp').kind, 'shell-builtin');
  assert.equal(refusal('exit').kind, 'shell-builtin');
  assert.deepEqual(refusal('ls /var/run/netns/*'), { kind: 'glob', pattern: '/var/run/netns/*' });
  assert.equal(parseCommandLine('').kind, 'empty');
  assert.equal(parseCommandLine('   ').kind, 'empty');
  assert.equal(parseCommandLine('# a comment').kind, 'empty');
  assert.equal(parseCommandLine('$ ').kind, 'empty');
});

test('every refusal has a message in both languages', () => {
  const lines = ['ls; x', 'echo $(x)', 'echo > f', 'echo "x', 'ls *', 'rm x', 'ip netns exec a rm', 'ip a | less', 'yum install iproute', 'cd /', 'sysctl -w kernel.x=1', 'sysctl -p', 'ip -batch f', 'a\x01', 'x'.repeat(5000)];
  for (const l of lines) {
    for (const lang of ['en', 'zh'] as const) {
      const text = describeRefusal(refusal(l), lang);
      assert.ok(text.length > 10, `${l} (${lang}): ${text}`);
      assert.ok(!/undefined|\[object/.test(text), text);
    }
  }
});

test('programsOf lists what ip netns exec would run', () => {
  assert.deepEqual(programsOf(['ip', 'netns', 'exec', 'ns0', 'ping', '-c', '1', 'x']), ['ip', 'ping']);
  assert.deepEqual(programsOf(['ip', '-n', 'ns0', 'link']), ['ip']);
});
