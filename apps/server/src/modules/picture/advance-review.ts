import { nextReviewStage, reprotectPicture, type Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { listPublications } from './list-publications.js';
import { createPictureRepository } from './repository.js';

/** Records the review of the current stage (with its remarks) and moves the version on to the next. */
export async function advanceReview(
  ctx: AppContext,
  { actor, projectId, publicationId, note }: { actor: Actor; projectId: string; publicationId: string; note: string },
) {
  await ctx.access.require(actor, 'picture.work', projectId);
  // Remarks are about the picture, not about residents: like every text of the team they may not identify anyone.
  const refused = identifyingProblems(['note'], note, await identifyingChecker(ctx.db, projectId, { team: false }));
  if (refused.length) throw new ValidationError(refused);
  // Other versions may have been published since this one was made: it may only differ from each of
  // them by changes of at least the threshold, so on publication it is protected again (hiding more).
  // Worked out before the transaction, and again inside it only when something changed meanwhile.
  const picture = createPictureRepository(ctx.db);
  const stored = await picture.publicationFigures(projectId, publicationId);
  if (!stored) throw new NotFoundError();
  const publishing = nextReviewStage(stored.stage) === 'published';
  const earlier = publishing ? await picture.publishedFigures(projectId, { exceptId: publicationId }) : { ids: '', figures: [] };
  let republished = publishing ? reprotectPicture(stored.content, stored.figures, { earlier: earlier.figures }) : null;
  await ctx.db.transaction().execute(async (trx) => {
    const repository = createPictureRepository(trx);
    const found = await repository.publication(projectId, publicationId);
    if (!found) throw new NotFoundError();
    const next = nextReviewStage(found.stage);
    if (next === 'published' && (await repository.lockPublishing(projectId, { exceptId: publicationId })) !== earlier.ids)
      republished = reprotectPicture(stored.content, stored.figures, {
        earlier: (await repository.publishedFigures(projectId, { exceptId: publicationId })).figures,
      });
    if (!next || !(await repository.advance(publicationId, found.stage, next, note, actor.userId)))
      throw new ValidationError([{ path: [], key: 'errors.alreadyPublished' }], 'errors.alreadyPublished');
    if (next === 'published') await repository.publish(publicationId, republished);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'review',
      resourceType: 'picture_publication',
      resourceId: publicationId,
      projectId,
      details: { from: found.stage, to: next },
    });
  });
  return listPublications(ctx, { actor, projectId });
}
