// The lock that serialises tests touching the host's kernel settings: one
// holder at a time, released on request, and a dead owner's lock taken over.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { lockHostSysctls, withHostSysctlLock } from '../../helpers/host-lock.ts';

const base = mkdtempSync(join(tmpdir(), 'nt-lock-test-'));
after(() => rmSync(base, { recursive: true, force: true }));

test('sections under the lock never overlap, and each waiter gets its turn', async () => {
  const dir = join(base, 'overlap.lock');
  let inside = 0;
  let most = 0;
  const order: number[] = [];
  await Promise.all([1, 2, 3, 4].map((n) => withHostSysctlLock(async () => {
    inside++;
    most = Math.max(most, inside);
    await new Promise((r) => setImmediate(r));
    order.push(n);
    inside--;
  }, dir)));
  assert.equal(most, 1);
  assert.deepEqual([...order].sort(), [1, 2, 3, 4]);
  assert.equal(existsSync(dir), false, 'released');
});

test('the lock names its owner; release is idempotent; an error in the section still releases it', async () => {
  const dir = join(base, 'owner.lock');
  const release = await lockHostSysctls(dir);
  assert.equal(readFileSync(join(dir, 'owner'), 'utf8'), String(process.pid));
  release();
  release();
  assert.equal(existsSync(dir), false);
  await assert.rejects(withHostSysctlLock(async () => { throw new Error('boom'); }, dir), /boom/);
  assert.equal(existsSync(dir), false);
});

test('a lock whose owner died is taken over', async () => {
  const dir = join(base, 'stale.lock');
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  mkdirSync(dir);
  writeFileSync(join(dir, 'owner'), dead.stdout);
  const release = await lockHostSysctls(dir);
  assert.equal(readFileSync(join(dir, 'owner'), 'utf8'), String(process.pid));
  release();
});
