import type { Actor, PartnersInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { ValidationError, type FieldProblem } from '../../platform/http/errors.js';
import { createProjectRepository } from './repository.js';

/** Replaces the partner list as a whole (idempotent); an organisation with team members must stay. */
export async function replacePartners(ctx: AppContext, { actor, projectId, input }: { actor: Actor; projectId: string; input: PartnersInput }) {
  await ctx.access.require(actor, 'project.partners.manage', projectId);
  return ctx.db.transaction().execute(async (trx) => {
    const projects = createProjectRepository(trx);
    const problems: FieldProblem[] = [];
    const known = await projects.existingOrganisations(input.partners.map((p) => p.organisationId));
    input.partners.forEach((p, i) => {
      if (!known.has(p.organisationId)) problems.push({ path: ['partners', i, 'organisationId'], key: 'errors.unknownOrganisation' });
    });
    const kept = new Set(input.partners.map((p) => p.organisationId));
    const team = await projects.team(projectId);
    if (team.some((m) => !kept.has(m.organisationId))) problems.push({ path: ['partners'], key: 'errors.partnerHasTeam' });
    if (problems.length) throw new ValidationError(problems);

    await projects.replacePartners(projectId, input.partners);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'update',
      resourceType: 'project_partners',
      resourceId: projectId,
      projectId,
      details: { ...input },
    });
    return projects.partners(projectId);
  });
}
