import { inNetherlands, type Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { createPlaceRepository } from './repository.js';

/** Puts a home on the map (a click for a home the import gave no coordinates), by who manages addresses. */
export async function setHomePosition(
  ctx: AppContext,
  { actor, projectId, addressId, position }: { actor: Actor; projectId: string; addressId: string; position: { latitude: number; longitude: number } },
) {
  await ctx.access.require(actor, 'addresses.manage', projectId);
  if (!inNetherlands(position)) throw new ValidationError([{ path: ['latitude'], key: 'errors.outsideNetherlands' }]);
  return ctx.db.transaction().execute(async (trx) => {
    const home = await createPlaceRepository(trx).setHomePosition(projectId, addressId, position);
    if (!home) throw new NotFoundError();
    await recordAudit(trx, { actorUserId: actor.userId, action: 'update', resourceType: 'address_position', resourceId: addressId, projectId });
    return home;
  });
}
