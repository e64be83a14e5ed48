import { permissionsByRole, type Actor, type SurveyOverview } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createSurveyRepository } from './repository.js';
import { toRound } from './to-round.js';

/** The survey versions and rounds of a project; response counts for the social team only. */
export async function listSurveys(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }): Promise<SurveyOverview> {
  const role = await ctx.access.require(actor, 'surveys.results.read', projectId);
  const team = role !== null && permissionsByRole[role].includes('surveys.manage');
  const surveys = createSurveyRepository(ctx.db);
  const [versions, rounds, buildingPhases] = await Promise.all([
    surveys.latestVersions(projectId, actor.userId),
    surveys.rounds(projectId),
    surveys.buildingPhases(projectId),
  ]);
  return {
    versions: versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })),
    rounds: rounds.map((r) => toRound(r, team)),
    buildingPhases,
  };
}
