import type { Actor, HouseholdPrivacy } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createResidentsRightsRepository } from './repository.js';

/** Whether the household objected ("no contact") or was erased: no personal data, so not an audited read. */
export async function getHouseholdPrivacy(
  ctx: AppContext,
  { actor, projectId, householdId }: { actor: Actor; projectId: string; householdId: string },
): Promise<HouseholdPrivacy> {
  await ctx.access.require(actor, 'residentsRights.handle', projectId);
  const household = await createResidentsRightsRepository(ctx.db).household(projectId, householdId);
  if (!household) throw new NotFoundError();
  return { householdId, noContact: household.noContact, identityErasedAt: household.identityErasedAt };
}
