// The topology picture end to end: after every step of both article lessons,
// in a real lab, the picture shows exactly what the kernel holds; and in the
// real shell, the panel on screen shows the interfaces in the right boxes.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Lang } from '../../src/i18n/lang.ts';
import { messages } from '../../src/i18n/messages.ts';
import { parseCommandLine } from '../../src/policy/command.ts';
import { openLab, type Lab } from '../../src/lab/lab.ts';
import { ROOT_NS, type Link, type Snapshot } from '../../src/model/snapshot.ts';
import { changedKeys, layoutTopology, linkState, renderPlain, shownAddrs, shownKind, SYMBOLS } from '../../src/topology/index.ts';
import { wordsFor } from '../../src/topology/words.ts';
import { hostState, labSkipReason } from '../helpers/lab-env.ts';
import { readPicture, type PicBox, type Picture } from './picture.ts';
import { lesson, shellSetup } from './learner.ts';
import type { Pane } from './tmux.ts';

const labSkip = await labSkipReason();

/** An IPv6 link-local address: the picture may leave it out. */
const linkLocal = (cidr: string) => /^fe[89ab]/i.test(cidr);

/**
 * The symbol an interface must have, read from the kernel's words, not from
 * the code under test: no UP flag is down (○); UP with the link working is up
 * (●), where lo's UNKNOWN counts as working; UP without it is "no carrier" (◐).
 */
function symbolOf(l: Link): string {
  if (!l.up) return '○';
  return l.operstate === 'UP' || l.operstate === 'UNKNOWN' ? '●' : '◐';
}

/** Runs one typed line in the lab; the lesson says whether it is meant to fail. */
async function run(lab: Lab, line: string, expectFail: boolean): Promise<void> {
  const p = parseCommandLine(line);
  assert.equal(p.kind, 'run', line);
  if (p.kind !== 'run') return;
  const r = await lab.run(p.pipeline, { timeoutMs: 30_000 });
  assert.equal(r.exitCode !== 0, expectFail, `${line}: exit ${r.exitCode} ${r.stderr}`);
}

/**
 * Asserts that the picture shows the snapshot, no more and no less: one box
 * per namespace, each interface in its namespace's box with its state symbol
 * and kind, its addresses, a connector (or a `⇄` label) joining the two ends
 * of every veth pair, the marks on what just changed, and no name the kernel
 * does not hold.
 */
function assertShows(pic: Picture, text: string, s: Snapshot, o: { lang: Lang; where: string; changed?: ReadonlySet<string>; gone?: Iterable<string> }): void {
  const { where } = o;
  const words = wordsFor(o.lang);
  const show = `\n${text}`;
  assert.deepEqual(pic.problems, [], `${where}: the picture reads cleanly${show}`);
  const title = (ns: string) => (ns === ROOT_NS ? words.host : ns);
  const spaces = [s.root, ...s.namespaces];
  assert.deepEqual(pic.boxes.map((b) => b.title).sort(), spaces.map((n) => title(n.name)).sort(), `${where}: one box per namespace${show}`);
  assert.ok(pic.boxes.every((b) => !b.ghost), `${where}: every namespace has a name, so no dashed box${show}`);

  const boxOf = new Map<string, PicBox>();
  for (const ns of spaces) {
    const box = pic.boxes.find((b) => b.title === title(ns.name))!;
    boxOf.set(ns.name, box);
    const at = `${where}, box ${box.title}`;
    assert.deepEqual(box.ifaces.map((i) => i.name), ns.links.map((l) => l.name), `${at}: exactly the interfaces the namespace holds${show}`);
    if (ns.links.length === 0) assert.deepEqual(box.notes, [words.noInterfaces], `${at}: says it is empty`);
    if (o.changed) assert.equal(box.changed, o.changed.has(`ns:${ns.name}`), `${at}: marked as new only when it is${show}`);
    for (const l of ns.links) {
      const row = box.ifaces.find((i) => i.name === l.name)!;
      assert.equal(row.symbol, symbolOf(l), `${at}: ${l.name} (UP flag ${l.up}, operstate ${l.operstate})${show}`);
      assert.equal(row.symbol, SYMBOLS[linkState(l)], `${at}: ${l.name} as the legend says`);
      assert.equal(row.tag, shownKind(l), `${at}: ${l.name}'s kind`);
      assert.deepEqual(row.addrs, shownAddrs(l).map((a) => a.cidr), `${at}: ${l.name}'s addresses${show}`);
      for (const a of l.addrs) if (!linkLocal(a.cidr)) assert.ok(row.addrs.includes(a.cidr), `${at}: ${a.cidr} on ${l.name}`);
      for (const a of row.addrs) assert.ok(l.addrs.some((x) => x.cidr === a), `${at}: ${a} is on ${l.name} in the kernel`);
      if (o.changed) assert.equal(row.changed, o.changed.has(`link:${ns.name}/${l.name}`), `${at}: ${l.name} marked as changed only when it is${show}`);
    }
  }

  // Every veth pair joined, by a connector or in words; nothing else joined.
  const key = (box: string, ifname: string) => `${box}/${ifname}`;
  const pairs = new Set<string>();
  for (const ns of spaces) {
    for (const l of ns.links) {
      if (l.kind !== 'veth' || !l.peer) continue;
      assert.ok(l.peer.netns !== null && l.peer.name !== null, `${where}: the probe found where ${l.name}'s peer is`);
      const a = key(title(ns.name), l.name);
      const b = key(title(l.peer.netns!), l.peer.name!);
      pairs.add([a, b].sort().join(' '));
      const row = boxOf.get(ns.name)!.ifaces.find((i) => i.name === l.name)!;
      const drawn = pic.connectors.some(([x, y]) => [key(x.box, x.ifname), key(y.box, y.ifname)].sort().join(' ') === [a, b].sort().join(' '));
      assert.ok(drawn || row.labels.includes(b), `${where}: ${a} is joined to ${b}${show}`);
    }
  }
  for (const [x, y] of pic.connectors) {
    const k = [key(x.box, x.ifname), key(y.box, y.ifname)].sort().join(' ');
    assert.ok(pairs.has(k), `${where}: the connector ${k} joins the two ends of a veth pair${show}`);
  }
  for (const name of o.gone ?? []) {
    if (spaces.some((n) => n.links.some((l) => l.name === name))) continue;
    assert.ok(!text.includes(name), `${where}: ${name} is gone from the kernel, so from the picture${show}`);
  }
}

test('after every step of both article lessons, the picture shows exactly what the kernel holds', { skip: labSkip, timeout: 180_000 }, async (t) => {
  const host = hostState();
  for (const id of ['netns-basics', 'veth-pair']) {
    const l = lesson(id, 'en');
    const lab = await openLab();
    try {
      for (const c of l.setup) await run(lab, c.text, false);
      let prev = await lab.probe();
      const everSeen = new Set<string>(prev.root.links.map((k) => k.name));
      const steps = [{ title: '(setup)', commands: [] as { text: string; expectFail: boolean }[] }, ...l.steps];
      for (const [i, step] of steps.entries()) {
        for (const c of step.commands) await run(lab, c.text, c.expectFail);
        const s = await lab.probe();
        for (const ns of [s.root, ...s.namespaces]) for (const k of ns.links) everSeen.add(k.name);
        const changed = changedKeys(prev, s);
        await t.test(`${id} · ${i}. ${step.title}`, () => {
          for (const [width, lang, marks] of [[80, 'en', true], [80, 'zh', false], [58, 'en', true], [120, 'en', false]] as const) {
            const text = renderPlain(layoutTopology(s, width, { lang, changed: marks ? changed : undefined }));
            const where = `${id} · ${step.title} · ${width} columns, ${lang}`;
            assertShows(readPicture(text), text, s, { lang, where, changed: marks ? changed : new Set(), gone: everSeen });
          }
        });
        prev = s;
      }
    } finally {
      await lab.close();
    }
  }
  assert.deepEqual(hostState(), host, 'nothing is left on the host');
});

// ── the panel in the real shell ─────────────────────────────────────────────

const { skip: shellSkip, server, host } = await shellSetup(labSkip);

/** The topology panel on screen: right of the separator line that runs down its whole height. */
function panelText(screen: string): string {
  const lines = screen.split('\n').map((l) => [...l]);
  let best = -1;
  let bestCount = 0;
  for (let c = 30; c < 110; c++) {
    const n = lines.filter((l) => l[c] === '│').length;
    if (n > bestCount) { best = c; bestCount = n; }
  }
  if (best < 0) return '';
  return lines.filter((l) => l[best] === '│').map((l) => l.slice(best + 2).join('')).join('\n');
}

/** Waits until the panel on screen satisfies `want`; fails with the screen when it never does. */
async function panelShows(pane: Pane, what: string, want: (pic: Picture) => string | null, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let why = 'nothing read yet';
  for (;;) {
    const screen = pane.screen();
    const pic = readPicture(panelText(screen));
    why = pic.problems.length ? pic.problems.join('; ') : want(pic) ?? '';
    if (why === '') return;
    if (Date.now() > end) assert.fail(`the panel should show ${what}, but ${why}; the screen shows:\n${screen}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** What a panel must show: for each box title, its interfaces (name → addresses) and nothing else; and the pairs joined. */
function expect(boxes: Record<string, Record<string, string[]>>, joined: readonly [string, string][]): (pic: Picture) => string | null {
  return (pic) => {
    const titles = pic.boxes.map((b) => b.title).sort();
    if (titles.join() !== Object.keys(boxes).sort().join()) return `the boxes are ${titles.join(', ')}`;
    for (const [title, ifaces] of Object.entries(boxes)) {
      const b = pic.boxes.find((x) => x.title === title)!;
      const names = b.ifaces.map((i) => i.name);
      if (names.join() !== Object.keys(ifaces).join()) return `${title} holds ${names.join(', ') || 'nothing'}`;
      for (const [name, addrs] of Object.entries(ifaces)) {
        const got = b.ifaces.find((i) => i.name === name)!.addrs.filter((a) => !linkLocal(a));
        if (got.join() !== addrs.join()) return `${name} in ${title} has ${got.join(', ') || 'no address'}`;
      }
    }
    for (const [a, b] of joined) {
      const ok = pic.connectors.some(([x, y]) => [`${x.box}/${x.ifname}`, `${y.box}/${y.ifname}`].sort().join(' ') === [a, b].sort().join(' '));
      if (!ok) return `no connector joins ${a} and ${b}`;
    }
    return null;
  };
}

test('the shell at 120x40: after the key steps of veth-pair, the panel shows each interface in its namespace with its addresses', { skip: shellSkip, timeout: 300_000 }, async () => {
  const state = mkdtempSync(join(tmpdir(), 'netns-tutor-e2e-'));
  const pane = server.start(['start', 'veth-pair'], { columns: 120, rows: 40, env: { XDG_STATE_HOME: state } });
  try {
    const l = lesson('veth-pair', 'en');
    const m = messages('en');
    // Every lo that is up: ::1 too, unless this kernel has no IPv6 at all (ipv6.disable=1).
    const lo = ['127.0.0.1/8', ...(existsSync('/proc/net/if_inet6') ? ['::1/128'] : [])];
    const checks: Record<string, [string, ReturnType<typeof expect>]> = {
      'Create the veth pair': ['the pair in the host', expect({ host: { lo, 'veth1-peer': [], veth7: [] }, ns0: { lo }, ns1: { lo: [] } }, [['host/veth7', 'host/veth1-peer']])],
      'Move veth1-peer into ns1': ['veth1-peer in ns1, veth7 still in the host', expect({ host: { lo, veth7: [] }, ns0: { lo }, ns1: { lo: [], 'veth1-peer': [] } }, [['host/veth7', 'ns1/veth1-peer']])],
      'Move veth7 into ns0': ['the cable from ns0 to ns1', expect({ host: { lo }, ns0: { lo, veth7: [] }, ns1: { lo: [], 'veth1-peer': [] } }, [['ns0/veth7', 'ns1/veth1-peer']])],
      'Give veth7 an address': ['192.0.0.1/24 on veth7 in ns0', expect({ host: { lo }, ns0: { lo, veth7: ['192.0.0.1/24'] }, ns1: { lo: [], 'veth1-peer': [] } }, [['ns0/veth7', 'ns1/veth1-peer']])],
      'Give veth1-peer an address': ['both addresses', expect({ host: { lo }, ns0: { lo, veth7: ['192.0.0.1/24'] }, ns1: { lo: [], 'veth1-peer': ['192.0.0.2/24'] } }, [['ns0/veth7', 'ns1/veth1-peer']])],
    };
    assert.deepEqual(Object.keys(checks).filter((k) => !l.steps.some((s) => s.title === k)), [], 'the steps checked are in the lesson');
    for (const [i, step] of l.steps.entries()) {
      await pane.waitFor(`── ${m.stepOf(i + 1, l.steps.length)} · ${step.title}`);
      for (const c of step.commands) pane.line(c.text);
      await pane.waitFor(m.passed(step.title));
      const check = checks[step.title];
      if (check) await panelShows(pane, check[0], check[1]);
    }
    await pane.waitFor(`★ ${m.complete(l.title)}`);
    pane.line('/quit');
    assert.equal(await pane.exitCode(), 0);
  } finally {
    pane.kill();
    rmSync(state, { recursive: true, force: true });
  }
  assert.deepEqual(hostState(), host, 'the host is as it was');
});
