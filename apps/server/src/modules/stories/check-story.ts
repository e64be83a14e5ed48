import { storyRoundTexts, storyTexts, type StoryInput, type StoryRoundInput } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';
import { identifyingProblems, type FieldProblem } from '../../platform/http/errors.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { createStoryRepository } from './repository.js';

/**
 * What is wrong with a story before it is stored: its activity and theme belong to the project, and
 * its texts hold no residents' names, addresses or numbers (a selected story is read by the whole
 * project; the team may be named).
 */
export async function storyProblems(db: Db, projectId: string, input: StoryInput): Promise<FieldProblem[]> {
  const stories = createStoryRepository(db);
  const problems: FieldProblem[] = [];
  if (input.activityId && !(await stories.activityExists(projectId, input.activityId))) problems.push({ path: ['activityId'], key: 'errors.unknownActivity' });
  if (input.themeId && !(await stories.themeExists(projectId, input.themeId))) problems.push({ path: ['themeId'], key: 'errors.unknownTheme' });
  const checker = await identifyingChecker(db, projectId, { team: false });
  for (const { path, text } of storyTexts(input)) problems.push(...identifyingProblems(path, text, checker));
  return problems;
}

/**
 * What is wrong with a selection round: every story is one of the project's, every reason and the
 * note pass the identifying check. The resident project group (`ownRound`) records its own round
 * only, from the stories it may read: one it may not read is unknown to it, as everywhere else.
 */
export async function storyRoundProblems(
  db: Db,
  projectId: string,
  input: StoryRoundInput,
  { ownRound = false }: { ownRound?: boolean } = {},
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (ownRound && input.groupKind !== 'resident_project_group') problems.push({ path: ['groupKind'], key: 'errors.ownGroupOnly' });
  const known = await createStoryRepository(db).knownStories(projectId, input.reviewedStoryIds, { selectedOnly: ownRound });
  input.reviewedStoryIds.forEach((id, i) => {
    if (!known.has(id)) problems.push({ path: ['reviewedStoryIds', i], key: 'errors.unknownStory' });
  });
  const checker = await identifyingChecker(db, projectId, { team: false });
  for (const { path, text } of storyRoundTexts(input)) problems.push(...identifyingProblems(path, text, checker));
  return problems;
}
