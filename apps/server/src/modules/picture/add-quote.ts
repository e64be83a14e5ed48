import type { Actor, QuoteInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, ValidationError, type FieldProblem } from '../../platform/http/errors.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { listQuotes } from './list-quotes.js';
import { createPictureRepository } from './repository.js';

/**
 * Chooses a statement (as the team shortens or rephrases it) as a quote; it still needs approval.
 * A text that identifies someone is not stored at all, not only kept from approval.
 */
export async function addQuote(ctx: AppContext, { actor, projectId, input }: { actor: Actor; projectId: string; input: QuoteInput }) {
  await ctx.access.require(actor, 'picture.work', projectId);
  const picture = createPictureRepository(ctx.db);
  const problems: FieldProblem[] = identifyingProblems(['text'], input.text, await identifyingChecker(ctx.db, projectId));
  if (input.registrationId && !(await picture.registrationInProject(projectId, input.registrationId)))
    problems.push({ path: ['registrationId'], key: 'errors.invalid' });
  if (input.themeId && !(await picture.themes(projectId)).some((t) => t.id === input.themeId)) problems.push({ path: ['themeId'], key: 'errors.invalid' });
  if (problems.length) throw new ValidationError(problems);
  await ctx.db.transaction().execute(async (trx) => {
    const id = await createPictureRepository(trx).insertQuote(projectId, input, actor.userId);
    await recordAudit(trx, { actorUserId: actor.userId, action: 'create', resourceType: 'picture_quote', resourceId: id, projectId });
  });
  return listQuotes(ctx, { actor, projectId });
}
