import { finalReportContent, mayStartPlanVersion, type Actor, type FinalReportInput, type ReportSectionDraft } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, ValidationError } from '../../platform/http/errors.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { createSurveyRepository } from '../surveys/repository.js';
import { listFinalReports } from './list-final-reports.js';
import { createFinalReportRepository } from './repository.js';
import { sectionProviders } from './sections/index.js';

/**
 * Makes a new version of the final report as a concept: every section provider reads the project as
 * it is now, and what they answer is frozen into the version without a language (texts as message
 * keys, numbers, ISO dates; worded when read), its counts protected by the small-cell rule within
 * the version, against every final report published before and against what the sections' modules
 * published (the survey results, the picture; ADR 0002). Making it publishes nothing elsewhere. One
 * version is under way at a time.
 */
export async function createFinalReport(ctx: AppContext, { actor, projectId, input }: { actor: Actor; projectId: string; input: FinalReportInput }) {
  await ctx.access.require(actor, 'finalReport.work', projectId);
  const known = await identifyingChecker(ctx.db, projectId, { team: false });
  const refused = (['title', 'introduction'] as const).flatMap((field) => identifyingProblems([field], input[field], known));
  if (refused.length) throw new ValidationError(refused);
  const underWay = () => new ValidationError([{ path: [], key: 'errors.finalReportUnderWay' }], 'errors.finalReportUnderWay');
  const repository = createFinalReportRepository(ctx.db);
  if (!mayStartPlanVersion(await repository.stages(projectId))) throw underWay();
  // Worked out before the transaction (the slow part). Under the locks it is only checked that no
  // survey results were published meanwhile (else all is read again), and it is protected again
  // only when a report was published meanwhile.
  for (;;) {
    const surveyPublications = await createSurveyRepository(ctx.db).publicationCount(projectId);
    const drafts: ReportSectionDraft[] = [];
    for (const provide of sectionProviders) {
      const draft = await provide({ ctx, actor, projectId });
      if (draft) drafts.push(draft);
    }
    const earlier = await repository.publishedFigures(projectId);
    let frozen = finalReportContent(drafts, { earlier: earlier.figures });
    const made = await ctx.db.transaction().execute(async (trx) => {
      const inTrx = createFinalReportRepository(trx);
      await inTrx.lockProject(projectId);
      const surveys = createSurveyRepository(trx);
      await surveys.lockPublications(projectId);
      if ((await surveys.publicationCount(projectId)) !== surveyPublications) return false;
      if (await inTrx.underWay(projectId)) throw underWay();
      const now = await inTrx.publishedFigures(projectId);
      if (now.ids !== earlier.ids) frozen = finalReportContent(drafts, { earlier: now.figures });
      const { id, version } = await inTrx.insertVersion(projectId, { title: input.title, introduction: input.introduction, ...frozen }, actor.userId);
      await recordAudit(trx, {
        actorUserId: actor.userId,
        action: 'create',
        resourceType: 'final_report',
        resourceId: id,
        projectId,
        details: { version, sections: drafts.map((d) => d.key) },
      });
      return true;
    });
    if (made) return listFinalReports(ctx, { actor, projectId });
  }
}
