import type { Actor, RippleMapStatus } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createRippleRepository } from './repository.js';
import { loadRippleMap } from './to-ripple-map.js';

/** Finishes a map (the whole project reads it from then on, and it no longer changes) or reopens it. */
export async function setRippleMapStatus(
  ctx: AppContext,
  { actor, projectId, mapId, status }: { actor: Actor; projectId: string; mapId: string; status: RippleMapStatus },
) {
  await ctx.access.require(actor, 'ripples.finish', projectId);
  return ctx.db.transaction().execute(async (trx) => {
    const ripples = createRippleRepository(trx);
    if (!(await ripples.lock(projectId, mapId))) throw new NotFoundError();
    await ripples.setStatus(projectId, mapId, status);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: status === 'finished' ? 'finish' : 'reopen',
      resourceType: 'ripple_map',
      resourceId: mapId,
      projectId,
    });
    return (await loadRippleMap(ripples, projectId, mapId))!;
  });
}
