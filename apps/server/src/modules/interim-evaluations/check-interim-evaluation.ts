import { interimEvaluationTexts, type InterimEvaluationInput } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';
import { identifyingProblems, type FieldProblem } from '../../platform/http/errors.js';
import { actionProblems } from '../actions/check-action.js';
import { createPreparationRepository } from '../preparation/repository.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { createInterimEvaluationRepository } from './repository.js';

/**
 * What is wrong with an interim evaluation before it is stored: the building phase and participants
 * belong to the project, an adjustment follows the rules of every action (an owner of the social team,
 * no identifying details) and only points at an action this evaluation made, and every free text is
 * free of residents' names, addresses and numbers: the evaluation leaves the social team (the whole
 * project team and the resident project group read it; the team may be named).
 */
export async function interimEvaluationProblems(
  db: Db,
  projectId: string,
  input: InterimEvaluationInput,
  ownActionIds: ReadonlySet<string>,
): Promise<FieldProblem[]> {
  const evaluations = createInterimEvaluationRepository(db);
  const problems: FieldProblem[] = [];
  if (input.buildingPhaseId && !(await evaluations.buildingPhaseExists(projectId, input.buildingPhaseId)))
    problems.push({ path: ['buildingPhaseId'], key: 'errors.invalid' });
  const team = await evaluations.teamMembers(projectId, input.participantIds);
  input.participantIds.forEach((id, i) => {
    if (!team.has(id)) problems.push({ path: ['participantIds', i], key: 'errors.notInTeam' });
  });
  for (const [i, adjustment] of input.adjustments.entries()) {
    if (adjustment.actionId && !ownActionIds.has(adjustment.actionId)) problems.push({ path: ['adjustments', i, 'actionId'], key: 'errors.invalid' });
    const found = await actionProblems(db, projectId, {
      title: adjustment.title,
      ownerId: adjustment.ownerId,
      dueOn: adjustment.dueOn,
      status: 'open',
      note: '',
    });
    problems.push(...found.map((p) => ({ ...p, path: ['adjustments', i, ...p.path] })));
  }
  if (input.goalReviews.length) {
    const goals = await createPreparationRepository(db).goalIds(projectId);
    input.goalReviews.forEach((r, i) => {
      if (!goals.has(r.goalId)) problems.push({ path: ['goalReviews', i, 'goalId'], key: 'errors.invalid' });
    });
  }
  const checker = await identifyingChecker(db, projectId, { team: false });
  for (const { path, text } of interimEvaluationTexts(input)) problems.push(...identifyingProblems(path, text, checker));
  return problems;
}
