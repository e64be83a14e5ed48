import { pageFrom, type Actor, type ReferralQuery } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createReferralRepository } from './repository.js';
import { teamReferrals } from './views.js';

/** A page of the project's referrals with the partners' responses, for the social team; one audit entry names what it shows. */
export async function listReferrals(ctx: AppContext, { actor, projectId, query }: { actor: Actor; projectId: string; query: ReferralQuery }) {
  await ctx.access.require(actor, 'referrals.read', projectId);
  const referrals = createReferralRepository(ctx.db);
  const selection = { statuses: query.status ? [query.status] : undefined };
  const [rows, total] = await Promise.all([
    referrals.list(projectId, { ...selection, page: { limit: query.limit, oldestFirst: query.sort === 'oldest', after: query.cursor } }),
    referrals.count(projectId, selection),
  ]);
  const { items, nextCursor } = pageFrom(rows, query.limit, (r) => [r.cursorKey, r.id]);
  const { cursor, limit, ...asked } = query;
  return { items: await teamReferrals(ctx.db, actor, projectId, items, { filter: asked, page: { limit, after: cursor ?? null } }), nextCursor, total };
}
