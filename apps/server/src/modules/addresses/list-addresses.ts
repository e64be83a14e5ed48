import type { Actor, AddressFilter } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createAddressRepository } from './repository.js';

/** Addresses with their groupings; the contractor sees the same list, which holds no contact data. */
export async function listAddresses(ctx: AppContext, { actor, projectId, filter }: { actor: Actor; projectId: string; filter: AddressFilter }) {
  await ctx.access.require(actor, 'addresses.read', projectId);
  const addresses = createAddressRepository(ctx.db);
  const [page, streets] = await Promise.all([addresses.page(projectId, filter), addresses.streets(projectId)]);
  return { ...page, streets };
}
