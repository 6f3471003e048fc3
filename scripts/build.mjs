// One esbuild bundle: `import('ink')` unbundled costs ~0.5 s at startup; bundled, the
// whole CLI starts in ~0.25 s. react-devtools-core is an optional import inside ink
// that must resolve at build time, so it is aliased to an empty stub.
import { build } from 'esbuild';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stubDir = join(root, 'node_modules', '.netns-tutor-stubs');
mkdirSync(stubDir, { recursive: true });
writeFileSync(join(stubDir, 'react-devtools-core.js'), 'export default {};\nexport const connectToDevTools = () => {};\n');

const pkg = JSON.parse((await import('node:fs')).readFileSync(join(root, 'package.json'), 'utf8'));

await build({
  entryPoints: [join(root, 'src', 'cli.ts')],
  outfile: join(root, 'dist', 'cli.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: false,
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.NETNS_TUTOR_VERSION': JSON.stringify(pkg.version), 'process.env.NODE_ENV': '"production"' },
  alias: { 'react-devtools-core': join(stubDir, 'react-devtools-core.js') },
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __nt_createRequire } from 'node:module';\nconst require = __nt_createRequire(import.meta.url);",
  },
});
chmodSync(join(root, 'dist', 'cli.js'), 0o755);
