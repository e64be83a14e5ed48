// `firstload`: what a browser downloads to show the log-in page and the door pages (the project home
// and the registration form of a visit) with an empty cache, as the built server sends it
// (compressed). Baselines in the same run: the same files uncompressed, and every script and style
// sheet of the build (compressed), which is what one unsplit bundle would send.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../../e2e/src/chromium.js';
import { BUILT_SERVER, ensureServerBuilt } from '../../e2e/src/server-build.js';
import { freePort, stop, waitForHealth } from './scale.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const webDist = path.join(repoRoot, 'apps/web/dist');
const LIMIT = 200 * 1024;
const DOOR_USER = 'opbouwwerker@thuis.demo';
const DEMO_PASSWORD = 'thuis-demo-2026';

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** The size a file of the build is served with: its .br copy when there is one (the browser asks for br). */
function servedSize(file: string): number {
  return fs.existsSync(`${file}.br`) ? fs.statSync(`${file}.br`).size : fs.statSync(file).size;
}

/** Every script and style sheet of the build, compressed as served: the first load without any splitting. */
function allAssetsSize(): number {
  const assets = path.join(webDist, 'assets');
  return fs
    .readdirSync(assets)
    .filter((f) => /\.(js|css)$/.test(f))
    .reduce((sum, f) => sum + servedSize(path.join(assets, f)), 0);
}

interface Load {
  compressed: number;
  uncompressed: number;
  requests: number;
  encodings: Set<string>;
}

/** Opens `url` in a context with an empty cache and sums the bodies of the app's own files (not the API) as transferred. */
async function firstLoad(
  browser: Browser,
  baseUrl: string,
  url: string,
  ready: string,
  storageState?: Awaited<ReturnType<BrowserContext['storageState']>>,
): Promise<Load> {
  // No service worker: it would fetch the door's files in the background, after the page is shown.
  const context = await browser.newContext({ baseURL: baseUrl, storageState, serviceWorkers: 'block', locale: 'nl-NL' });
  const page = await context.newPage();
  const pending: Promise<void>[] = [];
  const load: Load = { compressed: 0, uncompressed: 0, requests: 0, encodings: new Set() };
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.startsWith('/api/')) return;
    pending.push(
      (async () => {
        const sizes = await response.request().sizes();
        const body = await response.body().catch(() => Buffer.alloc(0));
        load.compressed += sizes.responseBodySize;
        load.uncompressed += body.length;
        load.requests += 1;
        load.encodings.add((await response.headerValue('content-encoding')) ?? 'none');
      })(),
    );
  });
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: ready }).waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  return load;
}

export const firstloadScenario = {
  description:
    'compressed first load (empty cache) of the log-in page, the project home and the registration form in Chromium, against the same files uncompressed and all scripts and styles of the build',
  async run() {
    const build = spawnSync('npm', ['run', 'build', '--workspace', 'apps/web'], { cwd: repoRoot, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build --workspace apps/web failed:\n${build.stderr}`);
    ensureServerBuilt();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thuis-bench-firstload-'));
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    let child: ChildProcess | undefined;
    let browser: Browser | undefined;
    try {
      child = spawn(process.execPath, [BUILT_SERVER], {
        cwd: repoRoot,
        env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '' },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      await waitForHealth(port, child);
      browser = await launchBrowser();

      // Log in once (through the page, as a visitor does) to find the project and a visit, and keep the session for the door pages.
      const warm = await browser.newContext({ baseURL: baseUrl, locale: 'nl-NL' });
      const page = await warm.newPage();
      await page.goto('/login');
      await page.getByLabel('E-mailadres').fill(DOOR_USER);
      await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Projecten' }).waitFor();
      const { projectId, projectName, visitId } = await page.evaluate(async () => {
        const projects = (await (await fetch('/api/projects')).json()) as { items?: { id: string; name: string }[] } | { id: string; name: string }[];
        const list = Array.isArray(projects) ? projects : (projects.items ?? []);
        const project = list.find((p) => p.name.includes('Lankforst')) ?? list[0]!;
        const visits = (await (await fetch(`/api/projects/${project.id}/visits?limit=1`)).json()) as { items: { id: string }[] };
        return { projectId: project.id, projectName: project.name, visitId: visits.items[0]!.id };
      });
      const session = await warm.storageState();
      await warm.close();

      const pages = [
        { name: 'log-in', load: await firstLoad(browser, baseUrl, '/login', 'Inloggen') },
        { name: 'project home', load: await firstLoad(browser, baseUrl, `/projects/${projectId}`, projectName, session) },
        {
          name: 'registration form',
          load: await firstLoad(browser, baseUrl, `/projects/${projectId}/visits/${visitId}/register`, 'Gesprek registreren', session),
        },
      ];
      const all = allAssetsSize();
      const lines = [`all scripts and styles of the build, compressed (one unsplit bundle): ${kB(all)}`];
      for (const { name, load } of pages)
        lines.push(
          `${name.padEnd(18)} ${kB(load.compressed).padStart(9)} in ${load.requests} files (${[...load.encodings].join('/')}); ` +
            `${(load.compressed / load.uncompressed).toFixed(2)} × uncompressed ${kB(load.uncompressed)}; ${(load.compressed / all).toFixed(2)} × all assets; target ≤ ${kB(LIMIT)}`,
        );
      return { lines, ok: pages.every((p) => p.load.compressed <= LIMIT), target: `each page ≤ ${kB(LIMIT)} compressed on first load` };
    } finally {
      await browser?.close();
      await stop(child);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
