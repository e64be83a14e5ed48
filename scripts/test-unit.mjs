// Runs the domain and web unit tests twice: in UTC and in Pacific/Auckland (UTC+12/+13, across the
// date line from Amsterdam), so no date or time rule depends on the machine's own zone.
import { spawnSync } from 'node:child_process';

for (const zone of ['UTC', 'Pacific/Auckland']) {
  console.log(`\n▶ unit tests, TZ=${zone}`);
  const result = spawnSync('npx', ['vitest', 'run', '--project', 'domain', '--project', 'web'], { stdio: 'inherit', env: { ...process.env, TZ: zone } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
