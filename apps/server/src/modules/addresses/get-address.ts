import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createAddressRepository } from './repository.js';

export async function getAddress(ctx: AppContext, { actor, projectId, addressId }: { actor: Actor; projectId: string; addressId: string }) {
  await ctx.access.require(actor, 'addresses.read', projectId);
  const address = await createAddressRepository(ctx.db).find(projectId, addressId);
  if (!address) throw new NotFoundError();
  return address;
}
