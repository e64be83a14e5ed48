import type { Actor } from '@thuis/domain';
import { recordListRead } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createAddressRepository } from './repository.js';

export async function getAddress(ctx: AppContext, { actor, projectId, addressId }: { actor: Actor; projectId: string; addressId: string }) {
  await ctx.access.require(actor, 'addresses.read', projectId);
  const address = await createAddressRepository(ctx.db).find(projectId, addressId);
  if (!address) throw new NotFoundError();
  // Shared practical needs are personal data: read the same way as on the list.
  await recordListRead(ctx.db, {
    actorUserId: actor.userId,
    projectId,
    resourceType: 'address_practical_needs',
    ids: address.sharedPracticalNeeds === null ? [] : [address.id],
    households: { addressIds: [address.id] },
  });
  return address;
}
