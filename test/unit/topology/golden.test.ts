// Golden pictures: every fixture at widths 60, 80, 120 and 200, as plain text.
// Regenerate with UPDATE_GOLDEN=1 and read the diff.
import { test } from 'node:test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { changedKeys, layoutTopology, renderPlain, type LayoutOptions } from '../../../src/topology/index.ts';
import type { Snapshot } from '../../../src/model/snapshot.ts';
import { goldenFiles } from '../../helpers/golden.ts';
import { ARTICLE, FIXTURES } from './fixtures/snapshots.ts';

const golden = goldenFiles(join(dirname(fileURLToPath(import.meta.url)), 'golden'));
const WIDTHS = [60, 80, 120, 200];

/** All widths of one snapshot in one file, each under a header. */
function pictures(s: Snapshot, opts: LayoutOptions = {}): string {
  return WIDTHS.map((w) => `── width ${w} ──\n${renderPlain(layoutTopology(s, w, opts))}\n`).join('\n');
}

/** The picture against golden/NAME.txt (UPDATE_GOLDEN=1 rewrites it). */
const checkGolden = (name: string, actual: string) => golden(`${name}.txt`, actual);

for (const f of FIXTURES) {
  test(`golden: ${f.name}`, () => checkGolden(f.name, pictures(f.snapshot)));
}

test('golden: the article\'s final state in Chinese', () => {
  checkGolden('article-10-addr-peer.zh', pictures(ARTICLE[ARTICLE.length - 1]!.snapshot, { lang: 'zh' }));
});

test('golden: what moving veth7 into ns0 changed, highlighted', () => {
  const before = ARTICLE[5]!.snapshot;
  const after = ARTICLE[6]!.snapshot;
  checkGolden('article-06-veth7-to-ns0.changed', pictures(after, { changed: changedKeys(before, after) }));
});

test('golden: a new namespace, highlighted', () => {
  const before = ARTICLE[2]!.snapshot;
  const after = ARTICLE[3]!.snapshot;
  checkGolden('article-03-ns1.changed', pictures(after, { changed: changedKeys(before, after) }));
});
