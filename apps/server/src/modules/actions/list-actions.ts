import { todayInAmsterdam, type Actor } from '@thuis/domain';
import type { z } from 'zod';
import type { actionQuery } from '@thuis/domain';
import { recordListRead } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { createActionRepository } from './repository.js';
import { toAction } from './to-action.js';

/** The project's action list, filtered by kind, owner, building phase, status or overdue; an audited read (actions follow care signals). */
export async function listActions(ctx: AppContext, { actor, projectId, query }: { actor: Actor; projectId: string; query: z.output<typeof actionQuery> }) {
  await ctx.access.require(actor, 'actions.manage', projectId);
  const today = todayInAmsterdam();
  const rows = await createActionRepository(ctx.db).list(projectId, {
    category: query.category,
    ownerId: query.ownerId,
    buildingPhaseId: query.buildingPhaseId,
    status: query.status,
    overdueBefore: query.overdue === 'true' ? today : undefined,
  });
  await recordListRead(ctx.db, { actorUserId: actor.userId, projectId, resourceType: 'action', ids: rows.map((r) => r.id), details: { filter: query } });
  return rows.map((row) => toAction(row, today));
}
