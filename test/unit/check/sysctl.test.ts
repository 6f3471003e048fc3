/** The `sysctl KEY = VALUE [in NS]` check: parsing with exact positions, and verdicts in both languages. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCheckLine } from '../../../src/check/parse.ts';
import { ROOT_NS, type Netns, type Snapshot } from '../../../src/model/snapshot.ts';
import { judge } from './fixtures/helpers.ts';

/** The parsed check without its position fields. */
function ok(text: string): Record<string, unknown> {
  const r = parseCheckLine(text, 3);
  if ('error' in r) assert.fail(`${text}: ${r.error.message}`);
  const { line, col, source, ...rest } = r.check;
  return rest;
}

/** The error for a line that starts at column 5 of line 12. */
function err(text: string): { line: number; col: number; message: string } {
  const r = parseCheckLine(text, 12, 5);
  if ('check' in r) assert.fail(`${text}: parsed as ${JSON.stringify(r.check)}`);
  return r.error;
}

function ns(name: string, sysctls: Record<string, string>): Netns {
  return { name, links: [], routes: [], sysctls };
}

/** A router namespace with forwarding off, the root with it on, and ns1 where the probe read nothing. */
const OFF: Snapshot = { root: ns(ROOT_NS, { 'net.ipv4.ip_forward': '1' }), namespaces: [ns('ns1', {}), ns('router', { 'net.ipv4.ip_forward': '0' })] };
const ON: Snapshot = { root: OFF.root, namespaces: [ns('ns1', {}), ns('router', { 'net.ipv4.ip_forward': '1' })] };
const HOST = "the host (the lab's root namespace)";

test('sysctl KEY = VALUE [in NS] parses', () => {
  assert.deepEqual(ok('sysctl net.ipv4.ip_forward = 1 in router'), { negated: false, kind: 'sysctl', key: 'net.ipv4.ip_forward', value: '1', netns: 'router' });
  assert.deepEqual(ok('sysctl net.ipv4.ip_forward = 0'), { negated: false, kind: 'sysctl', key: 'net.ipv4.ip_forward', value: '0', netns: '' });
  assert.deepEqual(ok('not  sysctl  net.ipv4.ip_forward  =  1  in  router'), { negated: true, kind: 'sysctl', key: 'net.ipv4.ip_forward', value: '1', netns: 'router' });
});

test('sysctl: errors point at the word and say what to write', () => {
  assert.deepEqual(err('sysctl'), { line: 12, col: 11, message: 'expected a sysctl key (like `net.ipv4.ip_forward`) after `sysctl`, but the line ends there' });
  assert.deepEqual(err('sysctl net.ipv4.ip_forward=1 in router'), {
    line: 12, col: 31, message: 'write spaces around `=`: `sysctl net.ipv4.ip_forward = 1`, the way `sysctl KEY` prints it',
  });
  assert.deepEqual(err('sysctl net.ipv4.ip_forward= in router').message, 'write spaces around `=`: `sysctl net.ipv4.ip_forward = VALUE`, the way `sysctl KEY` prints it');
  assert.deepEqual(err('sysctl = 1'), { line: 12, col: 12, message: 'expected a sysctl key before `=`, like `sysctl net.ipv4.ip_forward = 1`' });
  assert.deepEqual(err('sysctl net/ipv4/ip_forward = 1'), { line: 12, col: 12, message: 'write the key with dots, as `sysctl` prints it: `net.ipv4.ip_forward`' });
  assert.deepEqual(err('sysctl net.ipv4.conf.all.rp_filter = 1'), {
    line: 12, col: 12, message: 'the tutor reads only `net.ipv4.ip_forward` from each namespace, so `net.ipv4.conf.all.rp_filter` cannot be checked',
  });
  assert.deepEqual(err('sysctl net.ipv4.ip_foward = 1'), {
    line: 12, col: 12, message: 'the tutor reads only `net.ipv4.ip_forward` from each namespace, so `net.ipv4.ip_foward` cannot be checked (did you mean `net.ipv4.ip_forward`?)',
  });
  assert.deepEqual(err('sysctl net.ipv4.ip_forward 1'), {
    line: 12, col: 32, message: 'expected `= VALUE` after `sysctl net.ipv4.ip_forward`, found `1` (write `net.ipv4.ip_forward = 1`)',
  });
  assert.deepEqual(err('sysctl net.ipv4.ip_forward is 1'), {
    line: 12, col: 32, message: 'expected `= VALUE` after `sysctl net.ipv4.ip_forward`, found `is` (did you mean `=`?)',
  });
  assert.deepEqual(err('sysctl net.ipv4.ip_forward').message, 'expected `= VALUE` after `sysctl net.ipv4.ip_forward`, but the line ends there');
  assert.deepEqual(err('sysctl net.ipv4.ip_forward to 1').message, 'expected `= VALUE` after `sysctl net.ipv4.ip_forward`, found `to`');
  assert.deepEqual(err('sysctl net.ipv4.ip_forward ='), { line: 12, col: 33, message: 'expected the value 0 or 1 after `sysctl net.ipv4.ip_forward =`, but the line ends there' });
  assert.deepEqual(err('sysctl net.ipv4.ip_forward = on in router'), { line: 12, col: 34, message: 'net.ipv4.ip_forward is 0 or 1, found `on`' });
  assert.deepEqual(err('sysctl net.ipv4.ip_forward = 1 in'), { line: 12, col: 38, message: 'expected a namespace name after `sysctl net.ipv4.ip_forward = 1 in`, but the line ends there' });
  assert.deepEqual(err('sysctl net.ipv4.ip_forward = 1 on router'), { line: 12, col: 36, message: 'unexpected `on` after `sysctl net.ipv4.ip_forward = 1`: the check ends there' });
  assert.deepEqual(err('sysctrl net.ipv4.ip_forward = 1').message.slice(0, 45), 'unknown check `sysctrl` (did you mean `sysctl');
});

test('sysctl: verdicts compare the value the kernel holds', async () => {
  assert.deepEqual(await judge('sysctl net.ipv4.ip_forward = 1 in router', ON), { ok: true, reason: 'net.ipv4.ip_forward in router is 1: it forwards packets between its interfaces' });
  assert.deepEqual(await judge('sysctl net.ipv4.ip_forward = 1 in router', OFF), {
    ok: false, reason: 'net.ipv4.ip_forward in router is 0: it does not forward packets between its interfaces, but this step expects it to be 1',
  });
  assert.deepEqual(await judge('sysctl net.ipv4.ip_forward = 0 in router', OFF), { ok: true, reason: 'net.ipv4.ip_forward in router is 0: it does not forward packets between its interfaces' });
  assert.deepEqual(await judge('not sysctl net.ipv4.ip_forward = 0 in router', OFF), {
    ok: false, reason: 'net.ipv4.ip_forward in router is 0: it does not forward packets between its interfaces, but this step expects it not to be 0',
  });
  assert.deepEqual(await judge('sysctl net.ipv4.ip_forward = 1', OFF), { ok: true, reason: `net.ipv4.ip_forward in ${HOST} is 1: it forwards packets between its interfaces` });
  assert.deepEqual(await judge('sysctl net.ipv4.ip_forward = 1 in r2', OFF), {
    ok: false, reason: 'there is no namespace named r2 (the lab has: ns1, router), but this step expects it to be 1',
  });
  // Not read by the probe: undecided, negated or not.
  assert.deepEqual(await judge('sysctl net.ipv4.ip_forward = 1 in ns1', OFF), { ok: false, reason: 'the tutor could not read net.ipv4.ip_forward in ns1' });
  assert.deepEqual(await judge('not sysctl net.ipv4.ip_forward = 1 in ns1', OFF), { ok: false, reason: 'the tutor could not read net.ipv4.ip_forward in ns1' });
});

test('sysctl: reasons in Chinese', async () => {
  const zh = { lang: 'zh' as const };
  assert.deepEqual(await judge('sysctl net.ipv4.ip_forward = 1 in router', OFF, zh), {
    ok: false, reason: 'router 中的 net.ipv4.ip_forward 是 0：它不在接口之间转发报文，但这一步期望它是 1',
  });
  assert.deepEqual(await judge('sysctl net.ipv4.ip_forward = 1 in router', ON, zh), { ok: true, reason: 'router 中的 net.ipv4.ip_forward 是 1：它会在接口之间转发报文' });
  assert.deepEqual(await judge('not sysctl net.ipv4.ip_forward = 1 in router', ON, zh), {
    ok: false, reason: 'router 中的 net.ipv4.ip_forward 是 1：它会在接口之间转发报文，但这一步期望它不是 1',
  });
  assert.deepEqual(await judge('sysctl net.ipv4.ip_forward = 1', OFF, zh), { ok: true, reason: '宿主机（实验环境的根命名空间）中的 net.ipv4.ip_forward 是 1：它会在接口之间转发报文' });
  assert.deepEqual(await judge('sysctl net.ipv4.ip_forward = 1 in ns1', OFF, zh), { ok: false, reason: '无法读取 ns1 中的 net.ipv4.ip_forward' });
});
