import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createStoryRepository } from './repository.js';

/** The selection rounds with the stories they selected and why: what the project may read. */
export async function listRounds(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'stories.selected.read', projectId);
  return { rounds: await createStoryRepository(ctx.db).rounds(projectId) };
}
