import { roleFitsOrganisation, type Actor, type TeamInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { ValidationError, type FieldProblem } from '../../platform/http/errors.js';
import { createProjectRepository } from './repository.js';

/**
 * Replaces the team as a whole (idempotent). Members come from partner organisations, their role
 * must fit their organisation (no contractor in the social team), and a project leader remains.
 */
export async function replaceTeam(ctx: AppContext, { actor, projectId, input }: { actor: Actor; projectId: string; input: TeamInput }) {
  await ctx.access.require(actor, 'project.team.manage', projectId);
  return ctx.db.transaction().execute(async (trx) => {
    const projects = createProjectRepository(trx);
    const users = new Map((await projects.usersWithOrganisation(input.members.map((m) => m.userId))).map((u) => [u.id, u]));
    const partners = new Set((await projects.partners(projectId)).map((p) => p.organisationId));
    const problems: FieldProblem[] = [];
    input.members.forEach((member, i) => {
      const user = users.get(member.userId);
      if (!user || !user.active) return problems.push({ path: ['members', i, 'userId'], key: 'errors.unknownUser' });
      if (!partners.has(user.organisationId)) return problems.push({ path: ['members', i, 'userId'], key: 'errors.memberNotPartner' });
      if (!roleFitsOrganisation(member.role, user.organisationType))
        problems.push({
          path: ['members', i, 'role'],
          key: 'errors.roleNotForOrganisation',
          params: { role: { i18nKey: `roles.${member.role}` }, type: { i18nKey: `organisationTypes.${user.organisationType}` } },
        });
    });
    if (!input.members.some((m) => m.role === 'project_leader')) problems.push({ path: ['members'], key: 'errors.needProjectLeader' });
    if (problems.length) throw new ValidationError(problems);

    await projects.replaceTeam(projectId, input.members);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'update',
      resourceType: 'project_team',
      resourceId: projectId,
      projectId,
      details: { ...input },
    });
    return projects.team(projectId);
  });
}
