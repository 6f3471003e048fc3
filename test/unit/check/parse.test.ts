import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHECK_KEYWORDS, isCheckSkipLine, parseCheckLine } from '../../../src/check/parse.ts';

/** The parsed check without its position fields. */
function ok(text: string): Record<string, unknown> {
  const r = parseCheckLine(text, 3);
  if ('error' in r) assert.fail(`${text}: ${r.error.message}`);
  const { line, col, source, ...rest } = r.check;
  assert.equal(line, 3);
  assert.equal(source, text.trim());
  return rest;
}

/** The error for a line that starts at column 5 of line 12. */
function err(text: string): { line: number; col: number; message: string } {
  const r = parseCheckLine(text, 12, 5);
  if ('check' in r) assert.fail(`${text}: parsed as ${JSON.stringify(r.check)}`);
  return r.error;
}

test('netns NAME exists', () => {
  assert.deepEqual(ok('netns ns0 exists'), { negated: false, kind: 'netns-exists', netns: 'ns0' });
  assert.deepEqual(err('netns ns0'), { line: 12, col: 14, message: 'expected `exists` after `netns ns0`, but the line ends there' });
  assert.deepEqual(err('netns ns0 exist'), { line: 12, col: 15, message: 'expected `exists` after `netns ns0`, found `exist` (did you mean `exists`?)' });
  assert.deepEqual(err('netns exists'), { line: 12, col: 11, message: 'expected a namespace name after `netns`, found the keyword `exists`' });
  assert.equal(err('netns a/b exists').col, 11);
  assert.deepEqual(err('netns ns0 exists now'), { line: 12, col: 22, message: 'unexpected `now` after `netns ns0 exists`: the check ends there' });
});

test('link IF [in NS] exists | is up | is down | type KIND | master BR', () => {
  assert.deepEqual(ok('link veth7 exists'), { negated: false, kind: 'link-exists', link: 'veth7', netns: '' });
  assert.deepEqual(ok('link veth7 in ns0 exists'), { negated: false, kind: 'link-exists', link: 'veth7', netns: 'ns0' });
  assert.deepEqual(ok('link lo in ns0 is up'), { negated: false, kind: 'link-state', link: 'lo', netns: 'ns0', up: true });
  assert.deepEqual(ok('link lo is down'), { negated: false, kind: 'link-state', link: 'lo', netns: '', up: false });
  assert.deepEqual(ok('link br0 type Bridge'), { negated: false, kind: 'link-type', link: 'br0', netns: '', type: 'bridge' });
  assert.deepEqual(ok('link br-veth0 master br0'), { negated: false, kind: 'link-master', link: 'br-veth0', netns: '', master: 'br0' });
  assert.deepEqual(err('link veth7 up'), {
    line: 12, col: 16, message: 'expected `exists`, `is up`, `is down`, `type KIND` or `master BR` after `link veth7`, found `up` (did you mean `is up`?)',
  });
  assert.deepEqual(err('link veth7 in ns0 is upp'), { line: 12, col: 26, message: 'expected `up` or `down` after `link veth7 in ns0 is`, found `upp` (did you mean `up`?)' });
  assert.deepEqual(err('link veth7 in'), { line: 12, col: 18, message: 'expected a namespace name after `link veth7 in`, but the line ends there' });
  assert.deepEqual(err('link exists'), { line: 12, col: 10, message: 'expected an interface name after `link`, found the keyword `exists`' });
  assert.deepEqual(err('link veth7-is-too-long exists'), {
    line: 12, col: 10, message: '`veth7-is-too-long` is too long for an interface name: at most 15 characters, it has 17',
  });
  assert.equal(err('link a:b exists').col, 10);
  assert.equal(err('link br0 type "x"').col, 19);
  assert.equal(err('link eth0 master').col, 21);
});

test('veth IF [in NS] peer IF2 [in NS2]', () => {
  assert.deepEqual(ok('veth veth7 in ns0 peer veth1-peer in ns1'),
    { negated: false, kind: 'veth-peer', link: 'veth7', netns: 'ns0', peer: 'veth1-peer', peerNetns: 'ns1' });
  assert.deepEqual(ok('veth veth7 peer veth1-peer'), { negated: false, kind: 'veth-peer', link: 'veth7', netns: '', peer: 'veth1-peer', peerNetns: '' });
  assert.deepEqual(err('veth veth7 in ns0 pear veth1-peer'), { line: 12, col: 23, message: 'expected `peer IF` after `veth veth7 in ns0`, found `pear` (did you mean `peer`?)' });
  assert.deepEqual(err('veth veth7 peer'), { line: 12, col: 20, message: 'expected the peer interface name after `veth veth7 peer`, but the line ends there' });
});

test('addr CIDR on IF [in NS]', () => {
  assert.deepEqual(ok('addr 192.0.0.1/24 on veth7 in ns0'), { negated: false, kind: 'addr', cidr: '192.0.0.1/24', link: 'veth7', netns: 'ns0' });
  assert.deepEqual(ok('addr 2001:db8::10/64 on veth0'), { negated: false, kind: 'addr', cidr: '2001:db8::10/64', link: 'veth0', netns: '' });
  assert.deepEqual(err('addr 192.0.0.1 on veth7'), {
    line: 12, col: 10,
    message: 'expected an address with its prefix, like 192.0.0.1/24, found `192.0.0.1` without a prefix length: add one, like /24 (IPv4) or /64 (IPv6)',
  });
  assert.deepEqual(err('addr 192.0.0.1/33 on veth7'), { line: 12, col: 20, message: '`/33` is not a prefix length: an IPv4 prefix is a number from 0 to 32' });
  assert.deepEqual(err('addr 192.0.0.256/24 on veth7'), {
    line: 12, col: 10, message: '`192.0.0.256` is not an IPv4 or IPv6 address (expected an address with its prefix, like 192.0.0.1/24)',
  });
  assert.equal(err('addr fe80::1::2/64 on veth7').col, 10);
  assert.deepEqual(err('addr 192.0.0.1/24 dev veth7'), { line: 12, col: 23, message: 'expected `on IF` after `addr 192.0.0.1/24`, found `dev`' });
});

test('route DEST [via GW] [dev IF] [in NS]', () => {
  assert.deepEqual(ok('route default via 10.0.0.1 dev veth0 in ns0'), { negated: false, kind: 'route', dest: 'default', via: '10.0.0.1', dev: 'veth0', netns: 'ns0' });
  assert.deepEqual(ok('route 192.0.0.0/24 dev veth7 in ns0'), { negated: false, kind: 'route', dest: '192.0.0.0/24', via: null, dev: 'veth7', netns: 'ns0' });
  assert.deepEqual(ok('route 10.1.0.5 in ns0'), { negated: false, kind: 'route', dest: '10.1.0.5', via: null, dev: null, netns: 'ns0' });
  assert.deepEqual(err('route 192.0.0.1/24'), {
    line: 12, col: 11, message: '`192.0.0.1/24` has host bits set; the kernel keeps a route by its network, so write `192.0.0.0/24`',
  });
  assert.deepEqual(err('route default dev veth0 via 10.0.0.1'), { line: 12, col: 29, message: '`via GW` must come before `dev IF`: write route DEST [via GW] [dev IF] [in NS]' });
  assert.deepEqual(err('route default in ns0 in ns1'), { line: 12, col: 26, message: '`in NS` is given twice: write route DEST [via GW] [dev IF] [in NS]' });
  assert.deepEqual(err('route default gw 10.0.0.1'), {
    line: 12, col: 19, message: 'expected `via GW`, `dev IF`, `in NS` or the end of the line after `route default`, found `gw`',
  });
  assert.deepEqual(err('route default via 10.0.0.0/24'), {
    line: 12, col: 23, message: 'expected a gateway address (IPv4 or IPv6, no prefix) after `via`, found `10.0.0.0/24`',
  });
  assert.equal(err('route nowhere').col, 11);
});

test('ping ADDR [from NS] succeeds|fails', () => {
  assert.deepEqual(ok('ping 192.0.0.1 from ns1 succeeds'), { negated: false, kind: 'ping', addr: '192.0.0.1', from: 'ns1', expect: 'succeeds' });
  assert.deepEqual(ok('ping ::1 fails'), { negated: false, kind: 'ping', addr: '::1', from: '', expect: 'fails' });
  assert.deepEqual(err('ping 192.0.0.1 in ns1 succeeds'), {
    line: 12, col: 20, message: 'expected `succeeds` or `fails` after `ping 192.0.0.1`, found `in` (did you mean `from`?)',
  });
  assert.deepEqual(err('ping host1 succeeds'), { line: 12, col: 10, message: 'expected an IPv4 or IPv6 address to ping, found `host1`' });
  assert.deepEqual(err('ping 127.0.0.1 from ns0'), { line: 12, col: 28, message: 'expected `succeeds` or `fails` after `ping 127.0.0.1 from ns0`, but the line ends there' });
});

test('ran PREFIX… reads words like a shell line', () => {
  assert.deepEqual(ok('ran ip netns list'), { negated: false, kind: 'ran', words: ['ip', 'netns', 'list'] });
  assert.deepEqual(ok(`ran grep 'inet 192' "a \\"b\\"" c\\ d`), { negated: false, kind: 'ran', words: ['grep', 'inet 192', 'a "b"', 'c d'] });
  assert.deepEqual(err('ran'), { line: 12, col: 8, message: 'expected the words of a command after `ran`, like `ran ip netns list`' });
  assert.deepEqual(err('ran ip a | grep lo'), {
    line: 12, col: 14, message: '`ran` takes the words of one command: `|` is not allowed here (quote it if it is part of a word)',
  });
  assert.deepEqual(err(`ran echo 'abc`), { line: 12, col: 14, message: 'the single quote opened here is never closed' });
  assert.deepEqual(err('ran sudo ip netns add ns0'), { line: 12, col: 9, message: 'commands are recorded without a leading `sudo`; write `ran ip netns add ns0`' });
});

test('exit succeeds|fails', () => {
  assert.deepEqual(ok('exit succeeds'), { negated: false, kind: 'exit', expect: 'succeeds' });
  assert.deepEqual(ok('not exit fails'), { negated: true, kind: 'exit', expect: 'fails' });
  assert.deepEqual(err('exit failed'), { line: 12, col: 10, message: 'expected `succeeds` or `fails` after `exit`, found `failed` (did you mean `fails`?)' });
  assert.deepEqual(err('exit'), { line: 12, col: 9, message: 'expected `succeeds` or `fails` after `exit`, but the line ends there' });
});

test('output contains "TEXT"', () => {
  assert.deepEqual(ok('output contains "state DOWN"'), { negated: false, kind: 'output-contains', text: 'state DOWN' });
  assert.deepEqual(ok('output contains "say \\"hi\\" \\\\ bye"'), { negated: false, kind: 'output-contains', text: 'say "hi" \\ bye' });
  assert.deepEqual(ok('output contains "网络不可达"'), { negated: false, kind: 'output-contains', text: '网络不可达' });
  assert.deepEqual(err('output contains state'), {
    line: 12, col: 21, message: 'expected the text in double quotes after `output contains`, like output contains "inet 192.0.0.1/24"',
  });
  assert.deepEqual(err('output contains "abc'), { line: 12, col: 21, message: 'the text opened here has no closing `"`' });
  assert.deepEqual(err('output contains "a\\tb"'), { line: 12, col: 23, message: 'unknown escape `\\t`: inside the quotes only \\" and \\\\ are escapes' });
  assert.deepEqual(err('output contains "ab" cd'), { line: 12, col: 26, message: 'unexpected `cd` after the closing quote: the check ends there' });
  assert.equal(err('output contains ""').message, 'the text between the quotes is empty, so the check would always hold');
  assert.deepEqual(err('output contain "x"'), {
    line: 12, col: 12, message: 'expected `contains "TEXT"` or `matches /REGEX/` after `output`, found `contain` (did you mean `contains`?)',
  });
});

test('output matches /REGEX/flags, validated when parsed', () => {
  assert.deepEqual(ok('output matches /inet 192\\.0\\.0\\.\\d+\\/24/'), { negated: false, kind: 'output-matches', regex: 'inet 192\\.0\\.0\\.\\d+\\/24', flags: '' });
  assert.deepEqual(ok('output matches /[/]run/i'), { negated: false, kind: 'output-matches', regex: '[/]run', flags: 'i' });
  assert.deepEqual(err('output matches /(unclosed/'), { line: 12, col: 20, message: 'invalid regular expression /(unclosed/: Unterminated group' });
  assert.deepEqual(err('output matches /abc'), { line: 12, col: 20, message: 'the regular expression opened here has no closing `/`' });
  assert.deepEqual(err('output matches /abc/q'), { line: 12, col: 25, message: 'unknown regular expression flag `q`: flags are d, g, i, m, s, u, v, y' });
  assert.deepEqual(err('output matches abc'), {
    line: 12, col: 20, message: 'expected a regular expression between slashes after `output matches`, like output matches /192\\.0\\.0\\.\\d+/',
  });
});

test('file PATH exists', () => {
  assert.deepEqual(ok('file /var/run/netns/ns0 exists'), { negated: false, kind: 'file-exists', path: '/var/run/netns/ns0' });
  assert.deepEqual(err('file var/run/netns/ns0 exists'), { line: 12, col: 10, message: 'expected an absolute path (starting with /) after `file`, found `var/run/netns/ns0`' });
});

test('not, keywords, whitespace and suggestions', () => {
  assert.deepEqual(ok('  not   netns ns0 exists  '), { negated: true, kind: 'netns-exists', netns: 'ns0' });
  const r = parseCheckLine('\tnot link veth7 exists', 4, 9);
  assert.ok('check' in r);
  assert.equal(r.check.col, 10);
  assert.deepEqual(err('lnk veth7 exists'), {
    line: 12, col: 5, message: 'unknown check `lnk` (did you mean `link`?); a check starts with netns, link, veth, addr, route, ping, sysctl, ran, exit, output, file, saw, pinged or error, optionally after `not`',
  });
  assert.match(err('  address 192.0.0.1/24 on veth7').message, /^unknown check `address` \(did you mean `addr`\?\)/);
  assert.equal(err('  address 192.0.0.1/24 on veth7').col, 7);
  assert.doesNotMatch(err('frobnicate x').message, /did you mean/);
  assert.deepEqual(err('not'), { line: 12, col: 8, message: 'expected a check (one of netns, link, veth, addr, route, ping, sysctl, ran, exit, output, file, saw, pinged or error) after `not`, but the line ends there' });
  assert.deepEqual(err('not not netns ns0 exists'), { line: 12, col: 9, message: '`not` can appear only once, at the start of the line' });
  assert.deepEqual([...CHECK_KEYWORDS].sort(), ['addr', 'error', 'exit', 'file', 'link', 'netns', 'not', 'output', 'ping', 'pinged', 'ran', 'route', 'saw', 'sysctl', 'veth']);
});

test('blank and comment lines are skipped, not parsed', () => {
  assert.equal(isCheckSkipLine(''), true);
  assert.equal(isCheckSkipLine('   \t'), true);
  assert.equal(isCheckSkipLine('  # lo comes up first'), true);
  assert.equal(isCheckSkipLine('netns ns0 exists'), false);
  assert.equal(err('   ').message, 'expected a check, found a blank line');
  assert.equal(err('   ').col, 5);
  assert.equal(err('# a note').message, 'expected a check, found a comment (skip comment lines before parsing)');
});
