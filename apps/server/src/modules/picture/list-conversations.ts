import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createPictureRepository } from './repository.js';

/** The rounds of conversation about the picture, newest first, each with its outcomes. */
export async function listConversations(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'registrations.read', projectId);
  return { conversations: await createPictureRepository(ctx.db).conversations(projectId) };
}
