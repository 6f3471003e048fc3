// What every picture must hold, whatever it looks like: it fits the width, it
// draws over nothing, and at 80 columns or more it shows every interface and
// address uncut.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutReport, layoutTopology, renderAnsi, renderPlain, shownAddrs, textWidth, MIN_WIDTH } from '../../../src/topology/index.ts';
import { allNamespaces, EMPTY_SNAPSHOT, ROOT_NS } from '../../../src/model/snapshot.ts';
import { ARTICLE, ARTICLE_FINAL, BRIDGE, CROSSING, FIXTURES, UNNAMED_PEER, hub } from './fixtures/snapshots.ts';
import { lo, ns, snap, veth } from './fixtures/build.ts';

const WIDTHS = [40, 41, 50, 60, 79, 80, 100, 120, 160, 200];
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('no line is wider than the width, and nothing is drawn over or outside', () => {
  for (const f of FIXTURES) {
    for (const w of WIDTHS) {
      const r = layoutReport(f.snapshot, w);
      assert.equal(r.faults, 0, `${f.name} at ${w}: ${r.faults} faults`);
      for (const line of renderPlain(r.lines).split('\n')) {
        assert.ok(textWidth(line) <= w, `${f.name} at ${w}: line of ${textWidth(line)} columns: ${line}`);
      }
    }
  }
});

test('at 80 columns and more, every interface and every shown address appears uncut', () => {
  for (const f of FIXTURES) {
    for (const w of [80, 120, 200]) {
      const text = renderPlain(layoutTopology(f.snapshot, w));
      for (const ns of allNamespaces(f.snapshot)) {
        for (const l of ns.links) {
          assert.match(text, new RegExp(`[●◐○] ${escape(l.name)}(?= |$)`, 'm'), `${f.name} at ${w}: ${l.name} missing`);
          for (const a of shownAddrs(l)) {
            assert.match(text, new RegExp(`(^|[ │├└])${escape(a.cidr)}(?= |$)`, 'm'), `${f.name} at ${w}: ${a.cidr} missing`);
          }
        }
      }
    }
  }
});

test('every named namespace has a box with its name as the title', () => {
  for (const f of FIXTURES) {
    const text = renderPlain(layoutTopology(f.snapshot, 120));
    assert.match(text, /┌─ host /);
    for (const ns of f.snapshot.namespaces) assert.match(text, new RegExp(`┌─ ${escape(ns.name)} `), `${f.name}: ${ns.name}`);
  }
});

test('IPv6 link-local addresses show only when an interface has nothing else', () => {
  const done = renderPlain(layoutTopology(ARTICLE_FINAL, 120));
  assert.doesNotMatch(done, /fe80::/);
  const peerUp = renderPlain(layoutTopology(ARTICLE[9]!.snapshot, 120));
  assert.match(peerUp, /fe80::3c2d:37ff:fef9:93c2\/64/);
  assert.doesNotMatch(peerUp, /fe80::e48c/);
});

test('state reads without colour: ● up, ◐ up without carrier, ○ down', () => {
  const noCarrier = renderPlain(layoutTopology(ARTICLE[7]!.snapshot, 80));
  assert.match(noCarrier, /◐ veth7/);
  assert.match(noCarrier, /○ veth1-peer/);
  assert.match(noCarrier, /○ lo/);
  assert.match(renderPlain(layoutTopology(ARTICLE_FINAL, 80)), /● veth1-peer/);
});

test('the article\'s pairs, a bridge, crossing pairs and an unnamed peer are all drawn as connectors from 60 columns', () => {
  for (const s of [...ARTICLE.map((a) => a.snapshot), BRIDGE, CROSSING, UNNAMED_PEER]) {
    for (const w of [60, 80, 120, 200]) assert.equal(layoutReport(s, w).labelled, 0);
  }
  assert.match(renderPlain(layoutTopology(ARTICLE_FINAL, 80)), /veth7 +veth ├─/);
});

test('a bridge\'s ports hang under it', () => {
  const text = renderPlain(layoutTopology(BRIDGE, 120));
  assert.match(text, /● br0 +bridge/);
  assert.match(text, /│ 192\.0\.2\.1\/24/);
  assert.match(text, /├ ● veth0 +veth/);
  assert.match(text, /└ ● veth2 +veth/);
});

test('a peer in a namespace without a name gets a dashed box of its own', () => {
  const text = renderPlain(layoutTopology(UNNAMED_PEER, 80));
  assert.match(text, /┌┄ \(no name\) ┄/);
  assert.match(text, /\? if2 +veth/);
  assert.match(text, /\? eth0 +veth/);
});

test('a pair with both ends in one namespace loops beside its box', () => {
  const text = renderPlain(layoutTopology(ARTICLE[4]!.snapshot, 80));
  assert.match(text, /veth1-peer +veth ├─┐/);
  assert.match(text, /veth7 +veth ├─┘/);
});

test('a namespace with many pairs inside it keeps a few loops and names the rest', () => {
  const links = [lo(true)];
  for (let k = 0; k < 8; k++) links.push(veth(`a${k}`, 2 + 2 * k, `b${k}`, 3 + 2 * k, 'ns0'), veth(`b${k}`, 3 + 2 * k, `a${k}`, 2 + 2 * k, 'ns0'));
  const r = layoutReport(snap([lo(false)], [ns('ns0', links)]), 80);
  assert.equal(r.faults, 0);
  assert.equal(r.labelled, 2);
  assert.match(renderPlain(r.lines), /⇄ ns0\/b7/);
});

test('a peer missing from a namespace that is drawn is named in words, not given a second box', () => {
  const s = snap([lo(false), veth('veth7', 3, 'gone', 2, 'ns1')], [ns('ns1', [lo(false)])]);
  const text = renderPlain(layoutTopology(s, 80));
  assert.match(text, /⇄ ns1\/gone/);
  assert.equal(text.match(/ns1 /g)?.length, 1);
});

test('a peer in the root namespace is labelled with the host\'s name', () => {
  const s = snap([lo(false), veth('v0', 2, 'missing', 9, ROOT_NS)]);
  assert.match(renderPlain(layoutTopology(s, 80)), /⇄ host\/missing/);
  assert.match(renderPlain(layoutTopology(s, 80, { lang: 'zh' })), /⇄ 宿主机\/missing/);
});

test('an empty lab still shows the host', () => {
  assert.match(renderPlain(layoutTopology(EMPTY_SNAPSHOT, 60)), /┌─ host ─+┐\n│ \(no interfaces\) │/);
});

test('pairs that do not fit as connectors are named in words, never lost', () => {
  const r = layoutReport(hub(12), 60);
  assert.ok(r.labelled > 0);
  const text = renderPlain(r.lines);
  for (let k = 0; k < 12; k++) assert.match(text, new RegExp(`veth${k} `));
  assert.match(text, /⇄ host\/veth1\d/);
});

test('long names are cut with … rather than breaking the box', () => {
  const s = hub(1);
  const long = { ...s, namespaces: [{ ...s.namespaces[0]!, name: 'a-namespace-with-a-name-far-too-long-for-any-box-at-all' }] };
  for (const w of [40, 45, 60]) {
    const text = renderPlain(layoutTopology(long, w));
    for (const line of text.split('\n')) assert.ok(textWidth(line) <= w);
    assert.match(text, /…/);
  }
});

test('below the minimum width the picture is a one-line note', () => {
  for (const w of [MIN_WIDTH - 1, 30, 12]) {
    const lines = layoutTopology(ARTICLE_FINAL, w);
    assert.equal(lines.length, 1);
    assert.ok(textWidth(renderPlain(lines)) <= w);
  }
  assert.match(renderPlain(layoutTopology(ARTICLE_FINAL, 39)), /^Topology hidden/);
  assert.match(renderPlain(layoutTopology(ARTICLE_FINAL, 39, { lang: 'zh' })), /^拓扑图/);
  assert.equal(renderPlain(layoutTopology(ARTICLE_FINAL, 1)), '…');
  assert.deepEqual(layoutTopology(ARTICLE_FINAL, 0), []);
  assert.deepEqual(layoutTopology(ARTICLE_FINAL, Number.NaN), []);
});

test('the root namespace is 宿主机 in Chinese, and wide characters keep the boxes square', () => {
  const text = renderPlain(layoutTopology(ARTICLE_FINAL, 60, { lang: 'zh' }));
  assert.match(text, /┌─ 宿主机 ─┐/);
  const lines = text.split('\n');
  assert.equal(textWidth(lines[0]!.slice(0, lines[0]!.indexOf('┐') + 1)), textWidth(lines[2]!.slice(0, lines[2]!.indexOf('┘') + 1)));
});

test('the legend can be left out', () => {
  const lines = layoutTopology(ARTICLE_FINAL, 80, { legend: false });
  assert.doesNotMatch(renderPlain(lines), /up, no carrier/);
});

test('renderAnsi colours by style and renderPlain is the same text without codes', () => {
  const lines = layoutTopology(ARTICLE_FINAL, 80);
  const ansi = renderAnsi(lines);
  assert.match(ansi, /\x1b\[32m●\x1b\[0m/); // up: green
  assert.match(ansi, /\x1b\[31m○\x1b\[0m/); // down: red
  assert.match(ansi, /\x1b\[36m192\.0\.0\.1\/24\x1b\[0m/); // address: cyan
  // eslint-disable-next-line no-control-regex
  assert.equal(ansi.replace(/\x1b\[[0-9;]*m/g, ''), renderPlain(lines));
});

test('the same snapshot and width always give the same picture', () => {
  assert.deepEqual(layoutTopology(BRIDGE, 80), layoutTopology(BRIDGE, 80));
});
