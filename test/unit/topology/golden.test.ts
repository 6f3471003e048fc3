// Golden pictures: every fixture at widths 60, 80, 120 and 200, as plain text.
// Regenerate with UPDATE_GOLDEN=1 and read the diff.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { changedKeys, layoutTopology, renderPlain, type LayoutOptions } from '../../../src/topology/index.ts';
import type { Snapshot } from '../../../src/lab/snapshot.ts';
import { ARTICLE, FIXTURES } from './fixtures/snapshots.ts';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const WIDTHS = [60, 80, 120, 200];
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** All widths of one snapshot in one file, each under a header. */
function pictures(s: Snapshot, opts: LayoutOptions = {}): string {
  return WIDTHS.map((w) => `── width ${w} ──\n${renderPlain(layoutTopology(s, w, opts))}\n`).join('\n');
}

function checkGolden(name: string, actual: string): void {
  const file = join(GOLDEN_DIR, `${name}.txt`);
  if (UPDATE) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  let expected: string;
  try {
    expected = readFileSync(file, 'utf8');
  } catch {
    assert.fail(`no golden file ${file}; run with UPDATE_GOLDEN=1 to create it`);
  }
  assert.equal(actual, expected, `${name} differs from ${file} (UPDATE_GOLDEN=1 to accept)`);
}

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
