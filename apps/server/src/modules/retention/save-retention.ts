import type { Actor, RetentionInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { ConflictError } from '../../platform/http/errors.js';
import { getRetention } from './get-retention.js';
import { createRetentionRepository } from './repository.js';

/** The project leader sets the retention period (null: the default); after the purge it no longer changes anything. */
export async function saveRetention(ctx: AppContext, { actor, projectId, input }: { actor: Actor; projectId: string; input: RetentionInput }) {
  await ctx.access.require(actor, 'project.update', projectId);
  await ctx.db.transaction().execute(async (trx) => {
    const retention = createRetentionRepository(trx);
    const before = await retention.setting(projectId);
    if (before?.purgedAt) throw new ConflictError('retention.errors.alreadyPurged');
    await retention.saveMonths(projectId, input.retentionMonths);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'update',
      resourceType: 'project_retention',
      resourceId: projectId,
      projectId,
      details: { from: before?.retentionMonths ?? null, to: input.retentionMonths },
    });
  });
  return getRetention(ctx, { actor, projectId });
}
