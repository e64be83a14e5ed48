import type { Actor, RippleMapDetail } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { ConflictError, NotFoundError } from '../../platform/http/errors.js';
import { createRippleRepository, type RippleRepository } from './repository.js';
import { loadRippleMap } from './to-ripple-map.js';

/**
 * One change to a map's drawing: the actor draws, the map is the project's (404 before anything
 * else) and still a draft (a finished map is reopened first). The map is locked for the change,
 * the change is audited, and the whole map comes back.
 */
export async function drawOnMap(
  ctx: AppContext,
  { actor, projectId, mapId }: { actor: Actor; projectId: string; mapId: string },
  audit: { action: string; resourceType: string },
  change: (ripples: RippleRepository, trx: Db) => Promise<{ resourceId: string; details?: Record<string, unknown> }>,
): Promise<RippleMapDetail> {
  await ctx.access.require(actor, 'ripples.draw', projectId);
  return ctx.db.transaction().execute(async (trx) => {
    const ripples = createRippleRepository(trx);
    const map = await ripples.lock(projectId, mapId);
    if (!map) throw new NotFoundError();
    if (map.status === 'finished') throw new ConflictError('errors.rippleMapFinished');
    const { resourceId, details } = await change(ripples, trx);
    await ripples.touch(mapId);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: audit.action,
      resourceType: audit.resourceType,
      resourceId,
      projectId,
      details: { mapId, ...details },
    });
    return (await loadRippleMap(ripples, projectId, mapId))!;
  });
}
