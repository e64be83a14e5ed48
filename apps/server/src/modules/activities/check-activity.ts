import { activityTexts, type ActivityInput } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';
import { identifyingProblems, type FieldProblem } from '../../platform/http/errors.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { createActivityRepository } from './repository.js';

/**
 * What is wrong with an activity before it is stored: themes, owners, partners and building phase
 * belong to the project, and every free text is free of residents' names, addresses and numbers
 * (the register is read by the whole project, the contractor too; the team may be named).
 */
export async function activityProblems(db: Db, projectId: string, input: ActivityInput): Promise<FieldProblem[]> {
  const activities = createActivityRepository(db);
  const problems: FieldProblem[] = [];
  const themes = await activities.knownThemes(projectId, input.themeIds);
  input.themeIds.forEach((id, i) => {
    if (!themes.has(id)) problems.push({ path: ['themeIds', i], key: 'errors.unknownTheme' });
  });
  const team = await activities.teamMembers(projectId, input.ownerIds);
  input.ownerIds.forEach((id, i) => {
    if (!team.has(id)) problems.push({ path: ['ownerIds', i], key: 'errors.notInTeam' });
  });
  const partnerIds = input.partners.flatMap((p) => (p.organisationId ? [p.organisationId] : []));
  const partners = await activities.partnerOrganisations(projectId, partnerIds);
  input.partners.forEach((p, i) => {
    if (p.organisationId && !partners.has(p.organisationId)) problems.push({ path: ['partners', i, 'organisationId'], key: 'errors.invalid' });
  });
  if (input.buildingPhaseId && !(await activities.buildingPhaseExists(projectId, input.buildingPhaseId)))
    problems.push({ path: ['buildingPhaseId'], key: 'errors.invalid' });
  const checker = await identifyingChecker(db, projectId, { team: false });
  for (const { path, text } of activityTexts(input)) problems.push(...identifyingProblems(path, text, checker));
  return problems;
}
