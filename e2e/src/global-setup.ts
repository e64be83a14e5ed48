import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startApp } from './harness.js';
import { ensureServerBuilt } from './server-build.js';

/**
 * Builds the server when its bundle is missing or stale (the journeys run the built server). Seeds the demo database once per run: the app starts on an empty data folder (creating the demo)
 * and stops; every journey's app starts from a copy of that folder (a restart takes a second,
 * seeding several).
 */
export default async function setup(project: TestProject) {
  ensureServerBuilt();
  const seeded = fs.mkdtempSync(path.join(os.tmpdir(), 'thuis-e2e-seed-'));
  const app = await startApp({ ownDataDir: seeded });
  await app.stop();
  project.provide('seededDataDir', seeded);
  return () => fs.rmSync(seeded, { recursive: true, force: true });
}
