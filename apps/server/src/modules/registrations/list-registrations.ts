import { pageFrom, type Actor } from '@thuis/domain';
import { recordListRead } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { createRegistrationRepository } from './repository.js';

/**
 * A page of the project's registrations, newest first: which exist, made with which form version, for
 * which household pseudonym. The answers are not in the list (no screen shows them one by one).
 * Still household-linked: every page shown is one audited read.
 */
export async function listRegistrations(
  ctx: AppContext,
  { actor, projectId, page }: { actor: Actor; projectId: string; page: { limit: number; cursor?: [string, string] | undefined } },
) {
  await ctx.access.require(actor, 'registrations.read', projectId);
  const rows = await createRegistrationRepository(ctx.db).list(projectId, { limit: page.limit, ...(page.cursor ? { after: page.cursor } : {}) });
  const { items, nextCursor } = pageFrom(rows, page.limit, (r) => [r.cursorKey, r.id]);
  const shown = items.map((r) => ({
    id: r.id,
    clientId: r.clientId,
    formVersion: r.formVersion,
    householdKey: r.householdKey,
    createdAt: r.createdAt.toISOString(),
  }));
  await recordListRead(ctx.db, {
    actorUserId: actor.userId,
    projectId,
    resourceType: 'registration',
    ids: shown.map((r) => r.id),
    households: { pseudonyms: shown.map((r) => r.householdKey) },
    ...(page.cursor ? { details: { page: 'next' } } : {}),
  });
  return { items: shown, nextCursor };
}
