import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createPictureRepository } from './repository.js';

/** How every statement has been coded so far. */
export async function listCodings(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'registrations.read', projectId);
  return { codings: await createPictureRepository(ctx.db).codings(projectId) };
}
