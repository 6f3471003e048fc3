/**
 * The options of the lab's tools that the lab refuses, read as each tool
 * reads them (getopt's bundles, abbreviated long options, anywhere on the
 * line), and the everyday ones it lets through.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCommandLine, type Refusal } from '../../../src/policy/command.ts';
import { describeRefusal } from '../../../src/policy/refusal-text.ts';

const WITH_CURL = { extraTools: ['curl'] };
const refusal = (line: string): Refusal => {
  const r = parseCommandLine(line, WITH_CURL);
  assert.equal(r.kind, 'refuse', `${line} should be refused`);
  return (r as { refusal: Refusal }).refusal;
};
const why = (line: string) => {
  const r = refusal(line);
  assert.equal(r.kind, 'option', `${line}: ${JSON.stringify(r)}`);
  return (r as { why: string }).why;
};
const runs = (line: string) => assert.equal(parseCommandLine(line, WITH_CURL).kind, 'run', line);

test('curl: the options of the lessons and of everyday fetching run', () => {
  for (const l of [
    'curl -sS -m 2 http://203.0.113.1:8080/', 'curl -s -m 2 http://127.0.0.1:80/', 'curl -sSm2 http://10.0.0.1/', 'curl -v http://10.0.0.1/',
    'curl -I http://10.0.0.1/', 'curl -s -o /dev/null -w "%{http_code}" http://10.0.0.1/', 'curl -o - http://10.0.0.1/', 'curl -D - http://10.0.0.1/',
    'curl --max-time 2 --silent http://10.0.0.1/', 'curl --max-ti 2 http://10.0.0.1/', 'curl -H "Host: x" -X POST -d a=b http://10.0.0.1/',
    'curl --interface veth0 http://10.0.0.1/', 'curl --no-progress-meter http://10.0.0.1/', 'curl --no-verbose http://10.0.0.1/',
    'curl http://10.0.0.1/ -m 2', 'ip netns exec ns0 curl -s http://10.0.0.1/', 'curl --help', 'curl --help all', 'curl -V', 'curl -h',
  ]) runs(l);
});

test('curl: options that write files, read settings or load code are refused', () => {
  assert.equal(why('curl -o /tmp/x http://10.0.0.1/'), 'writes');
  assert.equal(why('curl -so/tmp/x http://10.0.0.1/'), 'writes');
  assert.equal(why('curl --output /etc/passwd http://10.0.0.1/'), 'writes');
  assert.equal(why('curl --outp /tmp/x http://10.0.0.1/'), 'writes', 'an abbreviation of --output');
  assert.equal(why('curl -D /tmp/h http://10.0.0.1/'), 'writes');
  for (const l of ['curl -O http://10.0.0.1/x', 'curl -K /tmp/cfg', 'curl -c /tmp/jar http://x/', 'curl --trace /tmp/t http://x/', 'curl --engine /tmp/x.so http://x/',
    'curl --unix-socket /var/run/docker.sock http://x/', 'curl --config /tmp/c', 'curl --libcurl /tmp/c http://x/', 'curl -sO http://x/y', 'curl -- http://x/', 'curl --output-dir /tmp -O http://x/y']) {
    assert.ok(['curl', 'writes'].includes(why(l)), l);
  }
  // Names an object has of its own kind (constructor, toString) are not curl's options.
  for (const l of ['curl --constructor x http://x/', 'curl --toString http://x/', 'curl --__proto__ x http://x/']) assert.equal(why(l), 'curl', l);
  assert.match(describeRefusal(refusal('curl -K /tmp/cfg'), 'en'), /`curl -K` is not allowed in the lab: .*-o \/dev\/null/);
  assert.match(describeRefusal(refusal('curl -o /tmp/x http://x/'), 'zh'), /实验环境不允许 `curl -o \/tmp\/x`：它会写文件/);
});

test('sort, ss, iptables, ethtool and tc: what would write a file or start a program', () => {
  const refused: [line: string, why: string, what?: string][] = [
    ['ip a | sort -o /tmp/x', 'writes'], ['ip a | sort --outp=/tmp/x', 'writes'], ['ip a | sort -ro/tmp/x', 'writes'], ['ip a | sort --co=sh', 'runs'],
    ['ss -D /tmp/x', 'writes'], ['ss -tnD/tmp/x', 'writes'], ['ss --dia=/tmp/x', 'writes'],
    ['iptables -M /bin/sh -L', 'runs'], ['iptables --modprobe=/bin/sh -L', 'runs'], ['iptables --mo=/bin/sh -L', 'runs'],
    ['ethtool -f veth0 fw.bin', 'device'], ['ethtool -E veth0 magic 1 offset 0 value 1', 'device'], ['ethtool -w veth0 data /tmp/d', 'writes'],
    ['tc -b /tmp/cmds', 'batch'], ['tc exec bpf import /tmp/s run /bin/sh', 'runs'], ['tc e bpf imp /tmp/s run /bin/sh', 'runs'],
    ['ip -b /tmp/cmds', 'batch'], ['ip netns exec ns0 ss -D /tmp/x', 'writes', 'inside a namespace too'],
  ];
  for (const [line, reason, what] of refused) assert.equal(why(line), reason, what ?? line);
  for (const line of [
    'ip a | sort -r', 'ip a | sort -k 2', 'ss -tlnp', 'ip netns exec ns0 ss -ltn',
    'iptables -t nat -nvL', 'iptables -t nat -A POSTROUTING -s 10.0.0.0/24 -j MASQUERADE', 'iptables -LMYCHAIN',
    'ethtool -S veth0', 'ethtool -w veth0', 'tc qdisc show',
  ]) runs(line);
});

test('every refusal of an option reads as a sentence in both languages', () => {
  for (const l of ['ip -batch f', 'sort -o x', 'ss -D x', 'iptables -M x', 'ethtool -f d x', 'curl -K x', 'tc exec bpf']) {
    const line = l.startsWith('sort') ? `ip a | ${l}` : l;
    for (const lang of ['en', 'zh'] as const) {
      const text = describeRefusal(refusal(line), lang);
      assert.doesNotMatch(text, /undefined|\[object/, text);
      assert.ok(text.length > 30, text);
    }
  }
});
