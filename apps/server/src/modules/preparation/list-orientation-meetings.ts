import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createPreparationRepository } from './repository.js';

/** The orientation meetings of the project, newest first: counts and themes, never residents' names. */
export async function listOrientationMeetings(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'preparation.read', projectId);
  const rows = await createPreparationRepository(ctx.db).listMeetings(projectId);
  return { meetings: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) };
}
