import { mayReviewPlanStage, planStageAfter, prefixFigures, reprotectFinalReport, type Actor, type PlanReviewInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { createPictureRepository } from '../picture/repository.js';
import { surveyFiguresInReport } from '../surveys/get-survey-results.js';
import { createSurveyRepository } from '../surveys/repository.js';
import { listFinalReports, seesStage } from './list-final-reports.js';
import { createFinalReportRepository } from './repository.js';

/**
 * Records the review of a version's current stage with the action plan's rules: approved (on to the
 * next stage; the last publishes it) or sent back to a concept with remarks. On publication the
 * frozen figures are protected again against versions published meanwhile, and its survey figures
 * against the survey results and pictures published meanwhile (it may only hide more).
 */
export async function reviewFinalReport(
  ctx: AppContext,
  { actor, projectId, reportId, input }: { actor: Actor; projectId: string; reportId: string; input: PlanReviewInput },
) {
  const role = await ctx.access.require(actor, 'finalReport.review', projectId);
  const repository = createFinalReportRepository(ctx.db);
  const found = await repository.version(projectId, reportId);
  if (!found || !seesStage(role, found.stage)) throw new NotFoundError();
  const refused = identifyingProblems(['note'], input.note, await identifyingChecker(ctx.db, projectId, { team: false }));
  if (refused.length) throw new ValidationError(refused);
  await ctx.db.transaction().execute(async (trx) => {
    const inTrx = createFinalReportRepository(trx);
    await inTrx.lockProject(projectId);
    const version = await inTrx.lockVersion(projectId, reportId);
    if (!version) throw new NotFoundError();
    if (!mayReviewPlanStage(role, version.stage)) throw new ValidationError([{ path: [], key: 'errors.planNotYourStage' }], 'errors.planNotYourStage');
    const next = planStageAfter(version.stage, input.decision);
    if (!next) throw new ValidationError([{ path: ['decision'], key: 'errors.choice' }]);
    let figures = null;
    if (next === 'published') {
      // Survey results are published under their own lock, taken after the report's: none can be
      // published while this is protected against them (and the next one is protected against this).
      const surveys = createSurveyRepository(trx);
      await surveys.lockPublications(projectId);
      const outside = [...(await createPictureRepository(trx).publishedFigures(projectId)).figures, ...(await surveys.publications(projectId))].map((f) =>
        prefixFigures(f, surveyFiguresInReport),
      );
      figures = reprotectFinalReport(version.figures, [...outside, ...(await inTrx.publishedFigures(projectId, { exceptId: reportId })).figures]);
    }
    if (!(await inTrx.review(reportId, version.stage, next, input.decision, input.note, actor.userId, figures)))
      throw new ValidationError([{ path: [], key: 'errors.alreadyPublished' }], 'errors.alreadyPublished');
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'review',
      resourceType: 'final_report',
      resourceId: reportId,
      projectId,
      details: { from: version.stage, to: next, decision: input.decision },
    });
  });
  return listFinalReports(ctx, { actor, projectId });
}
