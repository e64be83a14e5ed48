import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The built server, as `npm start` runs it. */
export const BUILT_SERVER = 'apps/server/dist/main.js';

/** What the server bundle is built from: a file newer than the bundle makes it stale. */
const SOURCES = ['apps/server/src', 'packages/domain/src', 'apps/server/build.mjs', 'apps/server/package.json'];

function newestChange(entry: string): number {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) newest = Math.max(newest, newestChange(path.join(entry, name)));
  return newest;
}

/**
 * Builds the server (esbuild, a few seconds) when its bundle is missing or older than its sources,
 * so tests and benchmarks run what production runs, not the source through tsx.
 */
export function ensureServerBuilt(): void {
  const bundle = path.join(repoRoot, BUILT_SERVER);
  const builtAt = fs.existsSync(bundle) ? fs.statSync(bundle).mtimeMs : 0;
  if (builtAt > Math.max(...SOURCES.map((s) => newestChange(path.join(repoRoot, s))))) return;
  const build = spawnSync('npm', ['run', 'build', '--workspace', 'apps/server'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('npm run build --workspace apps/server failed');
}
