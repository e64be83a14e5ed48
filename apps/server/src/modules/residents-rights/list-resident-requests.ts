import { residentRequestOverdue, todayInAmsterdam, type Actor, type ResidentRequestList, type ResidentRequestQuery } from '@thuis/domain';
import { recordListRead } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { createResidentsRightsRepository } from './repository.js';

/** One page of the project's requests with their due dates; the addresses shown make it a read of personal data. */
export async function listResidentRequests(
  ctx: AppContext,
  { actor, projectId, query, today = todayInAmsterdam() }: { actor: Actor; projectId: string; query: ResidentRequestQuery; today?: string },
): Promise<ResidentRequestList> {
  await ctx.access.require(actor, 'residentsRights.handle', projectId);
  const { rows, total, overdue } = await createResidentsRightsRepository(ctx.db).page(projectId, query, today);
  await recordListRead(ctx.db, {
    actorUserId: actor.userId,
    projectId,
    resourceType: 'resident_request',
    ids: rows.map((r) => r.id),
    households: { ids: rows.flatMap((r) => (r.householdId ? [r.householdId] : [])) },
    details: { page: query.page, ...(query.householdId ? { householdId: query.householdId } : {}), ...(query.status ? { status: query.status } : {}) },
  });
  return {
    requests: rows.map((r) => ({ ...r, overdue: residentRequestOverdue(r, today) })),
    total,
    overdue,
    page: query.page,
    pageSize: query.pageSize,
  };
}
