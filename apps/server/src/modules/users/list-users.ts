import type { Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { createUserRepository } from './repository.js';

/** The account list holds e-mail and phone numbers: reading it is audited. */
export async function listUsers(ctx: AppContext, { actor }: { actor: Actor }) {
  await ctx.access.require(actor, 'user.manage');
  const users = await createUserRepository(ctx.db).list();
  await recordAudit(ctx.db, { actorUserId: actor.userId, action: 'read', resourceType: 'user_contacts', details: { count: users.length } });
  return users;
}
