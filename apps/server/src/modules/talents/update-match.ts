import { todayInAmsterdam, type Actor, type MatchUpdateInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { createTalentRepository } from './repository.js';

/** Moves the follow-up date, changes the note, or records the outcome (which closes the match). */
export async function updateMatch(
  ctx: AppContext,
  { actor, projectId, matchId, input }: { actor: Actor; projectId: string; matchId: string; input: MatchUpdateInput },
) {
  await ctx.access.require(actor, 'talents.manage', projectId);
  const checker = await identifyingChecker(ctx.db, projectId, { team: false });
  return ctx.db.transaction().execute(async (trx) => {
    const talents = createTalentRepository(trx);
    const found = await talents.findMatch(projectId, matchId);
    if (!found) throw new NotFoundError();
    if (found.outcome !== null) throw new ValidationError([{ path: ['outcome'], key: 'errors.matchClosed' }], 'errors.matchClosed');
    const known = { knownNames: [found.aName, found.bName] };
    const refused = (['note', 'outcomeNote'] as const).flatMap((field) => {
      const problems = identifyingProblems([field], input[field], checker);
      return problems.length ? problems : identifyingProblems([field], input[field], known);
    });
    if (refused.length) throw new ValidationError(refused);
    await talents.updateMatch(matchId, input);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'update',
      resourceType: 'talent_match',
      resourceId: matchId,
      projectId,
      details: { followUpOn: input.followUpOn, outcome: input.outcome },
    });
    return (await talents.matchById(projectId, matchId, todayInAmsterdam()))!;
  });
}
