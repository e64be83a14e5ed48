import type { Kysely } from 'kysely';
import type { AccountEventAction } from '@thuis/domain';
import type { Database } from '../db/schema.js';
import { createAuditRepository } from './audit-repository.js';

export interface AuditEntry {
  actorUserId: string | null;
  action: string;
  resourceType: string;
  resourceId?: string | null;
  projectId?: string | null;
  details?: Record<string, unknown>;
  /** The households a list read showed: given, or found from the addresses or pseudonyms shown (in the same statement). */
  households?: ShownHouseholds;
}

/** Which households a read showed, by what the list had at hand. */
export interface ShownHouseholds {
  ids?: readonly string[];
  /** Every household that lived at one of these addresses. */
  addressIds?: readonly string[];
  /** The households of these pseudonyms (a registration's household key). */
  pseudonyms?: readonly string[];
}

/**
 * Appends to the audit log. Call it inside the transaction of the write it records, so a write and
 * its trace land together or not at all. Reads of personal data are recorded with action `read`.
 */
export async function recordAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await createAuditRepository(db).append(entry);
}

/**
 * Records a list read of household-linked personal data as ONE entry that names what was shown:
 * the ids of the items with personal data (`count`, `ids`), the households they belong to, and how
 * the list was asked for (filter, page). The project's log finds the entry by any of those ids and
 * by each household ("who saw household X"). A list that showed nothing personal is no read of
 * personal data and leaves no entry.
 */
export async function recordListRead(
  db: Kysely<Database>,
  {
    actorUserId,
    projectId,
    resourceType,
    ids,
    households,
    details,
  }: {
    actorUserId: string;
    projectId: string;
    resourceType: string;
    ids: readonly string[];
    households?: ShownHouseholds;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  if (ids.length === 0) return;
  await recordAudit(db, {
    actorUserId,
    action: 'read',
    resourceType,
    projectId,
    details: { count: ids.length, ids, ...details },
    ...(households ? { households } : {}),
  });
}

/**
 * An event of an account (log-in, failed log-in, reset, switched off…), recorded without a project
 * and found by the account it is about: by the administrator, the account's owner and the leaders of
 * the projects the account is a member of. `subjectUserId` null: an attempt on no known account.
 */
export async function recordAccountEvent(
  db: Kysely<Database>,
  event: { actorUserId: string | null; subjectUserId: string | null; action: AccountEventAction; details?: Record<string, unknown> },
): Promise<void> {
  await recordAudit(db, {
    actorUserId: event.actorUserId,
    action: event.action,
    resourceType: ACCOUNT_RESOURCE,
    resourceId: event.subjectUserId,
    ...(event.details ? { details: event.details } : {}),
  });
}

export const ACCOUNT_RESOURCE = 'account';
