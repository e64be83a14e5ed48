import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createPlaceRepository } from './repository.js';

/** The project's homes with their positions, for whoever may see addresses; a page at a time. */
export async function listMapHomes(ctx: AppContext, { actor, projectId, page }: { actor: Actor; projectId: string; page: { offset: number; limit: number } }) {
  await ctx.access.require(actor, 'addresses.read', projectId);
  return createPlaceRepository(ctx.db).homes(projectId, page);
}
