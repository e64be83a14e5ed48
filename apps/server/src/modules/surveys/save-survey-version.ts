import type { Actor, SurveyDefinition, SurveyTemplate, SurveyVersion } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { createSurveyRepository } from './repository.js';

/** Every change of a survey is a new version; rounds keep the version they were held with. */
export async function saveSurveyVersion(
  ctx: AppContext,
  { actor, projectId, template, definition }: { actor: Actor; projectId: string; template: SurveyTemplate; definition: SurveyDefinition },
): Promise<SurveyVersion> {
  await ctx.access.require(actor, 'surveys.manage', projectId);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const surveys = createSurveyRepository(trx);
    await surveys.latestVersions(projectId, actor.userId);
    const versionId = await surveys.addVersion(projectId, template, definition, actor.userId);
    await recordAudit(trx, { actorUserId: actor.userId, action: 'create', resourceType: 'survey_version', resourceId: versionId, projectId });
    return versionId;
  });
  const row = (await createSurveyRepository(ctx.db).versionById(projectId, id))!;
  return { ...row, createdAt: row.createdAt.toISOString() };
}
