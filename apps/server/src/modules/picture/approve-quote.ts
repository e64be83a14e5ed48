import type { Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { listQuotes } from './list-quotes.js';
import { createPictureRepository } from './repository.js';

/** Approves a quote for the report and poster, only once nothing in it identifies anyone. */
export async function approveQuote(ctx: AppContext, { actor, projectId, quoteId }: { actor: Actor; projectId: string; quoteId: string }) {
  await ctx.access.require(actor, 'picture.work', projectId);
  const picture = createPictureRepository(ctx.db);
  const quote = await picture.quote(projectId, quoteId);
  if (!quote) throw new NotFoundError();
  const refused = identifyingProblems(['text'], quote.text, await identifyingChecker(ctx.db, projectId));
  if (refused.length) throw new ValidationError(refused, 'errors.identifying');
  await ctx.db.transaction().execute(async (trx) => {
    await createPictureRepository(trx).approveQuote(quoteId, actor.userId);
    await recordAudit(trx, { actorUserId: actor.userId, action: 'approve', resourceType: 'picture_quote', resourceId: quoteId, projectId });
  });
  return listQuotes(ctx, { actor, projectId });
}
