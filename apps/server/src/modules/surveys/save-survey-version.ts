import { checkSurveyVersion, sameSurveyDefinition, type Actor, type SurveyDefinition, type SurveyTemplate, type SurveyVersion } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { ConflictError, ValidationError } from '../../platform/http/errors.js';
import { translatorFor } from '../../platform/i18n/translate.js';
import { createRegistrationRepository } from '../registrations/repository.js';
import { createSurveyRepository } from './repository.js';

/**
 * Every change of a survey is a new version; rounds keep the version they were held with. A version
 * that changes nothing is refused, and so is one that gives an answered key (or a key shared with the
 * door registration) another kind or scale, at the question.
 */
export async function saveSurveyVersion(
  ctx: AppContext,
  { actor, projectId, template, definition }: { actor: Actor; projectId: string; template: SurveyTemplate; definition: SurveyDefinition },
): Promise<SurveyVersion> {
  await ctx.access.require(actor, 'surveys.manage', projectId);
  const form = await createRegistrationRepository(ctx.db).currentForm(projectId, actor.userId);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const surveys = createSurveyRepository(trx);
    await surveys.lockProject(projectId);
    const current = (await surveys.latestVersions(projectId, actor.userId)).find((v) => v.template === template);
    if (current && sameSurveyDefinition(current.definition, definition)) throw new ConflictError('errors.surveyUnchanged');
    const answered = (await surveys.answeredDefinitions(projectId)).flatMap((d) => d.questions);
    const problems = checkSurveyVersion(definition, { answered, start: form.definition.questions });
    if (problems.length)
      throw new ValidationError(problems.map((p) => ({ ...p, path: ['definition', ...p.path], label: questionLabel(definition, p.path[1]) })));
    const versionId = await surveys.addVersion(projectId, template, definition, actor.userId);
    await recordAudit(trx, { actorUserId: actor.userId, action: 'create', resourceType: 'survey_version', resourceId: versionId, projectId });
    return versionId;
  });
  const row = (await createSurveyRepository(ctx.db).versionById(projectId, id))!;
  return { ...row, createdAt: row.createdAt.toISOString() };
}

/** "Vraag 3 (Hoe tevreden …?)": a problem names the question it is about, in both languages. */
function questionLabel(definition: SurveyDefinition, index: string | number | undefined) {
  const i = Number(index);
  const q = definition.questions[i]!;
  return {
    nl: translatorFor('nl')('fields.surveyQuestion', { n: i + 1, label: q.label.nl }),
    en: translatorFor('en')('fields.surveyQuestion', { n: i + 1, label: q.label.en || q.label.nl }),
  };
}
