import { pageFrom, statusesOfInboxFilter, type Actor, type InboxQuery } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createReferralRepository } from './repository.js';
import { partnerReferrals } from './views.js';

/** A page of a partner's inbox: only the referrals addressed to its own organisation, with what was consented. */
export async function listPartnerInbox(ctx: AppContext, { actor, projectId, query }: { actor: Actor; projectId: string; query: InboxQuery }) {
  await ctx.access.require(actor, 'referrals.respond', projectId);
  const referrals = createReferralRepository(ctx.db);
  const selection = { partnerOrganisationId: actor.organisationId, statuses: query.filter ? statusesOfInboxFilter[query.filter] : undefined };
  const [rows, total, organisationName] = await Promise.all([
    referrals.list(projectId, { ...selection, page: { limit: query.limit, oldestFirst: query.sort === 'oldest', after: query.cursor } }),
    referrals.count(projectId, selection),
    referrals.organisationName(actor.organisationId),
  ]);
  const { items, nextCursor } = pageFrom(rows, query.limit, (r) => [r.cursorKey, r.id]);
  const { cursor, limit, ...asked } = query;
  return {
    organisationName,
    items: await partnerReferrals(ctx.db, actor, projectId, items, { filter: asked, page: { limit, after: cursor ?? null } }),
    nextCursor,
    total,
  };
}
