/**
 * Machines that cannot run a lab: `ip`, `ping`, `unshare` or `nsenter`
 * missing, no privileges, user namespaces switched off, --host without root.
 * Every time: exit 3, what happened and what to do next (doctor's fixes), in
 * English and in Chinese, and never a stack trace. Simulated with a PATH that
 * lacks a program, `setpriv` to an unprivileged user, an `unshare` that fails
 * the way the real one does, and, for "switched off", the real kernel: a user
 * namespace whose user.max_user_namespaces is 0.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { labAdvice } from '../../src/advice/lab-failure.ts';
import { onPath, programPath } from '../../src/lab/on-path.ts';
import { isRoot } from '../helpers/lab-env.ts';
import { asOtherUser, NOBODY, otherUserSkipReason, sharedCopy } from '../helpers/other-user.ts';
import { CLI, ensureBuilt, ROOT, tempDir } from '../helpers/tutor.ts';

const PROGRAMS = ['ip', 'ping', 'unshare', 'nsenter', 'sh', 'mount', 'node', 'setpriv'];
const skip = process.platform !== 'linux' ? 'Linux only' : PROGRAMS.filter((p) => p !== 'setpriv').find((p) => !onPath(p)) ? 'a needed program is missing here' : false;

/** A PATH directory with the programs a lab needs, minus some, plus replacements. */
function pathWith(o: { without?: readonly string[]; scripts?: Readonly<Record<string, string>> } = {}): string {
  const dir = tempDir('nt-path-');
  for (const p of PROGRAMS) {
    const file = programPath(p);
    if (o.without?.includes(p) || o.scripts?.[p] || file === null) continue;
    symlinkSync(file, join(dir, p));
  }
  for (const [name, body] of Object.entries(o.scripts ?? {})) {
    writeFileSync(join(dir, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(dir, name), 0o755);
  }
  chmodSync(dir, 0o755);
  return dir;
}

const FAILING_UNSHARE = (message: string) => `echo "unshare: unshare failed: ${message}" >&2\nexit 1`;
type Ran = { code: number | null; out: string; err: string };

/** Runs the built tutor; as user nobody, a copy of it in a world-readable directory (the checkout may be closed to others). */
function tutor(args: string[], o: { path?: string; asNobody?: boolean; lang?: 'en' | 'zh' } = {}): Ran {
  const { wrap, cli, cwd } = o.asNobody ? asOtherUser(NOBODY) : { wrap: [], cli: CLI, cwd: ROOT };
  const argv = [...wrap, process.execPath, cli, ...args];
  const state = tempDir();
  chmodSync(state, 0o777);
  const r = spawnSync(argv[0]!, argv.slice(1), {
    cwd, encoding: 'utf8', input: '', timeout: 30_000,
    env: { ...process.env, NO_COLOR: '1', XDG_STATE_HOME: state, HOME: state, PATH: o.path ?? process.env.PATH, LANG: o.lang === 'zh' ? 'zh_CN.UTF-8' : 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Exit 3, the message and the advice in the language asked for, no stack trace, nothing on stdout. */
function assertAdvice(r: Ran, expected: readonly RegExp[], what: string): void {
  assert.equal(r.code, 3, `${what}: ${r.out}${r.err}`);
  for (const re of expected) assert.match(r.err, re, what);
  assert.match(r.err, /^netns-tutor: /, what);
  assert.doesNotMatch(r.err, /\n\s+at |node:internal|internal error|内部错误|Error:/, `${what}: no stack trace, no bug report`);
}

const CASES: { name: string; args?: string[]; path?: () => string; asNobody?: boolean; en: RegExp[]; zh: RegExp[]; needsRoot?: boolean }[] = [
  {
    name: '`ip` missing', path: () => pathWith({ without: ['ip'] }),
    en: [/`ip` is not installed \(not found on PATH\)/, /sudo apt-get install iproute2; Fedora\/RHEL: sudo dnf install iproute/, /netns-tutor doctor/],
    zh: [/没有安装 `ip`（PATH 里找不到）/, /sudo apt-get install iproute2；Fedora\/RHEL：sudo dnf install iproute/],
  },
  {
    name: '`ping` missing', path: () => pathWith({ without: ['ping'] }),
    en: [/`ping` is not installed/, /sudo apt-get install iputils-ping/], zh: [/没有安装 `ping`/, /sudo apt-get install iputils-ping/],
  },
  {
    name: '`ip` and `nsenter` missing', path: () => pathWith({ without: ['ip', 'nsenter'] }),
    en: [/`ip`, `nsenter` are not installed/, /sudo apt-get install iproute2 util-linux/], zh: [/没有安装 `ip`, `nsenter`/],
  },
  {
    name: 'no privileges (an unprivileged user where unshare is refused)', needsRoot: true, asNobody: true,
    path: () => pathWith({ scripts: { unshare: FAILING_UNSHARE('Operation not permitted') } }),
    en: [/Cannot make a lab on this machine: unshare said "unshare: unshare failed: Operation not permitted"/, /does not let an unprivileged user create the user namespace a lab needs/, /→ Or run the tutor as root: sudo netns-tutor/],
    zh: [/无法在这台机器上创建实验环境：unshare 报错“unshare: unshare failed: Operation not permitted”/, /这台机器不允许普通用户创建实验环境所需的用户命名空间/, /→ 或者以 root 身份运行导师：sudo netns-tutor/],
  },
  {
    name: 'root, but namespaces refused (a container without privileges)', needsRoot: true,
    path: () => pathWith({ scripts: { unshare: FAILING_UNSHARE('Operation not permitted') } }),
    en: [/Even root may not create namespaces here/, /--cap-add SYS_ADMIN --cap-add NET_ADMIN/], zh: [/这里连 root 都不能创建命名空间/, /--cap-add SYS_ADMIN --cap-add NET_ADMIN/],
  },
  {
    name: 'user namespaces switched off (as unshare reports it)', needsRoot: true, asNobody: true,
    path: () => pathWith({ scripts: { unshare: FAILING_UNSHARE('No space left on device') } }),
    en: [/User namespaces are switched off here \(user\.max_user_namespaces is 0\)/, /sudo sysctl -w user\.max_user_namespaces=15000/], zh: [/这台机器关闭了用户命名空间/, /sudo sysctl -w user\.max_user_namespaces=15000/],
  },
  {
    name: '--host as a normal user', needsRoot: true, asNobody: true, args: ['start', 'netns-basics', '--plain', '--host'],
    en: [/--host runs on the real host network stack and needs root/, /leave out --host/], zh: [/--host 直接在宿主机真实的网络栈上运行，需要 root 权限/, /去掉 --host/],
  },
];

for (const c of CASES) {
  test(`${c.name}: exit 3 with advice, in English and Chinese`, { skip: skip || (c.asNobody ? otherUserSkipReason() : c.needsRoot && !isRoot && 'needs root') }, () => {
    ensureBuilt();
    const path = c.path?.();
    for (const lang of ['en', 'zh'] as const) {
      const r = tutor(c.args ?? ['start', 'netns-basics', '--plain'], { path, asNobody: c.asNobody, lang });
      assertAdvice(r, lang === 'en' ? c.en : c.zh, `${c.name} (${lang})`);
    }
  });
}

test('`test` and `topology` need a lab too: the same exit 3 when ip is missing', { skip }, () => {
  ensureBuilt();
  const path = pathWith({ without: ['ip'] });
  for (const args of [['test', 'netns-basics'], ['topology']]) assertAdvice(tutor(args, { path }), [/`ip` is not installed/], args.join(' '));
});

test('doctor names the same fix when ip is missing, and exits 3', { skip }, () => {
  ensureBuilt();
  const r = tutor(['doctor'], { path: pathWith({ without: ['ip'] }) });
  assert.equal(r.code, 3, r.out + r.err);
  assert.match(r.out, /✗ ip \(iproute2\): not found\n\s+→ Debian\/Ubuntu: sudo apt-get install iproute2/);
  assert.match(r.out, /Lessons cannot run here yet/);
});

/**
 * The real kernel refusing: the tutor runs as an unprivileged user inside a
 * user namespace whose user.max_user_namespaces is 0 (the host's stays as it
 * is). The map is written from outside, as only root on the host can.
 */
function inNamespaceWithoutUserns(lang: 'en' | 'zh'): Promise<Ran> {
  const inner = 'echo 0 > /proc/sys/user/max_user_namespaces || exit 99; exec setpriv --reuid=65534 --regid=65534 --clear-groups "$@"';
  // Capabilities are computed at exec: exec a new shell once the map makes this user root in the namespace.
  const outer = 'while [ "$(id -u)" != 0 ]; do sleep 0.01; done; exec sh -c "$0" sh "$@"';
  const state = tempDir();
  chmodSync(state, 0o777);
  // User nobody runs a copy in a world-readable directory: the checkout may be closed to others.
  const copy = sharedCopy();
  const child = spawn('unshare', ['--user', 'sh', '-c', outer, inner, process.execPath, join(copy, 'dist', 'cli.js'), 'start', 'netns-basics', '--plain'], {
    cwd: copy, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', XDG_STATE_HOME: state, HOME: state, LANG: lang === 'zh' ? 'zh_CN.UTF-8' : 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => { out += d; });
  child.stderr.setEncoding('utf8').on('data', (d: string) => { err += d; });
  const own = readlinkSync('/proc/self/ns/user');
  const map = setInterval(() => {
    try {
      if (readlinkSync(`/proc/${child.pid}/ns/user`) === own) return;
      clearInterval(map);
      writeFileSync(`/proc/${child.pid}/uid_map`, '0 0 65536\n');
      writeFileSync(`/proc/${child.pid}/gid_map`, '0 0 65536\n');
    } catch { /* not unshared yet */ }
  }, 5);
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  return new Promise((resolve) => child.once('close', (code) => { clearInterval(map); clearTimeout(timer); resolve({ code, out, err }); }));
}

test('user namespaces switched off, for real: user.max_user_namespaces is 0 in the namespace the tutor runs in', { skip: skip || (!isRoot && 'needs root to write a user namespace map') || otherUserSkipReason() }, async () => {
  ensureBuilt();
  const [en, zh] = await Promise.all([inNamespaceWithoutUserns('en'), inNamespaceWithoutUserns('zh')]);
  assertAdvice(en, [/unshare said "unshare: unshare failed: No space left on device"/, /User namespaces are switched off here \(user\.max_user_namespaces is 0\)/, /→ All distributions: sudo sysctl -w user\.max_user_namespaces=15000/], 'en');
  assertAdvice(zh, [/unshare 报错“unshare: unshare failed: No space left on device”/, /这台机器关闭了用户命名空间（user\.max_user_namespaces 为 0）/, /→ 所有发行版：sudo sysctl -w user\.max_user_namespaces=15000/], 'zh');
});

test("the advice follows the machine's settings, as doctor's does: Ubuntu's AppArmor restriction, Debian's switch, a container", () => {
  const knobs = { usernsClone: null, maxUserNs: '15000', apparmorRestrict: null, container: false };
  const eperm = 'unshare: unshare failed: Operation not permitted';
  const ubuntu = labAdvice(eperm, { rootless: true, knobs: { ...knobs, apparmorRestrict: '1' } }, 'en');
  assert.match(ubuntu.why, /AppArmor restricts unprivileged user namespaces \(Ubuntu 23\.10\+\)/);
  assert.match(ubuntu.next, /→ Ubuntu: sudo sysctl -w kernel\.apparmor_restrict_unprivileged_userns=0, or run the tutor with sudo/);
  assert.match(labAdvice(eperm, { rootless: true, knobs: { ...knobs, apparmorRestrict: '1' } }, 'zh').next, /→ Ubuntu：sudo sysctl -w kernel\.apparmor_restrict_unprivileged_userns=0/);
  const debian = labAdvice(eperm, { rootless: true, knobs: { ...knobs, usernsClone: '0' } }, 'en');
  assert.match(debian.why, /kernel\.unprivileged_userns_clone is 0/);
  assert.match(debian.next, /→ Debian: sudo sysctl -w kernel\.unprivileged_userns_clone=1/);
  const container = labAdvice(eperm, { rootless: true, knobs: { ...knobs, container: true } }, 'en');
  assert.match(container.next, /→ In a container: start it with --cap-add SYS_ADMIN/);
  const plain = labAdvice(eperm, { rootless: true, knobs }, 'en');
  assert.doesNotMatch(plain.next, /AppArmor|container/);
  assert.match(plain.next, /→ Or run the tutor as root: sudo netns-tutor\n`netns-tutor doctor` checks every prerequisite\./);
  const mount = labAdvice('mount: /run/netns: must be superuser to use mount.', { rootless: true, knobs }, 'en');
  assert.match(mount.why, /could not mount its private \/run\/netns/);
});
