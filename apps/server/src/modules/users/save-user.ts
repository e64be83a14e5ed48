import { roleFitsOrganisation, type Actor, type UserCreateInput, type UserUpdateInput } from '@thuis/domain';
import { userCreateInput, userUpdateInput } from '@thuis/domain';
import type { z } from 'zod';
import { recordAccountEvent, recordAudit } from '../../platform/audit/audit.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import { createSessionRepository } from '../../platform/auth/session-repository.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError, ValidationError, type FieldProblem } from '../../platform/http/errors.js';
import { createVisitRepository } from '../visits/repository.js';
import { createUserRepository } from './repository.js';

type Create = z.output<typeof userCreateInput>;
type Update = z.output<typeof userUpdateInput>;
export type { UserCreateInput, UserUpdateInput };

/**
 * Creates an account, or updates one when `id` is given. Only administrators manage accounts. The
 * password of a new account is the administrator's choice, so its owner must replace it at first
 * log-in; later an administrator can only reset it (reset-password.ts), never set it.
 */
export async function saveUser(ctx: AppContext, { actor, id, input }: { actor: Actor; id?: string; input: Create | Update }) {
  await ctx.access.require(actor, 'user.manage');
  // Hash outside the transaction: it takes tens of milliseconds and holds no lock.
  const passwordHash = 'password' in input ? await hashPassword(input.password) : undefined;
  return ctx.db.transaction().execute(async (trx) => {
    const users = createUserRepository(trx);
    const existing = id ? await users.find(id) : undefined;
    if (id && !existing) throw new NotFoundError();

    const problems: FieldProblem[] = [];
    const organisationType = await users.organisationType(input.organisationId);
    if (!organisationType) problems.push({ path: ['organisationId'], key: 'errors.unknownOrganisation' });
    if (await users.emailTaken(input.email, id)) problems.push({ path: ['email'], key: 'errors.emailTaken' });
    if (input.canCreateProjects && organisationType && !roleFitsOrganisation('project_leader', organisationType))
      problems.push({ path: ['canCreateProjects'], key: 'errors.cannotLeadProjects' });
    const active = 'active' in input ? input.active : true;
    if (id === actor.userId && (!input.isAdmin || !active)) problems.push({ path: ['isAdmin'], key: 'errors.ownAdminRights' });
    if (existing && existing.organisationId !== input.organisationId && (await users.projectCount(existing.id)) > 0)
      problems.push({ path: ['organisationId'], key: 'errors.userHasProjects' });
    if (problems.length) throw new ValidationError(problems);

    const values = { ...input, active };
    if (id) await users.update(id, values);
    const savedId = id ?? (await users.insert(values, passwordHash!));
    const { password: _password, ...logged } = input as Create;
    await recordAudit(trx, { actorUserId: actor.userId, action: id ? 'update' : 'create', resourceType: 'user', resourceId: savedId, details: logged });
    if (existing && existing.active !== active) {
      // Switched off: nothing of the account keeps working, not its open sessions nor its calendar feed.
      if (!active) {
        await createSessionRepository(trx).removeAllOfUser(savedId);
        await createVisitRepository(trx).removeCalendarToken(savedId);
      }
      await recordAccountEvent(trx, { actorUserId: actor.userId, subjectUserId: savedId, action: active ? 'reactivated' : 'deactivated' });
    }
    return (await users.find(savedId))!;
  });
}
