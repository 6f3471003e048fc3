import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endsIntoUnnamedNamespaces, runSettled } from '../../../src/lab/settle.ts';
import type { RunResult } from '../../../src/model/run-result.ts';
import { EMPTY_SNAPSHOT, ROOT_NS, type Link, type Netns, type Snapshot } from '../../../src/model/snapshot.ts';
import { lo } from '../../helpers/snapshot-builders.ts';

function veth(name: string, ifindex: number, peerNs: string | null): Link {
  return {
    name, ifindex, kind: 'veth', up: true, operstate: 'UP', flags: ['UP'], mtu: 1500, mac: '02:00:00:00:00:01',
    qdisc: 'noqueue', master: null, peer: { name: peerNs === null ? null : 'eth0', ifindex: 2, netns: peerNs }, addrs: [],
  };
}
const ns = (name: string, links: Link[]): Netns => ({ name, links: [lo(true), ...links], routes: [], sysctls: {} });
const snap = (root: Link[], named: Netns[] = []): Snapshot => ({ root: ns(ROOT_NS, root), namespaces: named });
const RESULT: RunResult = { argv: [['ip']], exitCode: 0, signal: null, stdout: '', stderr: '', durationMs: 1, interrupted: false, timedOut: false };

test('endsIntoUnnamedNamespaces: only veth ends whose other end is in a namespace without a name', () => {
  assert.deepEqual(endsIntoUnnamedNamespaces(EMPTY_SNAPSHOT), []);
  const s = snap([veth('veth-ctr1', 5, null), veth('veth-ctr2', 7, 'ctr2')], [ns('ctr2', [veth('eth0', 2, ROOT_NS), veth('x', 3, null)])]);
  assert.deepEqual(endsIntoUnnamedNamespaces(s), ['/veth-ctr1#5', 'ctr2/x#3']);
});

/** A probe that answers the snapshots in turn, then the last one forever; counts its calls. */
function probes(...seq: Snapshot[]) {
  let calls = 0;
  return { probe: async () => seq[Math.min(calls++, seq.length - 1)]!, calls: () => calls };
}

test('runSettled: a command that deletes no namespace runs alone, without a probe', async () => {
  const p = probes(EMPTY_SNAPSHOT);
  let ran = 0;
  const r = await runSettled([['ip', 'link', 'delete', 'veth7']], async () => { ran++; return RESULT; }, p.probe);
  assert.equal(r, RESULT);
  assert.equal(ran, 1);
  assert.equal(p.calls(), 0);
});

test('runSettled: after `ip netns del`, waits until the ends left behind are gone', async () => {
  const before = snap([veth('veth-ctr1', 5, 'ctr1')], [ns('ctr1', [veth('eth0', 2, ROOT_NS)])]);
  const dying = snap([veth('veth-ctr1', 5, null)]);
  const gone = snap([]);
  const p = probes(before, dying, dying, dying, gone);
  const r = await runSettled([['ip', 'netns', 'del', 'ctr1']], async () => RESULT, p.probe);
  assert.equal(r, RESULT);
  assert.equal(p.calls(), 5, 'one probe before, then until the end had gone');
});

test('runSettled: `ip -all netns delete` too; ends that pointed nowhere before are not waited for', async () => {
  const docker = veth('veth0a1b', 9, null);
  const p = probes(snap([docker, veth('v1', 5, 'ns1')]), snap([docker, veth('v1', 5, null)]), snap([docker]));
  await runSettled([['ip', '-all', 'netns', 'delete']], async () => RESULT, p.probe);
  assert.equal(p.calls(), 3);
});

test('runSettled: waits no longer than its limit, and a failing probe ends the wait', { timeout: 30_000 }, async () => {
  const stuck = probes(snap([]), snap([veth('v1', 5, null)]));
  // An end that never goes: the wait ends at the limit (the test's own timeout catches one that would not).
  await runSettled([['ip', 'netns', 'delete', 'ns1']], async () => RESULT, stuck.probe, 100);
  assert.ok(stuck.calls() >= 3);
  let n = 0;
  const failing = async () => { if (n++ > 0) throw new Error('lab closed'); return snap([]); };
  assert.equal(await runSettled([['ip', 'netns', 'delete', 'ns1']], async () => RESULT, failing), RESULT);
  assert.equal(n, 2);
});
