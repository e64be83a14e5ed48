import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { withObjection } from './list-addresses.js';
import { createAddressRepository } from './repository.js';

export async function getAddress(ctx: AppContext, { actor, projectId, addressId }: { actor: Actor; projectId: string; addressId: string }) {
  const role = await ctx.access.require(actor, 'addresses.read', projectId);
  // Shared practical needs are personal data: read the same way as on the list, recorded in the
  // statement that reads them (the detail is opened often; one round trip instead of two).
  const address = await createAddressRepository(ctx.db).findRecordingRead(projectId, addressId, actor.userId);
  if (!address) throw new NotFoundError();
  return withObjection(address, actor, projectId, role);
}
