import { DEFAULT_RETENTION_MONTHS, purgeDateOf, todayInAmsterdam } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { JobHandler } from '../../platform/jobs/job-runner.js';
import { createResidentsRightsRepository } from '../residents-rights/repository.js';
import { createRetentionRepository } from './repository.js';

/** Households erased per round: one short transaction each, so PGlite's one session is never held long (ADR 0003). */
const BATCH = 50;

/**
 * Background job: erases the identities of a project whose retention period has passed, a batch of
 * households per round, each batch in one transaction with the project's lock and an audit entry of
 * the counts per kind; the batch that leaves none marks the project purged. Several instances never
 * erase a household twice (the project's row is locked, erased households are skipped); a crash rolls
 * the batch back and a later round takes it up again. Looks again after `idleMs` once nothing is due.
 */
export function retentionJob(ctx: AppContext, { idleMs = 60_000, today = todayInAmsterdam, batch = BATCH } = {}): JobHandler {
  let idleUntil = 0;
  return async function purgeExpiredIdentities() {
    if (Date.now() < idleUntil) return false;
    const purged = await ctx.db.transaction().execute(async (trx) => {
      const retention = createRetentionRepository(trx);
      const project = await retention.claimDuePurge(today(), DEFAULT_RETENTION_MONTHS);
      if (!project) return false;
      const rights = createResidentsRightsRepository(trx);
      const households = await rights.identifiedHouseholds(project.id, batch);
      const erased = await rights.eraseIdentities(households);
      const finished = (await rights.identifiedHouseholds(project.id, 1)).length === 0;
      if (finished) await retention.markPurged(project.id);
      await recordAudit(trx, {
        actorUserId: null,
        action: 'retention_purge',
        resourceType: 'project',
        resourceId: project.id,
        projectId: project.id,
        details: { purgeOn: purgeDateOf(project.endsOn, project.retentionMonths), retentionMonths: project.retentionMonths, erased, finished },
        households: { ids: households },
      });
      return true;
    });
    if (!purged) idleUntil = Date.now() + idleMs;
    return purged;
  };
}
