import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { launchBrowser } from './chromium.js';
import { BUILT_SERVER } from './server-build.js';
import { timeScale } from './time-scale.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export { CHROMIUM_ARGS, launchBrowser } from './chromium.js';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface RunningApp {
  baseUrl: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** A data folder to start from (copied, so the journey's changes stay its own). */
  seededDataDir?: string;
  /** A data folder to run on as it is and keep afterwards (to seed one). */
  ownDataDir?: string;
  /** What to run instead of the app (for the harness's own test). */
  command?: string[];
  env?: Record<string, string>;
  startTimeoutMs?: number;
  /** Told the process id as soon as it runs. */
  onSpawn?: (pid: number) => void;
}

async function stopProcess(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  // A server that does not stop within 10 s is killed: a journey never leaves one behind.
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts the real app (built web + API) on a fresh embedded database: a copy of the demo database
 * seeded once per run (see global-setup.ts), or a new one with demo data. When it does not start,
 * the process is stopped and its data folder removed before the error is thrown.
 */
export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  const port = await freePort();
  const dataDir = options.ownDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'thuis-e2e-'));
  const seeded = options.seededDataDir ?? (options.ownDataDir ? undefined : inject('seededDataDir'));
  if (seeded && !options.ownDataDir) fs.cpSync(seeded, dataDir, { recursive: true });
  // The built server (see global-setup.ts), as `npm start` runs it: one node process, so stopping it stops the server.
  const child: ChildProcess = spawn(process.execPath, options.command ?? [BUILT_SERVER], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '', ...options.env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (child.pid !== undefined) options.onSpawn?.(child.pid);
  const stop = async () => {
    await stopProcess(child);
    if (!options.ownDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const limit = options.startTimeoutMs ?? 60_000 * timeScale();
  const deadline = Date.now() + limit;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}`);
      const ok = await fetch(`${baseUrl}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`the app did not start within ${Math.round(limit / 1000)} s`);
      await new Promise((r) => setTimeout(r, 250));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}

/** A tablet-sized context by default; pass a phone viewport for work at the door. */
export async function newContext(browser: Browser, baseURL: string, viewport = { width: 1024, height: 768 }): Promise<BrowserContext> {
  return browser.newContext({ baseURL, viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
}

/** Every page a journey visits is checked against WCAG 2.1 A and AA. */
export async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(violations, `accessibility of ${label}`).toEqual([]);
}

/** Starts the app and a browser for the journeys of one file, and stops both afterwards (also when one of them failed to start). */
export function useAppAndBrowser() {
  const state = {} as { app: RunningApp; browser: Browser };
  beforeAll(async () => {
    const [app, browser] = await Promise.allSettled([startApp(), launchBrowser()]);
    if (app.status === 'fulfilled') state.app = app.value;
    if (browser.status === 'fulfilled') state.browser = browser.value;
    if (app.status === 'rejected') throw app.reason;
    if (browser.status === 'rejected') throw browser.reason;
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.app?.stop();
  });
  return state;
}

export const DEMO_PASSWORD = 'thuis-demo-2026';

/** Logs in with a demo account from the login page (in Dutch, the default language). */
export async function logIn(page: Page, email: string) {
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/** Logs in with a demo account and opens the Lankforst demo project from the project list. */
export async function openProject(page: Page, email: string) {
  await page.goto('/login');
  await logIn(page, email);
  await page.getByRole('heading', { level: 1, name: 'Projecten' }).waitFor();
  await page
    .getByRole('link', { name: /Lankforst/ })
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name: 'Lankforst: maisonettes' }).waitFor();
}

/** What a journey does with a link or button of the project's navigation. */
const navActions = new Set(['click', 'press', 'focus', 'tap', 'hover', 'dblclick']);

/**
 * The project's own navigation (its phases and parts). On a phone it is folded into a menu: an
 * action on one of its links first opens the menu, so journeys read the same on every screen.
 */
export function projectNav(page: Page): Locator {
  const nav = page.getByRole('navigation', { name: 'Werken in dit project' });
  const openMenu = async () => {
    const folded = nav.getByRole('button', { expanded: false });
    if (await folded.isVisible()) await folded.click();
  };
  const opening = (target: Locator): Locator =>
    new Proxy(target, {
      get(locator, key, receiver) {
        const value: unknown = Reflect.get(locator, key, receiver);
        if (typeof value !== 'function') return value;
        if (navActions.has(String(key)))
          return async (...args: unknown[]) => {
            await openMenu();
            return (value as (...a: unknown[]) => unknown).apply(locator, args);
          };
        // A narrower locator (getByRole, first, filter…) keeps opening the menu first.
        return (...args: unknown[]) => {
          const result = (value as (...a: unknown[]) => unknown).apply(locator, args);
          return isLocator(result) ? opening(result) : result;
        };
      },
    });
  return opening(nav);
}

const isLocator = (value: unknown): value is Locator =>
  typeof value === 'object' && value !== null && typeof (value as Locator).getByRole === 'function' && typeof (value as Locator).click === 'function';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The demo database seeded once per run (global-setup.ts). */
    seededDataDir: string;
  }
}
