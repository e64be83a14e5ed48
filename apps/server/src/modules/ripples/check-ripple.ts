import type { RippleMapInput, RippleNodeInput } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';
import { identifyingProblems, ValidationError, type FieldProblem } from '../../platform/http/errors.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { createRippleRepository } from './repository.js';

/**
 * A map's title names no resident, and it is about an activity of the project or a theme of its top
 * 5s (not both). The map goes into the final report, read by the resident group and policy.
 */
export async function checkRippleMap(db: Db, projectId: string, input: RippleMapInput) {
  const ripples = createRippleRepository(db);
  const problems: FieldProblem[] = [];
  if (input.activityId && input.themeId) problems.push({ path: ['themeId'], key: 'errors.rippleSubjectBoth' });
  if (input.activityId && !(await ripples.activityExists(projectId, input.activityId))) problems.push({ path: ['activityId'], key: 'errors.unknownActivity' });
  if (input.themeId && !(await ripples.topThemeExists(projectId, input.themeId))) problems.push({ path: ['themeId'], key: 'errors.unknownTheme' });
  const checker = await identifyingChecker(db, projectId, { team: false });
  problems.push(...identifyingProblems(['title'], input.title, checker));
  if (problems.length) throw new ValidationError(problems);
}

/** An effect's text passes the identifying-details check at every write (the team's own names may stay). */
export async function checkRippleNode(db: Db, projectId: string, input: RippleNodeInput) {
  const checker = await identifyingChecker(db, projectId, { team: false });
  const problems = identifyingProblems(['text'], input.text, checker);
  if (problems.length) throw new ValidationError(problems);
}
