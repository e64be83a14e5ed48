// Runs the server's integration tests on PGlite, then, when TEST_DATABASE_URL is set, the same
// tests on that PostgreSQL server. Each run has its own machine time zone, far from Amsterdam's, so
// no test passes only because the machine happens to keep Dutch time.
import { spawnSync } from 'node:child_process';

function run(engine, zone) {
  console.log(`\n▶ integration tests on ${engine}, TZ=${zone}`);
  const result = spawnSync('npx', ['vitest', 'run', '--project', 'server'], {
    stdio: 'inherit',
    env: { ...process.env, THUIS_TEST_ENGINE: engine, TZ: zone },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('pglite', 'Pacific/Auckland');
if (process.env.TEST_DATABASE_URL) run('postgres', 'UTC');
else console.log('\nTEST_DATABASE_URL is not set: skipping the PostgreSQL run.');
