/**
 * Verdicts judge what the step teaches and never trap a learner: the built
 * tutor in plain mode, a real lab, commands typed as a learner types them.
 * For each class, a command that gets there for the wrong reason must not
 * complete the step, and an equivalent spelling must.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { messages } from '../../src/i18n/messages.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import { parseLesson } from '../../src/lesson/parse.ts';
import type { Lesson } from '../../src/lesson/model.ts';
import { hostState, labSkipReason } from '../helpers/lab-env.ts';
import { ensureBuilt, passedSteps, ROOT, runTutor, tempDir } from '../helpers/tutor.ts';

const skip = await labSkipReason();
if (!skip) ensureBuilt();

const lesson = (lang: Lang, file: string): Lesson => parseLesson(readFileSync(join(ROOT, 'lessons', lang, file), 'utf8'), file).lesson!;

/**
 * The lines a learner types: every step's reference commands, except the
 * steps given, where the lines given are typed instead; then /quit.
 */
function typing(l: Lesson, instead: Readonly<Record<string, readonly string[]>>, upTo = l.steps.length): string {
  const lines = l.steps.slice(0, upTo).flatMap((s) => instead[s.title] ?? s.commands.map((c) => c.text));
  return `${[...lines, '/quit'].join('\n')}\n`;
}

async function play(l: Lesson, input: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  const host = hostState();
  const r = await runTutor(['start', l.id, '--plain', '--lang', l.lang], { input, env: { XDG_STATE_HOME: tempDir(), ...env }, timeoutMs: 300_000 });
  assert.equal(r.code, 0, r.out.slice(-3000) + r.err);
  assert.deepEqual(hostState(), host, 'the host is as it was');
  return r.out;
}

/**
 * The step passed right after `line` ran (no other command between), and not
 * before: each of `before`, typed earlier in the step, left it unfinished.
 */
function passedBy(out: string, l: Lesson, title: string, line: string, before: readonly string[] = []): void {
  const passed = out.indexOf(`${messages(l.lang).passed(title)}\n`);
  assert.ok(passed >= 0, `“${title}” never passed:\n${out.slice(-3000)}`);
  const echo = out.lastIndexOf(`$ ${line}\n`, passed);
  assert.ok(echo >= 0, `\`${line}\` did not run before “${title}” passed:\n${out.slice(-3000)}`);
  assert.ok(!out.slice(echo + line.length + 3, passed).includes('\n$ '), `“${title}” passed after another command than \`${line}\``);
  let at = -1;
  for (const b of before) {
    const e = out.indexOf(`$ ${b}\n`, at + 1);
    assert.ok(e >= 0 && e < echo, `\`${b}\` should have run, and left “${title}” unfinished`);
    at = e;
  }
}

const aheadNote = (lang: Lang) => (lang === 'en' ? /^You are ahead of this step: /gm : /^你已经走到这一步前面了：/gm);

test('an expect-fail step passes only for the reason it teaches (netns-basics, bridge)', { skip }, async () => {
  const basics = lesson('en', '01-netns-basics.md');
  const ping5 = 'Try to ping 127.0.0.1 inside ns0';
  const wrong = ['ip netns exec ns0 ping', 'ip netns exec ns0 ping -c 1 10.0.0.1 -W 1 extra'];
  const out = await play(basics, typing(basics, { [ping5]: [...wrong, 'ip netns exec ns0 ping -c1 127.0.0.1'] }));
  passedBy(out, basics, ping5, 'ip netns exec ns0 ping -c1 127.0.0.1', wrong);
  assert.equal(passedSteps(out), basics.steps.length);

  const bridge = lesson('en', '03-bridge.md');
  const host = 'Try to reach ns1 from the host';
  const outB = await play(bridge, typing(bridge, { [host]: ['ping', 'ping -c 1 -W 1 192.0.2.1'] }, bridge.steps.findIndex((s) => s.title === host) + 1));
  passedBy(outB, bridge, host, 'ping -c 1 -W 1 192.0.2.1', ['ping']);
});

test('in a Chinese locale, ping\'s 网络不可达 is the reason too, and a usage error is not', { skip }, async (t) => {
  const has = spawnSync('localedef', ['--help'], { encoding: 'utf8' });
  if (has.status !== 0 && has.error) return t.skip('localedef is not installed');
  const dir = tempDir('nt-locale-');
  const made = spawnSync('localedef', ['-i', 'zh_CN', '-f', 'UTF-8', join(dir, 'zh_CN.UTF-8')], { encoding: 'utf8' });
  if (made.status !== 0 && made.status !== 1) return t.skip(`no zh_CN locale can be made here: ${made.stderr}`);
  const l = lesson('zh', '01-netns-basics.md');
  const step = l.steps[4]!.title;
  const out = await play(l, typing(l, { [step]: ['ip netns exec ns0 ping', 'ip netns exec ns0 ping -c 1 127.0.0.1'] }, 5), { LOCPATH: dir, LC_ALL: 'zh_CN.UTF-8' });
  assert.match(out, /网络不可达/, 'ping spoke Chinese');
  passedBy(out, l, step, 'ip netns exec ns0 ping -c 1 127.0.0.1', ['ip netns exec ns0 ping']);
});

test('routing: the same route again must fail with File exists; route get must ask with from … iif', { skip }, async () => {
  const l = lesson('en', '04-routing.md');
  const same = 'Add the same route again';
  const tryIt = 'Try to reach ns2 from ns1';
  const why = 'Ping across, and ask the router why it fails';
  const follow = 'Follow the path with ip route get';
  const instead: Record<string, string[]> = {
    [tryIt]: ['ip netns exec ns1 ping', 'ip -n ns1 route get', 'ip netns exec ns1 ping -c 1 198.51.100.1', 'ip -n ns1 r g 198.51.100.1'],
    [same]: ['ip -n ns2 route add default via 192.0.2.254', 'ip -n ns2 route add 198.51.100.0/24 dev eth0', 'ip -n ns2 r a 0/0 via 198.51.100.254'],
    [why]: ['ip netns exec ns1 ping -c 1 -W 1 192.0.2.99', 'ip -n router route get 1.2.3.4', 'ip netns exec ns1 ping -c 2 -W 1 198.51.100.1', 'ip -n router route get 198.51.100.1 iif veth1 from 192.0.2.1'],
    [follow]: ['ip -n ns1 route get 198.51.100.1', 'ip -n router route get 198.51.100.1', 'ip -n router r g 198.51.100.1 iif veth1 from 192.0.2.1'],
  };
  const out = await play(l, typing(l, instead));
  passedBy(out, l, tryIt, 'ip -n ns1 r g 198.51.100.1', ['ip netns exec ns1 ping', 'ip -n ns1 route get']);
  passedBy(out, l, same, 'ip -n ns2 r a 0/0 via 198.51.100.254', ['ip -n ns2 route add default via 192.0.2.254', 'ip -n ns2 route add 198.51.100.0/24 dev eth0']);
  if (l.steps.some((s) => s.title === why)) passedBy(out, l, why, instead[why]!.at(-1)!, instead[why]!.slice(0, 2));
  passedBy(out, l, follow, 'ip -n router r g 198.51.100.1 iif veth1 from 192.0.2.1', ['ip -n router route get 198.51.100.1']);
  assert.equal(passedSteps(out), l.steps.length);
});

test('a look step judges the look; a learner who went ahead is told once, and /reset gets them on (netns-basics)', { skip }, async () => {
  const l = lesson('en', '01-netns-basics.md');
  const look = 'Look inside ns0';
  const ping5 = 'Try to ping 127.0.0.1 inside ns0';
  const out = await play(l, typing(l, {
    [look]: ['ip -n ns0 link set lo up', 'ip -n ns0 l'],
    [ping5]: ['ip netns exec ns0 ping -c 1 127.0.0.1', 'ip netns exec ns0 ping -c 1 127.0.0.1', '/reset', 'ip netns exec ns0 ping -c 1 127.0.0.1'],
  }));
  passedBy(out, l, look, 'ip -n ns0 l', ['ip -n ns0 link set lo up']);
  assert.equal((out.match(aheadNote('en')) ?? []).length, 1, 'said once');
  assert.match(out, /You are ahead of this step: the lab already has what step 6, "Bring lo up", does.*\/reset.*\/skip/);
  const reset = out.indexOf('$ /reset\n');
  assert.ok(out.indexOf('You are ahead') < reset);
  assert.ok(out.indexOf(`✓ ${ping5}`) > reset, 'after /reset the step happens as written');
  assert.equal(passedSteps(out), l.steps.length);
});

test('veth-pair in Chinese: looking with ip link passes, moving an end first is "ahead", a ping from either end passes', { skip }, async () => {
  const l = lesson('zh', '02-veth-pair.md');
  const [lookHost, , , lookBoth] = [l.steps[2]!.title, l.steps[3]!.title, l.steps[4]!.title, l.steps[5]!.title];
  const last = l.steps.at(-1)!.title;
  const out = await play(l, typing(l, {
    [lookHost]: ['ip link set veth1-peer netns ns1', 'ip l', '/reset', 'ip link set veth7 up', 'ip -br link'],
    [lookBoth]: ['ip -n ns0 link', 'ip netns exec ns1 ip -d l show veth1-peer'],
    [last]: ['ip netns exec ns0 ping -c 1 127.0.0.1', 'ip netns exec ns0 ping -c 1 192.0.0.2'],
  }));
  assert.equal((out.match(aheadNote('zh')) ?? []).length, 1);
  assert.ok(out.indexOf('你已经走到这一步前面了') < out.indexOf('$ /reset\n'));
  passedBy(out, l, lookHost, 'ip -br link', ['ip l', 'ip link set veth7 up']);
  passedBy(out, l, lookBoth, 'ip netns exec ns1 ip -d l show veth1-peer', ['ip -n ns0 link']);
  passedBy(out, l, last, 'ip netns exec ns0 ping -c 1 192.0.0.2', ['ip netns exec ns0 ping -c 1 127.0.0.1']);
  assert.equal(passedSteps(out), l.steps.length);
});

test('bridge: bridge -d link for bridge link, ip addr for ip link; another object does not count', { skip }, async () => {
  const l = lesson('en', '03-bridge.md');
  const create = 'Create the bridge';
  const ports = "Look at the bridge's ports";
  const learned = 'Look at what the bridge has learned';
  const out = await play(l, typing(l, {
    [create]: ['ip link add br0 type bridge', 'ip link set br0 up', 'ip -d a show br0'],
    [ports]: ['bridge fdb', 'bridge link set dev veth1 learning on', 'bridge -d link'],
    [learned]: ['bridge f s br br0', 'ip -n ns2 a show eth0', 'ip -n ns1 a show eth0'],
  }));
  passedBy(out, l, create, 'ip -d a show br0', ['ip link set br0 up']);
  passedBy(out, l, ports, 'bridge -d link', ['bridge fdb', 'bridge link set dev veth1 learning on']);
  passedBy(out, l, learned, 'ip -n ns1 a show eth0', ['bridge f s br br0', 'ip -n ns2 a show eth0']);
  assert.equal(passedSteps(out), l.steps.length);
});

for (const lang of ['en', 'zh'] as const) {
  test(`the reference path never says "ahead" (${lang}): every lesson's reference commands through the session`, { skip }, async () => {
    for (const file of ['01-netns-basics.md', '02-veth-pair.md', '03-bridge.md', '04-routing.md']) {
      const l = lesson(lang, file);
      const out = await play(l, typing(l, {}));
      assert.equal(passedSteps(out), l.steps.length, `${file}: ${out.slice(-2000)}`);
      const m = messages(lang);
      assert.doesNotMatch(out, aheadNote(lang), file);
      assert.ok(!out.includes(m.cannotHappen('').split(/[:：]/)[0]!), `${file}: the general note`);
    }
  });
}
