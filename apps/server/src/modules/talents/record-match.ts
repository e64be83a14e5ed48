import { canMatch, todayInAmsterdam, type Actor, type MatchInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { ConflictError, identifyingProblems, ValidationError } from '../../platform/http/errors.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { createTalentRepository } from './repository.js';

/**
 * Records a match between two households through their talent cards, each with its consent to this
 * match. A card without consent cannot be matched; the cards are locked so a withdrawal waits.
 */
export async function recordMatch(ctx: AppContext, { actor, projectId, input }: { actor: Actor; projectId: string; input: MatchInput }) {
  await ctx.access.require(actor, 'talents.manage', projectId);
  const today = todayInAmsterdam();
  const future = [input.consentAOn > today && 'consentAOn', input.consentBOn > today && 'consentBOn'].filter((f): f is string => !!f);
  if (future.length) throw new ValidationError(future.map((f) => ({ path: [f], key: 'errors.consentInFuture' })));
  const checker = await identifyingChecker(ctx.db, projectId, { team: false });
  return ctx.db.transaction().execute(async (trx) => {
    const talents = createTalentRepository(trx);
    const locked = await talents.lockCards(projectId, [input.cardAId, input.cardBId]);
    const a = locked.find((c) => c.id === input.cardAId);
    const b = locked.find((c) => c.id === input.cardBId);
    const missing = [!a?.consentWithdrawnAt && a ? null : 'cardAId', !b?.consentWithdrawnAt && b ? null : 'cardBId'].filter((f): f is string => !!f);
    if (missing.length) throw new ValidationError(missing.map((f) => ({ path: [f], key: 'errors.matchUnavailable' })));
    // A household that objected to contact (GDPR art. 21) is never matched, even through an old card.
    const objecting = [a!, b!].find((c) => c.noContact);
    if (objecting) throw new ConflictError('talentObjection.matchRefused', { address: objecting.address });
    const matchable = (c: NonNullable<typeof a>) => ({ ...c, consentWithdrawn: c.consentWithdrawnAt !== null });
    if (!canMatch(matchable(a!), matchable(b!))) throw new ValidationError([{ path: ['cardBId'], key: 'errors.matchSameCard' }]);
    // A note may reach the neighbour: it names neither household, nor anyone else.
    const refused = identifyingProblems(['note'], input.note, checker);
    if (!refused.length) refused.push(...identifyingProblems(['note'], input.note, { knownNames: [a!.contactName, b!.contactName] }));
    if (refused.length) throw new ValidationError(refused);
    const id = await talents.insertMatch(projectId, input, actor.userId);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'create',
      resourceType: 'talent_match',
      resourceId: id,
      projectId,
      details: { cardAId: input.cardAId, cardBId: input.cardBId, kind: input.kind, consentAOn: input.consentAOn, consentBOn: input.consentBOn },
    });
    return (await talents.matchById(projectId, id, today))!;
  });
}
