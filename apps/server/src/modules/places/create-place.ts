import type { Actor, PlaceInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { checkPlace } from './check-place.js';
import { createPlaceRepository } from './repository.js';
import { toPlace } from './to-place.js';

export async function createPlace(ctx: AppContext, { actor, projectId, input }: { actor: Actor; projectId: string; input: PlaceInput }) {
  await ctx.access.require(actor, 'places.manage', projectId);
  await checkPlace(ctx, projectId, input);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await createPlaceRepository(trx).insert(projectId, input, actor.userId);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'create',
      resourceType: 'meaningful_place',
      resourceId: row.id,
      projectId,
      details: { kind: input.kind },
    });
    return toPlace(row);
  });
}
