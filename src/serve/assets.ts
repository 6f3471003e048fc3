/**
 * The page's files (built into dist/web/ by scripts/build.mjs: the terminal
 * emulator, the page scripts, their styles), read once and served from memory.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Asset = { readonly type: string; readonly body: Buffer };

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** `dist/web/` beside the bundle (built) or above `src/` (development). */
export function webDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    for (const candidate of [join(dir, 'web'), join(dir, 'dist', 'web')]) if (existsSync(join(candidate, 'learner.js'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('the page\'s files (dist/web/) are missing: run `npm run build`');
}

/** Every file of the page, by its name. */
export function loadAssets(dir = webDir()): ReadonlyMap<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const name of readdirSync(dir)) {
    const type = TYPES[extname(name)];
    if (type) assets.set(name, { type, body: readFileSync(join(dir, name)) });
  }
  return assets;
}
