import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createGroupingRepository } from './repository.js';

export async function listSubNeighbourhoods(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'addresses.read', projectId);
  return createGroupingRepository(ctx.db).subNeighbourhoods(projectId);
}
