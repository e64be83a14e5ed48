import type { Actor, TalentCardInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { ConflictError, identifyingProblems, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { createHouseholdRepository } from '../households/repository.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { createTalentRepository } from './repository.js';

/**
 * Makes a household's talent card (with its consent to be contacted) or changes one. The contact
 * fields are identity and stay as given; what the resident gives, wishes and its limits may be read
 * out to a neighbour in a match, so they name no one.
 */
export async function saveTalentCard(
  ctx: AppContext,
  { actor, projectId, cardId, input }: { actor: Actor; projectId: string; cardId?: string; input: TalentCardInput },
) {
  await ctx.access.require(actor, 'talents.manage', projectId);
  // Another project's card is not found, whatever the input holds.
  if (cardId && !(await createTalentRepository(ctx.db).find(projectId, cardId))) throw new NotFoundError();
  const checker = await identifyingChecker(ctx.db, projectId, { team: false });
  const refused = (['gives', 'wishes', 'limits'] as const).flatMap((field) => {
    const problems = identifyingProblems([field], input[field], checker);
    return problems.length ? problems : identifyingProblems([field], input[field], { knownNames: [input.contactName] });
  });
  if (refused.length) throw new ValidationError(refused);
  return ctx.db.transaction().execute(async (trx) => {
    const talents = createTalentRepository(trx);
    if (!(await createHouseholdRepository(trx).find(projectId, input.householdId)))
      throw new ValidationError([{ path: ['householdId'], key: 'errors.householdNotInProject' }]);
    let id = cardId;
    if (id) {
      const existing = await talents.find(projectId, id);
      if (!existing) throw new NotFoundError();
      if (existing.householdId !== input.householdId) throw new ValidationError([{ path: ['householdId'], key: 'errors.invalid' }]);
      await talents.updateCard(id, input);
    } else {
      if (await talents.cardOfHousehold(input.householdId)) throw new ConflictError('errors.talentCardExists');
      id = await talents.insertCard(projectId, input, actor.userId);
    }
    // The log names the card and the consent, never what the card says.
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: cardId ? 'update' : 'create',
      resourceType: 'talent_card',
      resourceId: id,
      projectId,
      details: { householdId: input.householdId, consentGivenOn: input.consentGivenOn },
    });
    return (await talents.find(projectId, id))!;
  });
}
