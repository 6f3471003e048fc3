import { test } from 'node:test';
import assert from 'node:assert/strict';
import { neverThrow } from '../../../src/explain/shared/never-throw.ts';

test('neverThrow: the explanation, or nothing when the explainer throws', () => {
  assert.deepEqual(neverThrow(() => ['a note'], []), ['a note']);
  assert.deepEqual(neverThrow((): string[] => { throw new TypeError('a bug'); }, []), []);
  assert.equal(neverThrow((): string | null => { throw new Error('a bug'); }, null), null);
});
