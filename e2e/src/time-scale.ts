import os from 'node:os';

/**
 * How much slower than an idle machine this one is: the journeys' time limits grow with it, so a
 * loaded CI machine fails on a real hang, not on a slow start. `E2E_TIME_SCALE` overrides it.
 */
export function timeScale(): number {
  const set = Number(process.env.E2E_TIME_SCALE);
  if (set > 0) return set;
  return Math.min(5, Math.max(1, os.loadavg()[0]! / os.cpus().length));
}
