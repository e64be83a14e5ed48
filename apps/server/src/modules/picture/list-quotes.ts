import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createPictureRepository } from './repository.js';

/** The quotes chosen for the picture, approved or waiting for approval. */
export async function listQuotes(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'registrations.read', projectId);
  const rows = await createPictureRepository(ctx.db).quotes(projectId);
  return { quotes: rows.map(({ approvedAt, ...q }) => ({ ...q, approved: approvedAt !== null })) };
}
