import { sql } from 'kysely';
import type { Db } from '../db/database.js';
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
