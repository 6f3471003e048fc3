// One esbuild bundle: `import('ink')` unbundled costs ~0.5 s at startup; bundled, the
// whole CLI starts in a fraction of that. Modules the tutor never uses are replaced
// by small stubs: react-devtools-core (Ink's DEV-only devtools), is-in-ci, cli-highlight
// (marked-terminal's syntax highlighting: 1.4 MB of highlight.js for shell snippets
// that read fine plain) and node-emoji (`:shortcode:` emoji the lessons do not use).
// yoga-layout is built to decode its WebAssembly itself rather than fetch() it (below).
import { build } from 'esbuild';
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stubDir = join(root, 'node_modules', '.netns-tutor-stubs');
mkdirSync(stubDir, { recursive: true });
const STUBS = {
  'react-devtools-core': 'export default {};\nexport const connectToDevTools = () => {};\n',
  'cli-highlight': 'export const highlight = (code) => code;\n',
  // Ink draws only the last frame where CI is set; the tutor is interactive wherever it runs (a classroom server in CI included).
  'is-in-ci': 'export default false;\n',
  'node-emoji': 'export const get = () => undefined;\nexport const emojify = (s) => s;\n',
};
for (const [name, code] of Object.entries(STUBS)) writeFileSync(join(stubDir, `${name}.js`), code);

// yoga-layout (Ink's layout engine) loads its WebAssembly from a data: URL with fetch()
// when fetch exists, and Node's first fetch() loads undici: a few hundred milliseconds on
// a busy machine, before Ink can draw. Its own fallback decodes the same bytes with atob.
const YOGA_FETCH = 'w||"function"!=typeof fetch?Promise.resolve()';
const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(b) {
    b.onLoad({ filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(YOGA_FETCH)) {
        console.warn('build: yoga-layout no longer loads its wasm as expected; it may fetch() it again (slower start)');
        return undefined;
      }
      return { contents: source.replace(YOGA_FETCH, 'w||!0?Promise.resolve()'), loader: 'js' };
    });
  },
};

// Ink marks "new <Static> output" on a module-wide root (the last instance made), not on the
// instance whose <Static> changed: with several instances in one process (netns-tutor serve,
// one per learner) a learner's transcript lines could go unwritten. Mark the node's own root.
const INK_STATIC = 'if (currentRootNode && node.internal_static) {\n            currentRootNode.isStaticDirty = true;\n        }';
const inkStaticPerInstance = {
  name: 'ink-static-per-instance',
  setup(b) {
    b.onLoad({ filter: /ink[\\/]build[\\/]reconciler\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(INK_STATIC)) throw new Error('build: Ink\'s reconciler changed; check how it marks <Static> output (ink-static-per-instance)');
      return {
        contents: source.replace(INK_STATIC, 'if (node.internal_static) {\n            let root = node;\n            while (root.parentNode) root = root.parentNode;\n            root.isStaticDirty = true;\n        }'),
        loader: 'js',
      };
    });
  },
};

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

await build({
  entryPoints: [join(root, 'src', 'cli.ts')],
  // Written beside the bundle, then renamed over it: a tutor starting during a
  // build reads the old bundle or the new one, never half of one.
  outfile: join(root, 'dist', `cli.js.${process.pid}.tmp`),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: false,
  minify: true,
  keepNames: true,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.NETNS_TUTOR_VERSION': JSON.stringify(pkg.version), 'process.env.NODE_ENV': '"production"' },
  plugins: [yogaWithoutFetch, inkStaticPerInstance],
  alias: Object.fromEntries(Object.keys(STUBS).map((name) => [name, join(stubDir, `${name}.js`)])),
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __nt_createRequire } from 'node:module';\nconst require = __nt_createRequire(import.meta.url);",
  },
});
chmodSync(join(root, 'dist', `cli.js.${process.pid}.tmp`), 0o755);
renameSync(join(root, 'dist', `cli.js.${process.pid}.tmp`), join(root, 'dist', 'cli.js'));

// The classroom page (netns-tutor serve): its scripts for the browser, with the terminal
// emulator (xterm.js) inside, and one stylesheet. Shipped as files in dist/web/, served
// by the server from memory; the CLI bundle never loads them.
const web = join(root, 'dist', 'web');
mkdirSync(web, { recursive: true });
await build({
  entryPoints: { learner: join(root, 'src', 'web', 'learner.ts'), teacher: join(root, 'src', 'web', 'teacher.ts') },
  outdir: web,
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: ['chrome110', 'firefox110', 'safari16'],
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
writeFileSync(join(web, 'page.css'), `${readFileSync(join(root, 'node_modules', '@xterm', 'xterm', 'css', 'xterm.css'), 'utf8')}\n${readFileSync(join(root, 'src', 'web', 'page.css'), 'utf8')}`);
