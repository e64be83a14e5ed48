// Runs the server's integration tests on PGlite, then, when TEST_DATABASE_URL is set, the same
// tests on that PostgreSQL server.
import { spawnSync } from 'node:child_process';

function run(engine) {
  console.log(`\n▶ integration tests on ${engine}`);
  const result = spawnSync('npx', ['vitest', 'run', '--project', 'server'], {
    stdio: 'inherit',
    env: { ...process.env, THUIS_TEST_ENGINE: engine },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('pglite');
if (process.env.TEST_DATABASE_URL) run('postgres');
else console.log('\nTEST_DATABASE_URL is not set: skipping the PostgreSQL run.');
