import type { Actor, PlaceInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { checkPlace } from './check-place.js';
import { createPlaceRepository } from './repository.js';
import { toPlace } from './to-place.js';

export async function updatePlace(
  ctx: AppContext,
  { actor, projectId, placeId, input }: { actor: Actor; projectId: string; placeId: string; input: PlaceInput },
) {
  await ctx.access.require(actor, 'places.manage', projectId);
  await checkPlace(ctx, projectId, input);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await createPlaceRepository(trx).update(projectId, placeId, input);
    if (!row) throw new NotFoundError();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'update',
      resourceType: 'meaningful_place',
      resourceId: placeId,
      projectId,
      details: { kind: input.kind },
    });
    return toPlace(row);
  });
}
