import { socialTeamRoles, type ActionUpdate } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';
import { identifyingProblems, type FieldProblem } from '../../platform/http/errors.js';
import { createProjectRepository } from '../projects/repository.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';

/**
 * What is wrong with an action before it is stored: the owner belongs to the social team, and the
 * list stays anonymised (residents' names, addresses and numbers are refused; the team may be named).
 */
export async function actionProblems(db: Db, projectId: string, input: ActionUpdate): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const owner = (await createProjectRepository(db).team(projectId)).find((m) => m.userId === input.ownerId);
  if (!owner || !socialTeamRoles.includes(owner.role)) problems.push({ path: ['ownerId'], key: 'errors.ownerNotInTeam' });
  const context = await identifyingChecker(db, projectId, { team: false });
  for (const field of ['title', 'note'] as const) {
    problems.push(...identifyingProblems([field], input[field], context));
  }
  return problems;
}
