import { buildApp } from './app.js';
import { loadConfigOrExit } from './config.js';
import { seedDemo } from './demo/seed-demo.js';
import { DataDirInUseError } from './platform/db/data-dir-lock.js';
import { openDatabase } from './platform/db/open-database.js';
import { onStopSignals, shutDown } from './platform/lifecycle/graceful-shutdown.js';

const startedAt = performance.now();
const config = loadConfigOrExit();
const database = await openDatabase(config).catch((error: unknown) => {
  // Another server holds the embedded database's folder: say so, without a stack trace.
  if (!(error instanceof DataDirInUseError)) throw error;
  console.error(error.message);
  process.exit(1);
});
const app = await buildApp({ config, database });

if (config.demo) {
  const seeded = await seedDemo(database.db);
  if (seeded) app.log.info('demo data created: see README.md for the demo log-ins');
}

onStopSignals(async (signal) => {
  app.log.info({ signal, timeoutMs: config.shutdownTimeoutMs }, 'shutting down: finishing requests and background jobs');
  const inTime = await shutDown(app, database, config.shutdownTimeoutMs);
  app.log.info({ inTime }, 'stopped');
});

await app.listen({ port: config.port, host: config.host });
app.log.info({ engine: database.engine, startupMs: Math.round(performance.now() - startedAt) }, `Thuis is running at http://localhost:${config.port}`);
