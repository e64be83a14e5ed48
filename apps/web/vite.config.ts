import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Writes a .br and a .gz copy next to every text file of the build (source maps aside), once, at
 * build time: the server sends them as they are (@fastify/static's preCompressed) instead of
 * compressing on every request or sending the bundle uncompressed.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'thuis-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        const files = fs
          .readdirSync(outDir, { recursive: true, encoding: 'utf8' })
          .filter((file) => /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/.test(file))
          .map((file) => path.join(outDir, file))
          .filter((file) => fs.statSync(file).size >= 1024);
        await Promise.all(
          files.map(async (file) => {
            const data = await fs.promises.readFile(file);
            const [br, gz] = await Promise.all([
              brotli(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
              gzip(data, { level: 9 }),
            ]);
            await Promise.all([fs.promises.writeFile(`${file}.br`, br), fs.promises.writeFile(`${file}.gz`, gz)]);
          }),
        );
      },
    },
  };
}

/**
 * The Utrecht component library ships one module that sets `X.displayName = '…'` on each of its ~100
 * components; a bundler must treat those assignments as side effects, so every component stayed in
 * the first download although the app uses a dozen. The names only matter to React's developer
 * tools; without them the unused components are left out.
 */
function utrechtWithoutDisplayNames(): Plugin {
  return {
    name: 'thuis-utrecht-tree-shaking',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]@utrecht[\\/]component-library-react[\\/]dist[\\/]index\.mjs$/.test(id)) return null;
      return { code: code.replace(/^[\w$]+\.displayName = '[^']*';$/gm, ''), map: null };
    },
  };
}

/**
 * The pages a visitor needs at the door without a connection. They are loaded lazily like every other
 * page, so the service worker cannot find their files in index.html; this list (with what they import
 * and their CSS) is written into sw.js, which fetches them at install.
 */
const doorModules = [
  'src/pages/ProjectsPage.tsx',
  'src/pages/ProjectPage.tsx',
  'src/pages/project/VisitsPage.tsx',
  'src/pages/project/RegistrationPage.tsx',
  'src/pages/project/SignalsPage.tsx',
  'src/i18n/en.ts',
];

function offlineDoorAssets(): Plugin {
  let outDir = '';
  let files: string[] = [];
  return {
    name: 'thuis-offline-door-assets',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    generateBundle(_options, bundle) {
      const chunks = new Map(Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])));
      const doors = [...chunks.values()].filter((c) => c.facadeModuleId && doorModules.some((m) => c.facadeModuleId!.endsWith(m)));
      if (doors.length !== doorModules.length) throw new Error(`door pages without their own chunk: found ${doors.length} of ${doorModules.length}`);
      const seen = new Set<string>();
      const visit = (fileName: string) => {
        const chunk = chunks.get(fileName);
        if (!chunk || seen.has(fileName)) return;
        seen.add(fileName);
        chunk.imports.forEach(visit);
      };
      doors.forEach((c) => visit(c.fileName));
      files = [...seen].flatMap((f) => [`/${f}`, ...[...(chunks.get(f)!.viteMetadata?.importedCss ?? [])].map((css) => `/${css}`)]);
    },
    closeBundle: {
      sequential: true,
      order: 'pre',
      handler() {
        const sw = path.join(outDir, 'sw.js');
        const source = fs.readFileSync(sw, 'utf8');
        const placeholder = 'const doorAssets = [];';
        if (!source.includes(placeholder)) throw new Error(`sw.js lacks "${placeholder}"`);
        fs.writeFileSync(sw, source.replace(placeholder, `const doorAssets = ${JSON.stringify([...new Set(files)].sort())};`));
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), offlineDoorAssets(), precompress(), utrechtWithoutDisplayNames()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: {
    port: 5173,
    proxy: { '/api': { target: process.env.THUIS_API ?? 'http://localhost:3000', changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: process.env.THUIS_API ?? 'http://localhost:3000', changeOrigin: false } },
  },
});
