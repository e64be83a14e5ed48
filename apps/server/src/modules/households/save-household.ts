import type { Actor, HouseholdInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { createAddressRepository } from '../addresses/repository.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { createHouseholdRepository } from './repository.js';

type Target = { addressId: string; householdId?: undefined } | { householdId: string; addressId?: undefined };

/** Records a household at an address (new) or changes one; periods at one address may not overlap. */
export async function saveHousehold(
  ctx: AppContext,
  { actor, projectId, input, ...target }: { actor: Actor; projectId: string; input: HouseholdInput } & Target,
) {
  await ctx.access.require(actor, 'households.manage', projectId);
  // Needs shared with the contractor are read without the contact data: they name no one, not even this household.
  if (input.shareNeedsWithContractor) {
    const checker = await identifyingChecker(ctx.db, projectId, { team: false });
    const refused = identifyingProblems(['practicalNeeds'], input.practicalNeeds, checker);
    if (!refused.length) refused.push(...identifyingProblems(['practicalNeeds'], input.practicalNeeds, { knownNames: [input.contactName] }));
    if (refused.length) throw new ValidationError(refused);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const households = createHouseholdRepository(trx);
    let addressId = target.addressId;
    if (target.householdId) {
      const existing = await households.find(projectId, target.householdId);
      if (!existing) throw new NotFoundError();
      addressId = existing.addressId;
    } else if (!(await createAddressRepository(trx).exists(projectId, addressId!))) throw new NotFoundError();

    if (await households.overlaps(addressId!, input.movedInOn, input.movedOutOn, target.householdId))
      throw new ValidationError([{ path: ['movedInOn'], key: 'errors.householdOverlap' }]);
    const householdId = target.householdId ?? (await households.insert(addressId!, input));
    if (target.householdId) await households.update(householdId, input);
    // The audit log names what changed, never the contact data itself.
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: target.householdId ? 'update' : 'create',
      resourceType: 'household',
      resourceId: householdId,
      projectId,
      details: { movedInOn: input.movedInOn, movedOutOn: input.movedOutOn, shareNeedsWithContractor: input.shareNeedsWithContractor },
    });
    return (await households.find(projectId, householdId))!;
  });
}
