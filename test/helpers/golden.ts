/**
 * Golden files: text a test renders, compared with the copy stored beside the
 * test, so that a change in wording or layout shows as a diff. With
 * UPDATE_GOLDEN=1 the test writes the file instead; read the diff, then commit.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A golden-file check for the files under `dir`: compares with `dir/relPath`, or writes it when UPDATE_GOLDEN=1. */
export function goldenFiles(dir: string): (relPath: string, actual: string) => void {
  return (relPath, actual) => {
    const p = join(dir, relPath);
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, actual);
      return;
    }
    assert.ok(existsSync(p), `missing golden file ${relPath}: run with UPDATE_GOLDEN=1`);
    assert.equal(actual, readFileSync(p, 'utf8'), `golden file ${relPath} differs (UPDATE_GOLDEN=1 rewrites it)`);
  };
}
