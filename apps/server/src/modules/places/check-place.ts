import { placeTextFields, type PlaceInput } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, ValidationError } from '../../platform/http/errors.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';

/**
 * Every text of a place is read by the whole project, the contractor and the resident group
 * included: none may name or point to a resident. The team's own names are allowed (who runs what).
 */
export async function checkPlace(ctx: AppContext, projectId: string, input: PlaceInput) {
  const checker = await identifyingChecker(ctx.db, projectId, { team: false });
  const problems = placeTextFields.flatMap((field) => identifyingProblems([field], input[field], checker));
  if (problems.length) throw new ValidationError(problems);
}
