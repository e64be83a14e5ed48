import type { Actor } from '@thuis/domain';
import { recordListRead } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createAddressRepository } from '../addresses/repository.js';
import { createHouseholdRepository } from './repository.js';

/**
 * Who lived at an address when, without names or numbers (see get-household-contact), but with
 * their practical needs (health among them): an audited read.
 */
export async function listHouseholds(ctx: AppContext, { actor, projectId, addressId }: { actor: Actor; projectId: string; addressId: string }) {
  await ctx.access.require(actor, 'households.read', projectId);
  if (!(await createAddressRepository(ctx.db).exists(projectId, addressId))) throw new NotFoundError();
  const households = await createHouseholdRepository(ctx.db).ofAddress(addressId);
  await recordListRead(ctx.db, {
    actorUserId: actor.userId,
    projectId,
    resourceType: 'household',
    ids: households.map((h) => h.id),
    households: { ids: households.map((h) => h.id) },
    details: { addressId },
  });
  return households;
}
