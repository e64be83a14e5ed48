// Benchmarks: `npm run bench` runs every scenario, `npm run bench -- startup` one of them.
// Figures are reported as ratios against a baseline measured in the same run.
import { scenarios } from './scenarios/index.mjs';

const wanted = process.argv.slice(2);
const chosen = wanted.length ? wanted : Object.keys(scenarios);
let failed = false;
for (const name of chosen) {
  const scenario = scenarios[name];
  if (!scenario) {
    console.error(`Unknown scenario "${name}". Known: ${Object.keys(scenarios).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n▶ ${name}: ${scenario.description}`);
  const result = await scenario.run();
  for (const line of result.lines) console.log(`  ${line}`);
  if (!result.ok) failed = true;
  console.log(`  ${result.ok ? 'within target' : 'TARGET MISSED'}: ${result.target}`);
}
process.exit(failed ? 1 : 0);
