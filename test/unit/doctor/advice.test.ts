import assert from 'node:assert/strict';
import { test } from 'node:test';
import { advise, canRunLessons } from '../../../src/doctor/advice.ts';
import type { Facts } from '../../../src/doctor/facts.ts';

const GOOD: Facts = {
  platform: 'linux', kernel: '6.1.0', isRoot: false, ipVersion: 'ip utility, iproute2-6.1.0', ipJson: true, ping: true, unshare: true, nsenter: true,
  usernsClone: null, maxUserNs: '15000', apparmorRestrict: null, usernsTrial: null, labTrial: null, tty: true, columns: 120, container: false,
};

test('a machine with everything can run lessons', () => {
  for (const lang of ['en', 'zh'] as const) assert.ok(canRunLessons(advise(GOOD, lang)));
});

test('macOS and Windows are told to use a Linux VM or WSL2', () => {
  const f = advise({ ...GOOD, platform: 'darwin' }, 'en');
  assert.equal(canRunLessons(f), false);
  assert.match(f[0]!.fix.join('\n'), /Linux VM[\s\S]*WSL2/);
  assert.match(advise({ ...GOOD, platform: 'win32' }, 'zh')[0]!.fix.join('\n'), /虚拟机[\s\S]*WSL2/);
});

test('missing tools get the install command for Debian/Ubuntu and Fedora/RHEL', () => {
  const f = advise({ ...GOOD, ipVersion: null, ping: false, nsenter: false }, 'en');
  const text = f.filter((x) => x.status === 'fail').flatMap((x) => x.fix).join('\n');
  for (const re of [/apt-get install iproute2/, /dnf install iproute/, /apt-get install iputils-ping/, /dnf install iputils/, /apt-get install util-linux/]) assert.match(text, re);
});

test('an old iproute2 without JSON fails with the version it needs', () => {
  const f = advise({ ...GOOD, ipJson: false, ipVersion: 'ip utility, iproute2-ss161212' }, 'en');
  assert.match(f.find((x) => x.name.startsWith('ip'))!.detail, /4\.13 or newer/);
});

test('refused user namespaces name each cause and its fix, in both languages', () => {
  const facts = { ...GOOD, usernsTrial: 'unshare: unshare failed: Operation not permitted', apparmorRestrict: '1', maxUserNs: '0', container: true };
  const en = advise(facts, 'en').find((x) => x.status === 'fail')!;
  assert.match(en.detail, /AppArmor/);
  assert.match(en.fix.join('\n'), /apparmor_restrict_unprivileged_userns=0[\s\S]*max_user_namespaces=15000|max_user_namespaces=15000[\s\S]*apparmor_restrict_unprivileged_userns=0/);
  assert.match(en.fix.join('\n'), /--cap-add SYS_ADMIN/);
  assert.match(en.fix.join('\n'), /sudo netns-tutor/);
  const zh = advise(facts, 'zh').find((x) => x.status === 'fail')!;
  assert.equal(zh.name, '用户命名空间');
  assert.match(zh.fix.join('\n'), /容器/);
});

test('a narrow or non-interactive terminal is only a warning', () => {
  assert.ok(canRunLessons(advise({ ...GOOD, tty: false }, 'en')));
  const narrow = advise({ ...GOOD, columns: 50 }, 'zh').find((x) => x.status === 'warn')!;
  assert.match(narrow.detail, /50 列/);
});

test('a program some lessons need is a warning naming them and its packages; lessons still run', () => {
  const f: Facts = { ...GOOD, lessonTools: [{ program: 'curl', found: false, lessons: ['nat', 'publish'] }, { program: 'iptables', found: true, lessons: ['nat'] }] };
  const findings = advise(f, 'en');
  const curl = findings.find((x) => x.name === 'curl')!;
  assert.equal(curl.status, 'warn');
  assert.match(curl.detail, /nat, publish/);
  assert.deepEqual(curl.fix, ['Debian/Ubuntu: sudo apt-get install curl', 'Fedora/RHEL: sudo dnf install curl']);
  assert.equal(findings.find((x) => x.name === 'iptables')!.status, 'ok');
  assert.equal(canRunLessons(findings), true);
  assert.match(advise(f, 'zh').find((x) => x.name === 'curl')!.detail, /课程 nat, publish 需要它/);
});
