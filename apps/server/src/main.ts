import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { seedDemo } from './demo/seed-demo.js';
import { openDatabase } from './platform/db/open-database.js';

const startedAt = performance.now();
const config = loadConfig();
const database = await openDatabase(config);
const app = await buildApp({ config, database });

if (config.demo) {
  const seeded = await seedDemo(database.db);
  if (seeded) app.log.info('demo data created: see README.md for the demo log-ins');
}

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  await app.close();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
app.log.info({ engine: database.engine, startupMs: Math.round(performance.now() - startedAt) }, `Thuis is running at http://localhost:${config.port}`);
