import { sql } from 'kysely';
import { erasedKinds, type ErasedCounts } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';

/** A project's retention setting and the purge's claim; the erasure itself is the residents' rights repository's. */
export function createRetentionRepository(db: Db) {
  return {
    async setting(projectId: string) {
      return db
        .selectFrom('projects')
        .where('id', '=', projectId)
        .select([
          sql<string | null>`to_char(ends_on, 'YYYY-MM-DD')`.as('endsOn'),
          'retention_months as retentionMonths',
          sql<string | null>`to_char(retention_purged_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`.as('purgedAt'),
        ])
        .executeTakeFirst();
    },

    async saveMonths(projectId: string, retentionMonths: number | null) {
      await db.updateTable('projects').set({ retention_months: retentionMonths, updated_at: new Date() }).where('id', '=', projectId).execute();
    },

    /** What the purge recorded having erased, summed over its batches. */
    async purgedCounts(projectId: string): Promise<ErasedCounts | null> {
      const rows = await db
        .selectFrom('audit_log')
        .where('project_id', '=', projectId)
        .where('action', '=', 'retention_purge')
        .select(sql<ErasedCounts>`details->'erased'`.as('erased'))
        .execute();
      if (rows.length === 0) return null;
      return Object.fromEntries(erasedKinds.map((kind) => [kind, rows.reduce((sum, r) => sum + (r.erased[kind] ?? 0), 0)])) as ErasedCounts;
    },

    /**
     * Claims one project whose retention period has passed and that was not purged yet, locking its
     * row for the caller's transaction: another instance skips it meanwhile. Once the last batch
     * commits, `retention_purged_at` keeps it from being claimed again.
     */
    async claimDuePurge(today: string, defaultMonths: number) {
      return db
        .selectFrom('projects')
        .where('retention_purged_at', 'is', null)
        .where('ends_on', 'is not', null)
        .where(sql<boolean>`(ends_on + make_interval(months => coalesce(retention_months, ${defaultMonths}::int)))::date <= ${today}::date`)
        .select(['id', sql<string>`to_char(ends_on, 'YYYY-MM-DD')`.as('endsOn'), 'retention_months as retentionMonths'])
        .orderBy('ends_on')
        .limit(1)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
    },

    async markPurged(projectId: string) {
      await db.updateTable('projects').set({ retention_purged_at: new Date() }).where('id', '=', projectId).execute();
    },
  };
}
