import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createPreparationRepository } from './repository.js';

/** The communication plan per phase, with the resident group's proposals marked as such. */
export async function getCommunicationPlan(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'communication.read', projectId);
  const rows = await createPreparationRepository(ctx.db).listCommunication(projectId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      phase: r.phase,
      audience: r.audience,
      channel: r.channel,
      language: r.language,
      frequency: r.frequency,
      owner: r.ownerId && r.ownerName ? { id: r.ownerId, name: r.ownerName } : null,
      status: r.status,
    })),
  };
}
