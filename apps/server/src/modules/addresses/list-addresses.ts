import type { Actor, AddressFilter } from '@thuis/domain';
import { recordListRead } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { createAddressRepository } from './repository.js';

/**
 * Addresses with their groupings; the contractor sees the same list, which holds no contact data.
 * The practical needs residents agreed to share are personal data: a page showing any is audited.
 */
export async function listAddresses(ctx: AppContext, { actor, projectId, filter }: { actor: Actor; projectId: string; filter: AddressFilter }) {
  await ctx.access.require(actor, 'addresses.read', projectId);
  const addresses = createAddressRepository(ctx.db);
  const [page, streets] = await Promise.all([addresses.page(projectId, filter), addresses.streets(projectId)]);
  const { offset, limit, ...asked } = filter;
  await recordListRead(ctx.db, {
    actorUserId: actor.userId,
    projectId,
    resourceType: 'address_practical_needs',
    ids: page.addresses.filter((a) => a.sharedPracticalNeeds !== null).map((a) => a.id),
    households: { addressIds: page.addresses.filter((a) => a.sharedPracticalNeeds !== null).map((a) => a.id) },
    details: { filter: asked, page: { offset, limit } },
  });
  return { ...page, streets };
}
