import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createAddressRepository } from '../addresses/repository.js';
import { createHouseholdRepository } from './repository.js';

/** Who lived at an address when, without names or numbers (see get-household-contact). */
export async function listHouseholds(ctx: AppContext, { actor, projectId, addressId }: { actor: Actor; projectId: string; addressId: string }) {
  await ctx.access.require(actor, 'households.read', projectId);
  if (!(await createAddressRepository(ctx.db).exists(projectId, addressId))) throw new NotFoundError();
  return createHouseholdRepository(ctx.db).ofAddress(addressId);
}
