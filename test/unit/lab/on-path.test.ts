import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { onPath, programPath } from '../../../src/lab/on-path.ts';

test('onPath: an executable file in one of PATH\'s directories, and nothing else', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'on-path-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const [a, b] = [join(root, 'a'), join(root, 'b')];
  mkdirSync(a);
  mkdirSync(b);
  writeFileSync(join(b, 'tool'), '#!/bin/sh\n');
  chmodSync(join(b, 'tool'), 0o755);
  writeFileSync(join(a, 'notes'), 'not a program\n');
  chmodSync(join(a, 'notes'), 0o644);
  mkdirSync(join(a, 'dir'));
  const env = { PATH: ['', a, b].join(delimiter) };
  assert.equal(onPath('tool', env), true);
  assert.equal(programPath('tool', env), join(b, 'tool'));
  assert.equal(programPath('missing', env), null);
  assert.equal(onPath('notes', env), false);
  assert.equal(onPath('dir', env), false);
  assert.equal(onPath('missing', env), false);
  assert.equal(onPath('tool', {}), false);
  // A shell builtin without a file of its name is not something the lab can start.
  assert.equal(onPath('command', env), false);
});
