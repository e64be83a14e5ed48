import { can, type Actor, type CommunicationItemInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { identifyingTextProblems, organisationProblems, refuseProblems } from './check-texts.js';
import { createPreparationRepository } from './repository.js';

type Save = { actor: Actor; projectId: string; itemId?: string; input: CommunicationItemInput };

async function itemProblems(ctx: AppContext, projectId: string, input: CommunicationItemInput) {
  return [
    ...(await organisationProblems(ctx, projectId, [{ path: ['ownerId'], id: input.ownerId }])),
    ...(await identifyingTextProblems(ctx, projectId, [
      { path: ['audience'], text: input.audience },
      { path: ['language'], text: input.language },
      { path: ['frequency'], text: input.frequency },
    ])),
  ];
}

/**
 * Adds an item to the communication plan. The project leader's item is agreed at once; the resident
 * project group's is a proposal the project leader takes over by changing it.
 */
export async function addCommunicationItem(ctx: AppContext, { actor, projectId, input }: Save) {
  const role = await ctx.access.require(actor, 'communication.propose', projectId);
  const leader = can(actor, 'preparation.manage', { kind: 'project', projectId, role });
  refuseProblems(await itemProblems(ctx, projectId, input));
  const status = leader ? 'agreed' : 'proposed';
  return ctx.db.transaction().execute(async (trx) => {
    const id = await createPreparationRepository(trx).insertCommunication(projectId, actor.userId, input, status);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'create',
      resourceType: 'communication_item',
      resourceId: id,
      projectId,
      details: { phase: input.phase, channel: input.channel, status },
    });
    return { id };
  });
}

/** The project leader changes an item, which takes a proposal into the plan. */
export async function updateCommunicationItem(ctx: AppContext, { actor, projectId, itemId, input }: Save & { itemId: string }) {
  await ctx.access.require(actor, 'preparation.manage', projectId);
  if (!(await createPreparationRepository(ctx.db).exists('communication_items', projectId, itemId))) throw new NotFoundError();
  refuseProblems(await itemProblems(ctx, projectId, input));
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await createPreparationRepository(trx).updateCommunication(projectId, itemId, input))) throw new NotFoundError();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'update',
      resourceType: 'communication_item',
      resourceId: itemId,
      projectId,
      details: { phase: input.phase, channel: input.channel },
    });
  });
  return { id: itemId };
}

export async function deleteCommunicationItem(ctx: AppContext, { actor, projectId, itemId }: { actor: Actor; projectId: string; itemId: string }) {
  await ctx.access.require(actor, 'preparation.manage', projectId);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await createPreparationRepository(trx).deleteCommunication(projectId, itemId))) throw new NotFoundError();
    await recordAudit(trx, { actorUserId: actor.userId, action: 'delete', resourceType: 'communication_item', resourceId: itemId, projectId });
  });
  return { ok: true as const };
}
