import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createProjectRepository } from './repository.js';

export async function listAudit(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'project.audit.read', projectId);
  const rows = await createProjectRepository(ctx.db).auditEntries(projectId, 200);
  return rows.map((r) => ({ ...r, id: String(r.id), at: r.at.toISOString() }));
}
