import { can, pageFrom, worksOutcome, type Actor, type ProjectRole, type VisitListItem } from '@thuis/domain';
import { recordListRead } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { addressLabel } from './address-label.js';
import { fromAmsterdam, toAmsterdam } from './local-time.js';
import { createVisitRepository, type VisitRow } from './repository.js';

type Repository = ReturnType<typeof createVisitRepository>;

/**
 * Whether the reader hears everything of the project's visits (the social team) or only what the
 * works need (the contractor: see `contractorSeesVisit` and `worksOutcome`).
 */
export function visitView(actor: Actor, projectId: string, role: ProjectRole | null): 'full' | 'works' {
  return can(actor, 'visits.plan', { kind: 'project', projectId, role }) ? 'full' : 'works';
}

async function toVisits(visits: Repository, rows: readonly VisitRow[], view: 'full' | 'works'): Promise<VisitListItem[]> {
  const visitors = await visits.visitorsOf(rows.map((r) => r.id));
  return rows.map((r) => {
    const outcome = r.outcome as Exclude<VisitListItem['outcome'], 'completed'>;
    return {
      id: r.id,
      addressId: r.addressId,
      addressLabel: addressLabel(r),
      kind: r.kind as VisitListItem['kind'],
      startsAt: toAmsterdam(r.startsAt),
      endsAt: toAmsterdam(r.endsAt),
      visitors: (visitors.get(r.id) ?? []).map((v) => ({ userId: v.userId, displayName: v.displayName, role: v.role ?? '' })),
      outcome: outcome && view === 'works' ? worksOutcome(outcome) : outcome,
      registered: view === 'full' && r.registered,
      invitedOn: r.invitedAt ? toAmsterdam(r.invitedAt).slice(0, 10) : null,
      note: r.note,
    };
  });
}

/** Visits by id, as the reader may see them (after a save: the planner's or recorder's own visits). */
export async function loadVisits(ctx: AppContext, projectId: string, visitIds: string[], view: 'full' | 'works') {
  const visits = createVisitRepository(ctx.db);
  const rows = await visits.list(projectId, { visitIds, worksOnly: view === 'works' });
  return (await toVisits(visits, rows, view)).map((v) => ({ ...v, warnings: [] as string[] }));
}

/**
 * A page of the visit list of a project: a day list, a visitor's calendar, or the open visits, in
 * time order. Which household had which visit with what outcome is household-linked: every page
 * shown is one audited read.
 */
export async function listVisits(
  ctx: AppContext,
  {
    actor,
    projectId,
    query,
  }: {
    actor: Actor;
    projectId: string;
    query: { from?: string; to?: string; visitorId?: string; open?: 'true' | 'false'; limit: number; cursor?: [string, string] | undefined };
  },
) {
  const role = await ctx.access.require(actor, 'visits.read', projectId);
  const view = visitView(actor, projectId, role);
  const { limit, cursor, ...filter } = query;
  const visits = createVisitRepository(ctx.db);
  const rows = await visits.list(
    projectId,
    {
      ...(filter.from ? { from: fromAmsterdam(`${filter.from}T00:00`) } : {}),
      ...(filter.to ? { to: fromAmsterdam(`${filter.to}T00:00`) } : {}),
      ...(filter.visitorId ? { visitorId: filter.visitorId } : {}),
      ...(filter.open ? { open: filter.open === 'true' } : {}),
      worksOnly: view === 'works',
    },
    { limit, ...(cursor ? { after: cursor } : {}) },
  );
  const page = pageFrom(rows, limit, (r) => [r.cursorKey, r.id]);
  const items = await toVisits(visits, page.items, view);
  await recordListRead(ctx.db, {
    actorUserId: actor.userId,
    projectId,
    resourceType: 'visit',
    ids: items.map((v) => v.id),
    households: { addressIds: items.map((v) => v.addressId) },
    details: { filter, ...(cursor ? { page: 'next' } : {}) },
  });
  return { items, nextCursor: page.nextCursor };
}
