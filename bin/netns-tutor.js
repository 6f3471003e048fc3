#!/usr/bin/env node
// The netns-tutor command: it runs the bundle in dist/. The bundle is built when
// the package is packed (no install script), so in a fresh clone it is built
// here on first use, and a clone runs right after `npm install`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(bundle)) {
  const build = new URL('../scripts/build.mjs', import.meta.url);
  const r = existsSync(build) ? spawnSync(process.execPath, [build.pathname], { stdio: ['ignore', 'inherit', 'inherit'] }) : { status: 1 };
  if (r.status !== 0) {
    console.error('netns-tutor: dist/cli.js is missing and could not be built. Run `npm install`, then `npm run build`.');
    process.exit(1);
  }
}
await import(bundle.href);
