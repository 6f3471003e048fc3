import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { didYouMean, editDistance } from '../../../src/text/did-you-mean.ts';

test('edit distance: letters added, removed, changed, and two neighbours swapped count one each', () => {
  assert.equal(editDistance('link', 'link'), 0);
  assert.equal(editDistance('lnk', 'link'), 1);
  assert.equal(editDistance('linkk', 'link'), 1);
  assert.equal(editDistance('lonk', 'link'), 1);
  assert.equal(editDistance('pnig', 'ping'), 1);
  assert.equal(editDistance('', 'ping'), 4);
  assert.equal(editDistance('failed', 'fails'), 2);
  assert.equal(editDistance('kitten', 'sitting'), 3);
});

test('edit distance: past the limit it stops counting and says limit + 1', () => {
  assert.equal(editDistance('frobnicate', 'link', 2), 3);
  assert.equal(editDistance('abcdef', 'uvwxyz', 1), 2);
  assert.equal(editDistance('lnk', 'link', 1), 1);
});

test('edit distance is symmetric and bounded by the longer word', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'n', 's'), maxLength: 8 });
  fc.assert(fc.property(word, word, (a, b) => {
    const d = editDistance(a, b);
    assert.equal(d, editDistance(b, a));
    assert.ok(d <= Math.max(a.length, b.length));
    assert.equal(d === 0, a === b);
  }), { numRuns: 500 });
});

test('did you mean: the one candidate near enough', () => {
  assert.equal(didYouMean('lnk', ['netns', 'link', 'veth', 'addr']), 'link');
  assert.equal(didYouMean('ipp', ['ip', 'ping', 'ss']), 'ip');
  assert.equal(didYouMean('pnig', ['ip', 'ping']), 'ping');
  assert.equal(didYouMean('failed', ['succeeds', 'fails']), 'fails');
  assert.equal(didYouMean('net.ipv4.ip_foward', ['net.ipv4.ip_forward']), 'net.ipv4.ip_forward');
});

test('did you mean: case is ignored, and the word itself is no suggestion', () => {
  assert.equal(didYouMean('LINK', ['link']), 'link');
  assert.equal(didYouMean('Veth7', ['veth7']), 'veth7');
  assert.equal(didYouMean('ns0', ['ns0']), null);
});

test('did you mean: one edit per three letters; a longer word may be further off', () => {
  assert.equal(didYouMean('xyz', ['abc']), null);
  assert.equal(didYouMean('lonks', ['link']), null);
  assert.equal(didYouMean('explian', ['explain']), 'explain');
  assert.equal(didYouMean('frobnicate', ['netns', 'link', 'veth', 'addr', 'route', 'ping']), null);
});

test('did you mean: an abbreviation of three letters or more', () => {
  assert.equal(didYouMean('topo', ['start', 'topology', 'test']), 'topology');
  assert.equal(didYouMean('to', ['topology']), null);
  assert.equal(didYouMean('lsblk', ['ls', 'ip']), null);
});

test('did you mean: two equally near candidates are no guess at all', () => {
  assert.equal(didYouMean('ns2', ['ns0', 'ns1']), null);
  assert.equal(didYouMean('ns2', ['ns0', 'ns0']), 'ns0');
  assert.equal(didYouMean('lss', ['ls', 'ss']), null);
});

test('did you mean: an alias wins outright, looked up in lower case and only as its own key', () => {
  assert.equal(didYouMean('Address', ['addr', 'link'], { address: 'addr' }), 'addr');
  assert.equal(didYouMean('in', ['succeeds', 'fails'], { in: 'from' }), 'from');
  assert.equal(didYouMean('constructor', ['link'], {}), null);
});
