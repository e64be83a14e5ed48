import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface AuditEntry {
  actorUserId: string | null;
  action: string;
  resourceType: string;
  resourceId?: string | null;
  projectId?: string | null;
  details?: Record<string, unknown>;
}

/**
 * Appends to the audit log. Call it inside the transaction of the write it records, so a write and
 * its trace land together or not at all. Reads of personal data are recorded with action `read`.
 */
export async function recordAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
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
}

/** Appends several entries in one statement (e.g. each referral whose personal data a list shows). */
export async function recordAudits(db: Kysely<Database>, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('audit_log')
    .values(
      entries.map((entry) => ({
        actor_user_id: entry.actorUserId,
        action: entry.action,
        resource_type: entry.resourceType,
        resource_id: entry.resourceId ?? null,
        project_id: entry.projectId ?? null,
        details: JSON.stringify(entry.details ?? {}),
      })),
    )
    .execute();
}
