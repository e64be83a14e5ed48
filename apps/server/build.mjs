// Builds the server once (at install, like the web app) into plain JavaScript in dist/, so `npm start`
// runs node on one bundle instead of compiling TypeScript through tsx at every start.
//
// - Entries: src/main.ts → dist/main.js, every src/cli/*.ts → dist/<name>.js, and every module a
//   source file points at with `new URL('./x.ts', import.meta.url)` (the worker-thread tasks of
//   platform/jobs/worker.ts) → its own bundle dist/task-<name>.js, plus worker-entry.mjs as it is.
// - Every bundle lies in dist/ itself, so a `new URL(…, import.meta.url)` rewritten to
//   `./task-<name>.js` finds its file from any bundle. dist/ is as deep as src/ (apps/server/*), so
//   paths computed from import.meta.url (the repository root in config.ts) stay right.
// - @thuis/domain is bundled in; every other package stays an import from node_modules (installed
//   by `npm ci --omit=dev`), so files they read next to themselves (fonts, WASM) are found as before.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.dirname(fileURLToPath(import.meta.url));
const src = path.join(root, 'src');
const dist = path.join(root, 'dist');

const sourceFiles = fs
  .readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(ts|mjs)$/.test(file) && !/\.test\.ts$/.test(file) && !file.startsWith(`test${path.sep}`))
  .map((file) => path.join(src, file));

/** `new URL('<relative path>', import.meta.url)` with a literal path: a file the code loads at run time. */
const moduleUrl = /new URL\(\s*'(\.{1,2}\/[^']+)'\s*,\s*import\.meta\.url\s*\)/g;

/** Source file → the name of its bundle in dist/, for every file pointed at by moduleUrl. */
const loaded = new Map();
for (const file of sourceFiles) {
  for (const [, relative] of fs.readFileSync(file, 'utf8').matchAll(moduleUrl)) {
    const target = path.resolve(path.dirname(file), relative);
    if (!fs.existsSync(target)) throw new Error(`${path.relative(root, file)} points at ${relative}, which does not exist`);
    const name = target.endsWith('.mjs') ? path.basename(target) : `task-${path.basename(target, '.ts')}.js`;
    const taken = [...loaded].find(([other, otherName]) => otherName === name && other !== target);
    if (taken) throw new Error(`two run-time modules would both be dist/${name}: ${taken[0]} and ${target}`);
    loaded.set(target, name);
  }
}

const entryPoints = [
  { in: path.join(src, 'main.ts'), out: 'main' },
  ...fs
    .readdirSync(path.join(src, 'cli'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => ({ in: path.join(src, 'cli', file), out: path.basename(file, '.ts') })),
  ...[...loaded].filter(([file]) => file.endsWith('.ts')).map(([file, name]) => ({ in: file, out: name.replace(/\.js$/, '') })),
];

/** Points `new URL('./x.ts', import.meta.url)` at x's bundle next to the running one. */
const runTimeModules = {
  name: 'run-time-modules',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.ts$/ }, (args) => {
      if (!args.path.startsWith(src)) return undefined;
      const code = fs.readFileSync(args.path, 'utf8');
      if (!code.includes('import.meta.url')) return { contents: code, loader: 'ts' };
      const contents = code.replace(moduleUrl, (_, relative) => `new URL('./${loaded.get(path.resolve(path.dirname(args.path), relative))}', import.meta.url)`);
      return { contents, loader: 'ts' };
    });
  },
};

/** Packages stay in node_modules, except the workspace's own TypeScript domain package. */
const externalPackages = {
  name: 'external-packages',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@thuis/') || path.isAbsolute(args.path)) return undefined;
      return { path: args.path, external: true };
    });
  },
};

const started = performance.now();
fs.rmSync(dist, { recursive: true, force: true });
await build({
  entryPoints,
  outdir: dist,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  keepNames: true,
  logLevel: 'warning',
  plugins: [runTimeModules, externalPackages],
});
for (const [file, name] of loaded) if (file.endsWith('.mjs')) fs.copyFileSync(file, path.join(dist, name));
console.log(`server built into ${path.relative(process.cwd(), dist) || '.'} (${entryPoints.length} bundles) in ${Math.round(performance.now() - started)} ms`);
