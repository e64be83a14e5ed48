import type { Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createHouseholdRepository } from './repository.js';

/** A resident's name, phone and e-mail: personal data, every read audited. */
export async function getHouseholdContact(ctx: AppContext, { actor, projectId, householdId }: { actor: Actor; projectId: string; householdId: string }) {
  await ctx.access.require(actor, 'households.contacts.read', projectId);
  const households = createHouseholdRepository(ctx.db);
  if (!(await households.find(projectId, householdId))) throw new NotFoundError();
  const contact = await households.contact(householdId);
  await recordAudit(ctx.db, { actorUserId: actor.userId, action: 'read', resourceType: 'household_contact', resourceId: householdId, projectId });
  return contact;
}
