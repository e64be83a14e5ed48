import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createRippleRepository } from './repository.js';

/** What a new map can be about: the activities of the register and the themes of the top 5s. */
export async function listRippleSubjects(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'ripples.draw', projectId);
  return createRippleRepository(ctx.db).subjects(projectId);
}
