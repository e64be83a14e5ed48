import type { Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createTalentRepository } from './repository.js';

/**
 * The resident no longer wants to be contacted: the card and its open matches disappear from every
 * read at once (the card is emptied, its open matches closed as withdrawn), and the log says so.
 */
export async function withdrawTalentConsent(
  ctx: AppContext,
  { actor, projectId, cardId, note }: { actor: Actor; projectId: string; cardId: string; note: string },
) {
  await ctx.access.require(actor, 'talents.manage', projectId);
  return ctx.db.transaction().execute(async (trx) => {
    const talents = createTalentRepository(trx);
    const [card] = await talents.lockCards(projectId, [cardId]);
    if (!card || card.consentWithdrawnAt) throw new NotFoundError();
    const closedMatches = await talents.withdraw(cardId, actor.userId);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'withdraw_consent',
      resourceType: 'talent_card',
      resourceId: cardId,
      projectId,
      details: { note, closedMatches },
    });
    return { ok: true as const };
  });
}
