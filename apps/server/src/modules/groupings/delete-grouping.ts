import type { Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { createGroupingRepository, groupingKinds, type GroupingKind } from './repository.js';

/** Removes a building, sub-neighbourhood or building phase that no address or visit uses. */
export async function deleteGrouping(ctx: AppContext, { actor, projectId, kind, id }: { actor: Actor; projectId: string; kind: GroupingKind; id: string }) {
  await ctx.access.require(actor, 'addresses.manage', projectId);
  await ctx.db.transaction().execute(async (trx) => {
    const groupings = createGroupingRepository(trx);
    if (!(await groupings.exists(kind, projectId, id))) throw new NotFoundError();
    if (await groupings.inUse(kind, id)) throw new ValidationError([{ path: [], key: 'errors.groupingInUse' }], 'errors.groupingInUse');
    await groupings.remove(kind, id);
    await recordAudit(trx, { actorUserId: actor.userId, action: 'delete', resourceType: groupingKinds[kind].table, resourceId: id, projectId });
  });
}
