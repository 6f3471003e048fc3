// On every host that runs Docker, Kubernetes, libvirt or a VPN, the host's
// net.ipv4.ip_forward is 1, and every namespace a learner creates starts with
// forwarding on (new namespaces copy it from the host's initial namespace).
// The built CLI's `netns-tutor test` must pass every lesson in every language
// there too. This test really switches the host's forwarding on, so it runs
// only as root, holds the host-settings lock (other tests assert that the
// host's value does not change), and puts the old value back afterwards, on
// failure and on SIGINT/SIGTERM/SIGHUP as well.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { openLab } from '../../src/lab/lab.ts';
import { isRoot, labSkipReason } from '../helpers/lab-env.ts';
import { lockHostSysctls } from '../helpers/host-lock.ts';
import { ensureBuilt, runTutor } from '../helpers/tutor.ts';

const FORWARD = '/proc/sys/net/ipv4/ip_forward';
const skip = !isRoot ? "it switches the host's net.ipv4.ip_forward on for a while, which needs root" : await labSkipReason();

const read = () => readFileSync(FORWARD, 'utf8').trim();

test("netns-tutor test passes every lesson in every language on a host whose net.ipv4.ip_forward is 1, and the host's value is put back", { skip, timeout: 900_000 }, async () => {
  ensureBuilt();
  const release = await lockHostSysctls();
  const before = read();
  const restore = () => {
    try {
      if (read() !== before) writeFileSync(FORWARD, `${before}\n`);
    } finally {
      release();
    }
  };
  const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const onSignal = (sig: NodeJS.Signals) => {
    restore();
    for (const s of SIGNALS) process.off(s, onSignal);
    process.kill(process.pid, sig);
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  try {
    writeFileSync(FORWARD, '1\n');
    assert.equal(read(), '1');
    // The premise: a lab's namespaces now start with forwarding on.
    const lab = await openLab();
    try {
      await lab.run([['ip', 'netns', 'add', 'ns1']]);
      const s = await lab.probe();
      assert.equal(s.root.sysctls['net.ipv4.ip_forward'], '1', "the lab's root copied the host's forwarding");
      assert.equal(s.namespaces[0]?.sysctls['net.ipv4.ip_forward'], '1', 'so did a namespace made in the lab');
    } finally {
      await lab.close();
    }
    // Both languages at once: each run tests every lesson of its language, one lab per lesson.
    const runs = await Promise.all(['en', 'zh'].map((lang) => runTutor(['test', '--lang', lang], { timeoutMs: 800_000 })));
    for (const [i, lang] of ['en', 'zh'].entries()) {
      const r = runs[i]!;
      // The failing steps first: a runner's summary keeps only the start of a long message.
      const failed = r.out.split('\n').filter((l) => l.startsWith('not ok')).join('\n');
      assert.doesNotMatch(r.out, /^not ok /m, `${lang}:\n${failed}\n${r.out}${r.err}`);
      assert.match(r.out, /^\d+ passed, 0 failed$/m, `${lang}:\n${r.out}${r.err}`);
      assert.equal(r.code, 0, `${lang}: exit status\n${r.err}`);
    }
  } finally {
    for (const s of SIGNALS) process.off(s, onSignal);
    restore();
  }
  assert.equal(read(), before, "the host's net.ipv4.ip_forward is back to what it was");
});
