import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { hostState, isRoot, labSkipReason } from '../helpers/lab-env.ts';
import { asOtherUser, NOBODY, otherUserSkipReason } from '../helpers/other-user.ts';
import { tempDir } from '../helpers/tutor.ts';

const root = join(import.meta.dirname, '..', '..');
const skip = (await labSkipReason()) || (!isRoot && '--host needs root');

/**
 * --host runs on "the host" it is started on. The test starts it inside its own
 * network and mount namespaces, so that host is a stand-in and the real one is
 * never touched, and checks that exactly what the session made is removed.
 */
test('--host warns loudly and on exit removes exactly the namespaces and links the session created', { skip }, () => {
  const before = hostState();
  const state = tempDir('nt-host-');
  const cli = `${process.execPath} --import tsx ${join(root, 'src', 'cli.ts')}`;
  const script = [
    'mount -t tmpfs stand-in /run && mkdir -p /run/netns',
    'ip netns add kept && ip link add keep0 type dummy 2>/dev/null || ip link add keep0 type veth peer name keep1',
    `printf 'ip netns add ns0\\nip link add veth7 type veth peer name veth1-peer\\nip link set veth1-peer netns ns0\\n/quit\\n' | XDG_STATE_HOME=${state} NO_COLOR=1 ${cli} start veth-pair --host --plain`,
    'echo "--- after"; ip netns list; ip -o link show | cut -d: -f2',
  ].join('\n');
  const r = spawnSync('unshare', ['--net', '--mount', '--propagation', 'private', 'sh', '-c', script], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /--host: commands run on the REAL host network stack/);
  const after = r.stdout.split('--- after')[1]!;
  assert.match(after, /\bkept\b/, 'a namespace that was there before stays');
  assert.match(after, /\bkeep0\b/, 'a link that was there before stays');
  assert.doesNotMatch(after, /\bns0\b|\bns1\b|veth7|veth1-peer/, 'what the session created is gone');
  assert.deepEqual(hostState(), before);
});

test('--host as a normal user is refused with exit 3 and advice', { skip: skip || otherUserSkipReason() }, () => {
  // User nobody runs a world-readable copy of the built tutor: the checkout may be closed to others.
  const { wrap, cli, cwd } = asOtherUser(NOBODY);
  const r = spawnSync(wrap[0]!, [...wrap.slice(1), process.execPath, cli, 'start', 'netns-basics', '--host', '--plain'], {
    cwd, encoding: 'utf8', input: '', env: { ...process.env, HOME: '/tmp', XDG_STATE_HOME: tempDir('nt-host-') }, timeout: 60_000,
  });
  assert.equal(r.status, 3, r.stdout + r.stderr);
  assert.match(r.stderr, /--host .* needs root/);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
});
