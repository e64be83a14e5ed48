import type { Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createPlaceRepository } from './repository.js';

export async function deletePlace(ctx: AppContext, { actor, projectId, placeId }: { actor: Actor; projectId: string; placeId: string }) {
  await ctx.access.require(actor, 'places.manage', projectId);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await createPlaceRepository(trx).remove(projectId, placeId))) throw new NotFoundError();
    await recordAudit(trx, { actorUserId: actor.userId, action: 'delete', resourceType: 'meaningful_place', resourceId: placeId, projectId });
  });
}
