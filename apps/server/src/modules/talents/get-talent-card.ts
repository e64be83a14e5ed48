import type { Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createTalentRepository } from './repository.js';

/** One consenting talent card; a withdrawn one is not found. */
export async function getTalentCard(ctx: AppContext, { actor, projectId, cardId }: { actor: Actor; projectId: string; cardId: string }) {
  await ctx.access.require(actor, 'talents.read', projectId);
  const card = await createTalentRepository(ctx.db).find(projectId, cardId);
  if (!card) throw new NotFoundError();
  await recordAudit(ctx.db, { actorUserId: actor.userId, action: 'read', resourceType: 'talent_card', resourceId: cardId, projectId });
  return card;
}
