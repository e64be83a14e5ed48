import { can, contractorSeesVisit, worksOutcome, type Actor, type ProjectRole, type Visit } from '@thuis/domain';
import { recordListRead } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { fromAmsterdam, toAmsterdam } from './local-time.js';
import { createVisitRepository } from './repository.js';

/**
 * Whether the reader hears everything of the project's visits (the social team) or only what the
 * works need (the contractor: see `contractorSeesVisit` and `worksOutcome`).
 */
export function visitView(actor: Actor, projectId: string, role: ProjectRole | null): 'full' | 'works' {
  return can(actor, 'visits.plan', { kind: 'project', projectId, role }) ? 'full' : 'works';
}

export async function loadVisits(
  ctx: AppContext,
  projectId: string,
  filter: Parameters<ReturnType<typeof createVisitRepository>['list']>[1],
  view: 'full' | 'works',
): Promise<Visit[]> {
  const visits = createVisitRepository(ctx.db);
  const rows = await visits.list(projectId, filter);
  const visitors = await visits.visitorsOf(rows.map((r) => r.id));
  return rows.flatMap((r) => {
    const kind = r.kind as Visit['kind'];
    const going = visitors.filter((v) => v.visitId === r.id);
    if (
      view === 'works' &&
      !contractorSeesVisit(
        kind,
        going.map((v) => v.role as ProjectRole | null),
      )
    )
      return [];
    const outcome = r.outcome as Exclude<Visit['outcome'], 'completed'>;
    return [
      {
        id: r.id,
        addressId: r.addressId,
        addressLabel: `${r.street} ${r.houseNumber}${r.addition ? ` ${r.addition}` : ''}`,
        kind,
        startsAt: toAmsterdam(r.startsAt),
        endsAt: toAmsterdam(r.endsAt),
        visitors: going.map((v) => ({ userId: v.userId, displayName: v.displayName, role: v.role ?? '' })),
        outcome: outcome && view === 'works' ? worksOutcome(outcome) : outcome,
        registered: view === 'full' && r.registered,
        invitedOn: r.invitedAt ? toAmsterdam(r.invitedAt).slice(0, 10) : null,
        note: r.note,
        warnings: [],
      },
    ];
  });
}

/**
 * The visit list of a project: a day list, a visitor's calendar, or the open visits. Which household
 * had which visit with what outcome is household-linked: the list shown is an audited read.
 */
export async function listVisits(
  ctx: AppContext,
  { actor, projectId, query }: { actor: Actor; projectId: string; query: { from?: string; to?: string; visitorId?: string; open?: 'true' | 'false' } },
) {
  const role = await ctx.access.require(actor, 'visits.read', projectId);
  const visits = await loadVisits(
    ctx,
    projectId,
    {
      ...(query.from ? { from: fromAmsterdam(`${query.from}T00:00`) } : {}),
      ...(query.to ? { to: fromAmsterdam(`${query.to}T00:00`) } : {}),
      ...(query.visitorId ? { visitorId: query.visitorId } : {}),
      ...(query.open ? { open: query.open === 'true' } : {}),
    },
    visitView(actor, projectId, role),
  );
  await recordListRead(ctx.db, {
    actorUserId: actor.userId,
    projectId,
    resourceType: 'visit',
    ids: visits.map((v) => v.id),
    households: { addressIds: visits.map((v) => v.addressId) },
    details: { filter: query },
  });
  return visits;
}
