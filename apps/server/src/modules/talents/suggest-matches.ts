import { suggestMatches, type Actor } from '@thuis/domain';
import { recordListRead } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createTalentRepository } from './repository.js';

/** Neighbours whose talents meet this card's wishes or the other way round; only consenting cards. */
export async function suggestTalentMatches(ctx: AppContext, { actor, projectId, cardId }: { actor: Actor; projectId: string; cardId: string }) {
  await ctx.access.require(actor, 'talents.read', projectId);
  const talents = createTalentRepository(ctx.db);
  const card = await talents.find(projectId, cardId);
  if (!card) throw new NotFoundError();
  const consenting = await talents.consenting(projectId);
  // The candidates leave out households that objected to contact; when this card's own household
  // objected it is not among them, and nobody is proposed to it either.
  const candidates = consenting.some((c) => c.id === card.id) ? consenting.map((c) => ({ ...c, consentWithdrawn: false })) : [];
  const suggestions = suggestMatches({ ...card, consentWithdrawn: false }, candidates).map(({ card: { consentWithdrawn: _, ...shown }, shared, score }) => ({
    card: shown,
    shared,
    score,
  }));
  await recordListRead(ctx.db, {
    actorUserId: actor.userId,
    projectId,
    resourceType: 'talent_card',
    ids: [cardId, ...suggestions.map((s) => s.card.id)],
    details: { suggestionsFor: cardId },
  });
  return { suggestions };
}
