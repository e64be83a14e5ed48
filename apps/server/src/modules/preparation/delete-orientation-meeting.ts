import type { Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createPreparationRepository } from './repository.js';

export async function deleteOrientationMeeting(ctx: AppContext, { actor, projectId, meetingId }: { actor: Actor; projectId: string; meetingId: string }) {
  await ctx.access.require(actor, 'preparation.manage', projectId);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await createPreparationRepository(trx).deleteMeeting(projectId, meetingId))) throw new NotFoundError();
    await recordAudit(trx, { actorUserId: actor.userId, action: 'delete', resourceType: 'orientation_meeting', resourceId: meetingId, projectId });
  });
  return { ok: true as const };
}
