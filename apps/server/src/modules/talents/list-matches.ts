import { todayInAmsterdam, type Actor, type MatchFilter } from '@thuis/domain';
import { recordListRead } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { createTalentRepository } from './repository.js';

/** A page of matches between consenting households, open ones by follow-up date first: an audited read. */
export async function listMatches(ctx: AppContext, { actor, projectId, filter }: { actor: Actor; projectId: string; filter: MatchFilter }) {
  await ctx.access.require(actor, 'talents.read', projectId);
  const page = await createTalentRepository(ctx.db).matchPage(projectId, filter, todayInAmsterdam());
  const { offset, limit, ...asked } = filter;
  await recordListRead(ctx.db, {
    actorUserId: actor.userId,
    projectId,
    resourceType: 'talent_match',
    ids: page.matches.map((m) => m.id),
    details: { filter: asked, page: { offset, limit } },
  });
  return page;
}
