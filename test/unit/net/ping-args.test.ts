import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pingOperands } from '../../../src/net/ping-args.ts';

test('pingOperands: options anywhere, combined or with their values, and -- ends them', () => {
  assert.deepEqual(pingOperands(['-c', '1', '127.0.0.1']), ['127.0.0.1']);
  assert.deepEqual(pingOperands(['127.0.0.1', '-c', '3', '-W1']), ['127.0.0.1']);
  assert.deepEqual(pingOperands(['-qc3', '-I', 'eth0', '192.0.2.1']), ['192.0.2.1']);
  assert.deepEqual(pingOperands(['-r', '192.0.2.1']), ['192.0.2.1'], '-r takes no value');
  assert.deepEqual(pingOperands(['--', '-x']), ['-x']);
  assert.deepEqual(pingOperands(['-c']), []);
  assert.deepEqual(pingOperands(['192.0.2.9', '192.0.2.1']), ['192.0.2.9', '192.0.2.1']);
});
