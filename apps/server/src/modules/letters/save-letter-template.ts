import type { Actor, LetterTemplateInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { createLetterRepository } from './repository.js';

export async function saveLetterTemplate(ctx: AppContext, { actor, projectId, input }: { actor: Actor; projectId: string; input: LetterTemplateInput }) {
  await ctx.access.require(actor, 'visits.plan', projectId);
  await ctx.db.transaction().execute(async (trx) => {
    await createLetterRepository(trx).saveTemplate(projectId, input.subject, input.body, actor.userId);
    await recordAudit(trx, { actorUserId: actor.userId, action: 'update', resourceType: 'letter_template', resourceId: projectId, projectId });
  });
  return { ...input, isDefault: false };
}
