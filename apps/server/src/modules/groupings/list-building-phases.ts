import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createGroupingRepository } from './repository.js';

export async function listBuildingPhases(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'plan.read', projectId);
  return createGroupingRepository(ctx.db).buildingPhases(projectId);
}
