// The Ink view draws exactly the layout's lines, coloured by style.
// (createElement rather than JSX keeps every test file matching *.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createElement as h } from 'react';
import { render } from 'ink-testing-library';
import { Topology } from '../../../src/ui/Topology.tsx';
import { changedKeys, layoutTopology, renderPlain } from '../../../src/topology/index.ts';
import { ARTICLE, ARTICLE_FINAL } from './fixtures/snapshots.ts';

// eslint-disable-next-line no-control-regex
const stripAnsi = (s: string): string => s.replace(/\x1b\[[0-9;]*m/g, '');
const trimLines = (s: string): string => s.split('\n').map((l) => l.trimEnd()).join('\n');

test('renders the same text as the plain renderer', () => {
  for (const width of [60, 80]) {
    const { lastFrame, unmount } = render(h(Topology, { snapshot: ARTICLE_FINAL, width }));
    assert.equal(trimLines(stripAnsi(lastFrame() ?? '')), renderPlain(layoutTopology(ARTICLE_FINAL, width)));
    unmount();
  }
});

test('speaks Chinese and marks what changed', () => {
  const before = ARTICLE[5]!.snapshot;
  const after = ARTICLE[6]!.snapshot;
  const { lastFrame, unmount } = render(h(Topology, { snapshot: after, width: 80, changed: changedKeys(before, after), lang: 'zh' }));
  const frame = stripAnsi(lastFrame() ?? '');
  assert.match(frame, /宿主机/);
  assert.match(frame, /▸○ veth7/);
  assert.match(frame, /刚刚变化/);
  unmount();
});

test('redraws when the snapshot changes', () => {
  const { lastFrame, rerender, unmount } = render(h(Topology, { snapshot: ARTICLE[0]!.snapshot, width: 80 }));
  assert.doesNotMatch(stripAnsi(lastFrame() ?? ''), /ns0/);
  rerender(h(Topology, { snapshot: ARTICLE[1]!.snapshot, width: 80 }));
  assert.match(stripAnsi(lastFrame() ?? ''), /┌─ ns0 /);
  unmount();
});

test('without colour the symbols still tell the state', () => {
  const { lastFrame, unmount } = render(h(Topology, { snapshot: ARTICLE[7]!.snapshot, width: 80, color: false }));
  const frame = lastFrame() ?? '';
  // eslint-disable-next-line no-control-regex
  assert.doesNotMatch(frame, /\x1b\[3[0-9]m/);
  assert.match(frame, /◐ veth7/);
  unmount();
});

test('on a narrow terminal, a one-line note', () => {
  const { lastFrame, unmount } = render(h(Topology, { snapshot: ARTICLE_FINAL, width: 30 }));
  assert.equal(stripAnsi(lastFrame() ?? '').split('\n').length, 1);
  unmount();
});
