import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createPictureRepository } from './repository.js';

/** The notes of the work sessions, newest first. */
export async function listWorkSessions(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'registrations.read', projectId);
  const rows = await createPictureRepository(ctx.db).sessions(projectId);
  return { sessions: rows.map((r) => ({ ...r, createdByName: r.createdByName ?? '', createdAt: r.createdAt.toISOString() })) };
}
