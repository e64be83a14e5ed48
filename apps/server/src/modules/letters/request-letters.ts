import type { Actor, LetterJob } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { ValidationError } from '../../platform/http/errors.js';
import { getLetterJob } from './get-letter-job.js';
import { letterWithContacts } from './letter-contacts.js';
import { createLetterRepository } from './repository.js';
import { createResidentsRightsRepository } from '../residents-rights/repository.js';

/**
 * Queues a batch of invitation letters; a background job makes the PDF (run-letter-job.ts). The
 * visits must all be of the project. Answers at once with the job to follow.
 */
export async function requestLetters(
  ctx: AppContext,
  { actor, projectId, visitIds, locale }: { actor: Actor; projectId: string; visitIds: string[]; locale: 'nl' | 'en' },
): Promise<LetterJob> {
  await ctx.access.require(actor, 'visits.plan', projectId);
  await letterWithContacts(ctx, { actor, projectId });
  const letters = createLetterRepository(ctx.db);
  if ((await letters.countVisits(projectId, [...new Set(visitIds)])) !== new Set(visitIds).size)
    throw new ValidationError([{ path: ['visitIds'], key: 'errors.invalid' }]);
  // A household that objected (GDPR art. 21) gets no invitation: its visits are left out of the batch.
  const noContact = await createResidentsRightsRepository(ctx.db).noContactVisits(projectId, visitIds);
  const unique = [...new Set(visitIds)].filter((id) => !noContact.has(id));
  if (unique.length === 0) throw new ValidationError([{ path: ['visitIds'], key: 'residentsRights.errors.noContact' }]);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const jobId = await createLetterRepository(trx).createJob({ projectId, userId: actor.userId, visitIds: unique, locale });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'create',
      resourceType: 'household_contacts_letters',
      resourceId: jobId,
      projectId,
      details: { letters: unique.length },
    });
    return jobId;
  });
  ctx.jobs?.nudge();
  return getLetterJob(ctx, { actor, projectId, jobId: id });
}
