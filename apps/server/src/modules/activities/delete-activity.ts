import type { Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createActivityRepository } from './repository.js';

/** Removes an activity from the register; hours booked on it stay on the phase-4 line. */
export async function deleteActivity(ctx: AppContext, { actor, projectId, activityId }: { actor: Actor; projectId: string; activityId: string }) {
  await ctx.access.require(actor, 'activities.manage', projectId);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await createActivityRepository(trx).remove(projectId, activityId))) throw new NotFoundError();
    await recordAudit(trx, { actorUserId: actor.userId, action: 'delete', resourceType: 'activity', resourceId: activityId, projectId });
  });
  return { ok: true as const };
}
