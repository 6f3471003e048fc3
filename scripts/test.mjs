// Runs the test files of the given layers (all of them when none is given)
// under node's test runner: `node scripts/test.mjs unit ui` is `npm run
// test:fast`. Node 20 does not expand globs itself, so the files are listed here.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const LAYERS = ['unit', 'ui', 'integration', 'e2e', 'robustness'];
const layers = process.argv.slice(2).length ? process.argv.slice(2) : LAYERS;
const unknown = layers.filter((l) => !LAYERS.includes(l));
if (unknown.length) { console.error(`unknown test layer ${unknown.join(', ')}: the layers are ${LAYERS.join(', ')}`); process.exit(2); }
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) { if (name !== 'fixtures') walk(p); }
    else if (/\.test\.tsx?$/.test(name)) files.push(p);
  }
};
for (const layer of layers) if (existsSync(join('test', layer))) walk(join('test', layer));
if (files.length === 0) { console.error('no test files found'); process.exit(1); }
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
