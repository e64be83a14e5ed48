import { planEditable, themesOutsideTopLists, type Actor, type PlanGoalInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, NotFoundError, ValidationError, type FieldProblem } from '../../platform/http/errors.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { listActionPlan, visibleVersion } from './list-action-plan.js';
import { createActionPlanRepository } from './repository.js';

/**
 * Adds a goal to a concept of the plan, or changes one (the social team and the resident project
 * group alike). Its texts go to the whole project: they may not identify anyone. Its themes come
 * from the top 5 lists, its outcomes from the conversations about the picture, its activities from
 * the register.
 */
export async function savePlanGoal(
  ctx: AppContext,
  { actor, projectId, versionId, goalId, input }: { actor: Actor; projectId: string; versionId: string; goalId?: string; input: PlanGoalInput },
) {
  await ctx.access.require(actor, 'actionPlan.propose', projectId);
  const repository = createActionPlanRepository(ctx.db);
  const found = await repository.version(projectId, versionId);
  if (!found || !(await visibleVersion(ctx, actor, projectId, found.stage))) throw new NotFoundError();
  const known = await identifyingChecker(ctx.db, projectId, { team: false });
  const problems: FieldProblem[] = [...identifyingProblems(['title'], input.title, known), ...identifyingProblems(['description'], input.description, known)];
  const [{ topLists }, outcomes, register] = await Promise.all([
    repository.topThemes(projectId),
    repository.outcomes(projectId),
    repository.registerActivities(projectId),
  ]);
  for (const i of themesOutsideTopLists(input.themeIds, topLists)) problems.push({ path: ['themeIds', i], key: 'errors.invalid' });
  const outcomeIds = new Set(outcomes.map((o) => o.id));
  input.outcomeIds.forEach((id, i) => outcomeIds.has(id) || problems.push({ path: ['outcomeIds', i], key: 'errors.invalid' }));
  const activityIds = new Set(register.map((a) => a.id));
  input.activityIds.forEach((id, i) => activityIds.has(id) || problems.push({ path: ['activityIds', i], key: 'errors.invalid' }));
  if (problems.length) throw new ValidationError(problems);
  await ctx.db.transaction().execute(async (trx) => {
    const locked = createActionPlanRepository(trx);
    const version = await locked.lockVersion(projectId, versionId);
    if (!version) throw new NotFoundError();
    if (!planEditable(version.stage)) throw new ValidationError([{ path: [], key: 'errors.planNotEditable' }], 'errors.planNotEditable');
    let id = goalId;
    if (id === undefined) id = await locked.insertGoal(versionId, input, actor.userId);
    else if (await locked.goalInVersion(versionId, id)) await locked.updateGoal(versionId, id, input, actor.userId);
    else throw new NotFoundError();
    await locked.setGoalActivities(id, input.activityIds);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: goalId ? 'update' : 'create',
      resourceType: 'action_plan_goal',
      resourceId: id,
      projectId,
      details: { versionId, kind: input.kind },
    });
  });
  return listActionPlan(ctx, { actor, projectId });
}
