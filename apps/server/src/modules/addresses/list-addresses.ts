import { can, type Actor, type AddressFilter, type ProjectRole } from '@thuis/domain';
import { recordListRead } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { createAddressRepository } from './repository.js';

/**
 * Addresses with their groupings; the contractor sees the same list, which holds no contact data.
 * The practical needs residents agreed to share are personal data: a page showing any is audited.
 * Whether a household objected to contact is shown to those who plan visits only (not the contractor).
 */
export async function listAddresses(ctx: AppContext, { actor, projectId, filter }: { actor: Actor; projectId: string; filter: AddressFilter }) {
  const role = await ctx.access.require(actor, 'addresses.read', projectId);
  const addresses = createAddressRepository(ctx.db);
  const [found, streets] = await Promise.all([addresses.page(projectId, filter), addresses.streets(projectId)]);
  const page = { ...found, addresses: found.addresses.map((a) => withObjection(a, actor, projectId, role)) };
  const personal = page.addresses.filter((a) => a.sharedPracticalNeeds !== null || a.noContact).map((a) => a.id);
  const { offset, limit, ...asked } = filter;
  await recordListRead(ctx.db, {
    actorUserId: actor.userId,
    projectId,
    resourceType: 'address_practical_needs',
    ids: personal,
    households: { addressIds: personal },
    details: { filter: asked, page: { offset, limit } },
  });
  return { ...page, streets };
}

/** The objection (no contact) only for readers who plan visits: the contractor needs no resident's privacy choices. */
export function withObjection<A extends { noContact: boolean }>(address: A, actor: Actor, projectId: string, role: ProjectRole | null): A {
  return can(actor, 'visits.plan', { kind: 'project', projectId, role }) ? address : { ...address, noContact: false };
}
