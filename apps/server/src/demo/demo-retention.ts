import type { Db } from '../platform/db/database.js';

/**
 * The finished Spoorbuurt keeps identities eight years after its end (the corporation's agreement),
 * so its purge date (20 December 2027) is still to come and the project page shows what it will erase.
 */
export const SPOORBUURT_RETENTION_MONTHS = 96;

export async function addDemoRetention(trx: Db, projectId: string) {
  await trx.updateTable('projects').set({ retention_months: SPOORBUURT_RETENTION_MONTHS }).where('id', '=', projectId).execute();
}
