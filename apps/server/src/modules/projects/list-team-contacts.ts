import type { Actor } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { createProjectRepository } from './repository.js';

/** E-mail and phone of the team: personal data for the social team only, every read audited. */
export async function listTeamContacts(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'project.team.contacts.read', projectId);
  const contacts = await createProjectRepository(ctx.db).teamContacts(projectId);
  await recordAudit(ctx.db, {
    actorUserId: actor.userId,
    action: 'read',
    resourceType: 'team_contacts',
    resourceId: projectId,
    projectId,
    details: { count: contacts.length },
  });
  return contacts;
}
