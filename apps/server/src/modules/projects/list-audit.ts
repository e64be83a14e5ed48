import type { Actor } from '@thuis/domain';
import type { z } from 'zod';
import type { auditQuery } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createProjectRepository } from './repository.js';

/** The project's audit log for its leader: who did or read what, newest first, filterable. */
export async function listAudit(ctx: AppContext, { actor, projectId, query }: { actor: Actor; projectId: string; query: z.output<typeof auditQuery> }) {
  await ctx.access.require(actor, 'project.audit.read', projectId);
  // One more than asked tells whether there are older entries.
  const rows = await createProjectRepository(ctx.db).auditEntries(projectId, { ...query, limit: query.limit + 1 });
  return { entries: rows.slice(0, query.limit).map((r) => ({ ...r, id: String(r.id), at: r.at.toISOString() })), more: rows.length > query.limit };
}
