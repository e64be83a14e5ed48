import type { Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { ConflictError, NotFoundError } from '../../platform/http/errors.js';
import { createOrganisationRepository } from './repository.js';

export async function deleteOrganisation(ctx: AppContext, { actor, id }: { actor: Actor; id: string }) {
  await ctx.access.require(actor, 'organisation.manage');
  await ctx.db.transaction().execute(async (trx) => {
    const organisations = createOrganisationRepository(trx);
    const existing = await organisations.find(id);
    if (!existing) throw new NotFoundError();
    if (await organisations.isInUse(id)) throw new ConflictError('errors.organisationInUse');
    await organisations.remove(id);
    await recordAudit(trx, { actorUserId: actor.userId, action: 'delete', resourceType: 'organisation', resourceId: id, details: { name: existing.name } });
  });
}
