import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editLine, lineOf, type EditKey, type Line } from '../../src/ui/line-edit.ts';

const at = (text: string, cursor: number): Line => ({ text, cursor });
const edit = (l: Line, input: string, key: EditKey = {}) => editLine(l, input, key);

test('typing and pasting insert at the cursor', () => {
  assert.deepEqual(edit(lineOf('ip '), 'netns'), at('ip netns', 8));
  assert.deepEqual(edit(at('ip list', 3), 'netns '), at('ip netns list', 9));
  assert.deepEqual(edit(lineOf(''), 'ip\tnetns\r'), at('ip netns\r', 9), 'a pasted tab is a space; the line end stays for the prompt to run');
  assert.deepEqual(edit(lineOf('a'), '\x07b'), at('ab', 2), 'control characters are dropped');
});

test('the cursor moves by character, by word, and to either end', () => {
  const l = at('ip netns list', 5);
  assert.equal(edit(l, '', { leftArrow: true })!.cursor, 4);
  assert.equal(edit(l, '', { rightArrow: true })!.cursor, 6);
  assert.equal(edit(at('ip', 0), '', { leftArrow: true })!.cursor, 0);
  assert.equal(edit(lineOf('ip'), '', { rightArrow: true })!.cursor, 2);
  assert.equal(edit(l, '', { home: true })!.cursor, 0);
  assert.equal(edit(l, 'e', { ctrl: true })!.cursor, 13);
  assert.equal(edit(l, 'a', { ctrl: true })!.cursor, 0);
  assert.equal(edit(l, '', { leftArrow: true, ctrl: true })!.cursor, 3);
  assert.equal(edit(l, '', { rightArrow: true, meta: true })!.cursor, 8);
});

test('Backspace, Ctrl-U, Ctrl-K and Ctrl-W delete', () => {
  assert.deepEqual(edit(lineOf('ip netns'), '', { delete: true }), lineOf('ip netn'));
  assert.deepEqual(edit(at('ip netns', 0), '', { backspace: true }), at('ip netns', 0));
  assert.deepEqual(edit(at('ip netns list', 8), 'u', { ctrl: true }), at(' list', 0));
  assert.deepEqual(edit(at('ip netns list', 8), 'k', { ctrl: true }), at('ip netns', 8));
  assert.deepEqual(edit(lineOf('ip netns list  '), 'w', { ctrl: true }), lineOf('ip netns '));
});

test('keys that are not editing are left to the prompt', () => {
  for (const key of [{ return: true }, { tab: true }, { upArrow: true }, { downArrow: true }, { escape: true }] as EditKey[]) {
    assert.equal(edit(lineOf('ip'), '', key), null);
  }
  assert.equal(edit(lineOf('ip'), 'c', { ctrl: true }), null, 'Ctrl-C belongs to the session');
});
