import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, ValidationError, type FieldProblem } from '../../platform/http/errors.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { createPreparationRepository } from './repository.js';

/**
 * Refuses texts that name residents, their addresses or numbers: these records are read by the
 * contractor, the partners or the resident group (the team may be named), and the orientation's
 * notes come from residents themselves.
 */
export async function identifyingTextProblems(ctx: AppContext, projectId: string, texts: readonly { path: FieldProblem['path']; text: string }[]) {
  const checker = await identifyingChecker(ctx.db, projectId, { team: false });
  return texts.filter((t) => t.text !== '').flatMap((t) => identifyingProblems(t.path, t.text, checker));
}

/** Problems for organisations that are not partners of the project. */
export async function organisationProblems(ctx: AppContext, projectId: string, fields: readonly { path: FieldProblem['path']; id: string | null }[]) {
  const known = await createPreparationRepository(ctx.db).projectOrganisations(
    projectId,
    fields.flatMap((f) => (f.id ? [f.id] : [])),
  );
  return fields.filter((f) => f.id !== null && !known.has(f.id)).map((f): FieldProblem => ({ path: f.path, key: 'errors.choice' }));
}

export function refuseProblems(problems: FieldProblem[]) {
  if (problems.length) throw new ValidationError(problems);
}
