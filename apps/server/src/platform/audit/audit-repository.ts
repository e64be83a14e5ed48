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
  };
}

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
