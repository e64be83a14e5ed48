import { adjustmentChanges, type Actor, type InterimEvaluationInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { createActionRepository } from '../actions/repository.js';
import { interimEvaluationProblems } from './check-interim-evaluation.js';
import { getInterimEvaluation } from './get-interim-evaluation.js';
import { createPreparationRepository } from '../preparation/repository.js';
import { createInterimEvaluationRepository } from './repository.js';

function details(input: InterimEvaluationInput) {
  return {
    kind: input.kind,
    phase: input.phase,
    heldOn: input.heldOn,
    participants: input.participantIds.length,
    residentGroupPresent: input.residentGroupPresent,
    goalReviews: input.goalReviews.length,
  };
}

/** Each new adjustment becomes an open action with its owner, linked to the evaluation. */
async function addActions(
  trx: Db,
  actor: Actor,
  projectId: string,
  evaluationId: string,
  adjustments: InterimEvaluationInput['adjustments'],
  listed: InterimEvaluationInput['adjustments'],
) {
  const actions = createActionRepository(trx);
  for (const a of adjustments) {
    const position = listed.indexOf(a);
    const id = await actions.insert(projectId, null, { title: a.title, ownerId: a.ownerId, dueOn: a.dueOn, status: 'open', note: '' }, actor.userId, {
      evaluationId,
      position,
    });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'create',
      resourceType: 'action',
      resourceId: id,
      projectId,
      details: { ownerId: a.ownerId, dueOn: a.dueOn, status: 'open', interimEvaluationId: evaluationId },
    });
  }
}

/** Records an interim evaluation; its agreed adjustments become actions with an owner on the action list. */
export async function createInterimEvaluation(
  ctx: AppContext,
  { actor, projectId, input }: { actor: Actor; projectId: string; input: InterimEvaluationInput },
) {
  await ctx.access.require(actor, 'evaluations.write', projectId);
  const problems = await interimEvaluationProblems(ctx.db, projectId, input, new Set());
  if (problems.length) throw new ValidationError(problems);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const evaluations = createInterimEvaluationRepository(trx);
    const id = await evaluations.insert(projectId, actor.userId, input);
    await evaluations.replaceParticipants(id, input.participantIds);
    await createPreparationRepository(trx).replaceGoalReviews(id, input.goalReviews);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'create',
      resourceType: 'interim_evaluation',
      resourceId: id,
      projectId,
      details: details(input),
    });
    await addActions(trx, actor, projectId, id, input.adjustments, input.adjustments);
    return id;
  });
  return getInterimEvaluation(ctx, { actor, projectId, evaluationId: id });
}

/**
 * Changes an interim evaluation as a whole. Listed adjustments change their action's title, owner
 * and due date (status and note stay the action list's); new ones become actions; open actions no
 * longer listed are cancelled, finished ones stay as they are.
 */
export async function updateInterimEvaluation(
  ctx: AppContext,
  { actor, projectId, evaluationId, input }: { actor: Actor; projectId: string; evaluationId: string; input: InterimEvaluationInput },
) {
  await ctx.access.require(actor, 'evaluations.write', projectId);
  const evaluations = createInterimEvaluationRepository(ctx.db);
  if (!(await evaluations.exists(projectId, evaluationId))) throw new NotFoundError();
  const own = await evaluations.adjustmentActions(projectId, evaluationId);
  const problems = await interimEvaluationProblems(ctx.db, projectId, input, new Set(own.map((a) => a.actionId)));
  if (problems.length) throw new ValidationError(problems);
  await ctx.db.transaction().execute(async (trx) => {
    const repo = createInterimEvaluationRepository(trx);
    if (!(await repo.update(projectId, evaluationId, input))) throw new NotFoundError();
    await repo.replaceParticipants(evaluationId, input.participantIds);
    await createPreparationRepository(trx).replaceGoalReviews(evaluationId, input.goalReviews);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'update',
      resourceType: 'interim_evaluation',
      resourceId: evaluationId,
      projectId,
      details: details(input),
    });
    const actions = createActionRepository(trx);
    const current = await repo.adjustmentActions(projectId, evaluationId);
    const changes = adjustmentChanges(current, input.adjustments);
    for (const a of changes.update) {
      const kept = current.find((c) => c.actionId === a.actionId)!;
      await actions.update(projectId, a.actionId!, { title: a.title, ownerId: a.ownerId, dueOn: a.dueOn, status: kept.status, note: kept.note });
      await recordAudit(trx, {
        actorUserId: actor.userId,
        action: 'update',
        resourceType: 'action',
        resourceId: a.actionId!,
        projectId,
        details: { ownerId: a.ownerId, dueOn: a.dueOn, status: kept.status, interimEvaluationId: evaluationId },
      });
    }
    for (const actionId of changes.cancel) {
      const action = (await actions.find(projectId, actionId))!;
      await actions.update(projectId, actionId, { title: action.title, ownerId: action.ownerId, dueOn: action.dueOn, status: 'cancelled', note: action.note });
      await recordAudit(trx, {
        actorUserId: actor.userId,
        action: 'update',
        resourceType: 'action',
        resourceId: actionId,
        projectId,
        details: { status: 'cancelled', interimEvaluationId: evaluationId },
      });
    }
    await addActions(trx, actor, projectId, evaluationId, changes.create, input.adjustments);
    // The listed ones in the order given, the ones left out after them in their earlier order.
    for (const [position, a] of input.adjustments.entries()) if (a.actionId) await repo.placeAdjustment(projectId, a.actionId, position);
    const listed = new Set(input.adjustments.map((a) => a.actionId));
    for (const [k, c] of current.filter((c) => !listed.has(c.actionId)).entries())
      await repo.placeAdjustment(projectId, c.actionId, input.adjustments.length + k);
  });
  return getInterimEvaluation(ctx, { actor, projectId, evaluationId });
}
