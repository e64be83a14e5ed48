import { AGE_GROUP_KEY, summariseRegistrations, type Actor, type OverviewQuery } from '@thuis/domain';
import { recordListRead } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { createPictureRepository } from './repository.js';

/**
 * Step 1 of the picture of the neighbourhood: every closed question counted, open texts pooled. The
 * pooled free texts are the registrations' content, so the read is audited like the registration list.
 */
export async function getRegistrationOverview(ctx: AppContext, { actor, projectId, query }: { actor: Actor; projectId: string; query: OverviewQuery }) {
  await ctx.access.require(actor, 'registrations.read', projectId);
  const picture = createPictureRepository(ctx.db);
  const [forms, registrations] = await Promise.all([picture.forms(projectId), picture.registrations(projectId, query, AGE_GROUP_KEY)]);
  await recordListRead(ctx.db, {
    actorUserId: actor.userId,
    projectId,
    resourceType: 'registration',
    ids: registrations.map((r) => r.id),
    households: { pseudonyms: registrations.map((r) => r.householdKey) },
    details: { view: 'overview', filter: query },
  });
  return summariseRegistrations(forms, registrations);
}
