/**
 * A lesson's background service in a real lab: the tutor starts it inside a
 * namespace (never a shell `&`), it answers with the address it sees, a reset
 * leaves a lab without it until it is started again, and it ends with the lab
 * — also in a classroom lab owned by nobody.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { openLab, type Lab } from '../../src/lab/lab.ts';
import { alive, eventually, isRoot, labSkipReason } from '../helpers/lab-env.ts';
import { descendants } from '../helpers/tutor.ts';

const skip = await labSkipReason();
const curlIn = (lab: Lab, ns: string, url: string) => lab.run([['ip', 'netns', 'exec', ns, 'curl', '-s', '-m', '2', url]]);

async function exercise(lab: Lab): Promise<void> {
  try {
    await steps(lab);
  } finally {
    await lab.close();
  }
}

async function steps(lab: Lab): Promise<void> {
  for (const c of ['ip netns add c1', 'ip -n c1 link set lo up']) assert.equal((await lab.run([c.split(' ')])).exitCode, 0, c);
  await lab.ensureService({ name: 'web', ns: 'c1', port: 80 });
  await lab.ensureService({ name: 'web', ns: 'c1', port: 80 });
  const r = await curlIn(lab, 'c1', 'http://127.0.0.1:80/');
  assert.equal(r.stdout, 'hello from web in c1: you came from 127.0.0.1\n', r.stderr);
  // The lab's processes (tsx's own esbuild service is the test runner's, not the lab's).
  const ours = descendants(process.pid).filter((p) => { try { return !readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('esbuild'); } catch { return false; } });
  await lab.reset();
  for (const c of ['ip netns add c1', 'ip -n c1 link set lo up']) await lab.run([c.split(' ')]);
  assert.notEqual((await curlIn(lab, 'c1', 'http://127.0.0.1:80/')).exitCode, 0, 'a fresh lab has no service');
  await lab.ensureService({ name: 'web', ns: 'c1', port: 80 });
  assert.match((await curlIn(lab, 'c1', 'http://127.0.0.1:80/')).stdout, /hello from web in c1/);
  await assert.rejects(lab.ensureService({ name: 'web', ns: 'nowhere', port: 80 }), /nowhere|ended/, 'a missing namespace is an error, not a hang');
  await lab.close();
  assert.ok(await eventually(() => ours.every((p) => !alive(p)), 5000), `nothing of the lab is left: ${ours.filter(alive).map((p) => { try { return readFileSync(`/proc/${p}/cmdline`, 'utf8').replace(/\0/g, ' '); } catch { return String(p); } }).join('; ')}`);
}

test('a service runs in its namespace, answers with the address it sees, and ends with the lab', { skip, timeout: 60_000 }, async () => {
  await exercise(await openLab());
});

test('the same in a classroom lab owned by nobody', { skip: skip || (isRoot ? false : 'owner labs need root'), timeout: 60_000 }, async () => {
  await exercise(await openLab({ owner: { uid: 65534, gid: 65534 }, maxNamespaces: 8 }));
});
