import { AGE_GROUP_KEY, searchTerms, type Actor, type PooledTextPage, type PooledTextsQuery } from '@thuis/domain';
import { recordListRead } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { createPictureRepository } from './repository.js';

/**
 * One page of the pooled open answers of a category. They are the registrations' content, so every
 * page read is audited like the registration list: one entry naming the registrations shown.
 */
export async function listPooledTexts(
  ctx: AppContext,
  { actor, projectId, query }: { actor: Actor; projectId: string; query: PooledTextsQuery },
): Promise<PooledTextPage> {
  await ctx.access.require(actor, 'registrations.read', projectId);
  const { rows, total, matched } = await createPictureRepository(ctx.db).pooledTexts(projectId, query, searchTerms(query.search ?? ''), AGE_GROUP_KEY);
  const page = rows.slice(0, query.limit);
  await recordListRead(ctx.db, {
    actorUserId: actor.userId,
    projectId,
    resourceType: 'registration',
    ids: page.map((r) => r.registrationId),
    households: { pseudonyms: page.map((r) => r.householdKey) },
    details: { view: 'texts', filter: query },
  });
  return {
    texts: page.map(({ registrationId, formVersion, text }) => ({ registrationId, formVersion, text })),
    total,
    matched,
    nextCursor: rows.length > query.limit ? page[page.length - 1]!.registrationId : null,
  };
}
