import { sql, type SelectQueryBuilder } from 'kysely';
import type { Db } from '../db/database.js';
import type { Database } from '../db/schema.js';
import type { AuditEntry } from './audit.js';

export function createAuditRepository(db: Db) {
  return {
    /** Appends one entry; the log is never updated or deleted from. */
    async append(entry: AuditEntry): Promise<void> {
      await db
        .insertInto('audit_log')
        .values({
          actor_user_id: entry.actorUserId,
          action: entry.action,
          resource_type: entry.resourceType,
          resource_id: entry.resourceId ?? null,
          project_id: entry.projectId ?? null,
          details: JSON.stringify(entry.details ?? {}),
          ...(entry.households ? { household_ids: shownHouseholds(entry.households) } : {}),
        })
        .execute();
    },
    /**
     * Removes erased households from the reads of the content they told (ADR 0005), so the log no
     * longer ties those items to them; who read what and when stays. Only inside the erasure's
     * transaction: the log's trigger allows this one change under the transaction-local flag.
     */
    async forgetErasedHouseholds(householdIds: readonly string[]): Promise<number> {
      if (householdIds.length === 0) return 0;
      const ids = [...householdIds];
      await sql`select set_config('thuis.erasing_households', 'on', true)`.execute(db);
      const result = await sql`
        update audit_log
        set household_ids = array(select h from unnest(household_ids) as h where h <> all(${ids}::uuid[]))
        where household_ids && ${ids}::uuid[] and resource_type = any(${[...contentReadTypes]}::text[])`.execute(db);
      await sql`select set_config('thuis.erasing_households', 'off', true)`.execute(db);
      return Number(result.numAffectedRows ?? 0);
    },
  };
}

/** Audit resource types whose entries name content told by a household (through its pseudonym). */
const contentReadTypes = ['registration', 'registrations', 'signal', 'household_measurement'] as const;

/**
 * The households of a list read, in the statement that appends the entry (no extra round trip):
 * those named, and those of the addresses and pseudonyms shown.
 */
function shownHouseholds({ ids = [], addressIds = [], pseudonyms = [] }: NonNullable<AuditEntry['households']>) {
  if (addressIds.length === 0 && pseudonyms.length === 0) return sql<string[]>`${[...new Set(ids)]}::uuid[]`;
  return sql<string[]>`array(
    select id from unnest(${[...ids]}::uuid[]) as id
    union select h.id from households h where h.address_id = any(${[...addressIds]}::uuid[])
    union select h.id from households h where h.pseudonym = any(${[...pseudonyms]}::text[]))`;
}

/**
 * One address's row and the read entry of what it showed, in ONE statement (a data-modifying CTE):
 * the same entry a one-item list read appends (details { count: 1, ids: [id] }, the households of the
 * address), only when the row was found and its `personal` column is not null.
 */
export async function findAddressRecordingRead<R extends { id: string }>(
  db: Db,
  read: SelectQueryBuilder<Database, 'addresses', R>,
  entry: { actorUserId: string; projectId: string; resourceType: string; personal: keyof R & string },
): Promise<R | undefined> {
  const { rows } = await sql<R>`with found as (${read}), recorded as (
      insert into audit_log (actor_user_id, action, resource_type, project_id, details, household_ids)
      select ${entry.actorUserId}::uuid, 'read', ${entry.resourceType}, ${entry.projectId}::uuid,
        jsonb_build_object('count', 1, 'ids', jsonb_build_array(found.id)),
        array(select h.id from households h where h.address_id = found.id)
      from found where ${sql.ref(`found.${entry.personal}`)} is not null)
    select * from found`.execute(db);
  return rows[0];
}
