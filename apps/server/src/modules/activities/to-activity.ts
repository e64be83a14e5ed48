import type { Activity, ActivityReach } from '@thuis/domain';
import type { ActivityRow } from './repository.js';

/** An activity as the API shows it, with its reach as the reader may see it. */
export function toActivity(row: ActivityRow, reach: ActivityReach): Activity {
  const { updatedAt, reach: _exact, ...rest } = row;
  return { ...rest, reach, updatedAt: updatedAt.toISOString() };
}
