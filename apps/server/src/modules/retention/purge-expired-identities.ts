import { DEFAULT_RETENTION_MONTHS, purgeDateOf, todayInAmsterdam } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { JobHandler } from '../../platform/jobs/job-runner.js';
import { createResidentsRightsRepository } from '../residents-rights/repository.js';
import { createRetentionRepository } from './repository.js';

/**
 * Background job: erases the identities of a project whose retention period has passed, one project
 * per round, in one transaction with the project's lock, the purge mark and the audit entry (the
 * counts per kind). Several instances never purge twice; a crash rolls back and the next round
 * takes it up again. Looks again after `idleMs` once nothing is due.
 */
export function retentionJob(ctx: AppContext, { idleMs = 60_000, today = todayInAmsterdam } = {}): JobHandler {
  let idleUntil = 0;
  return async function purgeExpiredIdentities() {
    if (Date.now() < idleUntil) return false;
    const purged = await ctx.db.transaction().execute(async (trx) => {
      const project = await createRetentionRepository(trx).claimDuePurge(today(), DEFAULT_RETENTION_MONTHS);
      if (!project) return false;
      const rights = createResidentsRightsRepository(trx);
      const households = await rights.identifiedHouseholds(project.id);
      const erased = await rights.eraseIdentities(households);
      await createRetentionRepository(trx).markPurged(project.id);
      await recordAudit(trx, {
        actorUserId: null,
        action: 'retention_purge',
        resourceType: 'project',
        resourceId: project.id,
        projectId: project.id,
        details: { purgeOn: purgeDateOf(project.endsOn, project.retentionMonths), retentionMonths: project.retentionMonths, erased },
        households: { ids: households },
      });
      return true;
    });
    if (!purged) idleUntil = Date.now() + idleMs;
    return purged;
  };
}
