import { contractorRoles, contractorSeesVisit, type Actor, type ProjectRole, type SignalInput, type VisitKind } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, ValidationError, type FieldProblem } from '../../platform/http/errors.js';
import { createRegistrationRepository } from '../registrations/repository.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { createVisitRepository } from '../visits/repository.js';
import { createSignalRepository } from './repository.js';

/**
 * Records a signal for the social team, from a visit or noticed anywhere in the neighbourhood.
 * Contractor staff hand signals over and get a receipt only; what follows stays with the team. A
 * visit the contractor does not see is as unknown to it as one that does not exist.
 */
export async function reportSignal(ctx: AppContext, { actor, projectId, input }: { actor: Actor; projectId: string; input: SignalInput }) {
  const role = await ctx.access.require(actor, 'signals.report', projectId);
  const registrations = createRegistrationRepository(ctx.db);
  const signals = createSignalRepository(ctx.db);
  const problems: FieldProblem[] = identifyingProblems(['description'], input.description, await identifyingChecker(ctx.db, projectId));
  let householdKey: string | null = null;
  let buildingPhaseId = input.buildingPhaseId;
  if (input.visitId) {
    const household = (await visibleToReporter(ctx, projectId, input.visitId, role))
      ? await registrations.householdOfVisit(projectId, input.visitId)
      : undefined;
    if (!household) problems.push({ path: ['visitId'], key: 'errors.invalid' });
    else ({ householdKey, buildingPhaseId } = household);
  } else if (buildingPhaseId && !(await signals.buildingPhaseExists(projectId, buildingPhaseId)))
    problems.push({ path: ['buildingPhaseId'], key: 'errors.invalid' });
  if (problems.length) throw new ValidationError(problems);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await createSignalRepository(trx).insert({
      projectId,
      category: input.category,
      subject: input.subject,
      description: input.description,
      householdKey,
      buildingPhaseId,
      reportedBy: actor.userId,
      reportedByContractor: contractorRoles.includes(role!),
    });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'create',
      resourceType: 'signal',
      resourceId: id,
      projectId,
      details: { category: input.category, subject: input.subject },
    });
    return { id, received: true as const };
  });
}

async function visibleToReporter(ctx: AppContext, projectId: string, visitId: string, role: ProjectRole | null) {
  if (!role || !contractorRoles.includes(role)) return true;
  const visits = createVisitRepository(ctx.db);
  const visit = await visits.find(projectId, visitId);
  return (
    !!visit &&
    contractorSeesVisit(
      visit.kind as VisitKind,
      ((await visits.visitorsOf([visitId])).get(visitId) ?? []).map((v) => v.role as ProjectRole | null),
    )
  );
}
