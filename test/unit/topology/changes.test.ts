// changedKeys: what the picture highlights after a command.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changedKeys, layoutTopology, renderPlain } from '../../../src/topology/index.ts';
import { ARTICLE } from './fixtures/snapshots.ts';

const step = (i: number) => ARTICLE[i]!.snapshot;

test('nothing changed, nothing highlighted', () => {
  assert.deepEqual([...changedKeys(step(10), step(10))], []);
});

test('a new namespace and its lo', () => {
  assert.deepEqual([...changedKeys(step(0), step(1))].sort(), ['link:ns0/lo', 'ns:ns0']);
});

test('lo brought up in ns0', () => {
  assert.deepEqual([...changedKeys(step(1), step(2))], ['link:ns0/lo']);
});

test('a veth pair created in the host: both ends', () => {
  assert.deepEqual([...changedKeys(step(3), step(4))].sort(), ['link:/veth1-peer', 'link:/veth7']);
});

test('veth1-peer moved to ns1: gone from the host, new in ns1, and its partner now points elsewhere', () => {
  assert.deepEqual([...changedKeys(step(4), step(5))].sort(), ['link:/veth1-peer', 'link:/veth7', 'link:ns1/veth1-peer']);
});

test('an address added is a change of that interface only', () => {
  assert.deepEqual([...changedKeys(step(7), step(8))], ['link:ns0/veth7']);
});

test('bringing veth1-peer up changes both ends (carrier arrives at veth7)', () => {
  assert.deepEqual([...changedKeys(step(8), step(9))].sort(), ['link:ns0/veth7', 'link:ns1/veth1-peer']);
});

test('a namespace that went away is reported too', () => {
  assert.deepEqual([...changedKeys(step(1), step(0))].sort(), ['link:ns0/lo', 'ns:ns0']);
});

test('changed interfaces and namespaces are marked with ▸', () => {
  const text = renderPlain(layoutTopology(step(6), 80, { changed: changedKeys(step(5), step(6)) }));
  assert.match(text, /│▸○ veth7/);
  assert.match(text, /▸ just changed/);
  const added = renderPlain(layoutTopology(step(3), 80, { changed: changedKeys(step(2), step(3)) }));
  assert.match(added, /┌─▸ns1 ─/);
});

test('the highlight lasts one drawing: without keys, no mark', () => {
  assert.doesNotMatch(renderPlain(layoutTopology(step(6), 80)), /▸/);
});
