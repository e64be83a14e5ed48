import { can, pageFrom, todayInAmsterdam, type Actor } from '@thuis/domain';
import type { z } from 'zod';
import type { actionQuery } from '@thuis/domain';
import { recordListRead } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { createActionRepository } from './repository.js';
import { toAction } from './to-action.js';

/**
 * A page of the project's action list, filtered by kind, owner, building phase, status or overdue;
 * an audited read (actions follow care signals). Readers of signals also see which home and signal
 * each action follows up; the page's audit entry then names those households.
 */
export async function listActions(ctx: AppContext, { actor, projectId, query }: { actor: Actor; projectId: string; query: z.output<typeof actionQuery> }) {
  const role = await ctx.access.require(actor, 'actions.manage', projectId);
  const withContext = can(actor, 'signals.read', { kind: 'project', projectId, role });
  const today = todayInAmsterdam();
  const { cursor, limit, ...asked } = query;
  const filters = {
    category: query.category,
    ownerId: query.ownerId,
    buildingPhaseId: query.buildingPhaseId,
    status: query.status,
    overdueBefore: query.overdue === 'true' ? today : undefined,
  };
  const actions = createActionRepository(ctx.db);
  const [rows, total] = await Promise.all([actions.list(projectId, filters, { limit, today, after: cursor, withContext }), actions.count(projectId, filters)]);
  const { items, nextCursor } = pageFrom(rows, limit, (r) => [r.overdueRank, r.dueKey, r.title, r.id]);
  const linked = withContext ? items.filter((r) => r.householdId !== null) : [];
  await recordListRead(ctx.db, {
    actorUserId: actor.userId,
    projectId,
    resourceType: 'action',
    ids: items.map((r) => r.id),
    ...(linked.length ? { households: { ids: linked.map((r) => r.householdId!) } } : {}),
    details: { filter: asked, page: { limit, after: cursor ?? null } },
  });
  return {
    items: items.map(({ overdueRank: _rank, dueKey: _due, householdKey: _key, householdId: _household, ...row }) => ({
      ...toAction(row, today),
      ...('addressLabel' in row
        ? { addressLabel: row.addressLabel, signalCreatedAt: row.signalCreatedAt?.toISOString() ?? null, signalDescription: row.signalDescription }
        : {}),
    })),
    nextCursor,
    total,
  };
}
