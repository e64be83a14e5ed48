import type { Actor, TalentCardFilter } from '@thuis/domain';
import { recordListRead } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { createTalentRepository } from './repository.js';

/** A page of consenting talent cards, searched by talent, wish, street or building: an audited read. */
export async function listTalentCards(ctx: AppContext, { actor, projectId, filter }: { actor: Actor; projectId: string; filter: TalentCardFilter }) {
  await ctx.access.require(actor, 'talents.read', projectId);
  const talents = createTalentRepository(ctx.db);
  const [page, streets] = await Promise.all([talents.page(projectId, filter), talents.streets(projectId)]);
  const { offset, limit, ...asked } = filter;
  await recordListRead(ctx.db, {
    actorUserId: actor.userId,
    projectId,
    resourceType: 'talent_card',
    ids: page.cards.map((c) => c.id),
    households: { ids: page.cards.map((c) => c.householdId) },
    details: { filter: asked, page: { offset, limit } },
  });
  return { ...page, streets };
}
