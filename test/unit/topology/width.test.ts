// The picture never takes more columns than it is given. The measured case:
// the article's end state plus a bridge in the host came out 62 columns wide
// when `COLUMNS=60 netns-tutor topology` was piped. The layout was right: drawn
// for 60 columns it takes 44; 62 is its natural width, reached at 100 columns,
// which the command used because it ignored $COLUMNS off a terminal (fixed in
// src/cli/topology.ts). Goldens for that picture, and the width the command picks.
// Regenerate the goldens with UPDATE_GOLDEN=1 and read the diff.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { layoutReport, layoutTopology, renderPlain, textWidth, type LayoutOptions } from '../../../src/topology/index.ts';
import type { Snapshot } from '../../../src/model/snapshot.ts';
import { goldenFiles } from '../../helpers/golden.ts';
import { DEFAULT_WIDTH, pictureWidth } from '../../../src/cli/args.ts';
import { ARTICLE_FINAL } from './fixtures/snapshots.ts';
import { link, lo, ns, snap, veth } from './fixtures/build.ts';

const golden = goldenFiles(join(dirname(fileURLToPath(import.meta.url)), 'golden'));

/** `ip link add br0 type bridge` after the article's last command. */
const ARTICLE_BRIDGE: Snapshot = { ...ARTICLE_FINAL, root: { ...ARTICLE_FINAL.root, links: [...ARTICLE_FINAL.root.links, link('br0', { ifindex: 4, kind: 'bridge' })] } };

/** The same with the bridge up, an address on it, and a host veth as its port (the port's peer too). */
const ARTICLE_BRIDGE_PORTS: Snapshot = snap(
  [
    lo(false),
    link('br0', { ifindex: 4, kind: 'bridge', state: 'up', addrs: ['10.0.0.1/24', 'fe80::a4da:b2ff:fe8e:26e6/64'] }),
    veth('vb0', 5, 'vb1', 6, '', { state: 'nocarrier', master: 'br0' }),
    veth('vb1', 6, 'vb0', 5, ''),
  ],
  ARTICLE_FINAL.namespaces.map((n) => ns(n.name, n.links)),
);

function pictures(s: Snapshot, widths: readonly number[], opts: LayoutOptions = {}): string {
  return widths.map((w) => `── width ${w} ──\n${renderPlain(layoutTopology(s, w, opts))}\n`).join('\n');
}

/** The picture against golden/NAME.txt (UPDATE_GOLDEN=1 rewrites it). */
const checkGolden = (name: string, actual: string) => golden(`${name}.txt`, actual);

const maxWidth = (text: string) => Math.max(...text.split('\n').map(textWidth));

test('golden: the article\'s end state plus a bridge in the host, at 60, 62 and 100 columns', () => {
  checkGolden('article-bridge-host', pictures(ARTICLE_BRIDGE, [60, 62, 100]));
  checkGolden('article-bridge-host.zh', pictures(ARTICLE_BRIDGE, [60, 62, 100], { lang: 'zh' }));
  checkGolden('article-bridge-ports', pictures(ARTICLE_BRIDGE_PORTS, [60, 80, 120]));
});

test('the measured case: drawn for 60 columns it takes 44; 62 only when given 62 or more', () => {
  assert.equal(maxWidth(renderPlain(layoutTopology(ARTICLE_BRIDGE, 60))), 44);
  assert.equal(maxWidth(renderPlain(layoutTopology(ARTICLE_BRIDGE, 100))), 62);
});

test('the article with a bridge (and with bridge ports) in the host fits every width from 1 to 300, en and zh', () => {
  for (const s of [ARTICLE_BRIDGE, ARTICLE_BRIDGE_PORTS]) {
    for (const lang of ['en', 'zh'] as const) {
      for (let w = 1; w <= 300; w++) {
        const r = layoutReport(s, w, { lang });
        assert.equal(r.faults, 0, `${lang} ${w}`);
        assert.ok(maxWidth(renderPlain(r.lines)) <= w, `${lang} ${w}`);
      }
    }
  }
});

test('hostile names: escape sequences in namespace and interface names are drawn as ?', () => {
  const s = snap([lo(false), veth('v\u001b[2J', 2, 'e\u0007', 2, 'ns\u001b]0;PWNED\u0007')], [
    ns('ns\u001b]0;PWNED\u0007', [lo(true), veth('e\u0007', 2, 'v\u001b[2J', 2, '')]),
  ]);
  const text = renderPlain(layoutTopology(s, 80));
  assert.doesNotMatch(text, /[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
  assert.ok(maxWidth(text) <= 80);
});

test('pictureWidth: --width, else $COLUMNS, else the terminal, else the default', () => {
  assert.equal(pictureWidth(60, { COLUMNS: '120' }, 200), 60);
  assert.equal(pictureWidth(null, { COLUMNS: '70' }, 200), 70);
  assert.equal(pictureWidth(null, { COLUMNS: ' 70 ' }, undefined), 70);
  assert.equal(pictureWidth(null, {}, 132), 132);
  assert.equal(pictureWidth(null, {}, undefined), DEFAULT_WIDTH);
  // A $COLUMNS that is not a width is ignored; a huge one is capped.
  for (const bad of ['', '0', '-5', 'abc', '1.5', '80x']) assert.equal(pictureWidth(null, { COLUMNS: bad }, 90), 90, bad);
  assert.equal(pictureWidth(null, { COLUMNS: '999999' }, undefined), 1000);
});
