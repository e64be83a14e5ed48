import { roleFitsOrganisation, type Actor, type OrganisationInput, type ProjectRole } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { createOrganisationRepository } from './repository.js';

/** Creates an organisation, or updates one when `id` is given. */
export async function saveOrganisation(ctx: AppContext, { actor, id, input }: { actor: Actor; id?: string; input: OrganisationInput }) {
  await ctx.access.require(actor, 'organisation.manage');
  return ctx.db.transaction().execute(async (trx) => {
    const organisations = createOrganisationRepository(trx);
    if (id && !(await organisations.find(id))) throw new NotFoundError();
    if (await organisations.nameTaken(input.name, id)) throw new ValidationError([{ path: ['name'], key: 'errors.nameTaken' }]);
    if (id) {
      const roles = (await organisations.rolesHeldByMembers(id)) as ProjectRole[];
      if (roles.some((role) => !roleFitsOrganisation(role, input.type))) throw new ValidationError([{ path: ['type'], key: 'errors.typeConflictsWithRoles' }]);
      await organisations.update(id, input);
    }
    const savedId = id ?? (await organisations.insert(input));
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: id ? 'update' : 'create',
      resourceType: 'organisation',
      resourceId: savedId,
      details: { ...input },
    });
    return (await organisations.find(savedId))!;
  });
}
