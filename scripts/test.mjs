// Runs every test file under node's test runner. Node 20 does not expand globs
// itself, so the files are listed here.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const layers = process.argv.slice(2).length ? process.argv.slice(2) : ['unit', 'ui', 'integration', 'e2e', 'robustness'];
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) { if (name !== 'fixtures') walk(p); }
    else if (/\.test\.tsx?$/.test(name)) files.push(p);
  }
};
for (const layer of layers) { try { walk(join('test', layer)); } catch { /* layer not present */ } }
if (files.length === 0) { console.error('no test files found'); process.exit(1); }
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
