import type { Actor, RippleMapInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { checkRippleMap } from './check-ripple.js';
import { drawOnMap } from './draw-on-map.js';
import { createRippleRepository } from './repository.js';
import { loadRippleMap } from './to-ripple-map.js';

/** Starts a map (a draft) for the group session. */
export async function createRippleMap(ctx: AppContext, { actor, projectId, input }: { actor: Actor; projectId: string; input: RippleMapInput }) {
  await ctx.access.require(actor, 'ripples.draw', projectId);
  await checkRippleMap(ctx.db, projectId, input);
  return ctx.db.transaction().execute(async (trx) => {
    const ripples = createRippleRepository(trx);
    const id = await ripples.insert(projectId, input, actor.userId);
    await recordAudit(trx, { actorUserId: actor.userId, action: 'create', resourceType: 'ripple_map', resourceId: id, projectId });
    return (await loadRippleMap(ripples, projectId, id))!;
  });
}

/** Renames a draft map or changes what it is about. */
export async function updateRippleMap(
  ctx: AppContext,
  { actor, projectId, mapId, input }: { actor: Actor; projectId: string; mapId: string; input: RippleMapInput },
) {
  return drawOnMap(ctx, { actor, projectId, mapId }, { action: 'update', resourceType: 'ripple_map' }, async (ripples, trx) => {
    await checkRippleMap(trx, projectId, input);
    if (!(await ripples.update(projectId, mapId, input))) throw new NotFoundError();
    return { resourceId: mapId };
  });
}
