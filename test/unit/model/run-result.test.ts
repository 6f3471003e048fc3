import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorText, outputText } from '../../../src/model/run-result.ts';

test('outputText: stdout, then stderr from a line of its own', () => {
  assert.equal(outputText({ stdout: 'PING 10.0.0.1\n', stderr: 'ping: sendmsg: Network is unreachable\n' }), 'PING 10.0.0.1\nping: sendmsg: Network is unreachable\n');
  assert.equal(outputText({ stdout: 'no newline', stderr: 'Error: x\n' }), 'no newline\nError: x\n');
  assert.equal(outputText({ stdout: '', stderr: 'Error: x\n' }), 'Error: x\n');
  assert.equal(outputText({ stdout: 'out', stderr: '' }), 'out');
  assert.equal(outputText({ stdout: '', stderr: '' }), '');
});

test('errorText: stderr, or stdout when stderr holds nothing but white space', () => {
  assert.equal(errorText({ stdout: 'stats\n', stderr: 'Cannot find device "x"\n' }), 'Cannot find device "x"\n');
  assert.equal(errorText({ stdout: 'usage: …\n', stderr: '' }), 'usage: …\n');
  assert.equal(errorText({ stdout: 'usage: …\n', stderr: '\n' }), 'usage: …\n');
});
