import type { Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createRippleRepository } from './repository.js';

/** Removes a map with its effects and arrows (the social team). */
export async function deleteRippleMap(ctx: AppContext, { actor, projectId, mapId }: { actor: Actor; projectId: string; mapId: string }) {
  await ctx.access.require(actor, 'ripples.finish', projectId);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await createRippleRepository(trx).remove(projectId, mapId))) throw new NotFoundError();
    await recordAudit(trx, { actorUserId: actor.userId, action: 'delete', resourceType: 'ripple_map', resourceId: mapId, projectId });
  });
  return { ok: true as const };
}
