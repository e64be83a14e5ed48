import type { Actor, Visit } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { fromAmsterdam, toAmsterdam } from './local-time.js';
import { createVisitRepository } from './repository.js';

export async function loadVisits(ctx: AppContext, projectId: string, filter: Parameters<ReturnType<typeof createVisitRepository>['list']>[1]): Promise<Visit[]> {
  const visits = createVisitRepository(ctx.db);
  const rows = await visits.list(projectId, filter);
  const visitors = await visits.visitorsOf(rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    addressId: r.addressId,
    addressLabel: `${r.street} ${r.houseNumber}${r.addition ? ` ${r.addition}` : ''}`,
    kind: r.kind as Visit['kind'],
    startsAt: toAmsterdam(r.startsAt),
    endsAt: toAmsterdam(r.endsAt),
    visitors: visitors.filter((v) => v.visitId === r.id).map((v) => ({ userId: v.userId, displayName: v.displayName, role: v.role ?? '' })),
    outcome: r.outcome as Visit['outcome'],
    registered: r.registered,
    invitedOn: r.invitedAt ? toAmsterdam(r.invitedAt).slice(0, 10) : null,
    note: r.note,
    warnings: [],
  }));
}

/** The visit list of a project: a day list, a visitor's calendar, or the open visits. */
export async function listVisits(
  ctx: AppContext,
  { actor, projectId, query }: { actor: Actor; projectId: string; query: { from?: string; to?: string; visitorId?: string; open?: 'true' | 'false' } },
) {
  await ctx.access.require(actor, 'visits.read', projectId);
  return loadVisits(ctx, projectId, {
    ...(query.from ? { from: fromAmsterdam(`${query.from}T00:00`) } : {}),
    ...(query.to ? { to: fromAmsterdam(`${query.to}T00:00`) } : {}),
    ...(query.visitorId ? { visitorId: query.visitorId } : {}),
    ...(query.open ? { open: query.open === 'true' } : {}),
  });
}
