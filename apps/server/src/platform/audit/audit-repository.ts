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
        })
        .execute();
    },
  };
}
